import type { Label } from '../i18n/locale';
import { isInSubtree } from '../orgs/tree';
import { planYearFor } from '../plans/rules';
import type { PlanInput } from '../plans/schemas';
import type { PlanType } from '../plans/enums';
import { ALLOWED, refuse as refuseWith, type Decision } from '../rules/decision';
import { TEMPLATE_FIELDS, type Quarter, type TemplateInput } from './schemas';

/** Rule ids of SPEC §5 cited by refusals about templates. */
export type TemplateRule = 'M-1' | 'M-2' | 'M-3' | 'M-4';
const refuse = refuseWith<TemplateRule>;

/** The first month of a quarter in a year: 2027, Q3 → `2027-07`. */
export function quarterMonth(year: number, quarter: Quarter): string {
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}`;
}

/** The quarter a month falls in. */
export function quarterOfMonth(month: string): Quarter {
  return Math.ceil(Number(month.slice(5, 7)) / 3) as Quarter;
}

/**
 * M-2: a template is shared with orgs below its owner's, or with the owner's
 * whole subtree (the owner org itself); never with an org outside it.
 */
export function shareTargetsAllowed(ownerPath: string, targetPaths: readonly string[]): Decision<TemplateRule> {
  return targetPaths.every((path) => isInSubtree(ownerPath, path))
    ? ALLOWED
    : refuse('M-2', '模板只能共享给本机构及下级机构', 'A template is shared only with its own org and the orgs below it');
}

/** M-2: those a template is shared with read it; only its own org's managers (and those above) change it. */
export function templateEditable(ownedByViewer: boolean, sharedBy: string): Decision<TemplateRule> {
  return ownedByViewer ? ALLOWED : refuse('M-2', `共享自${sharedBy}的模板只能查看和引用`, `Shared by ${sharedBy}: it can be read and used, not changed`);
}

/** A template's fields as a plan takes them: the reusable ones, blanks left out. */
export function templatePlanFields(template: TemplateInput): Partial<PlanInput> {
  const fields: Partial<Record<keyof PlanInput, unknown>> = {};
  for (const field of TEMPLATE_FIELDS) {
    const value = template[field];
    if (field === 'name' || field === 'quarter' || value === null || value === '') continue;
    fields[field] = value;
  }
  return fields as Partial<PlanInput>;
}

/**
 * M-4: a new plan from a template, for the form: the template's fields,
 * the year P-1 gives the plan type (an annual plan is for next year), the
 * month the first of the template's quarter in that year.
 */
export function planFromTemplate(template: TemplateInput, planType: PlanType, now: Date): Partial<PlanInput> {
  const year = planYearFor(planType, now);
  return { ...templatePlanFields(template), planType, year, ...(template.quarter && { month: quarterMonth(year, template.quarter) }) };
}

/** Where each field of a composed plan comes from. */
export type FieldSource = 'plan' | 'template';

/**
 * M-3 信息合成新计划: the plan, with every field the template fills in
 * taken from the template (its quarter moves the month). Says where each
 * field came from, for the preview. Year and month then follow P-1.
 */
export function composePlan(plan: PlanInput, template: TemplateInput, now: Date): { plan: PlanInput; sources: Partial<Record<keyof PlanInput, FieldSource>> } {
  const fromTemplate = templatePlanFields(template);
  const year = planYearFor(plan.planType, now);
  const quarter = template.quarter ?? quarterOfMonth(plan.month);
  const composed: PlanInput = { ...plan, ...fromTemplate, year, month: quarterMonth(year, quarter), fundingRequested: false, quality: 'standard', techSupport: false };
  const sources: Partial<Record<keyof PlanInput, FieldSource>> = {};
  for (const field of Object.keys(plan) as Array<keyof PlanInput>) sources[field] = field in fromTemplate ? 'template' : 'plan';
  if (template.quarter) sources.month = 'template';
  return { plan: composed, sources };
}

/**
 * M-3 直接引用计划: a copy of a plan as a new draft, for this year's
 * window: the year P-1 gives its type now, the same month of that year.
 * Funding is asked afresh (a copy does not take a funding slot, P-6).
 */
export function copyOfPlan(plan: PlanInput, now: Date): PlanInput {
  const year = planYearFor(plan.planType, now);
  return { ...plan, year, month: `${year}-${plan.month.slice(5, 7)}`, fundingRequested: false, quality: 'standard', techSupport: false };
}

export const TEMPLATE_SOURCE_LABELS: Record<FieldSource, Label> = {
  plan: { 'zh-CN': '来自计划', 'en-US': 'From the plan' },
  template: { 'zh-CN': '来自模板', 'en-US': 'From the template' },
};
