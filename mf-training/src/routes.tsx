import { observer } from 'mobx-react-lite';
import { Navigate, Route, Routes } from 'react-router-dom';
import { ClassListPage } from './pages/class-list';
import { ClassViewPage } from './pages/class-view';

/** This remote's pages, relative to where the shell mounts it. */
export const RemoteRoutes = observer(function RemoteRoutes() {
  return (
    <Routes>
      <Route index element={<ClassListPage />} />
      <Route path="classes/:id" element={<ClassViewPage />} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
});
