import { z } from 'zod';
import {
  ADMIN_ROLES,
  APPROVAL_STATES,
  closeUnimplementedSchema,
  composePlanSchema,
  planToTemplateSchema,
  exportColumns,
  exportTexts,
  fundingRankingSchema,
  planYearQuerySchema,
  XLSX_MIME,
  createPlanSchema,
  MANAGER_ROLES,
  localiseDecision,
  PLAN_CATEGORIES,
  PLAN_KINDS,
  PLAN_LIST_SCOPES,
  PLAN_TYPES,
  revokePlanSchema,
  updatePlanSchema,
  versionSchema,
  type ActionView,
  type Decision,
  type Locale,
  type PlanAction,
  type FundingRankingDto,
  type PlanDto,
} from '@casmooc/domain';
import { ApiRouter, orgScope } from '../http/api-router';
import { writePlanExport } from './export-sheet';
import type { TemplatesService } from '../templates/service';
import { refused } from '../http/api-error';
import type { PlanView, PlansService } from './service';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const flag = z.enum(['true', 'false']).transform((v) => v === 'true').optional();

const listQuery = z.strictObject({
  scope: z.enum(PLAN_LIST_SCOPES).default('all'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: z.enum(PLAN_KINDS).optional(),
  planType: z.enum(PLAN_TYPES).optional(),
  category: z.enum(PLAN_CATEGORIES).optional(),
  approval: z.enum(APPROVAL_STATES).optional(),
  published: flag,
  implemented: flag,
  revoked: flag,
  name: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** P-13 on the wire: `{ allowed, rule?, reason? }` per action, the reason in the caller's language. */
function localise(view: PlanView, locale: Locale): PlanDto {
  const actions = Object.fromEntries(
    (Object.entries(view.actions) as [PlanAction, Decision][]).map(([action, d]): [PlanAction, ActionView] => [action, localiseDecision(d, locale)]),
  ) as Record<PlanAction, ActionView>;
  return { ...view, actions };
}

type Ranking = Awaited<ReturnType<PlansService['fundingRanking']>>;

function localiseRanking({ editable, items, institutes, ...ranking }: Ranking, locale: Locale): FundingRankingDto {
  const plans = (views: readonly PlanView[]) => views.map((v) => localise(v, locale));
  return { ...ranking, editable: localiseDecision(editable, locale), items: plans(items), institutes: institutes.map((i) => ({ ...i, items: plans(i.items) })) };
}

const managers = { roles: MANAGER_ROLES };
const admins = { roles: ADMIN_ROLES };

export function planRoutes(plans: PlansService, templates: TemplatesService): ApiRouter {
  const plan = orgScope((id) => plans.orgPathOf(id));
  const router = new ApiRouter()
    .get('/plans', {
      access: managers,
      query: listQuery,
      async handle({ actor, query, locale }) {
        const { page, pageSize, scope, ...filter } = query;
        const result = await plans.list(actor, scope, filter, page, pageSize);
        return { ...result, items: result.items.map((v) => localise(v, locale)) };
      },
    })
    .get('/plans/rate', {
      access: managers,
      query: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100), orgId: z.coerce.number().int().positive().optional() }),
      handle: ({ actor, query }) => plans.rate(actor, query.year, query.orgId),
    })
    .get('/plans/funding-ranking', {
      access: admins,
      query: planYearQuerySchema,
      handle: async ({ actor, query, locale }) => {
        const ranking = await plans.fundingRanking(actor, query.year, query.orgId);
        return localiseRanking(ranking, locale);
      },
    })
    .put('/plans/funding-ranking', {
      access: admins,
      body: fundingRankingSchema,
      handle: async ({ actor, body, locale }) => {
        const ranking = await plans.rankFunding(actor, body.year, body.ids, body.orgId);
        return localiseRanking(ranking, locale);
      },
    })
    .get('/plans/close-unimplemented', {
      access: admins,
      query: planYearQuerySchema,
      handle: ({ actor, query }) => plans.unimplementedCount(actor, query.year, query.orgId),
    })
    .post('/plans/close-unimplemented', {
      access: admins,
      body: closeUnimplementedSchema,
      handle: ({ actor, body }) => plans.closeUnimplemented(actor, body.year, body.reason, body.orgId),
    })
    .get('/plans/export', {
      access: managers,
      query: planYearQuerySchema,
      async handle({ actor, query, locale, res }) {
        const { org, total, pages } = await plans.exportPlans(actor, query.year, query.orgId);
        const texts = exportTexts(locale, { orgName: org.name, year: query.year });
        // The row count comes first, so the browser can say how big the download is while it streams.
        res.attachment(`${texts.title}.xlsx`).type(XLSX_MIME).set('X-Export-Rows', String(total)).set('Access-Control-Expose-Headers', 'X-Export-Rows');
        await writePlanExport(res, { texts, columns: exportColumns(locale), pages });
      },
    })
    .post('/plans', {
      access: managers,
      body: createPlanSchema,
      status: 201,
      handle: async ({ actor, body, locale }) => localise(await plans.create(actor, body.plan, body.submit, locale), locale),
    })
    .get('/plans/:id', {
      access: managers,
      params: idParams,
      scope: plan,
      handle: async ({ actor, params, locale }) => localise(await plans.get(actor, params.id), locale),
    })
    .get('/plans/:id/history', {
      access: managers,
      params: idParams,
      scope: plan,
      handle: ({ actor, params }) => plans.history(actor, params.id),
    })
    .put('/plans/:id', {
      access: managers,
      params: idParams,
      scope: plan,
      body: updatePlanSchema,
      handle: async ({ actor, params, body, locale }) => localise(await plans.update(actor, params.id, body.version, body.plan, locale), locale),
    })
    .delete('/plans/:id', {
      access: managers,
      params: idParams,
      scope: plan,
      // DELETE has no body: the version comes in the query string.
      query: z.strictObject({ version: z.coerce.number().int().min(1) }),
      handle: ({ actor, params, query }) => plans.remove(actor, params.id, query.version),
    })
    .post('/plans/:id/submit', {
      access: managers,
      params: idParams,
      scope: plan,
      body: versionSchema,
      handle: async ({ actor, params, body, locale }) => localise(await plans.submit(actor, params.id, body.version), locale),
    })
    .post('/plans/:id/revoke', {
      access: managers,
      params: idParams,
      scope: plan,
      body: revokePlanSchema,
      handle: async ({ actor, params, body, locale }) => localise(await plans.transition(actor, params.id, body.version, 'revoke', body.reason), locale),
    });
  router
    .post('/plans/:id/copy', {
      access: managers,
      params: idParams,
      scope: plan,
      status: 201,
      handle: async ({ actor, params, locale }) => localise(await plans.copy(actor, params.id, locale), locale),
    })
    .post('/plans/:id/compose', {
      access: managers,
      params: idParams,
      scope: plan,
      body: composePlanSchema,
      status: 201,
      handle: async ({ actor, params, body, locale }) => localise(await plans.compose(actor, params.id, await templates.fields(actor, body.templateId), locale), locale),
    })
    .post('/plans/:id/template', {
      access: managers,
      params: idParams,
      scope: plan,
      body: planToTemplateSchema,
      status: 201,
      async handle({ actor, params, body, locale }) {
        const { plan: stored, actions } = await plans.withActions(actor, params.id);
        if (!actions.makeTemplate.allowed) throw refused(actions.makeTemplate);
        return templates.fromPlan(actor, localise(await plans.get(actor, stored.id), locale), body.name, locale);
      },
    });
  for (const action of ['publish', 'unpublish', 'implement'] as const) {
    router.post(`/plans/:id/${action}`, {
      access: managers,
      params: idParams,
      scope: plan,
      body: versionSchema,
      handle: async ({ actor, params, body, locale }) => localise(await plans.transition(actor, params.id, body.version, action), locale),
    });
  }
  return router;
}
