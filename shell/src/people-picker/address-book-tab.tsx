import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Alert, Badge, Empty, List, Spin } from '@arco-design/web-react';
import type { ContactGroup, StaffSummary } from '@casmooc/domain';
import type { DirectoryClient } from '../api/directory-client';
import { useT } from '../exposed/locale';
import { pickerMessages } from './locale';
import type { SelectionStore } from './picker-store';
import { StaffList } from './staff-list';

interface Props {
  client: DirectoryClient;
  selection: SelectionStore;
  add(people: readonly StaffSummary[]): void;
  multiple: boolean;
}

/** 从通讯录选择: the user's own groups and their members. */
export const AddressBookTab = observer(function AddressBookTab({ client, selection, add, multiple }: Props) {
  const t = useT(pickerMessages);
  const [groups, setGroups] = useState<ContactGroup[] | null>(null);
  const [groupId, setGroupId] = useState<number>();
  const [members, setMembers] = useState<StaffSummary[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    client.groups().then(setGroups, (e: Error) => setError(e.message));
  }, [client]);

  useEffect(() => {
    if (groupId === undefined) return;
    let current = true;
    setLoading(true);
    client
      .members(groupId)
      .then((list) => current && setMembers(list), (e: Error) => current && setError(e.message))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [client, groupId]);

  if (error) return <Alert type="error" content={t('picker.loadFailed', { message: error })} />;
  if (!groups) return <Spin block className="picker__loading" />;
  if (groups.length === 0) return <Empty description={t('picker.groups.empty')} className="picker__loading" />;
  return (
    <div className="picker__columns">
      <List
        className="picker__groups"
        size="small"
        dataSource={groups}
        render={(group: ContactGroup) => (
          <List.Item
            key={group.id}
            className={group.id === groupId ? 'picker__group picker__group--active' : 'picker__group'}
            onClick={() => setGroupId(group.id)}
            tabIndex={0}
            role="button"
            onKeyDown={(e) => e.key === 'Enter' && setGroupId(group.id)}
          >
            {group.name} <Badge count={group.memberCount} dotStyle={{ background: 'var(--color-fill-3)', color: 'var(--color-text-2)' }} />
          </List.Item>
        )}
      />
      <div className="picker__people">
        {groupId === undefined ? (
          <Empty description={t('picker.groups.pick')} />
        ) : (
          <StaffList
            people={members}
            selection={selection}
            loading={loading}
            multiple={multiple}
            add={add}
          />
        )}
      </div>
    </div>
  );
});
