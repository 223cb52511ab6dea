import { z } from 'zod';
import { pickedStaffIds } from '../directory/schemas';
import { PLAN_CATEGORIES } from '../plans/enums';
import { CLASS_APPROVAL_STATES, CLASS_STATES, TRAINING_MODES } from './class-enums';

const page = z.coerce.number().int().min(1).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(20);

/** 培训班管理's filters: year, 实施情况, 审批情况, category, mode, name, an org's subtree. */
export const classListQuerySchema = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  name: z.string().trim().max(100).optional(),
  state: z.enum(CLASS_STATES).optional(),
  approval: z.enum(CLASS_APPROVAL_STATES).optional(),
  category: z.enum(PLAN_CATEGORIES).optional(),
  mode: z.enum(TRAINING_MODES).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  page,
  pageSize,
});
export type ClassListQuery = z.infer<typeof classListQuerySchema>;

export const ATTENDEE_FILTERS = ['all', 'attended', 'absent', 'confirmed'] as const;
export type AttendeeFilter = (typeof ATTENDEE_FILTERS)[number];

export const attendeeQuerySchema = z.strictObject({
  show: z.enum(ATTENDEE_FILTERS).default('all'),
  q: z.string().trim().max(50).optional(),
  page,
  pageSize,
});

/** 其他人员添加 / 其他人员导入 and removing people: whom the picker chose. */
export const attendeeIdsSchema = z.strictObject({ staffIds: pickedStaffIds });

/** Tick people as attending, or untick them. */
export const attendanceSchema = z.strictObject({ staffIds: pickedStaffIds, attended: z.boolean() });

/** 学时确认: the people named, or (none named) everyone ticked whose hours are not yet confirmed. */
export const confirmHoursSchema = z.strictObject({ staffIds: pickedStaffIds.optional() });
