import { z } from 'zod';
import { creditHoursSchema, daysSchema, headcountSchema, moneySchema } from '../numbers/fields';
import { LOCATIONS, PLAN_CATEGORIES, PLAN_KINDS } from '../plans/enums';
import { MAX_MATERIALS_LENGTH, PHONE_PATTERN } from '../plans/patterns';

/** 季度: a template says in which quarter its training falls; a plan from it starts on that quarter's first month (M-4). */
export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

/**
 * M-1: a template, the plan fields worth reusing. Only its name and
 * category are required: what a template leaves blank, a plan made from it
 * fills in.
 */
export const templateInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  kind: z.enum(PLAN_KINDS).default('project'),
  category: z.enum(PLAN_CATEGORIES),
  quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable().default(null),
  hours: creditHoursSchema.nullable().default(null),
  days: daysSchema.nullable().default(null),
  headcount: headcountSchema.nullable().default(null),
  budget: moneySchema.nullable().default(null),
  organiser: z.string().trim().max(100).default(''),
  location: z.enum(LOCATIONS).default('local'),
  address: z.string().trim().max(200).default(''),
  contactName: z.string().trim().max(50).default(''),
  contactPhone: z.union([z.literal(''), z.string().trim().regex(PHONE_PATTERN)]).default(''),
  materials: z.string().max(MAX_MATERIALS_LENGTH).default(''),
});
export type TemplateInput = z.infer<typeof templateInputSchema>;

/** The fields of a template, in the form's order. */
export const TEMPLATE_FIELDS = Object.keys(templateInputSchema.shape) as ReadonlyArray<keyof TemplateInput>;

export const createTemplateSchema = z.strictObject({ orgId: z.number().int().positive(), template: templateInputSchema });
export const updateTemplateSchema = z.strictObject({ version: z.number().int().min(1), template: templateInputSchema });

/** 批量删除: all of them or none, each at the version the user saw. */
export const batchDeleteTemplatesSchema = z.strictObject({
  items: z.array(z.strictObject({ id: z.number().int().positive(), version: z.number().int().min(1) })).min(1).max(100),
});

/** M-2 共享: the orgs (each with everything below it) the template is shared with; empty stops sharing. */
export const shareTemplateSchema = z.strictObject({ version: z.number().int().min(1), orgIds: z.array(z.number().int().positive()).max(200) });

export const templateListQuerySchema = z.strictObject({
  name: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TemplateListQuery = z.infer<typeof templateListQuerySchema>;

/** 生成计划模板: save a plan as a template, under a name of the user's. */
export const planToTemplateSchema = z.strictObject({ name: z.string().trim().min(1).max(100) });

/** 信息合成新计划: this plan merged with the template chosen. */
export const composePlanSchema = z.strictObject({ templateId: z.number().int().positive() });
