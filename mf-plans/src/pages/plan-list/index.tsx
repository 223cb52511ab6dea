import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Empty, Message, Table } from '@arco-design/web-react';
import { IconPlus } from '@arco-design/web-react/icon';
import type { PlanDto } from '@casmooc/domain';
import { ApiRequestError, LoadError } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useDomainEvents } from 'shell/socket';
import { HttpPlansClient } from '../../api/plans-client';
import { PlanListStore } from '../../stores/plan-list-store';
import { getColumns, type RowAction } from './columns';
import { planListMessages } from './locale';
import { RateOverviewCard } from './rate-overview';
import { RevokeModal } from './revoke-modal';
import { SearchForm } from './search-form';

/** 本机构计划: the plans of the user's organisation and below, with the manual's columns and actions. */
export const PlanListPage = observer(function PlanListPage() {
  const t = useT(planListMessages);
  const locale = useLocale();
  const http = useHttp();
  const [client] = useState(() => new HttpPlansClient(http));
  const [store] = useState(() => new PlanListStore(client));
  const [revoking, setRevoking] = useState<PlanDto | null>(null);
  const navigate = useNavigate();
  const thisYear = new Date().getFullYear();

  useEffect(() => void store.load(), [store]);
  // A plan changed anywhere below (by someone else, or an approval): show it.
  useDomainEvents(() => void store.load(), ['plan.']);

  const run = async (plan: PlanDto, action: Exclude<RowAction, 'edit'>, reason?: string) => {
    try {
      await store.act(plan, action, reason);
      Message.success(t('planList.done', { action: t(`planList.action.${action}`) }));
      return true;
    } catch (e) {
      if (e instanceof ApiRequestError && e.code === 'CONFLICT') {
        Message.warning(t('planList.conflict'));
        void store.load();
      } else {
        Message.error((e as Error).message);
      }
      return false;
    }
  };

  const onAction = (plan: PlanDto, action: RowAction) => {
    if (action === 'edit') return navigate(`${plan.id}/edit`);
    if (action === 'revoke') return setRevoking(plan);
    void run(plan, action);
  };

  return (
    <>
      <RateOverviewCard client={client} year={thisYear} t={t} locale={locale} />
      <Card
        bordered={false}
        title={t('planList.title')}
        className="plan-list"
        extra={
          <Button type="primary" icon={<IconPlus />} onClick={() => navigate('new')}>
            {t('planList.new')}
          </Button>
        }
      >
        <SearchForm t={t} locale={locale} years={[thisYear + 1, thisYear, thisYear - 1]} onSearch={(filters) => void store.search(filters)} />
        {store.error && <LoadError message={t('planList.loadFailed', { message: store.error })} retryLabel={t('planList.retry')} onRetry={() => void store.load()} />}
        <Table
          rowKey="id"
          loading={store.loading}
          data={store.items}
          columns={getColumns(t, locale, onAction, store.busyId, (store.page - 1) * store.pageSize)}
          scroll={{ x: 1400 }}
          border={{ wrapper: true, cell: false }}
          noDataElement={<Empty description={t('planList.empty')} />}
          pagination={{
            total: store.total,
            current: store.page,
            pageSize: store.pageSize,
            sizeCanChange: true,
            showTotal: (total) => t('planList.total', { total }),
            onChange: (page, pageSize) => void store.goTo(page, pageSize),
          }}
        />
        <RevokeModal
          plan={revoking}
          t={t}
          onCancel={() => setRevoking(null)}
          onRevoke={async (plan, reason) => {
            if (await run(plan, 'revoke', reason)) setRevoking(null);
          }}
        />
      </Card>
    </>
  );
});
