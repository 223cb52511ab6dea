import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Drawer, Radio, Table, Tag, Typography, type TableColumnProps } from '@arco-design/web-react';
import { academyTimeText, RECEIPT_FILTERS, type NoticeDto, type ReceiptDto, type ReceiptFilter } from '@casmooc/domain';
import { LoadError, PagedList, useDebounced } from '@casmooc/ui';
import { useDomainEvents } from 'shell/socket';
import type { NoticeClient } from '../../api/notice-client';
import type { NoticeKey } from '../inbox/locale';

type T = (key: NoticeKey, vars?: Record<string, string | number>) => string;

const columns = (t: T): TableColumnProps<ReceiptDto>[] => [
  { title: t('receipts.columns.name'), width: 110, render: (_, r) => r.person.name },
  { title: t('receipts.columns.org'), render: (_, r) => r.person.orgName },
  {
    title: t('receipts.columns.readAt'),
    width: 160,
    render: (_, r) => (r.readAt ? academyTimeText(r.readAt) : r.hasAccount ? <Tag size="small">{t('inbox.unread')}</Tag> : <Typography.Text type="secondary">{t('receipts.noAccount')}</Typography.Text>),
  },
  { title: t('receipts.columns.acknowledgedAt'), width: 160, render: (_, r) => (r.acknowledgedAt ? academyTimeText(r.acknowledgedAt) : '—') },
];

/** A notice's receipts, per recipient, filtered; they change live as people read and acknowledge it. */
export const ReceiptsDrawer = observer(function ReceiptsDrawer({ client, notice, onClose, t }: { client: NoticeClient; notice: NoticeDto | null; onClose(): void; t: T }) {
  const [list] = useState(() => new PagedList<ReceiptDto, { show: ReceiptFilter; id: number }>(({ id, ...query }) => client.receipts(id, query), { show: 'all', id: 0 }));
  useEffect(() => {
    if (notice) void list.search({ show: 'all', id: notice.id });
  }, [list, notice]);
  // A burst of reads (a notice to thousands) costs one reload.
  const reloadSoon = useDebounced(() => void list.load(), 300);
  useDomainEvents((event) => notice !== null && event.subject === `notice:${notice.id}` && reloadSoon(), ['notice.read', 'notice.acknowledged']);

  return (
    <Drawer width={720} title={notice ? t('receipts.title', { title: notice.title }) : ''} visible={notice !== null} onCancel={onClose} footer={null}>
      <Radio.Group
        type="button"
        style={{ marginBottom: 12 }}
        value={list.filters.show}
        onChange={(show: ReceiptFilter) => void list.search({ ...list.filters, show })}
        options={RECEIPT_FILTERS.map((value) => ({ value, label: t(`receipts.show.${value}`) }))}
      />
      {list.status.error && <LoadError message={t('inbox.failed', { message: list.status.error })} retryLabel={t('inbox.retry')} onRetry={() => void list.load()} />}
      <Table rowKey={(r) => r.person.id} className="receipts" loading={list.status.loading} data={list.items} columns={columns(t)} border={{ wrapper: true, cell: false }} pagination={list.pagination((total) => t('receipts.total', { total }))} />
    </Drawer>
  );
});
