import { useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Alert, Button, Card, Empty, Input, Message, Modal, Radio, Space, Table, Typography, type TableColumnProps } from '@arco-design/web-react';
import { academyTimeText, DECLINE_REASON_MAX, POST_TYPE_LABELS, REGISTRATION_STATE_LABELS, REGISTRATION_STATES, type DecisionOutcome, type Locale, type RegistrationDto, type RegistrationState } from '@casmooc/domain';
import { useT } from 'shell/locale';
import { RegistrationTag } from '../open-classes/columns';
import { registrationMessages, type RegistrationKey } from '../open-classes/locale';
import type { RegistrationStore } from '../../stores/registration-store';
import { labelledRowSelection } from '@casmooc/ui';

type T = (key: RegistrationKey, vars?: Record<string, string | number>) => string;

const columns = (t: T, locale: Locale): TableColumnProps<RegistrationDto>[] => [
  { title: t('reg.columns.name'), width: 96, render: (_, r) => r.person.name },
  { title: t('reg.columns.org'), render: (_, r) => r.person.orgName },
  { title: t('reg.columns.post'), width: 90, render: (_, r) => POST_TYPE_LABELS[r.person.postType][locale] },
  {
    title: t('reg.columns.state'),
    width: 120,
    render: (_, r) => (
      <Space size={4}>
        <RegistrationTag state={r.state} locale={locale} />
        {r.waitPosition && <Typography.Text type="secondary">#{r.waitPosition}</Typography.Text>}
      </Space>
    ),
  },
  { title: t('reg.columns.at'), width: 136, render: (_, r) => academyTimeText(r.registeredAt) },
  { title: t('reg.columns.decided'), width: 170, render: (_, r) => (r.decidedAt ? [r.deciderName, r.reason].filter(Boolean).join('：') : '—') },
];

/** 报名情况 (T-4): registrations by state with counts, the seats, the alert when under-subscribed, and 报名审批. */
export const RegistrationsCard = observer(function RegistrationsCard({ store, locale, registrationTo }: { store: RegistrationStore; locale: Locale; registrationTo: string | null }) {
  const t = useT(registrationMessages);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const { summary, registrations, selected, busy } = store;
  const count = selected.length;

  const said = (text: string, answer: DecisionOutcome) => Message.success(text + (answer.promoted > 0 ? t('reg.promoted', { count: answer.promoted }) : ''));
  const approve = async () => {
    try {
      const answer = await store.decide('approve');
      said(t('reg.approved', { count: answer.decided }), answer);
    } catch (e) {
      Message.error((e as Error).message);
    }
  };
  const decline = async () => {
    if (!reason.trim()) return setReasonError(t('reg.reasonRequired'));
    try {
      const answer = await store.decide('decline', reason.trim());
      said(t('reg.declined', { count: answer.decided }), answer);
      setDeclining(false);
      setReason('');
    } catch (e) {
      Message.error((e as Error).message);
    }
  };

  const counts = summary?.counts;
  return (
    <Card
      bordered={false}
      className="registrations-card"
      title={t('reg.title')}
      extra={summary && <Typography.Text type="secondary" data-testid="registration-seats">{t('reg.seats', { taken: summary.seats.taken, capacity: summary.seats.capacity, left: summary.seats.left })}</Typography.Text>}
    >
      {summary?.underSubscribed && <Alert type="warning" style={{ marginBottom: 12 }} content={t('reg.underSubscribed', { closes: registrationTo ?? '', left: summary.seats.left })} />}
      <Space wrap style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Radio.Group
          type="button"
          value={registrations.filters.state ?? 'all'}
          onChange={(value: RegistrationState | 'all') => void store.search({ ...registrations.filters, state: value === 'all' ? undefined : value })}
          options={[
            { value: 'all', label: t('reg.all') },
            ...REGISTRATION_STATES.map((state) => ({ value: state, label: `${REGISTRATION_STATE_LABELS[state][locale]} ${counts?.[state] ?? 0}` })),
          ]}
        />
        <Input.Search
          allowClear
          style={{ width: 200 }}
          aria-label={t('reg.searchPlaceholder')}
          placeholder={t('reg.searchPlaceholder')}
          onSearch={(text) => void store.search({ ...registrations.filters, q: text.trim() || undefined })}
          onClear={() => void store.search({ state: registrations.filters.state })}
        />
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" disabled={count === 0} loading={busy} onClick={() => void approve()}>
          {t('reg.approve', { count })}
        </Button>
        <Button status="danger" disabled={count === 0} loading={busy} onClick={() => setDeclining(true)}>
          {t('reg.decline', { count })}
        </Button>
      </Space>
      <Table
        rowKey="id"
        loading={registrations.status.loading}
        data={registrations.items}
        columns={columns(t, locale)}
        // Fits from 1024 px without scrolling sideways: a scrolled region the keyboard cannot reach is not usable.
        border={{ wrapper: true, cell: false }}
        noDataElement={<Empty description={t('reg.empty')} />}
        rowSelection={labelledRowSelection({
          rows: registrations.items,
          keyOf: (r) => r.id,
          selected,
          selectable: (r) => store.selectable(r),
          label: (r) => t('reg.select', { name: r.person.name }),
          allLabel: t('reg.selectAll'),
          onChange: (keys) => store.select(keys),
        })}
        pagination={registrations.pagination((total) => t('reg.total', { total }))}
      />
      <Modal title={t('reg.declineTitle', { count })} visible={declining} confirmLoading={busy} onOk={() => void decline()} onCancel={() => setDeclining(false)} autoFocus={false} focusLock>
        <label htmlFor="decline-reason">{t('reg.reason')}</label>
        <Input.TextArea
          id="decline-reason"
          value={reason}
          maxLength={DECLINE_REASON_MAX}
          showWordLimit
          placeholder={t('reg.reasonPlaceholder')}
          status={reasonError ? 'error' : undefined}
          onChange={(value) => {
            setReason(value);
            setReasonError('');
          }}
        />
        {reasonError && (
          <Typography.Text type="error" role="alert">
            {reasonError}
          </Typography.Text>
        )}
      </Modal>
    </Card>
  );
});
