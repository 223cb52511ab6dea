import { observer } from 'mobx-react-lite';
import { Navigate, Route, Routes } from 'react-router-dom';
import { ApprovalQueuePage } from './pages/approval-queue';
import './styles.css';

/** This remote's pages, relative to where the shell mounts it. */
export const RemoteRoutes = observer(function RemoteRoutes() {
  return (
    <Routes>
      <Route index element={<ApprovalQueuePage />} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
});
