import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Empty, Input, Table, Typography } from '@arco-design/web-react';
import type { OpenClassDto, PublicClassPage } from '@casmooc/domain';
import { LoadError, openClassColumns, PagedList, scrollWhenRows } from '@casmooc/ui';
import { shellState } from '../../state/shell-state';
import { useLocale, useT } from '../../exposed/locale';
import { PublicFrame } from '../../layout/public-frame';
import { publicClassesMessages } from './locale';

/**
 * 对外公开 (T-4): the classes listed publicly, read-only, without signing
 * in; the same columns staff see in 可报名培训, none of their actions.
 */
export const PublicClassesPage = observer(function PublicClassesPage() {
  const { http } = shellState();
  const t = useT(publicClassesMessages);
  const locale = useLocale();
  const [list] = useState(() => new PagedList<OpenClassDto, { q?: string }>((query) => http.get<PublicClassPage>('/api/public/classes', query), {}));
  useEffect(() => void list.load(), [list]);

  return (
    <PublicFrame title={t('public.title')}>
      <Typography.Paragraph type="secondary">{t('public.hint')}</Typography.Paragraph>
      <Input.Search
        allowClear
        placeholder={t('public.search')}
        aria-label={t('public.search')}
        style={{ maxWidth: 320, marginBottom: 16 }}
        onSearch={(q) => void list.search({ q: q.trim() || undefined })}
      />
      {list.status.error && <LoadError message={t('public.loadFailed', { message: list.status.error })} retryLabel={t('public.retry')} onRetry={() => void list.load()} />}
      <Table
        rowKey="id"
        loading={list.status.loading}
        data={list.items}
        columns={openClassColumns<OpenClassDto>(locale)}
        scroll={scrollWhenRows(820, list.items)}
        border={{ wrapper: true, cell: false }}
        noDataElement={<Empty description={t('public.empty')} />}
        pagination={list.pagination((total) => t('public.total', { total }))}
      />
    </PublicFrame>
  );
});
