import { Space, Tag, Tooltip, Typography } from '@arco-design/web-react';
import { Link } from 'react-router-dom';
import { ApprovalChain } from '@casmooc/ui';
import { PlanActionButtons, type RowAction } from '../plan-actions/action-buttons';
import type { TableColumnProps } from '@arco-design/web-react';
import {
  IMPLEMENTATION_LABELS,
  PLAN_KIND_LABELS,
  PLAN_TYPE_LABELS,
  PUBLISH_LABELS,
  REVOCATION_LABELS,
  type Locale,
  type PlanDto,
} from '@casmooc/domain';
import type { PlanListKey } from './locale';

type T = (key: PlanListKey, vars?: Record<string, string | number>) => string;

/**
 * The manual's columns, fitted to a 1440 px screen without sideways
 * scrolling: the plan's kind and type are tags under its name, and
 * 发布 / 实施 / 撤销 are one 状态 column. 所属机构 shows where the list
 * holds more than one org; at 1024 px the table scrolls with the number
 * and name fixed on the left and the actions on the right.
 */
export function getColumns(
  t: T,
  locale: Locale,
  onAction: (plan: PlanDto, action: RowAction) => void,
  busyId: number | null,
  offset: number,
  { showOrg }: { showOrg: boolean },
): TableColumnProps<PlanDto>[] {
  return [
    { title: t('planList.columns.index'), width: 64, fixed: 'left', render: (_, __, index) => offset + index + 1 },
    {
      title: t('planList.columns.name'),
      width: 212,
      fixed: 'left',
      render: (_, p) => (
        <Space size="mini" direction="vertical">
          <Link to={String(p.id)} className="plan-list__name">
            {p.name}
          </Link>
          <Space size="mini" wrap>
            <Tag size="small">{PLAN_KIND_LABELS[p.kind][locale]}</Tag>
            <Tag size="small" color={p.planType === 'annual' ? 'arcoblue' : 'green'}>
              {PLAN_TYPE_LABELS[p.planType][locale]}
            </Tag>
            {p.editState === 'draft' && <Tag size="small">{t('planList.draft')}</Tag>}
          </Space>
        </Space>
      ),
    },
    ...(showOrg ? [{ title: t('planList.columns.org'), dataIndex: 'orgName', width: 130 } satisfies TableColumnProps<PlanDto>] : []),
    { title: t('planList.columns.month'), dataIndex: 'month', width: 88 },
    { title: t('planList.columns.organiser'), dataIndex: 'organiser', width: 130, ellipsis: true, tooltip: true },
    {
      title: t('planList.columns.approval'),
      width: 200,
      render: (_, p) =>
        p.chain.length ? (
          <ApprovalChain chain={p.chain} locale={locale} />
        ) : p.approval === 'not_required' ? (
          <Typography.Text type="secondary">{t('planList.noApproval')}</Typography.Text>
        ) : null,
    },
    {
      title: t('planList.columns.state'),
      width: 110,
      render: (_, p) => (
        <Space size="mini" direction="vertical">
          <Tag size="small" color={p.published ? 'green' : 'gray'}>
            {PUBLISH_LABELS[p.published ? 'published' : 'unpublished'][locale]}
          </Tag>
          <Tag size="small" color={p.implemented ? 'arcoblue' : undefined}>
            {IMPLEMENTATION_LABELS[p.implemented ? 'implemented' : 'not_implemented'][locale]}
          </Tag>
          {p.revoked ? (
            <Tooltip content={p.revokeReason}>
              <Tag size="small" color="orangered" tabIndex={0}>
                {REVOCATION_LABELS.revoked[locale]}
              </Tag>
            </Tooltip>
          ) : (
            <Tag size="small">{REVOCATION_LABELS.active[locale]}</Tag>
          )}
        </Space>
      ),
    },
    {
      title: t('planList.columns.actions'),
      width: 200,
      fixed: 'right',
      render: (_, p) => <PlanActionButtons plan={p} t={t} busy={busyId === p.id} onAction={(action) => onAction(p, action)} />,
    },
  ];
}
