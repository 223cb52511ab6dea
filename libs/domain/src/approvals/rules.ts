import { MANAGER_ROLES, type RoleGrant } from '../auth/roles';
import type { Label } from '../i18n/locale';
import { ALLOWED, refuse as refuseWith, type Decision, type Refusal } from '../rules/decision';

/** Rule ids of SPEC §4, cited by every refusal of the approval engine. */
export type ApprovalRule = 'A-1' | 'A-2' | 'A-3' | 'A-4' | 'A-5' | 'A-6' | 'A-7';
const refuse = refuseWith<ApprovalRule>;

/** the three decisions an approver can take. */
export const VERDICTS = ['approve', 'return', 'reject'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, Label> = {
  approve: { 'zh-CN': '审批通过', 'en-US': 'Approve' },
  return: { 'zh-CN': '驳回修改', 'en-US': 'Return for revision' },
  reject: { 'zh-CN': '审批未通过', 'en-US': 'Reject' },
};

/** with an approval of a funding request below the Academy, the approver says whether the institute backs it. */
export const FUNDING_CHOICES = ['support', 'drop'] as const;
export type FundingChoice = (typeof FUNDING_CHOICES)[number];
export const FUNDING_CHOICE_LABELS: Record<FundingChoice, Label> = {
  support: { 'zh-CN': '同意支持并上报', 'en-US': 'Support and forward' },
  drop: { 'zh-CN': '审批通过但不支持', 'en-US': 'Approve without funding' },
};

/** What a decision was, as one phrase: 审批通过, 驳回修改, or the funding choice that went with an approval. */
export function decisionLabel({ verdict, funding }: { verdict: Verdict; funding?: FundingChoice | null }): Label {
  return funding ? FUNDING_CHOICE_LABELS[funding] : VERDICT_LABELS[verdict];
}

/** A round: one submission climbing its chain; `withdrawn` when its subject was revoked while it waited (P-11). */
export type RoundState = 'pending' | 'approved' | 'returned' | 'rejected' | 'withdrawn';

/** 资助程度 of what is approved. */
export const FUNDING_LEVELS = ['normal', 'funded', 'premium'] as const;
export type FundingLevel = (typeof FUNDING_LEVELS)[number];
export const FUNDING_LEVEL_LABELS: Record<FundingLevel, Label> = {
  normal: { 'zh-CN': '普通项目', 'en-US': 'Standard' },
  funded: { 'zh-CN': '资助项目', 'en-US': 'Funded' },
  premium: { 'zh-CN': '精品项目', 'en-US': 'Premium' },
};

export interface DecisionInput {
  verdict: Verdict;
  comment: string;
  funding?: FundingChoice | null;
}

/** Whether the funding choice of A-3 applies at a level: a funding request, decided below the Academy. */
export function fundingChoiceApplies(fundingRequested: boolean, levelIsAcademy: boolean): boolean {
  return fundingRequested && !levelIsAcademy;
}

/** what a decision must carry; the field each problem is about comes with it. */
export function decisionProblems(input: DecisionInput, level: { fundingRequested: boolean; levelIsAcademy: boolean }): Array<{ field: string; decision: Refusal<ApprovalRule> }> {
  const problems: Array<{ field: string; decision: Refusal<ApprovalRule> }> = [];
  if (input.verdict !== 'approve' && !input.comment.trim()) {
    problems.push({ field: 'comment', decision: refuse('A-1', '驳回修改或审批未通过时须填写意见', 'Say why when returning or rejecting') });
  }
  const applies = fundingChoiceApplies(level.fundingRequested, level.levelIsAcademy);
  if (input.verdict === 'approve' && applies && !input.funding) {
    problems.push({ field: 'funding', decision: refuse('A-3', '请选择“同意支持并上报”或“审批通过但不支持”', 'Choose whether to support the funding request') });
  }
  if (input.funding && (!applies || input.verdict !== 'approve')) {
    problems.push({ field: 'funding', decision: refuse('A-3', '只有审批通过申请经费资助的计划时才选择是否支持', 'The funding choice goes only with approving a funding request') });
  }
  return problems;
}

export interface DeciderFacts {
  actorId: number;
  grants: readonly RoleGrant[];
  /** The org at the round's current level. */
  levelOrgId: number;
  creatorId: number;
}

/** an admin or training manager of the org at the current level, never the creator on their own plan. */
export function mayDecide({ actorId, grants, levelOrgId, creatorId }: DeciderFacts): Decision<ApprovalRule> {
  if (actorId === creatorId) return refuse('A-4', '不能审批自己创建的计划', 'You cannot decide on your own submission');
  if (!grants.some((g) => g.orgId === levelOrgId && MANAGER_ROLES.includes(g.role))) {
    return refuse('A-4', '只有当前审批级别机构的管理员或培训主管可以审批', 'Only an admin or training manager of the org at the current level may decide');
  }
  return ALLOWED;
}

export interface Outcome {
  state: Exclude<RoundState, 'withdrawn'>;
  step: number;
  /** the funding request is dropped and the subject goes on unfunded. */
  dropFunding: boolean;
}

/**
 * an approval moves the round to the next level of its chain or, at
 * the last level, approves it; a return or a rejection ends the round where it is.
 */
export function outcomeOf(chainLength: number, step: number, { verdict, funding }: Pick<DecisionInput, 'verdict' | 'funding'>): Outcome {
  if (verdict === 'return') return { state: 'returned', step, dropFunding: false };
  if (verdict === 'reject') return { state: 'rejected', step, dropFunding: false };
  const last = step + 1 >= chainLength;
  return { state: last ? 'approved' : 'pending', step: last ? step : step + 1, dropFunding: funding === 'drop' };
}
