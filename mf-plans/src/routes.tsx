import { observer } from 'mobx-react-lite';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PlanFormPage } from './pages/plan-form';
import { PlanListPage } from './pages/plan-list';
import './styles.css';

/** This remote's pages, relative to where the shell mounts it. */
export const RemoteRoutes = observer(function RemoteRoutes() {
  return (
    <Routes>
      <Route index element={<PlanListPage />} />
      <Route path="new" element={<PlanFormPage />} />
      <Route path=":id/edit" element={<PlanFormPage />} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
});
