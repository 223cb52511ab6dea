import { Suspense, type ReactNode } from 'react';
import { observer } from 'mobx-react-lite';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Spin } from '@arco-design/web-react';
import { MANAGER_ROLES } from '@casmooc/domain';
import { useSession } from 'shell/session';
import { ClassListPage } from './pages/class-list';
import { ClassViewPage } from './pages/class-view';
import { HoursPeoplePage } from './pages/hours-people';
import { HoursPersonPage } from './pages/hours-person';
import { InboxPage } from './pages/inbox';
import { MyHoursPage } from './pages/my-hours';
import { OpenClassesPage } from './pages/open-classes';
import './styles.css';
import { lazyWithRetry, REMOTE_BUILD } from '@casmooc/ui';

// The form is loaded when someone opens it.
const ClassFormPage = lazyWithRetry(() => import(/* webpackChunkName: "class-form" */ './pages/class-form').then((m) => m.ClassFormPage));
// The report brings the charts: loaded when someone opens it.
const ClassReportPage = lazyWithRetry(() => import(/* webpackChunkName: "class-report" */ './pages/class-report').then((m) => m.ClassReportPage));

/** A page loaded when someone opens it, with a spinner meanwhile. */
const Loading = ({ page }: { page: ReactNode }) => <Suspense fallback={<Spin block style={{ padding: 80 }} />}>{page}</Suspense>;

/** What this build says of itself (contract, version, federation runtime): the shell reads it before it runs these pages. */
export const { contractVersion, buildVersion, federationRuntime, sharedImports } = REMOTE_BUILD;

/** This remote's pages, relative to where the shell mounts it: for everyone 可报名培训, 我的培训, 培训通知 and 我的学时; for managers the classes and 人员学时 too. */
export const RemoteRoutes = observer(function RemoteRoutes() {
  const everyone = [
    <Route key="open" path="open" element={<OpenClassesPage key="open" view="open" />} />,
    <Route key="mine" path="mine" element={<OpenClassesPage key="mine" view="mine" />} />,
    <Route key="inbox" path="inbox" element={<InboxPage />} />,
    <Route key="hours" path="hours" element={<MyHoursPage />} />,
  ];
  if (!useSession().hasRole(MANAGER_ROLES)) {
    return (
      <Routes>
        {everyone}
        <Route path="*" element={<Navigate to="open" replace />} />
      </Routes>
    );
  }
  return (
    <Routes>
      {everyone}
      <Route index element={<ClassListPage />} />
      <Route path="classes/:id" element={<ClassViewPage />} />
      <Route path="classes/:id/report" element={<Loading page={<ClassReportPage />} />} />
      <Route path="classes/:id/edit" element={<Loading page={<ClassFormPage />} />} />
      <Route path="hours/people" element={<HoursPeoplePage />} />
      <Route path="hours/people/:staffId" element={<HoursPersonPage />} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
});
