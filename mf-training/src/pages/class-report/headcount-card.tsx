import { useMemo } from 'react';
import { Card, Table, Typography, type TableColumnProps } from '@arco-design/web-react';
import { HEADCOUNT_GROUP_LABELS, type ClassReportDto, type HeadcountRow, type Locale } from '@casmooc/domain';
import { EChart } from '@casmooc/ui';
import type { ReportT } from './locale';

/** T-7: planned vs actual headcount by post type, as a chart and as the table a screen reader and a printout read. */
export function HeadcountCard({ report, t, locale }: { report: ClassReportDto; t: ReportT; locale: Locale }) {
  const { rows } = report.headcount;
  const labels = rows.map((r) => HEADCOUNT_GROUP_LABELS[r.group][locale]);
  const option = useMemo(
    () => ({
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('report.planned'), type: 'bar', data: rows.map((r) => r.planned), itemStyle: { color: '#c9cdd4' }, barMaxWidth: 28 },
        { name: t('report.actual'), type: 'bar', data: rows.map((r) => r.actual ?? 0), itemStyle: { color: '#165dff' }, barMaxWidth: 28 },
      ],
    }),
    [rows, labels, t],
  );
  const shown = (n: number | null) => (n === null ? t('report.notRecorded') : n);
  // A post type's planned number is a quota where set (T-4); 0 means none was set.
  const quota = (n: number) => (n === 0 ? t('report.notSet') : n);
  const columns: TableColumnProps<HeadcountRow>[] = [
    { title: t('report.group'), render: (_, r) => HEADCOUNT_GROUP_LABELS[r.group][locale] },
    { title: t('report.planned'), align: 'right', width: 100, render: (_, r) => quota(r.planned) },
    { title: t('report.actual'), align: 'right', width: 120, render: (_, r) => shown(r.actual) },
  ];
  return (
    <Card title={t('report.headcount')} className="class-report__card">
      <div className="class-report__split">
        <EChart option={option} height={220} label={t('report.chart.headcount', { rows: rows.map((r, i) => `${labels[i]} ${r.planned} / ${shown(r.actual)}`).join('，') })} />
        <Table
          rowKey="group"
          size="small"
          data={rows}
          columns={columns}
          pagination={false}
          border={{ wrapper: true, cell: false }}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell>{t('report.total')}</Table.Summary.Cell>
              <Table.Summary.Cell style={{ textAlign: 'right' }}>{report.headcount.planned}</Table.Summary.Cell>
              <Table.Summary.Cell style={{ textAlign: 'right' }}>{report.headcount.actual}</Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('report.headcount.hint')}
      </Typography.Paragraph>
    </Card>
  );
}
