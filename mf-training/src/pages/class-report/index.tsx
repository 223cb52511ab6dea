import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { useNavigate, useParams } from 'react-router-dom';
import { Button, Card, Descriptions, Empty, Grid, Space, Statistic, Table } from '@arco-design/web-react';
import { IconDownload, IconLeft, IconPrinter } from '@arco-design/web-react/icon';
import { academyTimeText, REGISTRATION_STATE_LABELS, REGISTRATION_STATES, TRAINING_MODE_LABELS, type ClassReportDto } from '@casmooc/domain';
import { kib, useDownload } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useDomainEvents } from 'shell/socket';
import { HttpReportClient } from '../../api/report-client';
import { LoadFallback } from '../../components/load-fallback';
import { ReportStore } from '../../stores/report-store';
import { BudgetCard } from './budget-card';
import { HeadcountCard } from './headcount-card';
import { reportMessages, type ReportT } from './locale';

type Notice = ClassReportDto['notices'][number];
const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`);

function NoticesCard({ report, t }: { report: ClassReportDto; t: ReportT }) {
  return (
    <Card title={t('report.notices')} className="class-report__card">
      <Table<Notice>
        rowKey="id"
        size="small"
        data={report.notices}
        pagination={false}
        border={{ wrapper: true, cell: false }}
        noDataElement={<Empty description={t('report.notices.empty')} />}
        columns={[
          { title: t('report.notice'), dataIndex: 'title' },
          { title: t('report.sentAt'), width: 150, render: (_, n) => academyTimeText(n.sentAt) },
          { title: t('report.sent'), dataIndex: 'sent', width: 70, align: 'right' },
          { title: t('report.read'), dataIndex: 'read', width: 70, align: 'right' },
          { title: t('report.readRate'), width: 80, align: 'right', render: (_, n) => percent(n.read, n.sent) },
          { title: t('report.acknowledged'), width: 80, align: 'right', render: (_, n) => (n.askAck ? n.acknowledged : '—') },
        ]}
      />
    </Card>
  );
}

/**
 * 培训项目报表 (T-7): a class from plan to hours — headcount by post type
 * against the plan, registrations, notice reads, attendance, the hours on
 * the record and the budget — live, exported to Excel and laid out for print.
 */
export const ClassReportPage = observer(function ClassReportPage() {
  const t = useT(reportMessages);
  const locale = useLocale();
  const http = useHttp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [client] = useState(() => new HttpReportClient(http));
  const [store] = useState(() => new ReportStore(client, id));
  const { run, status } = useDownload({
    done: t('report.exported'),
    failed: (message) => t('report.exportFailed', { message }),
    progress: (p) => t('report.exporting', { kib: kib(p.received) }),
  });
  const zip = useDownload({
    done: t('report.exported'),
    failed: (message) => t('report.exportFailed', { message }),
    progress: (p) => t('report.exporting', { kib: kib(p.received) }),
  });
  useEffect(() => void store.load(), [store]);
  useDomainEvents((event) => (event.subject === `class:${id}` || event.type.startsWith('hours.')) && void store.load(), ['class.', 'registration.', 'notice.', 'hours.']);

  const back = (
    <Button type="text" className="no-print" icon={<IconLeft />} onClick={() => navigate('..', { relative: 'path' })}>
      {t('report.back')}
    </Button>
  );
  const { report } = store;
  if (!report) {
    const error = store.status.error && t('report.failed', { message: store.status.error });
    return <LoadFallback back={back} error={error} retryLabel={t('report.retry')} onRetry={() => void store.load()} missing={store.missing} missingText={t('report.notFound')} />;
  }
  const c = report.class;
  return (
    <div className="class-report">
      <Card
        bordered={false}
        title={
          <Space>
            {back}
            <span>{`${t('report.title')} · ${c.name}`}</span>
          </Space>
        }
        extra={
          <Space className="no-print">
            {status ?? (
              <Button icon={<IconDownload />} onClick={() => void run((onProgress) => client.exportReport(id, onProgress))}>
                {t('report.export')}
              </Button>
            )}
            {zip.status ?? (
              <Button icon={<IconDownload />} onClick={() => void zip.run((onProgress) => client.certificates(id, onProgress))}>
                {t('report.certificates')}
              </Button>
            )}
            <Button icon={<IconPrinter />} onClick={() => window.print()}>
              {t('report.print')}
            </Button>
          </Space>
        }
      >
        <Descriptions
          column={{ xs: 1, md: 2, xl: 3 }}
          data={[
            { label: t('report.org'), value: c.orgName },
            { label: t('report.time'), value: `${c.startAt} — ${c.endAt}` },
            { label: t('report.mode'), value: TRAINING_MODE_LABELS[c.mode][locale] },
            { label: t('report.hours'), value: c.hours },
            { label: t('report.generated'), value: academyTimeText(report.generatedAt) },
          ]}
        />
      </Card>
      <HeadcountCard report={report} t={t} locale={locale} />
      <Grid.Row gutter={16}>
        <Grid.Col xs={24} xl={12}>
          <Card title={t('report.attendance')} className="class-report__card">
            <Space size={32} wrap>
              <Statistic title={t('report.added')} value={report.attendance.added} />
              <Statistic title={t('report.attended')} value={report.attendance.attended} />
              <Statistic title={t('report.confirmed')} value={report.attendance.confirmed} />
              <Statistic title={t('report.ledger')} value={t('report.ledger.value', { hours: report.hours.totalHours, people: report.hours.people })} extra={t('report.ledger.split', { general: report.hours.generalHours, professional: report.hours.professionalHours })} />
            </Space>
          </Card>
        </Grid.Col>
        <Grid.Col xs={24} xl={12}>
          <Card title={t('report.registrations')} className="class-report__card">
            <Space size={24} wrap>
              <Statistic title={t('report.registrations.total')} value={report.registrations.total} />
              {REGISTRATION_STATES.map((state) => (
                <Statistic key={state} title={REGISTRATION_STATE_LABELS[state][locale]} value={report.registrations.byState[state]} />
              ))}
            </Space>
          </Card>
        </Grid.Col>
      </Grid.Row>
      <NoticesCard report={report} t={t} />
      <BudgetCard key={report.budget.spent ?? 'none'} report={report} t={t} onRecord={(spent) => store.recordSpending(spent)} />
    </div>
  );
});
