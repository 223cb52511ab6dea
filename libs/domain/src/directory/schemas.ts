import { z } from 'zod';
import { POST_TYPES } from '../staff/post-types';

/** The most staff one call returns when a whole department is picked. */
export const MAX_PICKED_STAFF = 5000;

const postTypes = z
  .string()
  .optional()
  .transform((value) => (value ? value.split(',') : []))
  .pipe(z.array(z.enum(POST_TYPES)));

export const staffSearchQuerySchema = z.strictObject({
  q: z.string().trim().max(50).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  postTypes,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type StaffSearchQuery = z.infer<typeof staffSearchQuerySchema>;

export const departmentStaffQuerySchema = z.strictObject({
  orgId: z.coerce.number().int().positive(),
  postTypes,
});

export const groupNameSchema = z.strictObject({
  name: z.string().trim().min(1).max(50),
});

/** People chosen in the picker: a group's new members, a class's attendees. */
export const pickedStaffIds = z.array(z.number().int().positive()).min(1).max(MAX_PICKED_STAFF);

export const groupMembersSchema = z.strictObject({ staffIds: pickedStaffIds });
