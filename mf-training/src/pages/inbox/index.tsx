import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Button, Card, Empty, Message, Modal, Space, Table, Tag, Typography, type TableColumnProps } from '@arco-design/web-react';
import { academyTimeText, type InboxItemDto, type InboxNoticeDto } from '@casmooc/domain';
import { AttachmentList, LoadError, PagedList, scrollWhenRows } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useDomainEvents } from 'shell/socket';
import { HttpNoticeClient } from '../../api/notice-client';
import { noticeMessages, type NoticeKey } from './locale';

type T = (key: NoticeKey, vars?: Record<string, string | number>) => string;

function StateTag({ item, t }: { item: InboxItemDto; t: T }) {
  if (!item.readAt) return <Tag color="arcoblue">{t('inbox.unread')}</Tag>;
  if (item.askAck && !item.acknowledgedAt) return <Tag color="orange">{t('inbox.needsAck')}</Tag>;
  return <Tag color={item.acknowledgedAt ? 'green' : 'gray'}>{t(item.acknowledgedAt ? 'inbox.acknowledged' : 'inbox.read')}</Tag>;
}

const columns = (t: T, open: (item: InboxItemDto) => void): TableColumnProps<InboxItemDto>[] => [
  {
    title: t('inbox.columns.title'),
    render: (_, item) => (
      <Typography.Text bold={!item.readAt}>
        {item.title}
      </Typography.Text>
    ),
  },
  { title: t('inbox.columns.class'), dataIndex: 'className', width: 180 },
  { title: t('inbox.columns.sender'), dataIndex: 'senderName', width: 110 },
  { title: t('inbox.columns.sentAt'), width: 140, render: (_, item) => academyTimeText(item.sentAt) },
  { title: t('inbox.columns.state'), width: 110, render: (_, item) => <StateTag item={item} t={t} /> },
  {
    title: '',
    width: 80,
    render: (_, item) => (
      <Button type="text" size="small" onClick={() => open(item)} aria-label={`${t('inbox.open')} ${item.title}`}>
        {t('inbox.open')}
      </Button>
    ),
  },
];

/** 培训通知 (T-5): the notices sent to the signed-in person, newest first, live; opening one reads it once. */
export const InboxPage = observer(function InboxPage() {
  const t = useT(noticeMessages);
  const locale = useLocale();
  const http = useHttp();
  const [client] = useState(() => new HttpNoticeClient(http));
  const [unread, setUnread] = useState(0);
  const [list] = useState(
    () =>
      new PagedList<InboxItemDto, object>(async (query) => {
        const page = await client.inbox(query);
        setUnread(page.unread);
        return page;
      }, {}),
  );
  const [opened, setOpened] = useState<InboxNoticeDto | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => void list.load(), [list]);
  useDomainEvents(() => void list.load(), ['notice.sent', 'notice.reminded']);

  const open = async (item: InboxItemDto) => {
    try {
      const notice = await client.read(item.id);
      setOpened(notice);
      void list.load();
    } catch (e) {
      Message.error((e as Error).message);
    }
  };
  const acknowledge = async () => {
    if (!opened) return;
    setBusy(true);
    try {
      setOpened(await client.acknowledge(opened.id));
      void list.load();
    } catch (e) {
      Message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card bordered={false} title={t('inbox.title')}>
      <Typography.Paragraph type="secondary">{t('inbox.hint')}</Typography.Paragraph>
      {list.status.error && <LoadError message={t('inbox.failed', { message: list.status.error })} retryLabel={t('inbox.retry')} onRetry={() => void list.load()} />}
      <Table
        rowKey="id"
        className="inbox"
        loading={list.status.loading}
        data={list.items}
        columns={columns(t, (item) => void open(item))}
        scroll={scrollWhenRows(900, list.items)}
        border={{ wrapper: true, cell: false }}
        noDataElement={<Empty description={t('inbox.empty')} />}
        pagination={list.pagination((total) => t('inbox.total', { total, unread }))}
      />
      <Modal
        title={opened?.title}
        visible={opened !== null}
        onCancel={() => setOpened(null)}
        // Closed by its own close button (关闭) or Esc; the footer holds only 确认收到, where asked.
        footer={
          opened?.askAck && !opened.acknowledgedAt ? (
            <Button type="primary" loading={busy} onClick={() => void acknowledge()}>
              {t('inbox.acknowledge')}
            </Button>
          ) : null
        }
        style={{ width: 720, maxWidth: '90vw' }}
      >
        {opened && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">
              {opened.className} · {opened.senderName} · {academyTimeText(opened.sentAt)}
            </Typography.Text>
            {/* Sanitised on the server when it was sent, as plan materials are. */}
            <div className="notice-body" dangerouslySetInnerHTML={{ __html: opened.body }} />
            {opened.attachments.length > 0 && (
              <AttachmentList items={opened.attachments} url={(id) => client.inboxAttachmentUrl(opened.id, id)} locale={locale} />
            )}
            {opened.acknowledgedAt && <Tag color="green">{t('inbox.acknowledgedAt', { at: academyTimeText(opened.acknowledgedAt) })}</Tag>}
          </Space>
        )}
      </Modal>
    </Card>
  );
});
