import {
  ADMIN_ROLES,
  ancestorPath,
  approvalChain,
  chainSteps,
  composePlan,
  copyOfPlan,
  editableWindow,
  fundingProblems,
  fundingRankingScope,
  fundingWithinLimit,
  MANAGER_ROLES,
  managersOf,
  mayRankInstitute,
  pathIds,
  planActions,
  planFundingLevel,
  planInputOf,
  yearFollowsType,
  type ChainStep,
  type Decision,
  type Locale,
  type PlanAction,
  type PlanInput,
  type PlanListScope,
  type Role,
  type RoleGrant,
  type TemplateInput,
  users,
} from '@casmooc/domain';
import type { Knex } from 'knex';
import type { Actor } from '../auth/actor';
import { ApiError, conflict, notFound, refused } from '../http/api-error';
import type { EventLog, RecordEvent } from '../events/event-log';
import type { EventRepository } from '../events/repository';
import type { ApprovalService } from '../approvals/service';
import type { OrgRepository } from '../orgs/repository';
import type { SettingsRepository } from '../settings/repository';
import { sanitizeMaterials } from './materials';
import { rateOverview } from './rate';
import type { PlanFilter, PlanRepository, PlanStateChange, StoredPlan } from './repository';

export interface PlanView extends Omit<StoredPlan, 'orgPath'> {
  chain: ChainStep[];
  actions: Record<PlanAction, Decision>;
}

/** Where implementing a project plan creates its training class (P-10, T-1), in the same transaction. */
export interface ClassesFromPlans {
  createFromPlan(trx: Knex.Transaction, planId: number, creatorId: number): Promise<number>;
}

export interface PlansDeps {
  plans: PlanRepository;
  classes: ClassesFromPlans;
  approvals: ApprovalService;
  orgs: OrgRepository;
  settings: SettingsRepository;
  eventLog: EventLog;
  events: EventRepository;
  grantsOf(userId: number): Promise<RoleGrant[]>;
  now?: () => Date;
}

const must = (decision: Decision) => {
  if (!decision.allowed) throw refused(decision);
};

const TRANSITIONS = {
  publish: { state: { published: true }, event: 'plan.published' },
  unpublish: { state: { published: false }, event: 'plan.unpublished' },
  implement: { state: { implemented: true }, event: 'plan.implemented' },
  revoke: { state: { revoked: true }, event: 'plan.revoked' },
} satisfies Record<string, { state: PlanStateChange; event: string }>;

/** The institute a plan belongs to, whose funded plans are counted together (P-6); an Academy plan counts as its own. */
const institutePathOf = (orgPath: string) => ancestorPath(orgPath, 1) ?? orgPath;

const EXPORT_PAGE = 500;

const UNKNOWN_ORG: Record<Locale, string> = { 'zh-CN': '机构不存在或不在您的管理范围内', 'en-US': 'The organisation does not exist or is outside yours' };

type Context = Awaited<ReturnType<PlansService['context']>>;

/** Training plans (SPEC §2): each change checked against its rule, written with its event in one transaction. */
export class PlansService {
  private readonly now: () => Date;

  constructor(private readonly deps: PlansDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** The settings and the date the rules need; read once per request. */
  private async context() {
    const settings = await this.deps.settings.planSettings();
    return { settings, rules: { now: this.now(), reportingPeriod: settings.reportingPeriod } };
  }

  /** The org a plan belongs to, or null when there is no such plan: the routes' scope. */
  async orgPathOf(id: number): Promise<string | null> {
    return (await this.deps.plans.findById(id))?.orgPath ?? null;
  }

  /** A plan the actor manages, or 404 (outside their subtree, or not a manager). */
  private async reachable(actor: Actor, id: number): Promise<StoredPlan> {
    const plan = await this.deps.plans.findById(id);
    if (!plan) throw notFound();
    actor.assertReaches(plan.orgPath, MANAGER_ROLES);
    return plan;
  }

  /** A plan the actor manages and what its rules allow now: for features built on plans, such as attachments. */
  async withActions(actor: Actor, id: number): Promise<{ plan: StoredPlan; actions: Record<PlanAction, Decision> }> {
    const plan = await this.reachable(actor, id);
    const { rules } = await this.context();
    return { plan, actions: planActions(plan, rules) };
  }

  async views(plans: readonly StoredPlan[], ctx?: Context): Promise<PlanView[]> {
    const { rules } = ctx ?? (await this.context());
    const rounds = await this.deps.approvals.latestRounds('plan', plans.map((p) => p.id));
    const orgIds = [...new Set([...rounds.values()].flatMap((r) => r.chain))];
    const names = new Map((await this.deps.orgs.byIds(orgIds)).map((o) => [o.id, o.name]));
    return plans.map(({ orgPath: _orgPath, ...plan }) => {
      const round = rounds.get(plan.id);
      const chain = round ? chainSteps(round.chain.map((id) => ({ id, name: names.get(id) ?? String(id) })), round.step, round.state) : [];
      return { ...plan, chain, actions: planActions(plan, rules) };
    });
  }

  async get(actor: Actor, id: number, ctx?: Context): Promise<PlanView> {
    const [view] = await this.views([await this.reachable(actor, id)], ctx);
    return view;
  }

  /** Everything that happened to a plan, oldest first (its audit trail). */
  async history(actor: Actor, id: number) {
    await this.reachable(actor, id);
    return this.deps.events.forSubject(`plan:${id}`);
  }

  /**
   * The plans the actor manages: all of them, those of their own org(s)
   * (本机构计划), or those of the orgs below (下级机构计划, SPEC §1).
   */
  async list(actor: Actor, scope: PlanListScope, filter: Omit<PlanFilter, 'scopePaths' | 'ofOrgs' | 'belowOrgs'>, page: number, pageSize: number) {
    const own = [...new Set(actor.grants.filter((g) => MANAGER_ROLES.includes(g.role)).map((g) => g.orgId))];
    const scoped = { ...filter, scopePaths: actor.scopePaths(MANAGER_ROLES), ...(scope === 'own' && { ofOrgs: own }), ...(scope === 'below' && { belowOrgs: own }) };
    const { items, total } = await this.deps.plans.list(scoped, page, pageSize);
    return { items: await this.views(items), total, page, pageSize };
  }

  /** The org a subtree view works on: the one asked for, or the top of the actor's scope with these roles. */
  private async scopeRoot(actor: Actor, orgId: number | undefined, roles: readonly Role[]) {
    const rootId = orgId ?? actor.grants.find((g) => roles.includes(g.role))?.orgId;
    const root = rootId === undefined ? null : await this.deps.orgs.findById(rootId);
    if (!root) throw notFound();
    actor.assertReaches(root.path, roles);
    return root;
  }

  /** P-12 for an org the actor manages (by default the top of their scope), with its children for drill-down. */
  async rate(actor: Actor, year: number, orgId?: number) {
    const root = await this.scopeRoot(actor, orgId, MANAGER_ROLES);
    const children = await this.deps.orgs.childrenOf([root.id]);
    const grandchildren = new Set((await this.deps.orgs.childrenOf(children.map((c) => c.id))).map((g) => g.parentId!));
    return rateOverview(this.deps.plans, root, children, grandchildren, year);
  }

  /**
   * 资助计划筛选 (P-6) for a year: at an institute (or any org inside one,
   * which ranks as its institute) that institute's order; at the Academy
   * the Academy's own priority, with every institute's order beside it.
   */
  async fundingRanking(actor: Actor, year: number, orgId?: number) {
    const root = await this.rankingRoot(actor, orgId);
    const scope = fundingRankingScope(root.path);
    const editable: Decision = scope === 'academy' ? { allowed: true } : mayRankInstitute(actor.grants, root.path);
    const funded = await this.deps.plans.fundedForRanking(root.path, year);
    const views = await this.views(funded);
    if (scope === 'institute') return { orgId: root.id, orgName: root.name, year, scope, editable, items: views, institutes: [] };
    const byId = new Map(views.map((v) => [v.id, v]));
    const items = (await this.deps.plans.fundedForRanking(root.path, year, 'academy')).map((p) => byId.get(p.id)!);
    const institutes = (await this.deps.orgs.childrenOf([root.id]))
      .map((institute) => ({ orgId: institute.id, orgName: institute.name, items: funded.filter((p) => ancestorPath(p.orgPath, 1) === institute.path).map((p) => byId.get(p.id)!) }))
      .filter((institute) => institute.items.length > 0);
    return { orgId: root.id, orgName: root.name, year, scope, editable, items, institutes };
  }

  /**
   * Saves one order (P-6): the institute's, only by its own admins, or the
   * Academy's priority, which never changes an institute's. It must name
   * exactly the plans being ranked, or someone changed them meanwhile (409).
   */
  async rankFunding(actor: Actor, year: number, ids: readonly number[], orgId?: number) {
    const root = await this.rankingRoot(actor, orgId);
    const scope = fundingRankingScope(root.path);
    if (scope === 'institute') {
      const right = mayRankInstitute(actor.grants, root.path);
      if (!right.allowed) throw new ApiError(403, 'FORBIDDEN', undefined, right.reason, right.rule);
    }
    await this.deps.eventLog.transact(async (trx, record) => {
      // Checked under the ranking's lock: the plans named are exactly the ones being ranked when the order is written.
      await this.deps.plans.lockRanking(trx, root.id);
      const current = await this.deps.plans.fundedForRanking(root.path, year, 'institute', trx);
      const same = current.length === ids.length && new Set(ids).size === ids.length && current.every((p) => ids.includes(p.id));
      if (!same) throw new ApiError(409, 'CONFLICT', undefined, { 'zh-CN': '资助计划已有变化，请刷新后重新排序', 'en-US': 'The funded plans have changed; reload and rank again' });
      await this.deps.plans.setFundingRanks(trx, scope, ids);
      record({ type: 'plan.ranked', orgPath: root.path, subject: `org:${root.id}`, payload: { year, ids, scope, name: root.name }, actorId: actor.id, audience: [managersOf(root.path)] });
    });
    return this.fundingRanking(actor, year, root.id);
  }

  /** The org whose ranking is asked for: the Academy, or the institute of the org asked for (departments rank as their institute). */
  private async rankingRoot(actor: Actor, orgId: number | undefined) {
    const asked = await this.scopeRoot(actor, orgId, ADMIN_ROLES);
    const institutePath = ancestorPath(asked.path, 1);
    if (!institutePath || institutePath === asked.path) return asked;
    return this.scopeRoot(actor, pathIds(institutePath)[1], ADMIN_ROLES);
  }

  /** What 关闭未实施计划 would close for a year, counted before the admin confirms. */
  async unimplementedCount(actor: Actor, year: number, orgId?: number): Promise<{ count: number }> {
    const root = await this.scopeRoot(actor, orgId, ADMIN_ROLES);
    return { count: await this.deps.plans.unimplementedCount(root.path, year) };
  }

  /** 关闭未实施计划: revokes a year's unimplemented plans of an admin's subtree with one reason, each with its event, all or none. */
  async closeUnimplemented(actor: Actor, year: number, reason: string, orgId?: number): Promise<{ closed: number }> {
    const root = await this.scopeRoot(actor, orgId, ADMIN_ROLES);
    const plans = await this.deps.plans.unimplemented(root.path, year);
    await this.deps.eventLog.transact(async (trx, record) => {
      for (const plan of plans) {
        // Changed since it was read (implemented, revoked, edited): the whole close is refused, nothing is half done.
        if (!(await this.deps.plans.update(trx, plan.id, plan.version, { state: { revoked: true, revokeReason: reason } }))) throw conflict();
        await this.leaveQueues(trx, plan);
        this.record(record, 'plan.revoked', plan, actor, { reason, bulk: true });
      }
    });
    return { closed: plans.length };
  }

  /** P-14: the export of an org's annual plans for a year: its title, size and the plans in order, a page at a time. */
  async exportPlans(actor: Actor, year: number, orgId?: number) {
    const root = await this.scopeRoot(actor, orgId, MANAGER_ROLES);
    const query = this.deps.plans.exportQuery(root.path, year, fundingRankingScope(root.path));
    const total = await query.count();
    const ctx = await this.context();
    const views = (plans: StoredPlan[]) => this.views(plans, ctx);
    async function* pages(): AsyncIterable<PlanView[]> {
      for (let page = 1; (page - 1) * EXPORT_PAGE < total; page++) yield views(await query.page(page, EXPORT_PAGE));
    }
    return { org: root, total, pages: pages() };
  }

  /**
   * Field-level checks that need the date, the settings or the org
   * (P-1, P-2, P-6 … P-9), in the caller's language; returns the input with
   * sanitised materials and its org's path. The P-6 limit is counted later,
   * inside the write (`assertFundingSlot`).
   */
  private async checkInput(actor: Actor, input: PlanInput, { rules }: Context, locale: Locale): Promise<{ input: PlanInput; orgPath: string }> {
    const org = await this.deps.orgs.findById(input.orgId);
    if (!org || !actor.reaches(org.path, MANAGER_ROLES)) throw new ApiError(400, 'VALIDATION_FAILED', { orgId: UNKNOWN_ORG[locale] });
    const fields: Record<string, string> = {};
    const year = yearFollowsType(input.planType, input.year, rules.now);
    if (!year.allowed) fields.year = year.reason[locale];
    const window = editableWindow(input.planType, input.year, rules);
    if (!window.allowed && year.allowed) fields.year = window.reason[locale];
    const materials = sanitizeMaterials(input.materials);
    for (const { field, decision } of fundingProblems({ ...input, hasMaterials: materials.replace(/<[^>]*>/g, '').trim().length > 0 })) {
      fields[field] ??= decision.reason[locale];
    }
    if (Object.keys(fields).length) throw new ApiError(400, 'VALIDATION_FAILED', fields);
    return { input: { ...input, materials }, orgPath: org.path };
  }

  /**
   * P-6 inside the write's transaction: the institute's funded plans of the
   * year are counted behind the institute's lock, so concurrent writes
   * cannot pass the limit together. Must come before the write itself.
   */
  private async assertFundingSlot(trx: Knex.Transaction, checked: { input: PlanInput; orgPath: string }, { settings }: Context, locale: Locale, exceptId?: number) {
    if (!checked.input.fundingRequested) return;
    const others = await this.deps.plans.fundedCountLocked(trx, institutePathOf(checked.orgPath), checked.input.year, exceptId);
    const slot = fundingWithinLimit(others, settings.fundingLimit);
    if (!slot.allowed) throw new ApiError(400, 'VALIDATION_FAILED', { fundingRequested: slot.reason[locale] }, undefined, slot.rule);
  }

  /** P-11: a plan revoked while 已上报 leaves the approvers' queues. */
  private async leaveQueues(trx: Knex.Transaction, plan: StoredPlan): Promise<void> {
    if (plan.approval === 'pending') await this.deps.approvals.withdraw(trx, 'plan', plan.id);
  }

  /** A plan's event: for the managers of its org and above, and for its creator. */
  private record(record: RecordEvent, type: string, plan: { id: number; name: string; orgPath: string; creatorId: number }, actor: Actor, extra: object = {}) {
    record({
      type,
      orgPath: plan.orgPath,
      subject: `plan:${plan.id}`,
      payload: { id: plan.id, name: plan.name, ...extra },
      actorId: actor.id,
      audience: [managersOf(plan.orgPath), ...users(plan.creatorId)],
    });
  }

  async create(actor: Actor, input: PlanInput, submit: boolean, locale: Locale): Promise<PlanView> {
    const ctx = await this.context();
    const checked = await this.checkInput(actor, input, ctx, locale);
    const id = await this.deps.eventLog.transact(async (trx, record) => {
      await this.assertFundingSlot(trx, checked, ctx, locale);
      const id = await this.deps.plans.insert(trx, checked.input, actor.id, { editState: 'draft', approval: 'unsubmitted' });
      this.record(record, 'plan.created', { id, name: checked.input.name, orgPath: checked.orgPath, creatorId: actor.id }, actor);
      return id;
    });
    // A new plan is at version 1.
    return submit ? this.submit(actor, id, 1) : this.get(actor, id, ctx);
  }

  async update(actor: Actor, id: number, version: number, input: PlanInput, locale: Locale): Promise<PlanView> {
    const plan = await this.reachable(actor, id);
    const ctx = await this.context();
    must(planActions(plan, ctx.rules).edit);
    const checked = await this.checkInput(actor, input, ctx, locale);
    await this.deps.eventLog.transact(async (trx, record) => {
      await this.assertFundingSlot(trx, checked, ctx, locale, id);
      if (!(await this.deps.plans.update(trx, id, version, { input: checked.input }))) throw conflict();
      this.record(record, 'plan.updated', { ...plan, name: checked.input.name, orgPath: checked.orgPath }, actor);
    });
    return this.get(actor, id, ctx);
  }

  async remove(actor: Actor, id: number, version: number): Promise<void> {
    const plan = await this.reachable(actor, id);
    const { rules } = await this.context();
    must(planActions(plan, rules).delete);
    await this.deps.eventLog.transact(async (trx, record) => {
      if (!(await this.deps.plans.remove(trx, id, version))) throw conflict();
      this.record(record, 'plan.deleted', plan, actor);
    });
  }

  /** P-3: the chain is computed now, from the plan's org and its creator, and stored with the round. */
  async submit(actor: Actor, id: number, version: number): Promise<PlanView> {
    const plan = await this.reachable(actor, id);
    const ctx = await this.context();
    must(planActions(plan, ctx.rules).submit);
    const creatorAdminPaths = (await this.deps.grantsOf(plan.creatorId)).filter((g) => ADMIN_ROLES.includes(g.role)).map((g) => g.orgPath);
    const chain = approvalChain({ orgPath: plan.orgPath, planType: plan.planType, fundingRequested: plan.fundingRequested, creatorAdminPaths });
    await this.deps.eventLog.transact(async (trx, record) => {
      const state: PlanStateChange = { editState: 'submitted', approval: chain.length ? 'pending' : 'not_required' };
      if (!(await this.deps.plans.update(trx, id, version, { state }))) throw conflict();
      if (chain.length) {
        await this.deps.approvals.start(trx, 'plan', id, chain, {
          subjectOrgId: plan.orgId,
          creatorId: plan.creatorId,
          submittedBy: actor.id,
          title: plan.name,
          year: plan.year,
          kind: plan.planType,
          when: plan.month,
          contact: plan.contactName,
          fundingLevel: planFundingLevel(plan),
          snapshot: { ...planInputOf(plan) },
        });
      }
      this.record(record, 'plan.submitted', plan, actor, { chain, nextOrgId: chain[0] ?? null });
    });
    return this.get(actor, id, ctx);
  }

  /** M-3 直接引用计划: a copy of the plan as a new draft, for the year P-1 gives now. */
  async copy(actor: Actor, id: number, locale: Locale): Promise<PlanView> {
    const plan = await this.reachable(actor, id);
    must(planActions(plan, (await this.context()).rules).copy);
    return this.create(actor, copyOfPlan(planInputOf(plan), this.now()), false, locale);
  }

  /** M-3 信息合成新计划: a new draft from the plan merged with a template (the template's fields win), as the preview showed. */
  async compose(actor: Actor, id: number, template: TemplateInput, locale: Locale): Promise<PlanView> {
    const plan = await this.reachable(actor, id);
    must(planActions(plan, (await this.context()).rules).copy);
    return this.create(actor, composePlan(planInputOf(plan), template, this.now()).plan, false, locale);
  }

  /** Publish, unpublish, implement or revoke: the rule decides, the change and its event are one write. */
  async transition(actor: Actor, id: number, version: number, action: 'publish' | 'unpublish' | 'implement' | 'revoke', reason?: string): Promise<PlanView> {
    const plan = await this.reachable(actor, id);
    const ctx = await this.context();
    must(planActions(plan, ctx.rules)[action]);
    const { state, event } = TRANSITIONS[action];
    await this.deps.eventLog.transact(async (trx, record) => {
      const change = action === 'revoke' ? { ...state, revokeReason: reason ?? null } : state;
      if (!(await this.deps.plans.update(trx, id, version, { state: change }))) throw conflict();
      if (action === 'revoke') await this.leaveQueues(trx, plan);
      // P-10: a project plan becomes a training class; 其他计划 are only marked implemented.
      const classId = action === 'implement' && plan.kind === 'project' ? await this.deps.classes.createFromPlan(trx, plan.id, actor.id) : undefined;
      this.record(record, event, plan, actor, { ...(reason && { reason }), ...(classId && { classId }) });
    });
    return this.get(actor, id, ctx);
  }

  /**
   * A plan whose class was cancelled is 未实施 again (it may be revoked, or
   * implemented anew), inside the cancelling transaction; announced as
   * `plan.reopened`.
   */
  async reopen(trx: Knex.Transaction, record: RecordEvent, planId: number, actor: Actor, extra: object = {}): Promise<void> {
    const plan = (await this.deps.plans.findById(planId, trx))!;
    await this.deps.plans.reopen(trx, planId);
    this.record(record, 'plan.reopened', plan, actor, extra);
  }
}
