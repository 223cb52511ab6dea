import { Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Spin } from '@arco-design/web-react';
import { TemplateListPage } from './pages/template-list';
import { lazyWithRetry, SHELL_CONTRACT } from '@casmooc/ui';

// The form is loaded when someone opens it.
const TemplateFormPage = lazyWithRetry(() => import(/* webpackChunkName: "template-form" */ './pages/template-form').then((m) => m.TemplateFormPage));
const form = (
  <Suspense fallback={<Spin block style={{ padding: 80 }} />}>
    <TemplateFormPage />
  </Suspense>
);

/** The shell contract this remote was built against: a shell that cannot serve it shows a fallback instead. */
export const contractVersion = SHELL_CONTRACT.version;

/** The version this build was released as, which the shell shows under the remote's pages. */
export const buildVersion = process.env.APP_VERSION;

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
