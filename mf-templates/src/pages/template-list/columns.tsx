import { Link } from 'react-router-dom';
import { Button, Popconfirm, Space, Tag, Typography, type TableColumnProps } from '@arco-design/web-react';
import { PLAN_CATEGORY_LABELS, type Locale, type TemplateDto } from '@casmooc/domain';
import { RuleButton } from '@casmooc/ui';
import type { T } from '../../locale';

export interface ColumnOptions {
  t: T;
  locale: Locale;
  onDelete(template: TemplateDto): void;
  onShare(template: TemplateDto): void;
}

/** The manual's columns: 培训类别, 模板名称, 季度, 主办单位, 联系人, 操作 (删除 编辑 共享), and 新建计划 from it. */
export function getColumns({ t, locale, onDelete, onShare }: ColumnOptions): TableColumnProps<TemplateDto>[] {
  return [
    { title: t('list.columns.category'), dataIndex: 'category', width: 160, render: (c: TemplateDto['category']) => PLAN_CATEGORY_LABELS[c][locale] },
    {
      title: t('list.columns.name'),
      render: (_, tpl) => (
        <Space direction="vertical" size={2}>
          <Link className="arco-link" to={`${tpl.id}/edit`}>
            {tpl.name}
          </Link>
          {tpl.sharedBy ? (
            <Tag size="small" color="purple">
              {t('list.sharedBy', { org: tpl.sharedBy })}
            </Tag>
          ) : (
            tpl.shares.length > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('list.sharedWith', { count: tpl.shares.length })}
              </Typography.Text>
            )
          )}
        </Space>
      ),
    },
    { title: t('list.columns.quarter'), dataIndex: 'quarter', width: 100, render: (q: number | null) => (q ? t('quarter', { q }) : '—') },
    { title: t('list.columns.organiser'), dataIndex: 'organiser', width: 180, render: (v: string) => v || '—' },
    { title: t('list.columns.contact'), dataIndex: 'contactName', width: 120, render: (v: string) => v || '—' },
    {
      title: t('list.columns.actions'),
      width: 260,
      fixed: 'right',
      render: (_, tpl) => (
        <Space size={0} wrap>
          {tpl.actions.delete.allowed ? (
            <Popconfirm title={t('list.deleteConfirm', { name: tpl.name })} onOk={() => onDelete(tpl)}>
              <Button type="text" size="mini" status="danger">
                {t('list.delete')}
              </Button>
            </Popconfirm>
          ) : (
            <RuleButton view={tpl.actions.delete} label={t('list.delete')} />
          )}
          <Link to={`${tpl.id}/edit`}>
            <Button type="text" size="mini">
              {tpl.actions.edit.allowed ? t('list.edit') : t('list.view')}
            </Button>
          </Link>
          <RuleButton view={tpl.actions.share} label={t('list.share')} onClick={() => onShare(tpl)} />
          <Link to={`/plans/new?template=${tpl.id}`}>
            <Button type="text" size="mini">
              {t('list.use')}
            </Button>
          </Link>
        </Space>
      ),
    },
  ];
}
