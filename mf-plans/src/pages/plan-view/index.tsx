import { useCallback, useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Space, Spin, Tag, Timeline, Typography } from '@arco-design/web-react';
import { IconLeft } from '@arco-design/web-react/icon';
import {
  academyTimeText,
  decisionLabel,
  isPlanEvent,
  IMPLEMENTATION_LABELS,
  PLAN_TYPE_LABELS,
  PUBLISH_LABELS,
  REVOCATION_LABELS,
  type FundingChoice,
  type PlanDto,
  type SubjectEventDto,
  type TimelineRoundDto,
  type Verdict,
} from '@casmooc/domain';
import { ApprovalChain, ApprovalHistory, PlanSummary } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useDomainEvents } from 'shell/socket';
import { HttpPlansClient, type PlanTransition } from '../../api/plans-client';
import { PlanAttachments } from '../../components/plan-attachments';
import { PlanActionButtons } from '../plan-actions/action-buttons';
import { usePlanActions } from '../plan-actions/use-plan-actions';
import { ReuseActions } from '../plan-reuse/reuse-actions';
import { planListMessages, type PlanListKey } from '../plan-list/locale';

interface Loaded {
  plan: PlanDto;
  approvals: TimelineRoundDto[];
  history: SubjectEventDto[];
}


/** The plan view: every field, the approval chain and its history, what happened to it, and its actions. */
export const PlanViewPage = observer(function PlanViewPage() {
  const t = useT(planListMessages);
  const locale = useLocale();
  const http = useHttp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [client] = useState(() => new HttpPlansClient(http));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const [plan, approvals, history] = await Promise.all([client.get(id), client.approvals(id), client.history(id)]);
      setLoaded({ plan, approvals, history });
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [client, id]);
  useEffect(() => void load(), [load]);
  // A decision or a change made elsewhere shows at once.
  useDomainEvents((event) => event.subject === `plan:${id}` && void load(), ['plan.']);

  const { onAction, actionModals } = usePlanActions({
    t,
    async act(plan, action, reason) {
      setBusy(true);
      try {
        if (action === 'delete') {
          await client.remove(plan);
          navigate('..');
          return;
        }
        if (action === 'revoke') await client.revoke(plan, reason ?? '');
        else await client.transition(plan, action as PlanTransition);
        await load();
      } finally {
        setBusy(false);
      }
    },
    reload: () => void load(),
    edit: (plan) => navigate(`../${plan.id}/edit`),
  });

  if (error) return <Alert type="error" content={t('planView.loadFailed', { message: error })} />;
  if (!loaded) return <Spin block style={{ padding: 80 }} />;
  const { plan } = loaded;

  /** Implementing a project plan created its class (P-10, T-1): the event names it. */
  const classOf = (event: SubjectEventDto) => (event.type === 'plan.implemented' ? (event.payload as { classId?: number }).classId : undefined);

  const describe = (event: SubjectEventDto) => {
    const payload = event.payload as { reason?: string; levelOrgName?: string; verdict?: Verdict; funding?: FundingChoice | null };
    const decision = payload.verdict ? decisionLabel({ verdict: payload.verdict, funding: payload.funding })[locale] : '';
    return t(`planView.event.${event.type}` as PlanListKey, { reason: payload.reason ?? '', org: payload.levelOrgName ?? '', decision });
  };

  return (
    <Card
      bordered={false}
      className="plan-view"
      title={
        <Space>
          <Button type="text" icon={<IconLeft />} onClick={() => navigate('..')} aria-label={t('planView.back')} />
          <span>{plan.name}</span>
          <Tag color={plan.planType === 'annual' ? 'arcoblue' : 'green'}>{PLAN_TYPE_LABELS[plan.planType][locale]}</Tag>
          {plan.editState === 'draft' && <Tag>{t('planList.draft')}</Tag>}
          <Tag color={plan.published ? 'green' : 'gray'}>{PUBLISH_LABELS[plan.published ? 'published' : 'unpublished'][locale]}</Tag>
          <Tag>{IMPLEMENTATION_LABELS[plan.implemented ? 'implemented' : 'not_implemented'][locale]}</Tag>
          {plan.revoked && <Tag color="orangered">{REVOCATION_LABELS.revoked[locale]}</Tag>}
        </Space>
      }
      extra={<PlanActionButtons plan={plan} t={t} busy={busy} onAction={(action) => onAction(plan, action)} />}
    >
      {plan.revoked && plan.revokeReason && <Alert type="warning" content={t('planView.revokeReason', { reason: plan.revokeReason })} style={{ marginBottom: 16 }} />}
      <Typography.Title heading={6}>{t('planView.chain')}</Typography.Title>
      {plan.chain.length ? (
        <ApprovalChain chain={plan.chain} locale={locale} />
      ) : (
        <Typography.Text type="secondary">{t(plan.approval === 'not_required' ? 'planList.noApproval' : 'planView.notSubmitted')}</Typography.Text>
      )}
      <Typography.Title heading={6}>{t('planView.fields')}</Typography.Title>
      <PlanSummary plan={plan} locale={locale} />
      <Typography.Title heading={6}>{t('planView.reuse')}</Typography.Title>
      <ReuseActions plan={plan} client={client} locale={locale} />
      {plan.fundingRequested && (
        <>
          <Typography.Title heading={6}>{t('planView.attachments')}</Typography.Title>
          <PlanAttachments planId={plan.id} editable={false} client={client} locale={locale} />
        </>
      )}
      {loaded.approvals.length > 0 && (
        <>
          <Typography.Title heading={6}>{t('planView.approvals')}</Typography.Title>
          <ApprovalHistory rounds={loaded.approvals} locale={locale} />
        </>
      )}
      <Typography.Title heading={6}>{t('planView.history')}</Typography.Title>
      {loaded.history.length === 0 && <Typography.Text type="secondary">{t('planView.noHistory')}</Typography.Text>}
      <Timeline>
        {loaded.history
          .filter((e) => isPlanEvent(e.type))
          .map((event) => (
            <Timeline.Item key={event.id} label={academyTimeText(event.createdAt)}>
              {event.actorName && <Typography.Text bold>{event.actorName} · </Typography.Text>}
              {describe(event)}
              {classOf(event) && (
                <Link className="arco-link plan-view__class" to={`/training/classes/${classOf(event)}`}>
                  {t('planView.openClass')}
                </Link>
              )}
            </Timeline.Item>
          ))}
      </Timeline>
      {actionModals}
    </Card>
  );
});
