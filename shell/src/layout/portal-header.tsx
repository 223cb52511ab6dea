import { observer } from 'mobx-react-lite';
import { Avatar, Badge, Button, Dropdown, Layout, Menu, Space, Tooltip, Typography } from '@arco-design/web-react';
import { IconDown, IconExport } from '@arco-design/web-react/icon';
import { ROLE_LABELS } from '@casmooc/domain';
import { shellState } from '../state/shell-state';
import { useLocale, useT } from '../exposed/locale';
import { shellMessages } from '../locale';
import { InboxButton } from '../notifications/inbox-button';
import { NotificationBell } from '../notifications/notification-bell';
import { LocaleSwitch } from './locale-switch';
import logoUrl from '../assets/logo.svg';

const STATUS_COLORS = { online: 'green', connecting: 'orange', offline: 'red' } as const;

export const PortalHeader = observer(function PortalHeader() {
  const { session, events } = shellState();
  const t = useT(shellMessages);
  const locale = useLocale();
  const me = session.me!;

  // Signed out, the portal leaves for the sign-in page by itself (RequireSession), as when a session expires.
  const logout = () => session.logout().catch(() => undefined);

  return (
    <Layout.Header className="portal__header">
      <div className="portal__brand">
        <img src={logoUrl} alt="" width={28} height={28} />
        <span className="portal__brand-title">{t('app.title')}</span>
        <span className="portal__brand-subtitle">{t('app.subtitle')}</span>
      </div>
      <Space size="medium">
        <Tooltip content={t(`header.${events.status}`)}>
          <Badge status="processing" color={STATUS_COLORS[events.status]} className="portal__live" data-live={events.status} />
        </Tooltip>
        <InboxButton />
        <NotificationBell />
        <LocaleSwitch />
        <Dropdown
          trigger="click"
          position="br"
          droplist={
            <Menu onClickMenuItem={(key) => key === 'logout' && void logout()}>
              <Menu.ItemGroup title={t('header.roles')}>
                {me.roles.map((grant) => (
                  <Menu.Item key={`${grant.role}@${grant.orgId}`} disabled>
                    {ROLE_LABELS[grant.role][locale]} · {grant.orgName}
                  </Menu.Item>
                ))}
              </Menu.ItemGroup>
              <Menu.Item key="logout">
                <IconExport /> {t('header.logout')}
              </Menu.Item>
            </Menu>
          }
        >
          <Button type="text" className="portal__user" data-testid="user-menu">
            <Avatar size={28} style={{ backgroundColor: 'rgb(var(--arcoblue-6))' }}>
              {me.displayName.slice(0, 1)}
            </Avatar>
            <Typography.Text>{me.displayName}</Typography.Text>
            <IconDown />
          </Button>
        </Dropdown>
      </Space>
    </Layout.Header>
  );
});
