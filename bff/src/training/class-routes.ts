import { z } from 'zod';
import { classListQuerySchema, classSpendingSchema, classVersionSchema, MANAGER_ROLES, saveClassSchema } from '@casmooc/domain';
import { ApiRouter, orgScope } from '../http/api-router';
import type { ClassService } from './class-service';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const managers = { roles: MANAGER_ROLES };

/** 培训班管理: the classes, the class form (暂存), 实施 and cancel (SPEC §3, T-1 … T-3). */
export function classRoutes(classes: ClassService): ApiRouter {
  const trainingClass = orgScope((id) => classes.orgPathOf(id));
  return new ApiRouter()
    .get('/training/classes', {
      access: managers,
      query: classListQuerySchema,
      handle: ({ actor, query: { page, pageSize, ...filter }, locale }) => classes.list(actor, filter, page, pageSize, locale),
    })
    .get('/training/classes/:id', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      handle: ({ actor, params, locale }) => classes.get(actor, params.id, locale),
    })
    .get('/training/classes/:id/history', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      handle: ({ actor, params }) => classes.history(actor, params.id),
    })
    .put('/training/classes/:id', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      body: saveClassSchema,
      handle: ({ actor, params, body, locale }) => classes.save(actor, params.id, body.version, body.class, locale),
    })
    .post('/training/classes/:id/implement', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      body: classVersionSchema,
      handle: ({ actor, params, body, locale }) => classes.implement(actor, params.id, body.version, locale),
    })
    .post('/training/classes/:id/cancel', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      body: classVersionSchema,
      handle: ({ actor, params, body }) => classes.cancel(actor, params.id, body.version),
    })
    .put('/training/classes/:id/spending', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      body: classSpendingSchema,
      handle: ({ actor, params, body, locale }) => classes.recordSpending(actor, params.id, body.version, body.spent, locale),
    });
}
