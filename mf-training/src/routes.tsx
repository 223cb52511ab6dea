import { lazy, Suspense } from 'react';
import { observer } from 'mobx-react-lite';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Spin } from '@arco-design/web-react';
import { MANAGER_ROLES } from '@casmooc/domain';
import { AreaIntro } from '@casmooc/ui';
import { useLocale } from 'shell/locale';
import { useSession, useViewerLabel } from 'shell/session';
import { ClassListPage } from './pages/class-list';
import { ClassViewPage } from './pages/class-view';
import './styles.css';

// The form is loaded when someone opens it.
const ClassFormPage = lazy(() => import('./pages/class-form').then((m) => ({ default: m.ClassFormPage })));
import { staffTrainingIntro } from './pages/staff-landing/locale';

/** This remote's pages, relative to where the shell mounts it: the classes for managers, for staff what is coming. */
export const RemoteRoutes = observer(function RemoteRoutes() {
  const locale = useLocale();
  const viewer = useViewerLabel();
  if (!useSession().hasRole(MANAGER_ROLES)) {
    return (
      <Routes>
        <Route index element={<AreaIntro intro={staffTrainingIntro[locale]} viewer={viewer} />} />
        <Route path="*" element={<Navigate to="." replace />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route index element={<ClassListPage />} />
      <Route path="classes/:id" element={<ClassViewPage />} />
      <Route
        path="classes/:id/edit"
        element={
          <Suspense fallback={<Spin block style={{ padding: 80 }} />}>
            <ClassFormPage />
          </Suspense>
        }
      />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
});
