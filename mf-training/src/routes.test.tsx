import { describeAreaLanding } from '../../shell/test/area-landing';
import { trainingIntro } from './pages/training-landing/locale';
import { RemoteRoutes } from './routes';

describeAreaLanding(RemoteRoutes, trainingIntro);
