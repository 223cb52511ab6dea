import { observer } from 'mobx-react-lite';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AreaIntro } from '@casmooc/ui';
import { useLocale } from 'shell/locale';
import { useViewerLabel } from 'shell/session';
import { approvalsIntro } from './pages/approvals-landing/locale';

/** This remote's pages, relative to where the shell mounts it. */
export const RemoteRoutes = observer(function RemoteRoutes() {
  const locale = useLocale();
  const viewer = useViewerLabel();
  return (
    <Routes>
      <Route index element={<AreaIntro intro={approvalsIntro[locale]} viewer={viewer} />} />
      <Route path="*" element={<Navigate to="." replace />} />
    </Routes>
  );
});
