import { Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Spin } from '@arco-design/web-react';
import { TemplateListPage } from './pages/template-list';
import { lazyWithRetry, REMOTE_BUILD } from '@casmooc/ui';

// The form is loaded when someone opens it.
const TemplateFormPage = lazyWithRetry(() => import(/* webpackChunkName: "template-form" */ './pages/template-form').then((m) => m.TemplateFormPage));
const form = (
  <Suspense fallback={<Spin block style={{ padding: 80 }} />}>
    <TemplateFormPage />
  </Suspense>
);

/** What this build says of itself (contract, version, federation runtime): the shell reads it before it runs these pages. */
export const { contractVersion, buildVersion, federationRuntime, sharedImports } = REMOTE_BUILD;

/** This remote's pages, relative to where the shell mounts it: 计划模板 and its form. */
export function RemoteRoutes() {
  return (
    <Routes>
      <Route index element={<TemplateListPage />} />
      <Route path="new" element={form} />
      <Route path=":id/edit" element={form} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
}
