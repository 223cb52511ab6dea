import { Descriptions, Empty, Table, Timeline, Typography } from '@arco-design/web-react';
import {
  academyTimeText,
  decisionLabel,
  PLAN_FIELD_LABELS,
  PLAN_INPUT_FIELDS,
  planFieldText,
  type Locale,
  type PlanDto,
  type PlanInput,
  type SubmissionDiffDto,
  type TimelineRoundDto,
} from '@casmooc/domain';
import { translator, type Messages } from '../i18n/translate';

const messages = {
  'zh-CN': {
    field: '字段',
    before: '修改前',
    after: '修改后',
    unchanged: '重新上报时未做修改',
    submitted: '{name} 第 {round} 次上报',
    noHistory: '尚未上报审批',
  },
  'en-US': {
    field: 'Field',
    before: 'Before',
    after: 'After',
    unchanged: 'Resubmitted without changes',
    submitted: '{name} reported it (submission {round})',
    noHistory: 'Not reported for approval yet',
  },
} satisfies Messages;

const box = { marginTop: 4, padding: '8px 12px', border: '1px solid var(--color-border-2)', borderRadius: 4 };

/** Every field of a plan, named as the manual names them; the materials as the (server-sanitised) rich text they are. */
export function PlanSummary({ plan, locale }: { plan: PlanDto; locale: Locale }) {
  const data = PLAN_INPUT_FIELDS.filter((f) => f !== 'materials').map((field) => ({
    label: PLAN_FIELD_LABELS[field][locale],
    value: field === 'orgId' ? plan.orgName : planFieldText(field, plan[field], locale),
  }));
  return (
    <>
      <Descriptions column={2} border size="small" data={data} labelStyle={{ width: 140 }} />
      {plan.materials && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">{PLAN_FIELD_LABELS.materials[locale]}</Typography.Text>
          {/* Sanitised by the BFF when saved (sanitize-html); shown as the manager wrote it, tables included. */}
          <div className="plan-materials" style={box} dangerouslySetInnerHTML={{ __html: plan.materials }} />
        </div>
      )}
    </>
  );
}

/** How a subject's fields read: their names and their values as people read them. */
export interface FieldReader {
  label(field: string, locale: Locale): string;
  text(field: string, value: unknown, locale: Locale): string;
}

/** A plan's fields, named as the manual names them. */
export const PLAN_FIELDS: FieldReader = {
  label: (field, locale) => PLAN_FIELD_LABELS[field as keyof PlanInput]?.[locale] ?? field,
  text: (field, value, locale) => planFieldText(field as keyof PlanInput, value, locale),
};

/** For a resubmission: each field that changed since the version that was returned. */
export function FieldChanges({ diff, fields, locale }: { diff: SubmissionDiffDto; fields: FieldReader; locale: Locale }) {
  const t = translator(messages, locale);
  if (diff.changes.length === 0) return <Empty description={t('unchanged')} />;
  const text = (field: string, value: unknown) => fields.text(field, value, locale);
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="field"
      data={diff.changes}
      columns={[
        { title: t('field'), width: 140, render: (_, c) => fields.label(c.field, locale) },
        { title: t('before'), render: (_, c) => <del style={{ color: 'rgb(var(--danger-6))' }}>{text(c.field, c.before)}</del> },
        { title: t('after'), render: (_, c) => <ins style={{ color: 'rgb(var(--success-6))', textDecoration: 'none' }}>{text(c.field, c.after)}</ins> },
      ]}
    />
  );
}

/** each submission of a subject and each decision on it, oldest first. */
export function ApprovalHistory({ rounds, locale }: { rounds: readonly TimelineRoundDto[]; locale: Locale }) {
  const t = translator(messages, locale);
  if (rounds.length === 0) return <Typography.Text type="secondary">{t('noHistory')}</Typography.Text>;
  return (
    <Timeline>
      {rounds.flatMap((round) => [
        <Timeline.Item key={`r${round.round}`} label={academyTimeText(round.submittedAt)} dotColor="var(--color-text-3)">
          {t('submitted', { name: round.submitterName, round: round.round })}
        </Timeline.Item>,
        ...round.decisions.map((d) => (
          <Timeline.Item key={`d${d.id}`} label={academyTimeText(d.decidedAt)} dotColor={d.verdict === 'approve' ? 'rgb(var(--success-6))' : 'rgb(var(--danger-6))'}>
            <Typography.Text bold>
              {d.orgName} · {d.deciderName} · {decisionLabel(d)[locale]}
            </Typography.Text>
            {d.comment && <div style={{ marginTop: 4, color: 'var(--color-text-2)', whiteSpace: 'pre-wrap' }}>{d.comment}</div>}
          </Timeline.Item>
        )),
      ])}
    </Timeline>
  );
}
