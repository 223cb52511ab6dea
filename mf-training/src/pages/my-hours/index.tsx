import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Card, Empty, Select, Space, Spin, Typography } from '@arco-design/web-react';
import type { LedgerEntryDto } from '@casmooc/domain';
import { LoadError } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useDomainEvents } from 'shell/socket';
import { HttpHoursClient } from '../../api/hours-client';
import { EntriesTable, HoursSummary, RECORD_EVENTS } from '../../components/hours-record';
import { useRecordDownloads } from '../../components/hours-record/downloads';
import { EvidenceModal } from '../../components/hours-record/evidence-modal';
import { hoursMessages } from '../../components/hours-record/locale';
import { HoursRecordStore } from '../../stores/hours-record-store';

/** 我的学时 (H-2): this year's hours against the requirement in force, by category, each entry with its source; earlier years. Live. */
export const MyHoursPage = observer(function MyHoursPage() {
  const t = useT(hoursMessages);
  const locale = useLocale();
  const http = useHttp();
  const [client] = useState(() => new HttpHoursClient(http));
  const [store] = useState(() => new HoursRecordStore((year) => client.mine(year)));
  const [evidenceOf, setEvidenceOf] = useState<LedgerEntryDto | null>(null);
  const downloads = useRecordDownloads(client, null, t, setEvidenceOf);
  useEffect(() => void store.load(), [store]);
  useDomainEvents(() => void store.load(), RECORD_EVENTS);

  const { record } = store;
  return (
    <Card
      bordered={false}
      title={t('hours.mine.title')}
      extra={
        record && (
          <Space>
            {downloads.annualRecord(record.year)}
            <Typography.Text type="secondary">{t('hours.year')}</Typography.Text>
            <Select aria-label={t('hours.year')} style={{ width: 110 }} value={record.year} options={record.years.map((y) => ({ value: y, label: String(y) }))} onChange={(year: number) => void store.setYear(year)} />
          </Space>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('hours.mine.hint')}</Typography.Paragraph>
      {store.status.error && <LoadError message={t('hours.load.failed', { message: store.status.error })} retryLabel={t('hours.load.retry')} onRetry={() => void store.load()} />}
      {store.missing && <Empty description={t('hours.mine.noStaff')} />}
      {!record && !store.missing && store.status.loading && <Spin block style={{ padding: 48 }} />}
      {record && (
        <Spin loading={store.status.loading} block>
          <HoursSummary record={record} t={t} />
          <EntriesTable record={record} t={t} locale={locale} actions={{ title: t('hours.columns.certificate'), width: 120, render: downloads.files }} />
        </Spin>
      )}
      {evidenceOf && <EvidenceModal entry={evidenceOf} client={client} t={t} locale={locale} onClose={() => setEvidenceOf(null)} onChanged={() => void store.load()} />}
    </Card>
  );
});
