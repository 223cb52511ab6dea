import { z } from 'zod';
import { localisedIssue } from '../i18n/issue';
import { creditHoursSchema, hoursPartSchema } from '../numbers/fields';
import { hasAtMostDecimals } from '../numbers/precision';
import { EXTERNAL_ACTIVITIES, HOURS_KINDS } from './enums';
import { SHARE_DECIMALS } from './requirement';

const isoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, localisedIssue({ 'zh-CN': '日期格式应为 YYYY-MM-DD', 'en-US': 'Dates are written YYYY-MM-DD' }));
const year = z.coerce.number().int().min(2000).max(2100);
const reason = z
  .string()
  .trim()
  .min(1, localisedIssue({ 'zh-CN': '请填写原因', 'en-US': 'Please give a reason' }))
  .max(200);

/** The requirement an org sets for its subtree (SPEC §3a): 年度学时 and the 专业科目 share. */
export const hoursRequirementSchema = z.strictObject({
  annualHours: creditHoursSchema,
  professionalShare: z
    .number()
    .min(0)
    .max(1)
    .refine((v) => hasAtMostDecimals(v, SHARE_DECIMALS), localisedIssue({ 'zh-CN': '专业科目占比最多保留四位小数', 'en-US': 'The professional share takes at most four decimal places' })),
  /** The version read (0: the org had none), so that two admins changing it at once do not overwrite each other. */
  version: z.number().int().min(0),
});
export type HoursRequirementInput = z.infer<typeof hoursRequirementSchema>;

/** An external activity a manager records for a person, with its evidence (H-1). */
export const externalEntrySchema = z.strictObject({
  activity: z.enum(EXTERNAL_ACTIVITIES),
  title: z.string().trim().min(1).max(200),
  date: isoDate,
  kind: z.enum(HOURS_KINDS),
  hours: creditHoursSchema,
  /** Who issued what (a certificate's number, the organiser's letter): the evidence the record rests on. */
  evidence: z.string().trim().min(1, localisedIssue({ 'zh-CN': '请填写证明材料', 'en-US': 'Please describe the evidence' })).max(500),
});
export type ExternalEntryInput = z.infer<typeof externalEntrySchema>;

/** H-1: a reversal with its reason, and what should stand in the reversed row's place, if anything. */
export const reversalSchema = z.strictObject({
  reason,
  replacement: z
    .strictObject({
      generalHours: hoursPartSchema,
      professionalHours: hoursPartSchema,
    })
    .refine((r) => r.generalHours + r.professionalHours > 0, localisedIssue({ 'zh-CN': '更正后的学时须大于 0（不填则只冲销）', 'en-US': 'A correction needs some hours (leave it out to reverse only)' }))
    .optional(),
});
export type ReversalInput = z.infer<typeof reversalSchema>;

/** Withdrawing an org's own requirement, at the version read. */
export const requirementVersionSchema = z.object({ version: z.coerce.number().int().min(0) });

export const myHoursQuerySchema = z.object({ year: year.optional() });

/** A subtree's progress (H-2); `atRisk` keeps those below `share` of the requirement by `by`. */
export const hoursProgressQuerySchema = z.object({
  orgId: z.coerce.number().int().positive().optional(),
  year: year.optional(),
  q: z.string().trim().max(50).optional(),
  atRisk: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
  share: z.coerce.number().min(0).max(1).default(0.5),
  by: isoDate.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type HoursProgressQuery = z.infer<typeof hoursProgressQuerySchema>;
