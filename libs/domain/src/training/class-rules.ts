import type { Label } from '../i18n/locale';
import { ancestorPath, pathIds } from '../orgs/tree';
import type { ApprovalState } from '../plans/enums';
import { ALLOWED, refuse as refuseWith, type Decision } from '../rules/decision';
import type { ClassAction, ClassApprovalState, ClassState } from './class-enums';

/** Rule ids of SPEC §3 cited by the refusals about classes. */
export type ClassRule = 'T-1' | 'T-2' | 'T-3' | 'T-6' | 'T-7' | 'A-1';
const refuse = refuseWith<ClassRule>;

/** What a class is compared with: the terms its plan was approved on. */
export interface PlanTerms {
  month: string;
  budget: number;
  headcount: number;
  days: number;
}

/** The class's side of the same terms. */
export interface ClassTerms {
  startAt: string;
  budget: number;
  headcount: number;
  days: number;
}

export const DEVIATION_FIELDS = ['quarter', 'budget', 'headcount', 'days'] as const;
export type DeviationField = (typeof DEVIATION_FIELDS)[number];

/** One way a class leaves its plan's terms, with both sides as shown in the redline. */
export interface Deviation {
  field: DeviationField;
  plan: string | number;
  class: string | number;
  reason: Label;
}

/** The quarter of a month or a class time: `2027-04` → `2027-Q2`. */
export function quarterOf(monthOrTime: string): string {
  return `${monthOrTime.slice(0, 4)}-Q${Math.ceil(Number(monthOrTime.slice(5, 7)) / 3)}`;
}

/** How a quarter reads: `2027-Q2` → 2027 年第二季度 / Q2 2027. */
export function quarterLabel(quarter: string): Label {
  const [year, q] = quarter.split('-Q');
  return { 'zh-CN': `${year} 年第${'一二三四'[Number(q) - 1]}季度`, 'en-US': `Q${q} ${year}` };
}

/**
 * T-2: a class deviates from its plan when it moves to another quarter than
 * the plan's month, or raises its budget, headcount or days above the
 * plan's. Lowering them, or moving within the quarter, is no deviation.
 */
export function classDeviations(plan: PlanTerms, cls: ClassTerms): Deviation[] {
  const deviations: Deviation[] = [];
  const planQuarter = quarterOf(plan.month);
  const classQuarter = quarterOf(cls.startAt);
  if (planQuarter !== classQuarter) {
    const [from, to] = [quarterLabel(planQuarter), quarterLabel(classQuarter)];
    deviations.push({
      field: 'quarter',
      plan: planQuarter,
      class: classQuarter,
      reason: { 'zh-CN': `培训由${from['zh-CN']}调整到${to['zh-CN']}（跨季度调整）`, 'en-US': `The class moves from ${from['en-US']} to ${to['en-US']}` },
    });
  }
  const raised = (field: 'budget' | 'headcount' | 'days', zh: string, en: string) => {
    if (cls[field] > plan[field]) {
      deviations.push({ field, plan: plan[field], class: cls[field], reason: { 'zh-CN': `${zh}由 ${plan[field]} 调增到 ${cls[field]}`, 'en-US': `${en} raised from ${plan[field]} to ${cls[field]}` } });
    }
  };
  raised('budget', '经费', 'Budget');
  raised('headcount', '计划参加人数', 'Headcount');
  raised('days', '天数', 'Days');
  return deviations;
}

/** Whether two sets of deviations are the same (a class approved with these may be implemented with them). */
export function sameDeviations(a: readonly Deviation[], b: readonly Deviation[]): boolean {
  const key = (list: readonly Deviation[]) => JSON.stringify(list.map((d) => [d.field, d.class]).sort());
  return key(a) === key(b);
}

/** What T-3 needs of the plan behind a class. */
export interface PlanGate {
  published: boolean;
  revoked: boolean;
  approval: ApprovalState;
}

/** T-3: a class is implemented only while its plan is published, not revoked and approved at every level. */
export function planAllowsImplementing(plan: PlanGate): Decision<ClassRule> {
  if (plan.revoked) return refuse('T-3', '对应培训计划已撤销，不能实施', 'Its plan was revoked');
  if (!plan.published) return refuse('T-3', '对应培训计划尚未发布，不能实施', 'Its plan is not published');
  if (plan.approval !== 'approved' && plan.approval !== 'not_required') return refuse('T-3', '对应培训计划在某一级上级部门未审批通过，不能实施', 'Its plan is not approved at every level');
  return ALLOWED;
}

/** What the rules need to know of a class. */
export interface ClassFacts {
  state: ClassState;
  approval: ClassApprovalState;
  /** Anyone's hours confirmed on it (T-6: a record that must stay). */
  hasConfirmedHours: boolean;
}

/**
 * P-13 for classes: 暂存 (edit), 实施 (implement: at once, or submitted to
 * approval when the class deviates, T-2) and cancel (the class goes, its
 * plan is 未实施 again), each allowed or refused with its rule and reason.
 */
export function classActions(cls: ClassFacts, plan: PlanGate): Record<ClassAction, Decision<ClassRule>> {
  const settledHere = (): Decision<ClassRule> => {
    if (cls.state === 'implemented') return refuse('T-3', '培训已实施', 'The class is already implemented');
    if (cls.approval === 'pending') return refuse('T-2', '培训正在审批中，审批结束前不能修改或实施', 'The class is awaiting approval');
    if (cls.approval === 'rejected') return refuse('A-1', '培训审批未通过，不能再修改或实施，只能取消', 'The class was rejected: it can only be cancelled');
    return ALLOWED;
  };
  const here = settledHere();
  const implement = here.allowed ? planAllowsImplementing(plan) : here;
  let cancel: Decision<ClassRule> = ALLOWED;
  if (cls.state === 'implemented') cancel = refuse('T-3', '已实施的培训不能取消', 'An implemented class cannot be cancelled');
  else if (cls.hasConfirmedHours) cancel = refuse('T-6', '已有人员确认学时，培训不能取消', 'Hours are confirmed on this class: it cannot be cancelled');
  // T-7: what a class cost is known once it took place.
  const recordSpending = cls.state === 'implemented' ? ALLOWED : refuse('T-7', '培训实施后才能登记实际支出', 'Spending is recorded once the class is implemented');
  return { edit: here, implement, cancel, recordSpending };
}

/**
 * T-2, A-7: where a deviating class goes for approval: up its plan's chain
 * (the orgs that approved the plan). A plan that needed none (an admin's
 * added plan) had no chain: its class goes to the org above the one its
 * creator administers; the Academy's own goes nowhere.
 */
export function deviationChain(planChain: readonly number[], planOrgPath: string, creatorAdminPaths: readonly string[]): number[] {
  if (planChain.length) return [...planChain];
  const administered = creatorAdminPaths.filter((admin) => planOrgPath.startsWith(admin)).sort((a, b) => a.length - b.length)[0];
  const ids = pathIds(administered ?? planOrgPath);
  const above = ids.length >= 2 ? ancestorPath(administered ?? planOrgPath, ids.length - 2) : null;
  return above ? [pathIds(above).at(-1)!] : [];
}
