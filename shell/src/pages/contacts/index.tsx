import { useCallback, useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Button, Card, Empty, List, Message, Popconfirm, Space, Table, Tag, Typography } from '@arco-design/web-react';
import { IconDelete, IconEdit, IconPlus, IconUserAdd } from '@arco-design/web-react/icon';
import { POST_TYPE_LABELS, type ContactGroup, type StaffSummary } from '@casmooc/domain';
import { shellState } from '../../state/shell-state';
import { useLocale, useT } from '../../exposed/locale';
import { PeoplePicker } from '../../people-picker/people-picker';
import { contactsMessages } from './locale';
import { GroupForm } from './group-form';

/** 通讯录: the user's own groups of people, managed with the people picker. */
export const ContactsPage = observer(function ContactsPage() {
  const t = useT(contactsMessages);
  const locale = useLocale();
  const { directory } = shellState();
  const [groups, setGroups] = useState<ContactGroup[] | null>(null);
  const [groupId, setGroupId] = useState<number>();
  const [members, setMembers] = useState<StaffSummary[]>([]);
  const [loadingMembers, setLoadingMembers] = useState(false);
  const [form, setForm] = useState<{ mode: 'create' } | { mode: 'rename'; group: ContactGroup } | null>(null);
  const [picking, setPicking] = useState(false);
  const fail = (e: unknown) => Message.error((e as Error).message);

  const loadGroups = useCallback(() => directory.groups().then(setGroups, fail), [directory]);
  const loadMembers = useCallback(
    (id: number) => {
      setLoadingMembers(true);
      return directory
        .members(id)
        .then(setMembers, fail)
        .finally(() => setLoadingMembers(false));
    },
    [directory],
  );

  useEffect(() => void loadGroups(), [loadGroups]);
  useEffect(() => {
    if (groupId !== undefined) void loadMembers(groupId);
  }, [groupId, loadMembers]);

  const group = groups?.find((g) => g.id === groupId);

  const saveGroup = async (name: string) => {
    if (form?.mode === 'rename') await directory.renameGroup(form.group.id, name);
    else setGroupId((await directory.createGroup(name)).id);
    setForm(null);
    await loadGroups();
  };

  const removeGroup = async (g: ContactGroup) => {
    await directory.deleteGroup(g.id).catch(fail);
    if (g.id === groupId) setGroupId(undefined);
    await loadGroups();
  };

  /** The picker returns the whole new membership: add who is new, remove who was taken out. */
  const applyPicked = async (picked: StaffSummary[]) => {
    if (groupId === undefined) return;
    const before = new Set(members.map((m) => m.id));
    const after = new Set(picked.map((p) => p.id));
    try {
      const added = [...after].filter((id) => !before.has(id));
      if (added.length) await directory.addMembers(groupId, added);
      for (const id of before) if (!after.has(id)) await directory.removeMember(groupId, id);
      Message.success(t('contacts.saved'));
    } catch (e) {
      fail(e);
    }
    await Promise.all([loadMembers(groupId), loadGroups()]);
  };

  const removeMember = async (person: StaffSummary) => {
    if (groupId === undefined) return;
    await directory.removeMember(groupId, person.id).catch(fail);
    await Promise.all([loadMembers(groupId), loadGroups()]);
  };

  return (
    <div className="contacts">
      <Card
        bordered={false}
        className="contacts__groups"
        title={t('contacts.groups')}
        extra={
          <Button type="text" icon={<IconPlus />} onClick={() => setForm({ mode: 'create' })}>
            {t('contacts.newGroup')}
          </Button>
        }
      >
        {groups?.length === 0 ? (
          <Empty description={t('contacts.noGroups')} />
        ) : (
          <List
            loading={groups === null}
            dataSource={groups ?? []}
            size="small"
            render={(g: ContactGroup) => (
              <List.Item
                key={g.id}
                className={g.id === groupId ? 'contacts__group contacts__group--active' : 'contacts__group'}
                onClick={() => setGroupId(g.id)}
                // In `extra`, not `actions`: Arco writes actions as <li> outside any list.
                extra={
                  <Space size={0}>
                    <Button type="text" size="mini" icon={<IconEdit />} aria-label={t('contacts.rename')} onClick={(e) => (e.stopPropagation(), setForm({ mode: 'rename', group: g }))} />
                    <Popconfirm title={t('contacts.deleteConfirm', { name: g.name })} onOk={() => removeGroup(g)}>
                      <Button type="text" size="mini" status="danger" icon={<IconDelete />} aria-label={t('contacts.delete')} onClick={(e) => e.stopPropagation()} />
                    </Popconfirm>
                  </Space>
                }
              >
                <span tabIndex={0} role="button" onKeyDown={(e) => e.key === 'Enter' && setGroupId(g.id)}>
                  {g.name}
                </span>{' '}
                <Typography.Text type="secondary">{g.memberCount}</Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card
        bordered={false}
        className="contacts__members"
        title={group ? t('contacts.members', { name: group.name, count: group.memberCount }) : t('contacts.pickGroup')}
        extra={
          group && (
            <Button type="primary" icon={<IconUserAdd />} onClick={() => setPicking(true)}>
              {t('contacts.addMembers')}
            </Button>
          )
        }
      >
        {group && (
          <Table
            rowKey="id"
            loading={loadingMembers}
            data={members}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            noDataElement={<Empty description={t('contacts.noMembers')} />}
            columns={[
              { title: t('contacts.col.name'), dataIndex: 'name' },
              { title: t('contacts.col.employeeNo'), dataIndex: 'employeeNo' },
              { title: t('contacts.col.org'), dataIndex: 'orgName' },
              { title: t('contacts.col.postType'), render: (_: unknown, p: StaffSummary) => <Tag size="small">{POST_TYPE_LABELS[p.postType][locale]}</Tag> },
              { title: t('contacts.col.phone'), dataIndex: 'phone' },
              { title: t('contacts.col.email'), dataIndex: 'email' },
              {
                title: t('contacts.col.actions'),
                render: (_: unknown, p: StaffSummary) => (
                  <Popconfirm title={t('contacts.removeConfirm', { name: p.name })} onOk={() => removeMember(p)}>
                    <Button type="text" size="mini" status="danger">
                      {t('contacts.remove')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        )}
      </Card>
      <GroupForm
        visible={form !== null}
        title={form?.mode === 'rename' ? t('contacts.rename') : t('contacts.newGroup')}
        initialName={form?.mode === 'rename' ? form.group.name : ''}
        onSubmit={saveGroup}
        onCancel={() => setForm(null)}
      />
      <PeoplePicker visible={picking} value={members} onChange={(picked) => void applyPicked(picked)} onCancel={() => setPicking(false)} />
    </div>
  );
});
