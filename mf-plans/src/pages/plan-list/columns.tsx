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

/** The manual's columns; the approval column shows the chain, e.g. 计算机网络信息中心(审批通过) 中国科学院(已上报). */
export function getColumns(t: T, locale: Locale, onAction: (plan: PlanDto, action: RowAction) => void, busyId: number | null, offset: number): TableColumnProps<PlanDto>[] {
  return [
    { title: t('planList.columns.index'), width: 64, render: (_, __, index) => offset + index + 1 },
    { title: t('planList.columns.kind'), width: 96, render: (_, p) => PLAN_KIND_LABELS[p.kind][locale] },
    {
      title: t('planList.columns.name'),
      render: (_, p) => (
        <Space size="mini" direction="vertical">
          <Link to={String(p.id)} className="plan-list__name">
            {p.name}
          </Link>
          <Space size="mini">
            <Tag size="small" color={p.planType === 'annual' ? 'arcoblue' : 'green'}>
              {PLAN_TYPE_LABELS[p.planType][locale]}
            </Tag>
            {p.editState === 'draft' && <Tag size="small">{t('planList.draft')}</Tag>}
          </Space>
        </Space>
      ),
    },
    { title: t('planList.columns.month'), dataIndex: 'month', width: 96 },
    { title: t('planList.columns.organiser'), dataIndex: 'organiser', width: 160 },
    {
      title: t('planList.columns.published'),
      width: 88,
      render: (_, p) => <Tag color={p.published ? 'green' : 'gray'}>{PUBLISH_LABELS[p.published ? 'published' : 'unpublished'][locale]}</Tag>,
    },
    {
      title: t('planList.columns.approval'),
      width: 240,
      render: (_, p) =>
        p.chain.length ? (
          <ApprovalChain chain={p.chain} locale={locale} />
        ) : p.approval === 'not_required' ? (
          <Typography.Text type="secondary">{t('planList.noApproval')}</Typography.Text>
        ) : null,
    },
    {
      title: t('planList.columns.implemented'),
      width: 88,
      render: (_, p) => IMPLEMENTATION_LABELS[p.implemented ? 'implemented' : 'not_implemented'][locale],
    },
    {
      title: t('planList.columns.revoked'),
      width: 88,
      render: (_, p) =>
        p.revoked ? (
          <Tooltip content={p.revokeReason}>
            <Tag color="orangered">{REVOCATION_LABELS.revoked[locale]}</Tag>
          </Tooltip>
        ) : (
          REVOCATION_LABELS.active[locale]
        ),
    },
    {
      title: t('planList.columns.actions'),
      width: 260,
      fixed: 'right',
      render: (_, p) => <PlanActionButtons plan={p} t={t} busy={busyId === p.id} onAction={(action) => onAction(p, action)} />,
    },
  ];
}
