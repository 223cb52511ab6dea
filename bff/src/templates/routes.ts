import { z } from 'zod';
import { batchDeleteTemplatesSchema, createTemplateSchema, MANAGER_ROLES, shareTemplateSchema, templateListQuerySchema, updateTemplateSchema } from '@casmooc/domain';
import { ApiRouter } from '../http/api-router';
import type { TemplatesService } from './service';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const managers = { roles: MANAGER_ROLES };

/** 计划模板: list with search, create, edit, delete one or a batch (all or none), share (M-1, M-2). */
export function templateRoutes(templates: TemplatesService): ApiRouter {
  // Its own org's managers and those above, and those of the orgs it is shared with, reach a template.
  const template = ({ id }: { id: number }) => templates.ownerOf(id);
  return new ApiRouter()
    .get('/templates', {
      access: managers,
      query: templateListQuerySchema,
      handle: ({ actor, query, locale }) => templates.list(actor, query.name, query.page, query.pageSize, locale),
    })
    .post('/templates', {
      access: managers,
      body: createTemplateSchema,
      status: 201,
      handle: ({ actor, body, locale }) => templates.create(actor, body.orgId, body.template, locale),
    })
    .post('/templates/batch-delete', {
      access: managers,
      body: batchDeleteTemplatesSchema,
      handle: ({ actor, body }) => templates.remove(actor, body.items),
    })
    .get('/templates/:id', {
      access: managers,
      params: idParams,
      scope: template,
      handle: ({ actor, params, locale }) => templates.get(actor, params.id, locale),
    })
    .put('/templates/:id', {
      access: managers,
      params: idParams,
      scope: template,
      body: updateTemplateSchema,
      handle: ({ actor, params, body, locale }) => templates.update(actor, params.id, body.version, body.template, locale),
    })
    .delete('/templates/:id', {
      access: managers,
      params: idParams,
      scope: template,
      // DELETE has no body: the version comes in the query string.
      query: z.strictObject({ version: z.coerce.number().int().min(1) }),
      handle: async ({ actor, params, query }) => void (await templates.remove(actor, [{ id: params.id, version: query.version }])),
    })
    .put('/templates/:id/shares', {
      access: managers,
      params: idParams,
      scope: template,
      body: shareTemplateSchema,
      handle: ({ actor, params, body, locale }) => templates.share(actor, params.id, body.version, body.orgIds, locale),
    });
}
