import { Descriptions, Table, Typography } from '@arco-design/web-react';
import {
  CLASS_FIELD_LABELS,
  CLASS_INPUT_FIELDS,
  classFieldText,
  DEVIATION_FIELD_LABELS,
  deviationText,
  type ClassInput,
  type Deviation,
  type Locale,
  type TrainingClassDto,
} from '@casmooc/domain';
import { translator, type Messages } from '../i18n/translate';
import type { FieldReader } from '../plan-details/plan-details';

const messages = {
  'zh-CN': {
    term: '调整项',
    plan: '计划',
    class: '培训',
    none: '与计划一致：实施时无需审批',
    org: '所属机构',
    year: '培训年度',
  },
  'en-US': {
    term: 'Term',
    plan: 'Plan',
    class: 'Class',
    none: 'As planned: implementing needs no approval',
    org: 'Organisation',
    year: 'Year',
  },
} satisfies Messages;

/** A class's fields, named as the manual's 培训项目基本信息表 names them. */
export const CLASS_FIELDS: FieldReader = {
  label: (field, locale) => CLASS_FIELD_LABELS[field as keyof ClassInput]?.[locale] ?? field,
  text: (field, value, locale) => classFieldText(field as keyof ClassInput, value, locale),
};

/** 培训项目基本信息表 and 报名与证书: every field of a class as people read it (in `columns`, 2 where space is narrow, as in a drawer). */
export function ClassSummary({ trainingClass, locale, columns = 3 }: { trainingClass: TrainingClassDto; locale: Locale; columns?: number }) {
  const t = translator(messages, locale);
  const shown = CLASS_INPUT_FIELDS.filter((f) => f !== 'generalHours' || trainingClass.hoursCategory === 'split');
  const data = [
    { label: t('org'), value: trainingClass.orgName },
    { label: t('year'), value: String(trainingClass.year) },
    ...shown.map((field) => ({ label: CLASS_FIELD_LABELS[field][locale], value: classFieldText(field, trainingClass[field], locale) })),
  ];
  return <Descriptions column={{ xs: 1, sm: 1, md: Math.min(2, columns), lg: Math.min(2, columns), xl: columns, xxl: columns }} border size="small" data={data} labelStyle={{ width: 130 }} className="class-summary" />;
}

/**
 * T-2's redline: each way the class leaves its plan's terms, the plan's
 * value struck through beside the class's. Without deviations it says so.
 */
export function DeviationRedline({ deviations, locale }: { deviations: readonly Deviation[]; locale: Locale }) {
  const t = translator(messages, locale);
  if (deviations.length === 0) return <Typography.Text type="success">{t('none')}</Typography.Text>;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="field"
      data={[...deviations]}
      className="deviation-redline"
      data-testid="deviation-redline"
      columns={[
        { title: t('term'), width: 150, render: (_, d: Deviation) => DEVIATION_FIELD_LABELS[d.field][locale] },
        { title: t('plan'), render: (_, d: Deviation) => <del style={{ color: 'rgb(var(--danger-6))' }}>{deviationText(d.field, d.plan, locale)}</del> },
        { title: t('class'), render: (_, d: Deviation) => <ins style={{ color: 'rgb(var(--success-6))', textDecoration: 'none', fontWeight: 600 }}>{deviationText(d.field, d.class, locale)}</ins> },
      ]}
    />
  );
}
