import { describeAreaLanding } from '../../shell/test/area-landing';
import { approvalsIntro } from './pages/approvals-landing/locale';
import { RemoteRoutes } from './routes';

describeAreaLanding(RemoteRoutes, approvalsIntro);
