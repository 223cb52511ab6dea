import { Link } from 'react-router-dom';
import { Progress, Space, Typography, type TableColumnProps } from '@arco-design/web-react';
import { POST_TYPE_LABELS, type Locale, type PersonProgressDto } from '@casmooc/domain';
import { ProgressTag } from '../../components/hours-record';
import type { HoursT } from '../../components/hours-record/locale';

/** 人员学时's columns: who, their hours by category against the requirement in force for them, and the way to their record. */
export function getColumns(t: HoursT, locale: Locale): TableColumnProps<PersonProgressDto>[] {
  return [
    {
      title: t('hours.people.columns.name'),
      width: 120,
      render: (_, p) => (
        <Space direction="vertical" size={0}>
          <span>{p.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.employeeNo}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('hours.people.columns.org'),
      width: 160,
      render: (_, p) => (
        <Space direction="vertical" size={0}>
          <span>{p.orgName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {POST_TYPE_LABELS[p.postType][locale]}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('hours.general'), width: 80, align: 'right', render: (_, p) => p.progress.generalHours },
    { title: t('hours.professional'), width: 100, align: 'right', render: (_, p) => `${p.progress.professionalHours} / ${p.progress.requiredProfessionalHours}` },
    {
      title: t('hours.people.columns.progress'),
      width: 170,
      render: (_, p) => (
        <Space direction="vertical" size={0} style={{ width: '100%' }}>
          <Typography.Text>{`${p.progress.totalHours} / ${p.progress.requiredHours}`}</Typography.Text>
          {/* The figures above say it to a screen reader; the bar is for the eye. */}
          <div aria-hidden="true">
            <Progress size="small" percent={Math.min(100, Math.round(p.progress.completion * 100))} status={p.progress.met ? 'success' : p.atRisk ? 'warning' : 'normal'} />
          </div>
        </Space>
      ),
    },
    { title: t('hours.people.columns.state'), width: 80, render: (_, p) => <ProgressTag progress={p.progress} atRisk={p.atRisk} t={t} /> },
    {
      title: t('hours.columns.actions'),
      width: 70,
      render: (_, p) => (
        <Link className="arco-link" to={String(p.id)} aria-label={t('hours.people.viewOf', { name: p.name })}>
          {t('hours.people.view')}
        </Link>
      ),
    },
  ];
}
