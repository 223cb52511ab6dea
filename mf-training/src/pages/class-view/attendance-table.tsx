import { observer } from 'mobx-react-lite';
import { Empty, Table, Tag, type TableColumnProps } from '@arco-design/web-react';
import { POST_TYPE_LABELS, type AttendeeDto, type Locale } from '@casmooc/domain';
import type { TrainingKey } from '../../locale';
import type { AttendanceStore } from '../../stores/attendance-store';
import { labelledRowSelection } from '@casmooc/ui';

type T = (key: TrainingKey, vars?: Record<string, string | number>) => string;

const columns = (t: T, locale: Locale): TableColumnProps<AttendeeDto>[] => [
  { title: t('attendance.columns.name'), dataIndex: 'name', width: 100 },
  { title: t('attendance.columns.employeeNo'), dataIndex: 'employeeNo', width: 120 },
  { title: t('attendance.columns.org'), dataIndex: 'orgName' },
  { title: t('attendance.columns.postType'), dataIndex: 'postType', width: 110, render: (p: AttendeeDto['postType']) => POST_TYPE_LABELS[p][locale] },
  {
    title: t('attendance.columns.attended'),
    dataIndex: 'attended',
    width: 100,
    render: (attended: boolean) => (attended ? <Tag color="green">{t('attendance.yes')}</Tag> : <Tag>{t('attendance.no')}</Tag>),
  },
  {
    title: t('attendance.columns.hours'),
    dataIndex: 'confirmedHours',
    width: 120,
    align: 'right',
    render: (hours: number | null) => hours ?? '—',
  },
];

/** 实际参会人员: a page of the list; people whose hours are confirmed cannot be selected (T-6). */
export const AttendanceTable = observer(function AttendanceTable({ store, t, locale }: { store: AttendanceStore; t: T; locale: Locale }) {
  const { people } = store;
  return (
    <Table
      rowKey="id"
      loading={people.status.loading}
      data={people.items}
      columns={columns(t, locale)}
      // Fits from 1024 px without scrolling sideways.
      border={{ wrapper: true, cell: false }}
      noDataElement={<Empty description={t('attendance.empty')} />}
      rowSelection={labelledRowSelection({
        rows: people.items,
        keyOf: (person) => person.id,
        selected: store.selected,
        selectable: (person) => store.selectable(person),
        label: (person) => t('attendance.select', { name: person.name }),
        allLabel: t('attendance.selectAll'),
        onChange: (keys) => store.select(keys),
        disabledTitle: (person) => (store.selectable(person) ? undefined : t('attendance.lockedHint')),
      })}
      pagination={people.pagination((total) => t('attendance.total', { total }))}
    />
  );
});
