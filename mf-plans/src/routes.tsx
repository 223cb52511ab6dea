import { Suspense } from 'react';
import { observer } from 'mobx-react-lite';
import { Spin } from '@arco-design/web-react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PlanListPage } from './pages/plan-list';
import { PlanSettingsPage } from './pages/plan-settings';
import { PlanViewPage } from './pages/plan-view';
import './styles.css';
import { lazyWithRetry, SHELL_CONTRACT } from '@casmooc/ui';

// The form carries the rich-text editor: loaded only when someone opens it.
const PlanFormPage = lazyWithRetry(() => import(/* webpackChunkName: "plan-form" */ './pages/plan-form').then((m) => m.PlanFormPage));

const formPage = (
  <Suspense fallback={<Spin block style={{ padding: 80 }} />}>
    <PlanFormPage />
  </Suspense>
);

/** The shell contract this remote was built against: a shell that cannot serve it shows a fallback instead. */
export const contractVersion = SHELL_CONTRACT.version;

/** The version this build was released as, which the shell shows under the remote's pages. */
export const buildVersion = process.env.APP_VERSION;

/** This remote's pages, relative to where the shell mounts it. */
export const RemoteRoutes = observer(function RemoteRoutes() {
  return (
    <Routes>
      <Route index element={<PlanListPage />} />
      <Route path="new" element={formPage} />
      <Route path="settings" element={<PlanSettingsPage />} />
      <Route path=":id" element={<PlanViewPage />} />
      <Route path=":id/edit" element={formPage} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
});
