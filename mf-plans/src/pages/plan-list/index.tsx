import { Suspense, useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Card, Empty, Space, Table } from '@arco-design/web-react';
import { academyYear, ADMIN_ROLES, PLAN_LIST_SCOPES, yearChoices } from '@casmooc/domain';
import { useSession } from 'shell/session';
import { IconPlus } from '@arco-design/web-react/icon';
import { LabelledTabs, lazyWithRetry, LoadError, scrollWhenRows } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useDomainEvents } from 'shell/socket';
import { HttpPlansClient } from '../../api/plans-client';
import { PlanListStore } from '../../stores/plan-list-store';
import { usePlanActions } from '../plan-actions/use-plan-actions';
import { getColumns } from './columns';
import { CloseUnimplementedModal } from './close-unimplemented-modal';
import { ExportButton } from './export-button';
import { planListMessages } from './locale';
import { RateOverviewCard } from './rate-overview';
import { SearchForm } from './search-form';

// Drag-and-drop comes with the ranking dialog, when an admin opens it.
const FundingRankingModal = lazyWithRetry(() => import(/* webpackChunkName: "funding-ranking" */ './funding-ranking-modal').then((m) => m.FundingRankingModal));

/** 本机构计划: the plans of the user's organisation and below, with the manual's columns and actions. */
export const PlanListPage = observer(function PlanListPage() {
  const t = useT(planListMessages);
  const locale = useLocale();
  const http = useHttp();
  const [client] = useState(() => new HttpPlansClient(http));
  // The scope is in the address (?scope=own is 本机构计划 in the menu), so the menu, a link or reload shows the same list.
  const [params, setParams] = useSearchParams();
  const scope = PLAN_LIST_SCOPES.find((s) => s === params.get('scope')) ?? 'all';
  const [store] = useState(() => new PlanListStore(client, scope));
  const navigate = useNavigate();
  const years = yearChoices(1);
  const session = useSession();
  const isAdmin = session.hasRole(ADMIN_ROLES);
  // A department without orgs below would only ever see an empty 下级机构计划, and one 所属机构.
  const severalOrgs = session.managesOrgsBelow;
  const [ranking, setRanking] = useState(false);
  const [closing, setClosing] = useState(false);

  useEffect(() => void store.load(), [store]);
  useEffect(() => {
    if (store.scope !== scope) void store.setScope(scope);
  }, [store, scope]);
  // A plan changed anywhere below (by someone else, or an approval): show it.
  useDomainEvents(() => void store.load(), ['plan.']);

  const { onAction, actionModals } = usePlanActions({
    t,
    act: (plan, action, reason) => store.act(plan, action, reason),
    reload: () => void store.load(),
    edit: (plan) => navigate(`${plan.id}/edit`),
  });

  const columns = getColumns(t, locale, onAction, store.busyId, (store.list.page - 1) * store.list.pageSize, { showOrg: severalOrgs });

  return (
    <>
      <RateOverviewCard client={client} year={academyYear()} t={t} locale={locale} />
      <Card
        bordered={false}
        title={t('planList.title')}
        className="plan-list"
        extra={
          <Space>
            <Button onClick={() => navigate('settings')}>{t('settings.button')}</Button>
            {isAdmin && <Button onClick={() => setRanking(true)}>{t('ranking.button')}</Button>}
            {isAdmin && <Button onClick={() => setClosing(true)}>{t('close.button')}</Button>}
            <ExportButton client={client} years={years} t={t} />
            <Button type="primary" icon={<IconPlus />} onClick={() => navigate('new')}>
              {t('planList.new')}
            </Button>
          </Space>
        }
      >
        <SearchForm t={t} locale={locale} years={years} onSearch={(filters) => void store.search(filters)} />
        {/* The scopes are tabs over one list: the active tab's panel holds it. */}
        <LabelledTabs label={t('planList.title')} activeTab={scope} onChange={(next) => setParams(next === 'all' ? {} : { scope: next })} className="plan-list__scopes">
          {PLAN_LIST_SCOPES.filter((s) => s !== 'below' || severalOrgs).map((key) => (
            <LabelledTabs.TabPane key={key} title={t(`planList.scope.${key}`)}>
              {key === scope && (
                <>
                  {store.list.status.error && <LoadError message={t('planList.loadFailed', { message: store.list.status.error })} retryLabel={t('planList.retry')} onRetry={() => void store.load()} />}
                  <Table
                    rowKey="id"
                    loading={store.list.status.loading}
                    data={store.list.items}
                    columns={columns}
                    scroll={scrollWhenRows(columns.reduce((sum, c) => sum + Number(c.width), 0), store.list.items)}
                    border={{ wrapper: true, cell: false }}
                    noDataElement={<Empty description={t('planList.empty')} />}
                    pagination={store.list.pagination((total) => t('planList.total', { total }))}
                  />
                </>
              )}
            </LabelledTabs.TabPane>
          ))}
        </LabelledTabs>
        {actionModals}
        <CloseUnimplementedModal visible={closing} years={years} client={client} t={t} onClose={() => setClosing(false)} onClosed={() => void store.load()} />
        {ranking && (
          <Suspense>
            <FundingRankingModal visible years={years} client={client} t={t} locale={locale} onClose={() => setRanking(false)} />
          </Suspense>
        )}
      </Card>
    </>
  );
});
