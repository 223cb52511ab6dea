import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { useNavigate, useParams } from 'react-router-dom';
import { Button, Card, Select, Space, Spin, Typography } from '@arco-design/web-react';
import { IconLeft, IconPlus } from '@arco-design/web-react/icon';
import { POST_TYPE_LABELS, type LedgerEntryDto } from '@casmooc/domain';
import { RuleButton } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useDomainEvents } from 'shell/socket';
import { HttpHoursClient } from '../../api/hours-client';
import { EntriesTable, HoursSummary, RECORD_EVENTS } from '../../components/hours-record';
import { useRecordDownloads } from '../../components/hours-record/downloads';
import { EvidenceModal } from '../../components/hours-record/evidence-modal';
import { hoursMessages } from '../../components/hours-record/locale';
import { LoadFallback } from '../../components/load-fallback';
import { HoursRecordStore } from '../../stores/hours-record-store';
import { ExternalEntryModal } from './external-entry-modal';
import { ReversalModal } from './reversal-modal';

/** A person's record for the managers who reach them (H-1, H-2): the year's figures and rows; record other hours, reverse or correct a row. Live. */
export const HoursPersonPage = observer(function HoursPersonPage() {
  const t = useT(hoursMessages);
  const locale = useLocale();
  const http = useHttp();
  const navigate = useNavigate();
  const staffId = Number(useParams().staffId);
  const [client] = useState(() => new HttpHoursClient(http));
  const [store] = useState(() => new HoursRecordStore((year) => client.person(staffId, year)));
  const [adding, setAdding] = useState(false);
  const [reversing, setReversing] = useState<LedgerEntryDto | null>(null);
  const [evidenceOf, setEvidenceOf] = useState<LedgerEntryDto | null>(null);
  const downloads = useRecordDownloads(client, staffId, t, setEvidenceOf);
  useEffect(() => void store.load(), [store]);
  useDomainEvents(() => void store.load(), RECORD_EVENTS);

  const back = (
    <Button type="text" icon={<IconLeft />} onClick={() => navigate('..', { relative: 'path' })}>
      {t('hours.person.back')}
    </Button>
  );
  const { record } = store;
  if (!record) {
    const error = store.status.error && t('hours.load.failed', { message: store.status.error });
    return <LoadFallback back={back} error={error} retryLabel={t('hours.load.retry')} onRetry={() => void store.load()} missing={store.missing} />;
  }
  const { person } = record;
  return (
    <Card
      bordered={false}
      title={
        <Space>
          {back}
          <span>{`${person.name}（${person.employeeNo}）· ${person.orgName} · ${POST_TYPE_LABELS[person.postType][locale]}`}</span>
        </Space>
      }
      extra={
        <Space>
          <Select aria-label={t('hours.year')} style={{ width: 110 }} value={record.year} options={record.years.map((y) => ({ value: y, label: String(y) }))} onChange={(year: number) => void store.setYear(year)} />
          {downloads.annualRecord(record.year)}
          {!record.actions.record.allowed && <Typography.Text type="secondary">{record.actions.record.reason}</Typography.Text>}
          <Button type="primary" icon={<IconPlus />} disabled={!record.actions.record.allowed} onClick={() => setAdding(true)}>
            {t('hours.person.add')}
          </Button>
        </Space>
      }
    >
      <Spin loading={store.status.loading} block>
        <HoursSummary record={record} t={t} />
        <EntriesTable
          record={record}
          t={t}
          locale={locale}
          actions={{
            title: t('hours.columns.actions'),
            width: 140,
            render: (entry) => (
              <Space direction="vertical" size={0}>
                {downloads.files(entry)}
                <RuleButton view={entry.actions.reverse} label={t('hours.person.reverse')} ariaLabel={`${t('hours.person.reverse')} ${entry.title} ${entry.date}`} onClick={() => setReversing(entry)} />
              </Space>
            ),
          }}
        />
      </Spin>
      {adding && <ExternalEntryModal staffId={staffId} client={client} t={t} locale={locale} onClose={() => setAdding(false)} onSaved={(r) => store.show(r)} />}
      {evidenceOf && <EvidenceModal entry={evidenceOf} client={client} t={t} locale={locale} onClose={() => setEvidenceOf(null)} onChanged={() => void store.load()} />}
      {reversing && <ReversalModal entry={reversing} client={client} t={t} onClose={() => setReversing(null)} onSaved={(r) => store.show(r)} />}
    </Card>
  );
});
