import { describeAreaLanding } from '../../shell/test/area-landing';
import { templatesIntro } from './pages/templates-landing/locale';
import { RemoteRoutes } from './routes';

describeAreaLanding(RemoteRoutes, templatesIntro);
