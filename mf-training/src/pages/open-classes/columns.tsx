import { Button, Popconfirm, Space, Tag, Typography, type TableColumnProps } from '@arco-design/web-react';
import { REGISTRATION_STATE_LABELS, type ActionView, type Locale, type OpenClassWithMine, type RegistrationState } from '@casmooc/domain';
import { openClassColumns } from '@casmooc/ui';
import type { RegistrationKey } from './locale';

type T = (key: RegistrationKey, vars?: Record<string, string | number>) => string;

const STATE_COLORS: Record<RegistrationState, string> = { registered: 'green', pending: 'arcoblue', waitlisted: 'orange', declined: 'red', withdrawn: 'gray' };

export function RegistrationTag({ state, locale }: { state: RegistrationState; locale: Locale }) {
  return (
    <Tag size="small" color={STATE_COLORS[state]}>
      {REGISTRATION_STATE_LABELS[state][locale]}
    </Tag>
  );
}

/** An action's button, and (when refused) its reason written out beside it: readable without hovering, reachable by keyboard. */
function ActionButton({ action, children, ...props }: { action: ActionView; children: string } & Omit<Parameters<typeof Button>[0], 'children'>) {
  return (
    <Space direction="vertical" size={2}>
      <Button size="small" disabled={!action.allowed} {...props}>
        {children}
      </Button>
      {!action.allowed && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{action.reason}</Typography.Text>}
    </Space>
  );
}

/** 可报名培训's columns: the class as every list shows it (libs/ui), then the caller's registration and what they may do. */
export function getColumns(t: T, locale: Locale, busyId: number | null, act: (c: OpenClassWithMine, action: 'register' | 'withdraw') => void): TableColumnProps<OpenClassWithMine>[] {
  return [
    ...openClassColumns<OpenClassWithMine>(locale),
    {
      title: t('open.columns.mine'),
      width: 130,
      render: (_, { mine }) =>
        mine.state ? (
          <Space direction="vertical" size={2}>
            <RegistrationTag state={mine.state} locale={locale} />
            {mine.waitPosition && <Typography.Text type="secondary">{t('open.position', { position: mine.waitPosition })}</Typography.Text>}
            {mine.state === 'declined' && mine.reason && <Typography.Text type="secondary">{t('open.declinedBecause', { reason: mine.reason })}</Typography.Text>}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('open.notRegistered')}</Typography.Text>
        ),
    },
    {
      title: t('open.columns.actions'),
      width: 140,
      fixed: 'right',
      render: (_, c) =>
        c.mine.actions.withdraw.allowed ? (
          <Space direction="vertical" size={4}>
            <Popconfirm title={t('open.withdrawConfirm', { name: c.name })} onOk={() => act(c, 'withdraw')}>
              <Button size="small" status="warning" loading={busyId === c.id}>
                {t('open.withdraw')}
              </Button>
            </Popconfirm>
            {c.mine.state === 'registered' && (
              <a className="arco-link" href={`/api/training/mine/calendar.ics?class=${c.id}`} download>
                {t('calendar.add')}
              </a>
            )}
          </Space>
        ) : (
          <ActionButton action={c.mine.actions.register} type="primary" loading={busyId === c.id} onClick={() => act(c, 'register')}>
            {t('open.register')}
          </ActionButton>
        ),
    },
  ];
}
