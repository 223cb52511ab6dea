import { z } from 'zod';
import { attendanceSchema, attendeeIdsSchema, attendeeQuerySchema, classListQuerySchema, confirmHoursSchema, MANAGER_ROLES } from '@casmooc/domain';
import { ApiRouter, orgScope } from '../http/api-router';
import type { TrainingService } from './service';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const managers = { roles: MANAGER_ROLES };

/** 培训班管理 and 实际参会人员 (SPEC §3, T-6). */
export function trainingRoutes(training: TrainingService): ApiRouter {
  const trainingClass = orgScope((id) => training.orgPathOf(id));
  return new ApiRouter()
    .get('/training/classes', {
      access: managers,
      query: classListQuerySchema,
      handle: ({ actor, query: { page, pageSize, ...filter } }) => training.list(actor, filter, page, pageSize),
    })
    .get('/training/classes/:id', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      handle: ({ actor, params }) => training.get(actor, params.id),
    })
    .get('/training/classes/:id/attendees', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      query: attendeeQuerySchema,
      handle: ({ actor, params, query }) => training.attendees(actor, params.id, query.show, query.q, query.page, query.pageSize),
    })
    .post('/training/classes/:id/attendees', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      body: attendeeIdsSchema,
      handle: ({ actor, params, body, locale }) => training.add(actor, params.id, body.staffIds, locale),
    })
    .post('/training/classes/:id/attendees/remove', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      body: attendeeIdsSchema,
      handle: ({ actor, params, body, locale }) => training.remove(actor, params.id, body.staffIds, locale),
    })
    .post('/training/classes/:id/attendance', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      body: attendanceSchema,
      handle: ({ actor, params, body, locale }) => training.setAttended(actor, params.id, body.staffIds, body.attended, locale),
    })
    .post('/training/classes/:id/confirm-hours', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      body: confirmHoursSchema,
      handle: ({ actor, params, body }) => training.confirm(actor, params.id, body.staffIds),
    });
}
