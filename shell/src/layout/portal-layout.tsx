import { useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Badge, Breadcrumb, Layout, Menu } from '@arco-design/web-react';
import { shellState } from '../state/shell-state';
import { useSession } from '../exposed/session';
import { useT } from '../exposed/locale';
import { shellMessages } from '../locale';
import { menuFor, pageOf, routeOf } from '../routes';
import { PortalHeader } from './portal-header';
import { useDocumentTitle } from './document-title';

export const PortalLayout = observer(function PortalLayout() {
  const session = useSession();
  const { approvals } = shellState();
  const t = useT(shellMessages);
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const menu = menuFor(session);
  const shown = pageOf(pathname, search);
  const area = shown?.area ?? routeOf(pathname);
  const targets = new Map(menu.flatMap((r) => [[r.key, r.pages[0]?.to ?? r.path] as const, ...r.pages.map((p) => [p.key, p.to] as const)]));
  useDocumentTitle([shown && t(shown.page.locale), area && area.key !== 'home' ? t(area.locale) : undefined, t('app.subtitle'), t('app.title')]);
  const badge = (key: string) =>
    key === 'approvals' && approvals.count > 0 && <Badge count={approvals.count} maxCount={99} className="portal__menu-badge" data-testid="approvals-badge" />;

  return (
    <Layout className="portal">
      {/* The first thing Tab reaches: past the header and the menu, straight to the page. */}
      <a
        className="portal__skip"
        href="#portal-main"
        onClick={(e) => {
          // Focus moves to the page without a #fragment in the address (the router owns it).
          e.preventDefault();
          document.getElementById('portal-main')?.focus();
        }}
      >
        {t('layout.skipToContent')}
      </a>
      <PortalHeader />
      {/* Said, not detected after the first render: the content would jump beside the menu (layout shift). */}
      <Layout hasSider>
        <Layout.Sider className="portal__sider" collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208} breakpoint="lg">
          <Menu
            selectedKeys={shown ? [shown.page.key] : area ? [area.key] : []}
            defaultOpenKeys={menu.filter((r) => r.pages.length > 0).map((r) => r.key)}
            onClickMenuItem={(key) => navigate(targets.get(key)!)}
          >
            {menu.map(({ key, icon: Icon, locale, pages }) =>
              pages.length > 0 ? (
                <Menu.SubMenu
                  key={key}
                  title={
                    <>
                      <Icon />
                      {t(locale)}
                    </>
                  }
                >
                  {pages.map((page) => (
                    <Menu.Item key={page.key}>{t(page.locale)}</Menu.Item>
                  ))}
                </Menu.SubMenu>
              ) : (
                <Menu.Item key={key}>
                  <Icon />
                  {t(locale)}
                  {badge(key)}
                </Menu.Item>
              ),
            )}
          </Menu>
        </Layout.Sider>
        <Layout.Content className="portal__content" id="portal-main" tabIndex={-1}>
          <Breadcrumb className="portal__breadcrumb">
            <Breadcrumb.Item>{t('menu.home')}</Breadcrumb.Item>
            {area && area.key !== 'home' && <Breadcrumb.Item>{t(area.locale)}</Breadcrumb.Item>}
            {shown && shown.page.locale !== area?.locale && <Breadcrumb.Item>{t(shown.page.locale)}</Breadcrumb.Item>}
          </Breadcrumb>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
});
