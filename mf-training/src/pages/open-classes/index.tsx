import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Alert, Card, Empty, Input, Message, Table, Typography } from '@arco-design/web-react';
import type { OpenClassWithMine, SeatsDto } from '@casmooc/domain';
import { LoadError, scrollWhenRows } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useSession } from 'shell/session';
import { useDomainEvents } from 'shell/socket';
import { HttpRegistrationClient } from '../../api/registration-client';
import { OpenClassesStore, type OpenClassesView } from '../../stores/open-classes-store';
import { CalendarFeed } from './calendar-feed';
import { getColumns } from './columns';
import { registrationMessages } from './locale';

/**
 * 可报名培训 (the classes open to the caller now) and 我的培训 (those they
 * registered for), T-4: register, withdraw, seats live, the caller told
 * when a manager decides or a seat frees.
 */
export const OpenClassesPage = observer(function OpenClassesPage({ view }: { view: OpenClassesView }) {
  const t = useT(registrationMessages);
  const locale = useLocale();
  const http = useHttp();
  const session = useSession();
  const [client] = useState(() => new HttpRegistrationClient(http));
  const [store] = useState(() => new OpenClassesStore(client, view));
  const [q, setQ] = useState('');
  const list = store.classes;

  useEffect(() => void store.load(), [store]);
  useDomainEvents(
    (event) => {
      const { id, seats } = event.payload as { id: number; seats?: SeatsDto };
      if (event.type === 'seats.changed' && seats) store.seatsChanged(id, seats);
      else void store.refresh(id);
    },
    ['seats.', 'registration.'],
  );

  const act = async (c: OpenClassWithMine, action: 'register' | 'withdraw') => {
    try {
      const fresh = await store.act(c.id, action);
      if (action === 'withdraw') Message.success(t('open.withdrawn', { name: c.name }));
      else if (fresh.mine.state) Message.success(t(`open.registered.${fresh.mine.state as 'registered' | 'pending' | 'waitlisted'}`, { name: c.name, position: fresh.mine.waitPosition ?? 0 }));
    } catch (e) {
      Message.error((e as Error).message);
    }
  };

  const noStaff = !session.me?.staff;
  return (
    <Card bordered={false} title={t(view === 'open' ? 'open.title' : 'mine.title')}>
      <Typography.Paragraph type="secondary">{t(view === 'open' ? 'open.hint' : 'mine.hint')}</Typography.Paragraph>
      {noStaff && <Alert type="warning" style={{ marginBottom: 12 }} content={t('open.noStaff')} />}
      {view === 'mine' && !noStaff && <CalendarFeed client={client} t={t} />}
      {view === 'open' && (
        <Input.Search
          allowClear
          style={{ width: 280, marginBottom: 12 }}
          aria-label={t('open.searchPlaceholder')}
          placeholder={t('open.searchPlaceholder')}
          searchButton={t('open.search')}
          value={q}
          onChange={setQ}
          onSearch={(text) => void store.search(text)}
          onClear={() => void store.search('')}
        />
      )}
      {list.status.error && <LoadError message={t('open.load.failed', { message: list.status.error })} retryLabel={t('open.load.retry')} onRetry={() => void store.load()} />}
      <Table
        rowKey="id"
        className="open-classes"
        loading={list.status.loading}
        data={list.items}
        columns={getColumns(t, locale, store.busyId, (c, action) => void act(c, action))}
        scroll={scrollWhenRows(1090, list.items)}
        border={{ wrapper: true, cell: false }}
        noDataElement={<Empty description={t(view === 'open' ? 'open.empty' : 'mine.empty')} />}
        pagination={view === 'open' ? list.pagination((total) => t('open.total', { total })) : false}
      />
    </Card>
  );
});
