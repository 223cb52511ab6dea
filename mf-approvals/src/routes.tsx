import { observer } from 'mobx-react-lite';
import { Navigate, Route, Routes } from 'react-router-dom';
import { ApprovalQueuePage } from './pages/approval-queue';
import './styles.css';
import { REMOTE_BUILD } from '@casmooc/ui';

/** What this build says of itself (contract, version, federation runtime): the shell reads it before it runs these pages. */
export const { contractVersion, buildVersion, federationRuntime, sharedImports } = REMOTE_BUILD;

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
