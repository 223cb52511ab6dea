import { z } from 'zod';
import { attendanceSchema, attendeeIdsSchema, attendeeQuerySchema, confirmHoursSchema, MANAGER_ROLES } from '@casmooc/domain';
import { ApiRouter, orgScope } from '../http/api-router';
import type { AttendanceService } from './attendance-service';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const managers = { roles: MANAGER_ROLES };

/** 实际参会人员 of a class: add (其他人员添加 / 导入), tick, remove, 学时确认 (T-6). */
export function attendanceRoutes(attendance: AttendanceService, classOrgPath: (id: number) => Promise<string | null>): ApiRouter {
  const trainingClass = orgScope(classOrgPath);
  return new ApiRouter()
    .get('/training/classes/:id/attendees', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      query: attendeeQuerySchema,
      handle: ({ actor, params, query }) => attendance.attendees(actor, params.id, query.show, query.q, query.page, query.pageSize),
    })
    .post('/training/classes/:id/attendees', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      body: attendeeIdsSchema,
      handle: ({ actor, params, body, locale }) => attendance.add(actor, params.id, body.staffIds, locale),
    })
    .post('/training/classes/:id/attendees/remove', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      body: attendeeIdsSchema,
      handle: ({ actor, params, body, locale }) => attendance.remove(actor, params.id, body.staffIds, locale),
    })
    .post('/training/classes/:id/attendance', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      body: attendanceSchema,
      handle: ({ actor, params, body, locale }) => attendance.setAttended(actor, params.id, body.staffIds, body.attended, locale),
    })
    .post('/training/classes/:id/confirm-hours', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      body: confirmHoursSchema,
      handle: ({ actor, params, body }) => attendance.confirm(actor, params.id, body.staffIds),
    });
}
