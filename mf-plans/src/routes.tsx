import { Suspense } from 'react';
import { observer } from 'mobx-react-lite';
import { Spin } from '@arco-design/web-react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PlanListPage } from './pages/plan-list';
import { PlanSettingsPage } from './pages/plan-settings';
import { PlanViewPage } from './pages/plan-view';
import './styles.css';
import { lazyWithRetry, REMOTE_BUILD } from '@casmooc/ui';

// The form carries the rich-text editor: loaded only when someone opens it.
const PlanFormPage = lazyWithRetry(() => import(/* webpackChunkName: "plan-form" */ './pages/plan-form').then((m) => m.PlanFormPage));

const formPage = (
  <Suspense fallback={<Spin block style={{ padding: 80 }} />}>
    <PlanFormPage />
  </Suspense>
);

/** What this build says of itself (contract, version, federation runtime): the shell reads it before it runs these pages. */
export const { contractVersion, buildVersion, federationRuntime, sharedImports } = REMOTE_BUILD;

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
