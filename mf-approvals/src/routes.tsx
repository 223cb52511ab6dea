import { observer } from 'mobx-react-lite';
import { Navigate, Route, Routes } from 'react-router-dom';
import { ApprovalQueuePage } from './pages/approval-queue';
import './styles.css';
import { SHELL_CONTRACT } from '@casmooc/ui';

/** The shell contract this remote was built against: a shell that cannot serve it shows a fallback instead. */
export const contractVersion = SHELL_CONTRACT.version;

/** The version this build was released as, which the shell shows under the remote's pages. */
export const buildVersion = process.env.APP_VERSION;

/** This remote's pages, relative to where the shell mounts it. */
export const RemoteRoutes = observer(function RemoteRoutes() {
  return (
    <Routes>
      <Route index element={<ApprovalQueuePage key="plan" subject="plan" />} />
      <Route path="classes" element={<ApprovalQueuePage key="class" subject="class" />} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
});
