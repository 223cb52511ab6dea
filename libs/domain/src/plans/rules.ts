import { ALLOWED, refuse as refuseWith, type Decision as RuleDecision, type Refusal } from '../rules/decision';
import type { FundingLevel } from '../approvals/rules';
import { ADMIN_ROLES, type RoleGrant } from '../auth/roles';
import { isAcademyPath, isInSubtree } from '../orgs/tree';
import { academyMonthDay, academyYear } from '../calendar/academy-time';
import type { ApprovalState, EditState, PlanAction, PlanCategory, PlanKind, PlanType } from './enums';

/** Rule ids of SPEC §2, cited by every refusal. */
export type PlanRule = 'P-1' | 'P-2' | 'P-3' | 'P-4' | 'P-5' | 'P-6' | 'P-7' | 'P-8' | 'P-9' | 'P-10' | 'P-11';

type Decision = RuleDecision<PlanRule>;
const refuse = refuseWith<PlanRule>;

/** What the rules need to know of a plan. */
export interface PlanFacts {
  kind: PlanKind;
  planType: PlanType;
  year: number;
  category: PlanCategory;
  fundingRequested: boolean;
  editState: EditState;
  approval: ApprovalState;
  published: boolean;
  implemented: boolean;
  revoked: boolean;
}

/** The Academy may narrow the annual reporting window to part of the year, e.g. 10-01 … 12-15. */
export interface ReportingPeriod {
  from: string;
  to: string;
}

export interface RuleContext {
  now: Date;
  reportingPeriod?: ReportingPeriod | null;
}

// Years and reporting periods follow the Academy's calendar (China time), whatever the server's zone.
const yearOf = academyYear;
const monthDay = academyMonthDay;

/** P-1: an annual plan is for next year, an added plan for this year. */
export function planYearFor(planType: PlanType, now: Date): number {
  return planType === 'annual' ? yearOf(now) + 1 : yearOf(now);
}

export function yearFollowsType(planType: PlanType, year: number, now: Date): Decision {
  if (year === planYearFor(planType, now)) return ALLOWED;
  return planType === 'annual'
    ? refuse('P-1', `年度计划应为下一年度（${yearOf(now) + 1} 年）的计划`, `An annual plan is for next year (${yearOf(now) + 1})`)
    : refuse('P-1', `新增计划应为本年度（${yearOf(now)} 年）的计划`, `An added plan is for this year (${yearOf(now)})`);
}

/**
 * P-2: an annual plan for year Y is created, edited or deleted only during
 * Y−1 (inside the reporting period when one is set); an added plan for Y
 * only during Y.
 */
export function editableWindow(planType: PlanType, year: number, { now, reportingPeriod }: RuleContext): Decision {
  if (planType === 'added') {
    return yearOf(now) === year ? ALLOWED : refuse('P-2', `${year} 年的新增计划只能在 ${year} 年内编辑`, `Added plans for ${year} can be edited only during ${year}`);
  }
  if (yearOf(now) !== year - 1) {
    return refuse('P-2', `${year} 年度计划只能在 ${year - 1} 年内编辑（年度计划于上一年上报）`, `Annual plans for ${year} can be edited only during ${year - 1}, when they are reported`);
  }
  if (reportingPeriod) {
    const today = monthDay(now);
    if (today < reportingPeriod.from || today > reportingPeriod.to) {
      return refuse('P-2', `年度计划的上报时间为 ${reportingPeriod.from} 至 ${reportingPeriod.to}`, `Annual plans are reported from ${reportingPeriod.from} to ${reportingPeriod.to}`);
    }
  }
  return ALLOWED;
}

/** P-6 … P-9 as one check of a plan's funding choices; the field each rule is about comes with it. */
export interface FundingInput {
  planType: PlanType;
  category: PlanCategory;
  fundingRequested: boolean;
  quality: string;
  techSupport: boolean;
  hasMaterials: boolean;
}

export function fundingProblems(input: FundingInput): Array<{ field: string; decision: Refusal<PlanRule> }> {
  const problems: Array<{ field: string; decision: Refusal<PlanRule> }> = [];
  const add = (field: string, decision: Decision) => !decision.allowed && problems.push({ field, decision });
  if (input.fundingRequested && input.planType !== 'annual') {
    add('fundingRequested', refuse('P-6', '只有年度计划可以申请院经费支持', 'Only annual plans may ask for Academy funding'));
  }
  if (input.fundingRequested && input.category === 'academic_forum') {
    add('fundingRequested', refuse('P-8', '学术讲坛可申请专项技术支持，不申请经费资助', 'An academic forum asks for technical support instead of funding'));
  }
  if (!input.fundingRequested && input.quality !== 'standard') {
    add('quality', refuse('P-7', '申请经费资助的计划才能申报精品', 'Only a plan asking for funding may apply as premium'));
  }
  if (input.techSupport && input.category !== 'academic_forum') {
    add('techSupport', refuse('P-8', '只有学术讲坛可以申请专项技术支持', 'Only an academic forum may ask for technical support'));
  }
  if (input.fundingRequested && !input.hasMaterials) {
    add('materials', refuse('P-9', '申请经费资助须填写资助计划材料', 'A funding request must carry its materials'));
  }
  return problems;
}

/**
 * P-6: an institute asks funding for at most `fundingLimit` annual plans a
 * year. The count must be taken where it still holds at commit (the BFF
 * counts inside the write's transaction, behind a lock).
 */
export function fundingWithinLimit(otherFundedPlans: number, fundingLimit: number): Decision {
  return otherFundedPlans < fundingLimit
    ? ALLOWED
    : refuse('P-6', `每个院所每年最多 ${fundingLimit} 个计划申请院经费支持`, `An institute may ask funding for at most ${fundingLimit} plans a year`);
}

/**
 * P-6: whose funding order a ranking works on. At the Academy it is the
 * Academy's own priority across every institute's funded plans; anywhere
 * below it is the institute's ranking, which belongs to the institute.
 */
export type FundingRankingScope = 'academy' | 'institute';

export function fundingRankingScope(orgPath: string): FundingRankingScope {
  return isAcademyPath(orgPath) ? 'academy' : 'institute';
}

/**
 * P-6: an institute's ranking is saved only by an admin of that institute
 * (a grant at the institute or inside it); the Academy's admins, who reach
 * it from above, see it and keep their own priority instead.
 */
export function mayRankInstitute(grants: readonly RoleGrant[], institutePath: string): Decision {
  return grants.some((g) => ADMIN_ROLES.includes(g.role) && isInSubtree(institutePath, g.orgPath))
    ? ALLOWED
    : refuse('P-6', '研究所的资助排序只能由本所管理员调整；院级优先级请在全院范围内另行排序', "An institute's funding order is its own; the Academy ranks its priority across institutes instead");
}

const settled = (p: PlanFacts) => p.approval === 'not_required' || p.approval === 'approved';

function canEdit(p: PlanFacts, ctx: RuleContext): Decision {
  if (p.revoked) return refuse('P-11', '已撤销的计划不能编辑', 'A revoked plan cannot be edited');
  if (p.approval === 'rejected') return refuse('P-5', '审批未通过的计划不能再修改，只能删除', 'A rejected plan cannot be edited, only deleted');
  if (p.approval === 'pending') return refuse('P-5', '已上报的计划在审批前不能修改', 'A reported plan cannot be edited until it is decided');
  if (p.published || p.approval === 'approved') return refuse('P-4', '已审批通过或已发布的计划不能修改', 'An approved or published plan cannot be edited');
  return editableWindow(p.planType, p.year, ctx);
}

function canSubmit(p: PlanFacts, ctx: RuleContext): Decision {
  if (!(p.editState === 'draft' || p.approval === 'returned')) return refuse('P-3', '计划已提交', 'The plan has been submitted');
  return canEdit(p, ctx);
}

function canDelete(p: PlanFacts, ctx: RuleContext): Decision {
  if (p.implemented) return refuse('P-10', '已实施的计划不能删除', 'An implemented plan cannot be deleted');
  if (p.published) return refuse('P-4', '已发布的计划不能删除，请先取消发布', 'Unpublish the plan before deleting it');
  if (p.approval === 'pending' || p.approval === 'approved' || p.approval === 'returned') {
    return refuse('P-5', '已上报的计划不能删除，需上级审批为“审批未通过”后方可删除', 'A reported plan can be deleted only after a superior rejects it');
  }
  return editableWindow(p.planType, p.year, ctx);
}

function canPublish(p: PlanFacts): Decision {
  if (p.revoked) return refuse('P-4', '已撤销的计划不能发布', 'A revoked plan cannot be published');
  if (p.editState === 'draft') return refuse('P-4', '暂存计划不能发布', 'A draft plan cannot be published');
  if (p.published) return refuse('P-4', '计划已发布', 'The plan is already published');
  if (!settled(p)) return refuse('P-4', '需审批的计划获得最终审批通过后才能发布', 'A plan that needs approval can be published only after its final approval');
  return ALLOWED;
}

function canUnpublish(p: PlanFacts): Decision {
  if (!p.published) return refuse('P-4', '计划未发布', 'The plan is not published');
  if (p.implemented) return refuse('P-4', '已实施的计划不能取消发布', 'An implemented plan cannot be unpublished');
  return ALLOWED;
}

function canImplement(p: PlanFacts, { now }: RuleContext): Decision {
  if (p.implemented) return refuse('P-10', '计划已实施', 'The plan is already implemented');
  if (p.revoked) return refuse('P-10', '已撤销的计划不能实施', 'A revoked plan cannot be implemented');
  if (!p.published) return refuse('P-10', '计划处于未发布状态，不能实施', 'An unpublished plan cannot be implemented');
  if (!settled(p)) return refuse('P-10', '计划未获得各级审批通过，不能实施', 'The plan is not approved at every level');
  if (yearOf(now) !== p.year) return refuse('P-10', `当前年份与计划年度（${p.year}）不一致，不能实施`, `Plans for ${p.year} can be implemented only in ${p.year}`);
  return ALLOWED;
}

/** M-3 直接引用 / 信息合成: the new draft is for the year P-1 gives now, so that year's window must be open (P-2). */
function canCopy(p: PlanFacts, ctx: RuleContext): Decision {
  return editableWindow(p.planType, planYearFor(p.planType, ctx.now), ctx);
}

/** P-11: revoking takes a plan out of the rate; a draft never counted in it, and is deleted instead. */
function canRevoke(p: PlanFacts): Decision {
  if (p.editState === 'draft') return refuse('P-11', '暂存计划未上报，无需撤销，可直接删除', 'A draft was never reported: delete it instead of revoking it');
  if (p.revoked) return refuse('P-11', '计划已撤销', 'The plan is already revoked');
  if (p.implemented) return refuse('P-11', '已实施的计划不能撤销', 'An implemented plan cannot be revoked');
  return ALLOWED;
}

/** a plan's 资助程度, as the approval lists show it. */
export function planFundingLevel(plan: Pick<PlanFacts, 'fundingRequested'> & { quality: string }): FundingLevel {
  if (!plan.fundingRequested) return 'normal';
  return plan.quality.startsWith('premium') ? 'premium' : 'funded';
}

/** P-13: every action on a plan, allowed or not, and why not. */
export function planActions(plan: PlanFacts, ctx: RuleContext): Record<PlanAction, Decision> {
  return {
    edit: canEdit(plan, ctx),
    delete: canDelete(plan, ctx),
    submit: canSubmit(plan, ctx),
    publish: canPublish(plan),
    unpublish: canUnpublish(plan),
    implement: canImplement(plan, ctx),
    revoke: canRevoke(plan),
    copy: canCopy(plan, ctx),
    // Any plan the manager sees may seed a template of its org (M-3); one outside their subtree is not seen at all.
    makeTemplate: ALLOWED,
  };
}

/** P-12: implemented ÷ (published − revoked); null when nothing counts yet. */
export function implementationRate({ published, revoked, implemented }: { published: number; revoked: number; implemented: number }): number | null {
  const denominator = published - revoked;
  return denominator > 0 ? implemented / denominator : null;
}
