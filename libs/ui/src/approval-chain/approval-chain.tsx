import { STEP_STATE_LABELS, type ChainStep, type Locale, type StepState } from '@casmooc/domain';

const COLORS: Record<StepState, string> = {
  approved: 'rgb(var(--success-6))',
  pending: 'rgb(var(--arcoblue-6))',
  returned: 'rgb(var(--danger-6))',
  rejected: 'rgb(var(--danger-6))',
  waiting: 'var(--color-text-3)',
  withdrawn: 'var(--color-text-3)',
};

/** A chain as the manual writes it: `计算机网络信息中心(审批通过) 中国科学院(已上报)`, each level coloured by its state. */
export function ApprovalChain({ chain, locale }: { chain: readonly ChainStep[]; locale: Locale }) {
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: '4px 8px' }} data-testid="approval-chain">
      {chain.map((step) => (
        <span key={step.orgId} data-state={step.state} style={{ color: COLORS[step.state] }}>
          {step.orgName}({STEP_STATE_LABELS[step.state][locale]})
        </span>
      ))}
    </span>
  );
}
