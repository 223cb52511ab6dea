import { useEffect, useState } from 'react';
import { Button, Card, Empty, Message, Space, Table, Typography, type TableColumnProps } from '@arco-design/web-react';
import { IconAttachment, IconSend } from '@arco-design/web-react/icon';
import { academyTimeText, type NoticeDto } from '@casmooc/domain';
import { useDebounced } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useDomainEvents } from 'shell/socket';
import { HttpNoticeClient, type NoticeClient } from '../../api/notice-client';
import { noticeMessages, type NoticeKey } from '../inbox/locale';
import { ReceiptsDrawer } from './receipts-drawer';
import { SendNoticeModal } from './send-notice-modal';

type T = (key: NoticeKey, vars?: Record<string, string | number>) => string;

const RELOAD_AFTER_MS = 300;

const columns = (t: T, client: NoticeClient, openReceipts: (n: NoticeDto) => void, remind: (n: NoticeDto) => void): TableColumnProps<NoticeDto>[] => [
  {
    title: t('form.noticeTitle'),
    render: (_, n) => (
      <Space direction="vertical" size={2}>
        {n.title}
        {n.attachments.map((a) => (
          <a key={a.id} className="arco-link notice-attachment" href={client.attachmentUrl(n.id, a.id)} download={a.name}>
            <IconAttachment aria-hidden /> {a.name}
          </a>
        ))}
      </Space>
    ),
  },
  { title: t('inbox.columns.sentAt'), width: 140, render: (_, n) => academyTimeText(n.sentAt) },
  { title: t('notices.receipts'), width: 200, render: (_, n) => <span data-testid={`notice-counts-${n.id}`}>{t('notices.counts', { ...n.counts })}</span> },
  {
    title: '',
    width: 270,
    render: (_, n) => (
      <Space direction="vertical" size={2}>
        <Space size={4} wrap>
          <Button size="small" onClick={() => openReceipts(n)}>
            {t('notices.receipts')}
          </Button>
          <Button size="small" disabled={!n.actions.remind.allowed} onClick={() => remind(n)}>
            {t('notices.remind')}
          </Button>
          <a className="arco-link" href={`/api/training/notices/${n.id}/receipts.xlsx`} download>
            {t('notices.export')}
          </a>
        </Space>
        {!n.actions.remind.allowed && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{n.actions.remind.reason}</Typography.Text>}
        {n.lastRemindedAt && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('notices.lastReminded', { at: academyTimeText(n.lastRemindedAt), count: n.reminders })}</Typography.Text>}
      </Space>
    ),
  },
];

/** 培训通知 of a class (T-5): send one, follow its receipts live, remind those unread, export. */
export function NoticesCard({ classId }: { classId: number }) {
  const t = useT(noticeMessages);
  const locale = useLocale();
  const http = useHttp();
  const [client] = useState(() => new HttpNoticeClient(http));
  const [notices, setNotices] = useState<NoticeDto[]>([]);
  const [loading, setLoading] = useState(true);
  const [sending, setSending] = useState(false);
  const [receiptsOf, setReceiptsOf] = useState<NoticeDto | null>(null);

  const load = () =>
    client.ofClass(classId).then(
      (list) => (setNotices(list), setLoading(false)),
      (e: Error) => (Message.error(e.message), setLoading(false)),
    );
  useEffect(() => void load(), [classId]); // eslint-disable-line react-hooks/exhaustive-deps
  // Receipts count up as people read and acknowledge: a burst of reads (a notice to thousands) costs one reload.
  const reloadSoon = useDebounced(() => void load(), RELOAD_AFTER_MS);
  useDomainEvents((event) => (event.payload as { classId?: number }).classId === classId && reloadSoon(), ['notice.']);

  const remind = async (n: NoticeDto) => {
    try {
      await client.remind(n.id);
      Message.success(t('notices.reminded'));
      void load();
    } catch (e) {
      Message.error((e as Error).message);
    }
  };

  return (
    <Card
      bordered={false}
      className="notices-card"
      title={t('notices.title')}
      extra={
        <Button type="primary" icon={<IconSend />} onClick={() => setSending(true)}>
          {t('notices.send')}
        </Button>
      }
    >
      <Table rowKey="id" loading={loading} data={notices} columns={columns(t, client, setReceiptsOf, (n) => void remind(n))} border={{ wrapper: true, cell: false }} noDataElement={<Empty description={t('notices.empty')} />} pagination={false} />
      <SendNoticeModal
        client={client}
        classId={classId}
        visible={sending}
        t={t}
        locale={locale}
        onClose={() => setSending(false)}
        onSent={() => {
          setSending(false);
          void load();
        }}
      />
      <ReceiptsDrawer client={client} notice={receiptsOf} onClose={() => setReceiptsOf(null)} t={t} />
    </Card>
  );
}
