import { useEffect, useMemo, type ReactNode } from 'react';
import { observer } from 'mobx-react-lite';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { ConfigProvider, Spin } from '@arco-design/web-react';
import enUS from '@arco-design/web-react/es/locale/en-US';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { shellState } from './state/shell-state';
import { PortalLayout } from './layout/portal-layout';
import { LoginPage } from './pages/login';
import { PublicClassesPage } from './pages/public-classes';
import { VerifyCertificatePage } from './pages/verify-certificate';
import { HomePage } from './pages/home';
import { ContactsPage } from './pages/contacts';
import { ForbiddenPage, NotFoundPage } from './pages/not-found';
import { RemoteArea } from './remote-loader/remote-area';
import { RemoteRegistry } from './remote-loader/remote-registry';
import { ROUTES, routeAllowed, type PortalRoute } from './routes';

const ARCO_LOCALES = { 'zh-CN': zhCN, 'en-US': enUS };

/** The shell's own pages, by route key. */
const SHELL_PAGES: Record<string, JSX.Element> = { home: <HomePage />, contacts: <ContactsPage /> };

const RequireSession = observer(function RequireSession({ children }: { children: ReactNode }) {
  const { session } = shellState();
  const location = useLocation();
  if (session.status === 'restoring') return <Spin dot className="portal__booting" />;
  if (session.status === 'signed-out') return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return children;
});

const Guarded = observer(function Guarded({ route, children }: { route: PortalRoute; children: ReactNode }) {
  const { session } = shellState();
  return routeAllowed(route, (roles) => session.hasRole(roles)) ? children : <ForbiddenPage />;
});

export const App = observer(function App() {
  const { locale, http, events } = shellState();
  const registry = useMemo(() => new RemoteRegistry(http), [http]);
  // A remote released or rolled back: the open portal hears of it, and its area offers the new version.
  useEffect(() => registry.follow((listener) => events.subscribe(listener)), [registry, events]);
  return (
    <ConfigProvider locale={ARCO_LOCALES[locale.locale]}>
      <BrowserRouter>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          {/* 对外公开 classes: read by anyone, signed in or not. */}
          <Route path="/public/classes" element={<PublicClassesPage />} />
          {/* H-3: where a certificate's QR code leads: anyone checks it, signed in or not. */}
          <Route path="/verify/:serial?" element={<VerifyCertificatePage />} />
          <Route
            element={
              <RequireSession>
                <PortalLayout />
              </RequireSession>
            }
          >
            {ROUTES.map((route) => (
              <Route
                key={route.key}
                path={route.remote ? `${route.path}/*` : route.path}
                element={
                  <Guarded route={route}>
                    {route.remote ? <RemoteArea key={route.remote} app={route.remote} registry={registry} /> : SHELL_PAGES[route.key]}
                  </Guarded>
                }
              />
            ))}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </ConfigProvider>
  );
});
