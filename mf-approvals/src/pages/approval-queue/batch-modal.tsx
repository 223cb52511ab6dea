import { Alert, Modal } from '@arco-design/web-react';
import type { ApprovalItemDto, DecisionInput, Locale } from '@casmooc/domain';
import { DecisionForm } from './decision-form';
import type { T } from './locale';

export interface BatchModalProps {
  items: readonly ApprovalItemDto[];
  visible: boolean;
  t: T;
  locale: Locale;
  onSubmit(decision: DecisionInput): Promise<void>;
  onCancel(): void;
}

/** 批量审批通过: one comment for the selection; the funding choice is asked when any selected plan requests funding. */
export function BatchModal({ items, visible, t, locale, onSubmit, onCancel }: BatchModalProps) {
  const levelOrgName = items[0]?.chain.find((s) => s.state === 'pending')?.orgName ?? '';
  return (
    <Modal visible={visible} title={t('queue.batch.title', { count: items.length })} footer={null} onCancel={onCancel} unmountOnExit>
      <Alert type="info" content={t('queue.batch.hint')} style={{ marginBottom: 16 }} />
      <DecisionForm
        levelOrgName={levelOrgName}
        fundingChoice={items.some((i) => i.fundingChoice)}
        verdicts={['approve']}
        t={t}
        locale={locale}
        onSubmit={onSubmit}
        onCancel={onCancel}
      />
    </Modal>
  );
}
