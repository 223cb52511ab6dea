import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Link } from 'react-router-dom';
import { Button, Card, Checkbox, Empty, Form, Input, Message, Modal, Space, Table, Typography } from '@arco-design/web-react';
import { IconPlus } from '@arco-design/web-react/icon';
import type { OrgNode, TemplateDto } from '@casmooc/domain';
import { isApiRequestError, LoadError, scrollWhenRows, SearchActions } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useDomainEvents } from 'shell/socket';
import { HttpTemplatesClient } from '../../api/templates-client';
import { templateMessages } from '../../locale';
import { TemplateListStore, type TemplateFilters } from '../../stores/template-list-store';
import { getColumns } from './columns';
import { ShareModal } from './share-modal';

/**
 * 计划模板: the templates of the user's org and those above it that reach
 * it, and those shared with it; search by name, 新建模板, 批量删除 (all or
 * none), 共享, and a plan from any of them. Live as templates change.
 */
export const TemplateListPage = observer(function TemplateListPage() {
  const t = useT(templateMessages);
  const locale = useLocale();
  const http = useHttp();
  const [client] = useState(() => new HttpTemplatesClient(http));
  const [store] = useState(() => new TemplateListStore(client));
  const [orgs, setOrgs] = useState<OrgNode[]>([]);
  const [sharing, setSharing] = useState<TemplateDto | null>(null);
  const { list } = store;

  useEffect(() => void store.load(), [store]);
  // The share dialog's orgs only: without them the list still works.
  useEffect(() => void client.orgs().then(setOrgs, () => undefined), [client]);
  useDomainEvents(() => void store.load(), ['template.']);

  const failed = (e: unknown) => {
    if (isApiRequestError(e) && e.code === 'CONFLICT') {
      Message.warning(t('list.conflict'));
      void store.load();
    } else Message.error((e as Error).message);
  };
  const remove = (templates: TemplateDto[]) =>
    store.remove(templates).then(({ deleted }) => void Message.success(t('list.deleted', { count: deleted })), failed);
  const batchDelete = () => {
    const chosen = store.selectedTemplates;
    Modal.confirm({ title: t('list.batchDelete', { count: chosen.length }), content: t('list.batchConfirm', { count: chosen.length }), onOk: () => remove(chosen) });
  };

  return (
    <Card bordered={false} title={<Typography.Title heading={5} style={{ margin: 0 }}>{t('list.title')}</Typography.Title>}>
      <Typography.Paragraph type="secondary">{t('list.hint')}</Typography.Paragraph>
      <Form<TemplateFilters> layout="inline" onSubmit={(filters) => void store.search({ name: filters.name?.trim() || undefined })} style={{ marginBottom: 16 }}>
        <Form.Item field="name" label={t('list.name')}>
          <Input allowClear placeholder={t('list.namePlaceholder')} style={{ width: 240 }} />
        </Form.Item>
        <SearchActions searchLabel={t('list.search')} resetLabel={t('list.reset')} />
      </Form>
      <Space style={{ marginBottom: 12 }}>
        <Link to="new">
          <Button type="primary" icon={<IconPlus />}>
            {t('list.new')}
          </Button>
        </Link>
        <Button status="danger" disabled={store.selectedTemplates.length === 0 || store.busy} onClick={batchDelete}>
          {t('list.batchDelete', { count: store.selectedTemplates.length })}
        </Button>
      </Space>
      {list.status.error && <LoadError message={t('list.loadFailed', { message: list.status.error })} retryLabel={t('list.retry')} onRetry={() => void store.load()} />}
      <Table
        rowKey="id"
        loading={list.status.loading || store.busy}
        data={list.items}
        columns={getColumns({ t, locale, onDelete: (tpl) => void remove([tpl]), onShare: setSharing })}
        rowSelection={{
          type: 'checkbox',
          selectedRowKeys: store.selected,
          // Arco's own 全选 and row boxes have no names; these say what they select.
          checkAll: false,
          columnTitle: (
            <Checkbox checked={store.allSelected} indeterminate={!store.allSelected && store.selectedTemplates.length > 0} onChange={(checked: boolean) => store.selectAll(checked)}>
              <span className="visually-hidden">{t('list.selectAll')}</span>
            </Checkbox>
          ),
          checkboxProps: (tpl) => ({ disabled: !store.selectable(tpl), children: <span className="visually-hidden">{tpl.name}</span> }),
          onChange: (keys) => store.select(keys.map(Number)),
        }}
        scroll={scrollWhenRows(1000, list.items)}
        border={{ wrapper: true, cell: false }}
        noDataElement={<Empty description={t('list.empty')} />}
        pagination={list.pagination((total) => t('list.total', { total }))}
      />
      <ShareModal template={sharing} orgs={orgs} t={t} onClose={() => setSharing(null)} onShare={async (tpl, orgIds) => void (await store.share(tpl, orgIds))} />
    </Card>
  );
});
