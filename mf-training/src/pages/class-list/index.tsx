import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Card, Empty, Table, Typography } from '@arco-design/web-react';
import type { OrgNode, TrainingClassDto } from '@casmooc/domain';
import { LoadError, PagedList, scrollWhenRows } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useDomainEvents } from 'shell/socket';
import { HttpTrainingClient } from '../../api/training-client';
import { trainingMessages } from '../../locale';
import { getColumns } from './columns';
import { SearchForm, type ClassFilters } from './search-form';

/** 培训班管理: the classes of the user's subtree, newest first, filtered and paged; live as classes change. */
export const ClassListPage = observer(function ClassListPage() {
  const t = useT(trainingMessages);
  const locale = useLocale();
  const http = useHttp();
  const [client] = useState(() => new HttpTrainingClient(http));
  const [list] = useState(() => new PagedList<TrainingClassDto, ClassFilters>((query) => client.classes(query), {}));
  const [orgs, setOrgs] = useState<OrgNode[]>([]);

  useEffect(() => void list.load(), [list]);
  // The org filter only: without it the list still works.
  useEffect(() => void client.orgs().then(setOrgs, () => undefined), [client]);
  useDomainEvents(() => void list.load(), ['class.', 'plan.implemented', 'plan.reopened']);

  const columns = getColumns(t, locale);
  return (
    <Card bordered={false} title={t('classes.title')}>
      <Typography.Paragraph type="secondary">{t('classes.hint')}</Typography.Paragraph>
      <SearchForm t={t} locale={locale} orgs={orgs} onSearch={(filters) => void list.search(filters)} />
      {list.status.error && <LoadError message={t('load.failed', { message: list.status.error })} retryLabel={t('load.retry')} onRetry={() => void list.load()} />}
      <Table
        rowKey="id"
        loading={list.status.loading}
        data={list.items}
        columns={columns}
        scroll={scrollWhenRows(columns.reduce((sum, c) => sum + Number(c.width), 0), list.items)}
        border={{ wrapper: true, cell: false }}
        noDataElement={<Empty description={t('classes.empty')} />}
        pagination={list.pagination((total) => t('classes.total', { total }))}
      />
    </Card>
  );
});
