import type { ReactNode } from 'react';
import { Card, Empty, Grid, Progress, Space, Statistic, Table, Tag, Typography, type TableColumnProps } from '@arco-design/web-react';
import { academyTimeText, EXTERNAL_ACTIVITY_LABELS, LEDGER_ENTRY_KIND_LABELS, type HoursProgress, type HoursRecordDto, type LedgerEntryDto, type Locale, type RequirementInForceDto } from '@casmooc/domain';
import type { HoursT } from './locale';

/** The events that change someone's record: a class's 学时确认, a manager's entry or correction, the requirement. */
export const RECORD_EVENTS = ['class.hours-confirmed', 'hours.'];

const hours = (n: number) => (n === 0 ? '—' : String(n));
const percent = (completion: number) => Math.min(100, Math.round(completion * 100));

/** The requirement in force and who set it: shown with every figure (H-2). */
export function requirementText(requirement: RequirementInForceDto, t: HoursT): string {
  const source = requirement.orgName ? t('hours.requirement.setBy', { org: requirement.orgName }) : t('hours.requirement.default');
  return t('hours.requirement', { annual: requirement.annualHours, professional: requirement.requiredProfessionalHours, source });
}

/** What is still missing: the total, and of it the 专业科目 part when that is short too. */
function missingText(progress: HoursProgress, t: HoursT): string {
  const total = Math.max(progress.missingHours, progress.missingProfessionalHours);
  return progress.missingProfessionalHours > 0 ? t('hours.missingWithProfessional', { hours: total, professional: progress.missingProfessionalHours }) : t('hours.missing', { hours: total });
}

/** Met / at risk / on its way, as a tag. */
export function ProgressTag({ progress, atRisk, t }: { progress: HoursProgress; atRisk?: boolean; t: HoursT }) {
  if (progress.met) return <Tag color="green">{t('hours.met')}</Tag>;
  if (atRisk) return <Tag color="orangered">{t('hours.atRisk')}</Tag>;
  return <Tag color="arcoblue">{atRisk === undefined ? t('hours.notMet') : t('hours.onTrack')}</Tag>;
}

/** The year's figures against the requirement in force (H-2): total, 公需科目, 专业科目. */
export function HoursSummary({ record, t }: { record: HoursRecordDto; t: HoursT }) {
  const { progress, requirement } = record;
  return (
    <div className="hours-summary">
      <Grid.Row gutter={16}>
        <Grid.Col span={10}>
          <Statistic title={t('hours.total')} value={progress.totalHours} precision={1} suffix={t('hours.ofRequired', { required: progress.requiredHours })} />
          {/* The figures say it to a screen reader; the bar is for the eye. */}
          <div aria-hidden="true">
            <Progress percent={percent(progress.completion)} status={progress.met ? 'success' : 'normal'} />
          </div>
        </Grid.Col>
        <Grid.Col span={7}>
          <Statistic title={t('hours.professional')} value={progress.professionalHours} precision={1} suffix={t('hours.ofRequired', { required: progress.requiredProfessionalHours })} />
        </Grid.Col>
        <Grid.Col span={7}>
          <Statistic title={t('hours.general')} value={progress.generalHours} precision={1} />
        </Grid.Col>
      </Grid.Row>
      <Space className="hours-summary__rule" wrap>
        <ProgressTag progress={progress} t={t} />
        {!progress.met && <Typography.Text>{missingText(progress, t)}</Typography.Text>}
        <Typography.Text type="secondary">{requirementText(requirement, t)}</Typography.Text>
      </Space>
    </div>
  );
}

/** Every row of the year (H-1): credits, reversals and corrections, with their source and reason. */
export function EntriesTable({
  record,
  t,
  locale,
  actions,
}: {
  record: HoursRecordDto;
  t: HoursT;
  locale: Locale;
  /** The last column: a row's certificate (H-3), and what the reader may do with the row. */
  actions: { title: string; width: number; render(entry: LedgerEntryDto): ReactNode };
}) {
  const secondary = (text: string) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}
    </Typography.Text>
  );
  const columns: TableColumnProps<LedgerEntryDto>[] = [
    {
      title: t('hours.columns.title'),
      render: (_, e) => (
        <Space direction="vertical" size={0}>
          <Typography.Text delete={e.reversedBy !== null}>{e.title}</Typography.Text>
          {secondary(`${e.source.type === 'class' ? t('hours.source.class') : EXTERNAL_ACTIVITY_LABELS[e.source.activity][locale]} · ${e.date}`)}
          {e.source.type === 'external' && e.kind === 'credit' && secondary(t('hours.evidence', { evidence: e.source.evidence }))}
        </Space>
      ),
    },
    { title: t('hours.columns.general'), width: 72, align: 'right', render: (_, e) => hours(e.generalHours) },
    { title: t('hours.columns.professional'), width: 96, align: 'right', render: (_, e) => hours(e.professionalHours) },
    {
      title: t('hours.columns.kind'),
      width: 140,
      render: (_, e) => (
        <Space direction="vertical" size={2}>
          <Space size={4}>
            <Tag color={e.kind === 'reversal' ? 'red' : e.kind === 'correction' ? 'orange' : 'gray'}>{LEDGER_ENTRY_KIND_LABELS[e.kind][locale]}</Tag>
            {e.reversedBy !== null && <Tag>{t('hours.reversedBy')}</Tag>}
          </Space>
          {e.reason && secondary(e.reason)}
        </Space>
      ),
    },
    {
      title: t('hours.columns.recordedBy'),
      width: 130,
      render: (_, e) => (
        <Space direction="vertical" size={0}>
          <span>{e.recordedBy}</span>
          {secondary(academyTimeText(e.recordedAt))}
        </Space>
      ),
    },
    { title: actions.title, width: actions.width, render: (_, e) => actions.render(e) },
  ];
  return (
    <Card title={t('hours.entries')} bordered={false} className="hours-entries">
      {/* Fixed layout: the columns keep the widths given, the title takes the rest. */}
      <Table rowKey="id" tableLayoutFixed data={record.entries} columns={columns} pagination={false} border={{ wrapper: true, cell: false }} noDataElement={<Empty description={t('hours.entries.empty')} />} />
    </Card>
  );
}
