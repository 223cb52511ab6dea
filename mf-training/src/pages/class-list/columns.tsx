import { Link } from 'react-router-dom';
import { Space, Tag, type TableColumnProps } from '@arco-design/web-react';
import { CLASS_APPROVAL_LABELS, CLASS_STATE_LABELS, PLAN_CATEGORY_LABELS, TRAINING_MODE_LABELS, type Locale, type TrainingClassDto } from '@casmooc/domain';
import { ApprovalChain } from '@casmooc/ui';
import type { TrainingKey } from '../../locale';

type T = (key: TrainingKey, vars?: Record<string, string | number>) => string;

/**
 * 培训班管理's columns: the class and its plan, when, who, its 审批情况 and
 * 实施情况, attendance. They fit 1440 px in both languages (1 130 of the
 * ~1 160 px there); narrower, the table scrolls with the name fixed on the
 * left and the actions on the right.
 */
export function getColumns(t: T, locale: Locale): TableColumnProps<TrainingClassDto>[] {
  return [
    {
      title: t('classes.name'),
      dataIndex: 'name',
      width: 170,
      fixed: 'left',
      render: (name, c) => (
        <Link className="arco-link" to={`classes/${c.id}`}>
          {name}
        </Link>
      ),
    },
    { title: t('classes.columns.mode'), dataIndex: 'mode', width: 80, render: (m: TrainingClassDto['mode']) => TRAINING_MODE_LABELS[m][locale] },
    { title: t('classes.columns.when'), width: 110, render: (_, c) => `${c.startAt.slice(0, 10)} ~ ${c.endAt.slice(5, 10)}` },
    { title: t('classes.columns.org'), dataIndex: 'orgName', width: 120 },
    { title: t('classes.columns.category'), dataIndex: 'category', width: 120, render: (c: TrainingClassDto['category']) => PLAN_CATEGORY_LABELS[c][locale] },
    { title: t('classes.columns.headcount'), dataIndex: 'headcount', width: 70, align: 'right' },
    {
      title: t('classes.columns.approval'),
      width: 140,
      render: (_, c) => (c.chain.length ? <ApprovalChain chain={c.chain} locale={locale} /> : <Tag size="small">{CLASS_APPROVAL_LABELS[c.approval][locale]}</Tag>),
    },
    {
      title: t('classes.columns.state'),
      // “Not implemented” is the widest tag
      width: 130,
      render: (_, c) => (
        <Tag size="small" color={c.state === 'implemented' ? 'green' : 'arcoblue'}>
          {CLASS_STATE_LABELS[c.state][locale]}
        </Tag>
      ),
    },
    { title: t('classes.columns.attendance'), width: 80, align: 'right', render: (_, c) => `${c.attendance.attended} / ${c.attendance.confirmed}` },
    {
      title: t('classes.columns.actions'),
      width: 110,
      fixed: 'right',
      render: (_, c) => (
        <Space size={4} style={{ whiteSpace: 'nowrap' }}>
          <Link className="arco-link" to={`classes/${c.id}`}>
            {t('classes.open')}
          </Link>
          {c.actions.edit.allowed && (
            <Link className="arco-link" to={`classes/${c.id}/edit`}>
              {t('classes.edit')}
            </Link>
          )}
        </Space>
      ),
    },
  ];
}
