import type { Label } from '../i18n/locale';
import type { RoundState } from './rules';

/** What the approval engine approves: plans, and training classes that deviate from their plan (A-7, T-2). */
export const APPROVAL_SUBJECTS = ['plan', 'class'] as const;
export type ApprovalSubject = (typeof APPROVAL_SUBJECTS)[number];

/** One level of a chain as the list shows it: `计算机网络信息中心(审批通过) 中国科学院(已上报)`. */
export type StepState = 'waiting' | 'pending' | 'approved' | 'returned' | 'rejected' | 'withdrawn';
export const STEP_STATE_LABELS: Record<StepState, Label> = {
  waiting: { 'zh-CN': '待上报', 'en-US': 'Waiting' },
  pending: { 'zh-CN': '已上报', 'en-US': 'Reported' },
  approved: { 'zh-CN': '审批通过', 'en-US': 'Approved' },
  returned: { 'zh-CN': '驳回修改', 'en-US': 'Returned' },
  rejected: { 'zh-CN': '审批未通过', 'en-US': 'Rejected' },
  withdrawn: { 'zh-CN': '已撤销', 'en-US': 'Withdrawn' },
};

export interface ChainStep {
  orgId: number;
  orgName: string;
  state: StepState;
}

/** A round's chain with the level it has reached: the steps before it approved, the rest waiting. */
export function chainSteps(orgs: readonly { id: number; name: string }[], step: number, state: RoundState): ChainStep[] {
  return orgs.map((org, i) => ({
    orgId: org.id,
    orgName: org.name,
    state: i < step || state === 'approved' ? 'approved' : i === step ? state : 'waiting',
  }));
}
