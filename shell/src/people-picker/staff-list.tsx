import { observer } from 'mobx-react-lite';
import { Checkbox, Empty, List, Spin, Tag, Typography } from '@arco-design/web-react';
import { POST_TYPE_LABELS, type StaffSummary } from '@casmooc/domain';
import { useLocale, useT } from '../exposed/locale';
import { pickerMessages } from './locale';
import type { SelectionStore } from './picker-store';

interface Props {
  people: readonly StaffSummary[];
  selection: SelectionStore;
  loading: boolean;
  /** Adds people to the selection, saying so when `max` leaves some out. */
  add(people: readonly StaffSummary[]): void;
  multiple: boolean;
  height?: number;
}

/** A checkbox list that stays smooth with thousands of rows (only the visible ones are rendered). */
export const StaffList = observer(function StaffList({ people, selection, loading, add, multiple, height = 320 }: Props) {
  const t = useT(pickerMessages);
  const locale = useLocale();
  const chosen = people.filter((p) => selection.has(p.id)).length;
  const toggle = (person: StaffSummary) => (selection.has(person.id) ? selection.remove([person.id]) : add([person]));
  const selectAll = (on: boolean) => (on ? add(people) : selection.remove(people.map((p) => p.id)));
  return (
    <Spin loading={loading} block>
      {multiple && people.length > 0 && (
        <div className="picker__select-all">
          <Checkbox
            checked={chosen === people.length}
            indeterminate={chosen > 0 && chosen < people.length}
            onChange={selectAll}
          >
            {t('picker.selectAll', { count: people.length })}
          </Checkbox>
        </div>
      )}
      {people.length === 0 ? (
        <Empty description={t('picker.empty')} style={{ height }} />
      ) : (
        <List
          className="picker__staff"
          size="small"
          dataSource={[...people]}
          virtualListProps={{ height, threshold: 100 }}
          render={(person: StaffSummary) => (
            <List.Item key={person.id} className="picker__staff-row">
              <Checkbox checked={selection.has(person.id)} onChange={() => toggle(person)}>
                <span className="picker__name">{person.name}</span>
                <Typography.Text type="secondary" className="picker__meta">
                  {person.employeeNo} · {person.orgName}
                </Typography.Text>
                <Tag size="small" className="picker__post">
                  {POST_TYPE_LABELS[person.postType][locale]}
                </Tag>
              </Checkbox>
            </List.Item>
          )}
        />
      )}
    </Spin>
  );
});
