import { z } from 'zod';
import { localisedIssue } from '../i18n/issue';
import { creditHoursSchema, daysSchema, headcountSchema, moneySchema } from '../numbers/fields';
import { LOCATIONS, PLAN_CATEGORIES, PLAN_KINDS, PLAN_TYPES, QUALITY_LEVELS } from './enums';
import { MAX_MATERIALS_LENGTH, PHONE_PATTERN } from './patterns';

/** The fields a manager fills in (SPEC §2); rules that need the date or other plans are checked by the BFF. */
export const planInputSchema = z
  .strictObject({
    orgId: z.number().int().positive(),
    name: z.string().trim().min(1).max(100),
    kind: z.enum(PLAN_KINDS),
    planType: z.enum(PLAN_TYPES),
    year: z.number().int().min(2000).max(2100),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    category: z.enum(PLAN_CATEGORIES),
    hours: creditHoursSchema,
    days: daysSchema,
    headcount: headcountSchema,
    budget: moneySchema,
    organiser: z.string().trim().min(1).max(100),
    location: z.enum(LOCATIONS),
    address: z.string().trim().max(200).default(''),
    contactName: z.string().trim().min(1).max(50),
    contactPhone: z.string().trim().regex(PHONE_PATTERN),
    fundingRequested: z.boolean().default(false),
    quality: z.enum(QUALITY_LEVELS).default('standard'),
    techSupport: z.boolean().default(false),
    materials: z.string().max(MAX_MATERIALS_LENGTH).default(''),
  })
  .superRefine((plan, ctx) => {
    if (!plan.month.startsWith(`${plan.year}-`)) {
      ctx.addIssue({ code: 'custom', path: ['month'], ...localisedIssue({ 'zh-CN': `培训时间须在 ${plan.year} 年内`, 'en-US': `The month must be within ${plan.year}` }) });
    }
  });
export type PlanInput = z.infer<typeof planInputSchema>;

/** The fields a manager fills in, in the form's order: what a submission's snapshot keeps. */
export const PLAN_INPUT_FIELDS = Object.keys(planInputSchema.shape) as ReadonlyArray<keyof PlanInput>;

export function planInputOf(plan: PlanInput): PlanInput {
  return Object.fromEntries(PLAN_INPUT_FIELDS.map((field) => [field, plan[field]])) as PlanInput;
}

/** Create as 暂存 (draft) or 提交 (submit at once). */
export const createPlanSchema = z.strictObject({ plan: planInputSchema, submit: z.boolean().default(false) });

/** Every write that changes a plan names the version it was based on (409 when stale). */
export const versionSchema = z.strictObject({ version: z.number().int().min(1) });
export const updatePlanSchema = z.strictObject({ version: z.number().int().min(1), plan: planInputSchema });
export const revokePlanSchema = z.strictObject({ version: z.number().int().min(1), reason: z.string().trim().min(1).max(500) });

const yearParam = z.coerce.number().int().min(2000).max(2100);
const orgParam = z.coerce.number().int().positive().optional();

/** 资助计划筛选 and the export (P-14) work on one org's subtree (the caller's own by default) and one year. */
export const planYearQuerySchema = z.strictObject({ year: yearParam, orgId: orgParam });

/** The funded plans in their new order, first = highest priority; it must name exactly the plans being ranked. */
export const fundingRankingSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  orgId: z.number().int().positive().optional(),
  ids: z.array(z.number().int().positive()).max(200),
});

/** 关闭未实施计划: revoke every unimplemented plan of a year in the subtree, with one reason (P-11). */
export const closeUnimplementedSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  orgId: z.number().int().positive().optional(),
  reason: z.string().trim().min(1).max(500),
});

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

/** P-2 and P-6 settings of the Academy: the annual reporting period (or none) and the funded-plan limit. */
export const planSettingsSchema = z
  .strictObject({
    reportingPeriod: z.strictObject({ from: monthDay, to: monthDay }).nullable(),
    fundingLimit: z.number().int().min(0).max(50),
  })
  .refine((s) => !s.reportingPeriod || s.reportingPeriod.from <= s.reportingPeriod.to, {
    path: ['reportingPeriod', 'to'],
    ...localisedIssue({ 'zh-CN': '截止日期不能早于开始日期', 'en-US': 'The period must end after it starts' }),
  });

/** The Academy's plan settings: the annual reporting period (null: the whole year before, P-2) and funded plans per institute and year (P-6). */
export type PlanSettings = z.infer<typeof planSettingsSchema>;
