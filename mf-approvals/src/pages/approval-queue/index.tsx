import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Button, Card, Empty, Grid, Message, Table } from '@arco-design/web-react';
import { labelledRowSelection, LabelledTabs, LoadError, scrollWhenRows } from '@casmooc/ui';
import { IconCheck } from '@arco-design/web-react/icon';
import { yearChoices, type ApprovalItemDto, type ApprovalSubject, type DecisionInput } from '@casmooc/domain';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useSession } from 'shell/session';
import { useDomainEvents } from 'shell/socket';
import { HttpApprovalsClient, type QueueTab } from '../../api/approvals-client';
import { ApprovalQueueStore } from '../../stores/approval-queue-store';
import { BatchModal } from './batch-modal';
import { getColumns } from './columns';
import { DecisionDrawer } from './decision-drawer';
import { FilterForm } from './filter-form';
import { approvalMessages } from './locale';
import { OrgCounts } from './org-counts';
import { queueEvents, SUBJECT_VIEWS } from '../../subjects';

/** 待我审批 / 我已审批 of one subject with the org list beside it, as in the manual's 下级机构计划审批 and 下级培训审批. */
export const ApprovalQueuePage = observer(function ApprovalQueuePage({ subject }: { subject: ApprovalSubject }) {
  const t = useT(approvalMessages);
  const locale = useLocale();
  const http = useHttp();
  const session = useSession();
  const [client] = useState(() => new HttpApprovalsClient(http));
  const [store] = useState(() => new ApprovalQueueStore(client, session.me!.id, subject));
  const view = SUBJECT_VIEWS[subject];
  const [open, setOpen] = useState<ApprovalItemDto | null>(null);
  const [batching, setBatching] = useState(false);

  useEffect(() => void store.load(), [store]);
  // Submissions arrive and decisions move items on while the list is open (A-5).
  useDomainEvents((event) => void store.onEvent(event), queueEvents(subject));

  const decideBatch = async (decision: DecisionInput) => {
    const results = await store.decideSelected(decision);
    const failed = results.filter((r) => !r.ok);
    const ok = results.length - failed.length;
    if (ok) Message.success(t('queue.batch.done', { ok }));
    if (failed.length) {
      Message.warning({
        content: `${t('queue.batch.failed', { failed: failed.length })}：${failed.map((f) => `${store.items.find((i) => i.subject === f.subject && i.subjectId === f.subjectId)?.title ?? f.subjectId}（${'message' in f ? f.message : ''}）`).join('；')}`,
        duration: 8000,
      });
    }
    setBatching(false);
  };

  const table = (tab: QueueTab) => (
    <>
      {store.status.error && <LoadError message={t('queue.loadFailed', { message: store.status.error })} retryLabel={t('queue.retry')} onRetry={() => void store.load()} />}
      <Table
        rowKey="roundId"
        loading={store.status.loading}
        data={store.items}
        columns={getColumns({ tab, t, locale, taken: store.taken, onOpen: setOpen })}
        scroll={scrollWhenRows(820, store.items)}
        border={{ wrapper: true, cell: false }}
        noDataElement={<Empty description={view.empty[tab][locale]} />}
        rowSelection={
          tab === 'pending'
            ? labelledRowSelection({
                rows: store.items,
                keyOf: (item) => item.roundId,
                selected: store.selected,
                selectable: (item) => store.selectable.includes(item),
                label: (item) => t('queue.select', { title: item.title }),
                allLabel: t('queue.selectAll'),
                onChange: (keys) => store.select(keys),
              })
            : undefined
        }
        pagination={{
          total: store.total,
          current: store.page,
          pageSize: store.pageSize,
          sizeCanChange: true,
          showTotal: (total) => t('queue.total', { total }),
          onChange: (page, pageSize) => void store.goTo(page, pageSize),
        }}
      />
    </>
  );

  return (
    <Grid.Row gutter={16} className="approvals" style={{ flexWrap: "nowrap" }}>
      <Grid.Col flex="200px">
        <OrgCounts counts={store.counts} selected={store.filters.orgId} onSelect={(orgId) => void store.selectOrg(orgId)} t={t} />
      </Grid.Col>
      <Grid.Col flex="auto" style={{ minWidth: 0 }}>
        <Card
          bordered={false}
          title={view.title[locale]}
          extra={
            store.tab === 'pending' && (
              <Button type="primary" icon={<IconCheck />} disabled={store.selectedItems.length === 0} onClick={() => setBatching(true)}>
                {t('queue.batch', { count: store.selectedItems.length })}
              </Button>
            )
          }
        >
          <FilterForm t={t} locale={locale} years={yearChoices(1)} kind={{ label: view.kindLabel, values: view.kinds }} onSearch={(filters) => void store.search(filters)} />
          <LabelledTabs label={view.title[locale]} activeTab={store.tab} onChange={(tab) => void store.switchTab(tab as QueueTab)}>
            <LabelledTabs.TabPane key="pending" title={t('queue.pending')}>
              {store.tab === 'pending' && table('pending')}
            </LabelledTabs.TabPane>
            <LabelledTabs.TabPane key="processed" title={t('queue.processed')}>
              {store.tab === 'processed' && table('processed')}
            </LabelledTabs.TabPane>
          </LabelledTabs>
        </Card>
      </Grid.Col>
      <DecisionDrawer
        item={open}
        takenBy={open ? store.taken.get(open.roundId) : undefined}
        client={client}
        t={t}
        locale={locale}
        onDecide={async (item, decision) => void (await store.decide(item, decision))}
        onClose={() => setOpen(null)}
      />
      <BatchModal items={store.selectedItems} visible={batching} t={t} locale={locale} onSubmit={decideBatch} onCancel={() => setBatching(false)} />
    </Grid.Row>
  );
});
