import { describeAreaLanding } from '../../shell/test/area-landing';
import { plansIntro } from './pages/plans-landing/locale';
import { RemoteRoutes } from './routes';

describeAreaLanding(RemoteRoutes, plansIntro);
