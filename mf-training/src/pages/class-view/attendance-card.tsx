import { useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Button, Card, Input, Message, Popconfirm, Radio, Space, Typography } from '@arco-design/web-react';
import { IconCheckCircle, IconDelete, IconImport, IconUserAdd } from '@arco-design/web-react/icon';
import { ATTENDEE_FILTERS, MAX_PICKED_STAFF, type AttendeeFilter, type Locale, type StaffSummary } from '@casmooc/domain';
import { PeoplePicker, type PickerSource } from 'shell/people-picker';
import type { Confirmation } from '../../api/training-client';
import type { TrainingKey } from '../../locale';
import type { AttendanceStore } from '../../stores/attendance-store';
import { AttendanceTable } from './attendance-table';

type T = (key: TrainingKey, vars?: Record<string, string | number>) => string;

/** What a 学时确认 did, in one line. */
function confirmationText(answer: Confirmation, t: T): string {
  const parts = [
    answer.confirmed > 0 && t('attendance.confirmed', { count: answer.confirmed }),
    answer.already_confirmed > 0 && t('attendance.alreadyConfirmed', { count: answer.already_confirmed }),
    answer.not_attended > 0 && t('attendance.notAttended', { count: answer.not_attended }),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('；') : t('attendance.nothingToConfirm');
}

/**
 * 实际参会人员 (T-6): add people with the shared picker (其他人员添加 / 其他人员导入),
 * tick who attended, confirm their hours.
 */
export const AttendanceCard = observer(function AttendanceCard({ store, hours, t, locale }: { store: AttendanceStore; hours: number; t: T; locale: Locale }) {
  const [picking, setPicking] = useState<PickerSource | null>(null);
  const [q, setQ] = useState('');
  const { counts, selected, busy } = store;
  const count = selected.length;

  /** Runs a change and says how it went; a refusal is shown and the list stays as it was. */
  const run = async <R,>(change: () => Promise<R>, done: (answer: R) => void) => {
    try {
      done(await change());
    } catch (e) {
      Message.error((e as Error).message);
    }
  };

  const add = (people: StaffSummary[]) => {
    if (people.length === 0) return;
    void run(
      () => store.add(people),
      (answer) => {
        const text = [t('attendance.added', { added: answer.added }), answer.alreadyListed > 0 && t('attendance.alreadyListed', { count: answer.alreadyListed })].filter(Boolean).join('，');
        Message.success(text);
      },
    );
  };
  const confirm = () =>
    void run(
      () => store.confirm(),
      (answer) => (answer.confirmed > 0 ? Message.success : Message.info)(confirmationText(answer, t)),
    );

  return (
    <Card
      bordered={false}
      title={t('attendance.title')}
      extra={<Typography.Text type="secondary" data-testid="attendance-counts">{t('attendance.counts', { ...counts })}</Typography.Text>}
    >
      <Space wrap style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <Button type="primary" icon={<IconUserAdd />} onClick={() => setPicking('departments')}>
            {t('attendance.add')}
          </Button>
          <Button icon={<IconImport />} onClick={() => setPicking('import')}>
            {t('attendance.import')}
          </Button>
        </Space>
        <Space wrap>
          <Radio.Group
            type="button"
            value={store.people.filters.show}
            onChange={(show: AttendeeFilter) => void store.search({ show, q: q.trim() || undefined })}
            options={ATTENDEE_FILTERS.map((value) => ({ value, label: t(`attendance.show.${value}`) }))}
          />
          <Input.Search
            allowClear
            style={{ width: 200 }}
            placeholder={t('attendance.searchPlaceholder')}
            value={q}
            onChange={setQ}
            onSearch={(text) => void store.search({ show: store.people.filters.show, q: text.trim() || undefined })}
            onClear={() => void store.search({ show: store.people.filters.show })}
          />
        </Space>
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button disabled={count === 0} loading={busy} onClick={() => void run(() => store.mark(true), () => undefined)}>
          {t('attendance.markAttended', { count })}
        </Button>
        <Button disabled={count === 0} loading={busy} onClick={() => void run(() => store.mark(false), () => undefined)}>
          {t('attendance.markAbsent', { count })}
        </Button>
        <Popconfirm title={t('attendance.removeConfirm', { count })} onOk={() => run(() => store.removeSelected(), () => undefined)} disabled={count === 0}>
          <Button status="danger" icon={<IconDelete />} disabled={count === 0} loading={busy}>
            {t('attendance.remove', { count })}
          </Button>
        </Popconfirm>
        <Popconfirm
          title={t('attendance.confirmQuestion', { hours, who: count > 0 ? t('attendance.confirmWhoSelected', { count }) : t('attendance.confirmWhoAll') })}
          onOk={confirm}
          disabled={count === 0 && counts.attended === counts.confirmed}
        >
          <Button type="primary" status="success" icon={<IconCheckCircle />} loading={busy} disabled={count === 0 && counts.attended === counts.confirmed}>
            {count > 0 ? t('attendance.confirmSelected', { count }) : t('attendance.confirmAll')}
          </Button>
        </Popconfirm>
      </Space>
      <AttendanceTable store={store} t={t} locale={locale} />
      <PeoplePicker
        visible={picking !== null}
        source={picking ?? 'departments'}
        value={[]}
        max={MAX_PICKED_STAFF}
        title={t('attendance.pickerTitle')}
        onChange={add}
        onCancel={() => setPicking(null)}
      />
    </Card>
  );
});
