import { Descriptions, Empty, Table, Timeline, Typography } from '@arco-design/web-react';
import { PLAN_FIELD_LABELS, PLAN_INPUT_FIELDS, planFieldText, type Locale, type PlanDto, type PlanInput, type SubmissionDiffDto, type TimelineRoundDto } from '@casmooc/domain';
import { verdictText } from './columns';
import type { T } from './locale';

const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
const at = (iso: string) => TIME.format(new Date(iso));

/** Every field of the plan as submitted; the materials as the (server-sanitised) rich text they are. */
export function PlanFields({ plan, locale }: { plan: PlanDto; locale: Locale }) {
  const data = PLAN_INPUT_FIELDS.filter((f) => f !== 'materials').map((field) => ({
    label: PLAN_FIELD_LABELS[field][locale],
    value: field === 'orgId' ? plan.orgName : planFieldText(field, plan[field], locale),
  }));
  return (
    <>
      <Descriptions column={2} border size="small" data={data} labelStyle={{ width: 140 }} />
      {plan.materials && (
        <div className="approvals__materials">
          <Typography.Text type="secondary">{PLAN_FIELD_LABELS.materials[locale]}</Typography.Text>
          {/* Sanitised by the BFF when saved (sanitize-html); rendered as the manager wrote it, tables included. */}
          <div className="approvals__materials-body" dangerouslySetInnerHTML={{ __html: plan.materials }} />
        </div>
      )}
    </>
  );
}

/** For a resubmission: each field that changed since the version that was returned. */
export function Changes({ diff, t, locale }: { diff: SubmissionDiffDto; t: T; locale: Locale }) {
  if (diff.changes.length === 0) return <Empty description={t('detail.diff.none')} />;
  const text = (field: string, value: unknown) => planFieldText(field as keyof PlanInput, value, locale);
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="field"
      data={diff.changes}
      columns={[
        { title: t('detail.diff.field'), width: 140, render: (_, c) => PLAN_FIELD_LABELS[c.field as keyof PlanInput]?.[locale] ?? c.field },
        { title: t('detail.diff.before'), render: (_, c) => <del className="approvals__before">{text(c.field, c.before)}</del> },
        { title: t('detail.diff.after'), render: (_, c) => <ins className="approvals__after">{text(c.field, c.after)}</ins> },
      ]}
    />
  );
}

/** each submission and each decision on it, oldest first. */
export function History({ rounds, t, locale }: { rounds: readonly TimelineRoundDto[]; t: T; locale: Locale }) {
  return (
    <Timeline className="approvals__history">
      {rounds.flatMap((round) => [
        <Timeline.Item key={`r${round.round}`} label={at(round.submittedAt)} dotColor="var(--color-text-3)">
          {t('detail.submitted', { name: round.submitterName, round: round.round })}
        </Timeline.Item>,
        ...round.decisions.map((d) => (
          <Timeline.Item key={`d${d.id}`} label={at(d.decidedAt)} dotColor={d.verdict === 'approve' ? 'rgb(var(--green-6))' : 'rgb(var(--red-6))'}>
            <Typography.Text bold>
              {d.orgName} · {d.deciderName} · {verdictText(d, locale)}
            </Typography.Text>
            {d.comment && <div className="approvals__comment">{d.comment}</div>}
          </Timeline.Item>
        )),
      ])}
    </Timeline>
  );
}
