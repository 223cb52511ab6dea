import { useRef } from 'react';
import { observer } from 'mobx-react-lite';
import { useNavigate } from 'react-router-dom';
import { Avatar, Badge, Button, Dropdown, Layout, Menu, Select, Space, Tooltip, Typography } from '@arco-design/web-react';
import type { SelectHandle } from '@arco-design/web-react/es/Select/interface';
import { IconDown, IconExport, IconLanguage } from '@arco-design/web-react/icon';
import { ROLE_LABELS, type Locale } from '@casmooc/domain';
import { shellState } from '../state/shell-state';
import { useLocale, useT } from '../exposed/locale';
import { shellMessages } from '../locale';
import { InboxButton } from '../notifications/inbox-button';
import { NotificationBell } from '../notifications/notification-bell';
import logoUrl from '../assets/logo.svg';

const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', 'en-US': 'English' };
const STATUS_COLORS = { online: 'green', connecting: 'orange', offline: 'red' } as const;

export const LocaleSwitch = observer(function LocaleSwitch() {
  const { locale: store, session } = shellState();
  const t = useT(shellMessages);
  const choose = (locale: Locale) => {
    store.setLocale(locale);
    void session.savePreferences({ locale }).catch(() => undefined);
  };
  const select = useRef<SelectHandle>(null);
  // Arco blurs a select when its list closes; a keyboard user's focus stays on it (a click elsewhere keeps its own focus).
  const keepFocus = (open: boolean) => {
    if (!open) requestAnimationFrame(() => (document.activeElement === document.body || document.activeElement === null) && select.current?.focus());
  };
  // A select, not a menu: arrows move, Enter chooses, Esc closes, and a screen reader hears a list of languages.
  return (
    <Select
      ref={select}
      onVisibleChange={keepFocus}
      className="portal__locale"
      bordered={false}
      value={store.locale}
      onChange={(locale: Locale) => choose(locale)}
      prefix={<IconLanguage />}
      triggerProps={{ autoAlignPopupWidth: false }}
      // The name holds the language it shows: what a screen reader says matches what is seen (WCAG 2.5.3).
      aria-label={t('header.localeCurrent', { name: LOCALE_NAMES[store.locale] })}
      options={(Object.keys(LOCALE_NAMES) as Locale[]).map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))}
    />
  );
});

export const PortalHeader = observer(function PortalHeader() {
  const { session, events } = shellState();
  const t = useT(shellMessages);
  const locale = useLocale();
  const navigate = useNavigate();
  const me = session.me!;

  const logout = async () => {
    await session.logout().catch(() => undefined);
    navigate('/login');
  };

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
