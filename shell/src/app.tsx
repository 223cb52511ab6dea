import { useEffect, useMemo, type ReactNode } from 'react';
import { observer } from 'mobx-react-lite';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { ConfigProvider, Result, Spin } from '@arco-design/web-react';
import enUS from '@arco-design/web-react/es/locale/en-US';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import { shellState } from './state/shell-state';
import { PortalLayout } from './layout/portal-layout';
import { PublicClassesPage } from './pages/public-classes';
import { VerifyCertificatePage } from './pages/verify-certificate';
import { HomePage } from './pages/home';
import { ContactsPage } from './pages/contacts';
import { ForbiddenPage, NotFoundPage } from './pages/not-found';
import { RemoteArea } from './remote-loader/remote-area';
import { RemoteRegistry } from './remote-loader/remote-registry';
import { ROUTES, routeAllowed, type PortalRoute } from './routes';
import { useT } from './exposed/locale';
import { shellMessages } from './locale';
import { leaveFor, returnPath, signInUrl, SIGN_IN_PATH } from './sign-in/sign-in-url';

const ARCO_LOCALES = { 'zh-CN': zhCN, 'en-US': enUS };

/** The shell's own pages, by route key. */
const SHELL_PAGES: Record<string, JSX.Element> = { home: <HomePage />, contacts: <ContactsPage /> };

/** Off to the sign-in page (a page of its own), to come back here after signing in. */
const LeaveForSignIn = observer(function LeaveForSignIn() {
  const { session } = shellState();
  const { pathname, search } = useLocation();
  const to = signInUrl(`${pathname}${search}`, session.expired);
  useEffect(() => leaveFor(to), [to]);
  return <Spin dot className="portal__booting" />;
});

/**
 * The portal itself never serves the sign-in address (the server sends the sign-in page there): one signed in who
 * lands here goes on; else the sign-in page is missing from this deployment, which is said rather than looped on.
 */
const SignInAddress = observer(function SignInAddress() {
  const { session } = shellState();
  const { search } = useLocation();
  const t = useT(shellMessages);
  if (session.status === 'restoring') return <Spin dot className="portal__booting" />;
  if (session.status === 'signed-in') return <Navigate to={returnPath(search)} replace />;
  return <Result status="error" title={t('signIn.missing')} />;
});

const RequireSession = observer(function RequireSession({ children }: { children: ReactNode }) {
  const { session } = shellState();
  if (session.status === 'restoring') return <Spin dot className="portal__booting" />;
  if (session.status === 'signed-out') return <LeaveForSignIn />;
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
          <Route path={SIGN_IN_PATH} element={<SignInAddress />} />
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
