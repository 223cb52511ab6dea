import { useCallback, useEffect, useState } from 'react';
import { Alert, Divider, Drawer, Message, Spin, Typography } from '@arco-design/web-react';
import { decisionLabel, type ApprovalItemDto, type DecisionInput, type Locale } from '@casmooc/domain';
import { isApiRequestError, ApprovalChain, ApprovalHistory, FieldChanges } from '@casmooc/ui';
import { useDomainEvents } from 'shell/socket';
import type { ApprovalsClient, SubmissionDetail } from '../../api/approvals-client';
import type { TakenBy } from '../../stores/approval-queue-store';
import { SUBJECT_VIEWS } from '../../subjects';
import { DecisionForm } from './decision-form';
import type { T } from './locale';

export interface DecisionDrawerProps {
  item: ApprovalItemDto | null;
  /** Set when someone else decided this item while it was open. */
  takenBy: TakenBy | undefined;
  client: ApprovalsClient;
  t: T;
  locale: Locale;
  onDecide(item: ApprovalItemDto, decision: DecisionInput): Promise<void>;
  onClose(): void;
}

/** One submission: the plan, its chain, what changed since it was returned, its history, and the decision form. */
export function DecisionDrawer({ item, takenBy, client, t, locale, onDecide, onClose }: DecisionDrawerProps) {
  const [detail, setDetail] = useState<SubmissionDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const subject = item?.subject;
  const subjectId = item?.subjectId;

  const load = useCallback(async () => {
    if (subject === undefined || subjectId === undefined) return;
    try {
      setDetail(await client.detail({ subject, subjectId }));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [client, subject, subjectId]);

  useEffect(() => {
    setDetail(null);
    setError(null);
    void load();
  }, [load]);
  // The history grows while it is open: a decision elsewhere shows at once.
  useDomainEvents((event) => event.subject === `${subject}:${subjectId}` && void load(), subject ? [`${subject}.`] : []);

  const levelOrgName = item?.chain.find((s) => s.state === 'pending')?.orgName ?? '';
  const canDecide = Boolean(item && item.state === 'pending' && item.decide.allowed && !takenBy && !item.myDecision);

  const decide = async (decision: DecisionInput) => {
    try {
      await onDecide(item!, decision);
      Message.success(t('decision.done', { verdict: decisionLabel(decision)[locale] }));
      onClose();
    } catch (e) {
      if (isApiRequestError(e) && e.status === 409) {
        Message.warning(e.code === 'CONFLICT' ? t('decision.conflict', { message: e.message }) : t('decision.notAllowed', { reason: e.message }));
        onClose();
      } else {
        Message.error((e as Error).message);
      }
    }
  };

  return (
    // Opens at its top (the chain, what changed): focusing the form's first field would scroll to the bottom.
    <Drawer width={760} visible={item !== null} title={item?.title ?? t('detail.title')} footer={null} onCancel={onClose} unmountOnExit autoFocus={false} focusLock>
      {error && <Alert type="error" content={t('detail.loadFailed', { message: error })} />}
      {!detail && !error && <Spin block style={{ padding: 60 }} />}
      {detail && item && (
        <div className="approvals__detail" data-testid="decision-drawer">
          {takenBy && (
            <Alert type="warning" className="approvals__taken" content={t('queue.takenBy', { name: takenBy.deciderName, org: takenBy.levelOrgName, verdict: decisionLabel(takenBy)[locale] })} />
          )}
          <Typography.Title heading={6}>{t('detail.chain')}</Typography.Title>
          <ApprovalChain chain={item.chain} locale={locale} />
          {detail.diff.previousRound !== null && (
            <>
              <Typography.Title heading={6}>{t('detail.diff', { previous: detail.diff.previousRound, round: detail.diff.round })}</Typography.Title>
              <FieldChanges diff={detail.diff} fields={SUBJECT_VIEWS[item.subject].fields} locale={locale} />
            </>
          )}
          <Typography.Title heading={6}>{SUBJECT_VIEWS[item.subject].label[locale]}</Typography.Title>
          {SUBJECT_VIEWS[item.subject].render(detail.subject, locale)}
          <Typography.Title heading={6}>{t('detail.history')}</Typography.Title>
          <ApprovalHistory rounds={detail.timeline} locale={locale} />
          {canDecide && (
            <>
              <Divider />
              <Typography.Title heading={6}>{t('decision.title')}</Typography.Title>
              <DecisionForm levelOrgName={levelOrgName} fundingChoice={item.fundingChoice} t={t} locale={locale} onSubmit={decide} onCancel={onClose} />
            </>
          )}
        </div>
      )}
    </Drawer>
  );
}
