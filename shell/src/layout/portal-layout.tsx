import { useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Badge, Breadcrumb, Layout, Menu } from '@arco-design/web-react';
import { shellState } from '../state/shell-state';
import { useSession } from '../exposed/session';
import { useT } from '../exposed/locale';
import { shellMessages } from '../locale';
import { ROUTES, routeAllowed, routeOf } from '../routes';
import { PortalHeader } from './portal-header';

export const PortalLayout = observer(function PortalLayout() {
  const session = useSession();
  const { approvals } = shellState();
  const t = useT(shellMessages);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const current = routeOf(pathname);
  const visible = ROUTES.filter((route) => routeAllowed(route, (roles) => session.hasRole(roles)));

  return (
    <Layout className="portal">
      <PortalHeader />
      <Layout>
        <Layout.Sider className="portal__sider" collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208} breakpoint="lg">
          <Menu selectedKeys={current ? [current.key] : []} onClickMenuItem={(key) => navigate(ROUTES.find((r) => r.key === key)!.path)}>
            {visible.map(({ key, icon: Icon, locale }) => (
              <Menu.Item key={key}>
                <Icon />
                {t(locale)}
                {key === 'approvals' && approvals.count > 0 && <Badge count={approvals.count} maxCount={99} className="portal__menu-badge" data-testid="approvals-badge" />}
              </Menu.Item>
            ))}
          </Menu>
        </Layout.Sider>
        <Layout.Content className="portal__content">
          <Breadcrumb className="portal__breadcrumb">
            <Breadcrumb.Item>{t('menu.home')}</Breadcrumb.Item>
            {current && current.key !== 'home' && <Breadcrumb.Item>{t(current.locale)}</Breadcrumb.Item>}
          </Breadcrumb>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
});
