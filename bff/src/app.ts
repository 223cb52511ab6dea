import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Redis } from 'ioredis';
import type { Db } from '@casmooc/db';
import type { BffConfig } from './config';
import { AuthRepository } from './auth/repository';
import { AuthService } from './auth/service';
import { authRoutes } from './auth/routes';
import { loginLimiter } from './auth/login-limiter';
import { sessionMiddleware } from './auth/session-cookie';
import { EventRepository } from './events/repository';
import { EventLog } from './events/event-log';
import { eventRoutes } from './events/routes';
import { healthRoutes, type Lifecycle } from './health/routes';
import { errorHandler, notFoundHandler, requestDeadline } from './http/error-handler';
import { requestId } from './http/request-id';
import { openApiDocument } from './http/openapi';
import type { Metrics } from './metrics/metrics';
import { ApiRouter, type RouteInfo } from './http/api-router';
import { AddressBookRepository } from './address-book/repository';
import { addressBookRoutes } from './address-book/routes';
import { DirectoryRepository } from './directory/repository';
import { directoryRoutes } from './directory/routes';
import { ApprovalRepository } from './approvals/repository';
import { approvalRoutes } from './approvals/routes';
import { ApprovalService } from './approvals/service';
import { planApprovalSubject } from './plans/approval-subject';
import { PlanRepository } from './plans/repository';
import { planRoutes } from './plans/routes';
import { AttachmentRepository } from './plans/attachment-repository';
import { attachmentRoutes } from './plans/attachment-routes';
import { PlanAttachments } from './plans/attachments';
import { PlansService } from './plans/service';
import { classApprovalSubject } from './training/approval-subject';
import { AttendanceRepository } from './training/attendance-repository';
import { attendanceRoutes } from './training/attendance-routes';
import { AttendanceService } from './training/attendance-service';
import { ClassRepository } from './training/class-repository';
import { classRoutes } from './training/class-routes';
import { ClassService } from './training/class-service';
import { reportRoutes } from './training/report-routes';
import { ClassReportService } from './training/report-service';
import { SettingsRepository } from './settings/repository';
import { settingsRoutes } from './settings/routes';
import { RegistryRepository } from './mf-registry/repository';
import { RegistryService } from './mf-registry/service';
import { registryRoutes } from './mf-registry/routes';
import { OrgRepository } from './orgs/repository';
import { orgRoutes } from './orgs/routes';
import { serveApps } from './static/serve-apps';
import { NoticeRepository } from './notices/repository';
import { NoticeAttachmentRepository } from './notices/attachment-repository';
import { noticeRoutes } from './notices/routes';
import { NoticeService } from './notices/service';
import { UnderSubscriptionAlerts } from './registration/under-subscription';
import { CalendarFeedRepository } from './registration/calendar-repository';
import { calendarRoutes } from './registration/calendar-routes';
import { CalendarService } from './registration/calendar-service';
import { RegistrationRepository } from './registration/repository';
import { registrationRoutes } from './registration/routes';
import { RegistrationService } from './registration/service';
import { LedgerRepository } from './hours/ledger-repository';
import { RequirementRepository } from './hours/requirement-repository';
import { CertificateRepository } from './hours/certificate-repository';
import { certificateRoutes } from './hours/certificate-routes';
import { CertificateService } from './hours/certificate-service';
import { EvidenceRepository } from './hours/evidence-repository';
import { EvidenceService } from './hours/evidence-service';
import { RequirementService } from './hours/requirement-service';
import { hoursRoutes } from './hours/routes';
import { HoursService } from './hours/service';
import { TemplateRepository } from './templates/repository';
import { templateRoutes } from './templates/routes';
import { TemplatesService } from './templates/service';

/** The BFF's services, built once per process from the database. */
export function createServices(db: Db, now?: () => Date) {
  const events = new EventRepository(db);
  const eventLog = new EventLog(db, events);
  const authRepository = new AuthRepository(db);
  const orgs = new OrgRepository(db);
  const settings = new SettingsRepository(db);
  const plans = new PlanRepository(db);
  const approvals = new ApprovalRepository(db);
  const classes = new ClassRepository(db);
  const attendance = new AttendanceRepository(db);
  const directory = new DirectoryRepository(db);
  const registrations = new RegistrationRepository(db);
  const grantsOf = (userId: number) => authRepository.grantsOf(userId);
  const approvalService = new ApprovalService({ approvals, orgs, eventLog, subjects: { plan: planApprovalSubject(plans), class: classApprovalSubject(classes) } });
  const plansService = new PlansService({
    plans,
    classes,
    approvals: approvalService,
    orgs,
    settings,
    eventLog,
    events,
    grantsOf,
    now,
  });
  const registration = new RegistrationService({ registrations, classes, attendance, orgs, eventLog, now });
  const ledger = new LedgerRepository(db);
  const certificates = new CertificateRepository(db);
  const evidence = new EvidenceRepository(db);
  const requirements = new RequirementRepository(db);
  const hours = new HoursService({ ledger, requirements, certificates, evidence, orgs, directory, eventLog, now });
  const classService = new ClassService({ classes, attendance, approvals: approvalService, plans: plansService, orgs, eventLog, events, registrations, seatsGrew: (actor, id) => registration.reseat(actor, id), grantsOf });
  const notices = new NoticeService({ notices: new NoticeRepository(db), attachments: new NoticeAttachmentRepository(db), classes, registrations, directory, eventLog, now });
  return {
    settings,
    auth: new AuthService(authRepository, orgs),
    orgs,
    approvals: approvalService,
    plans: plansService,
    attachments: new PlanAttachments(plansService, new AttachmentRepository(db), eventLog),
    directory,
    classes: classService,
    reports: new ClassReportService({ classes: classService, attendance, registrations, notices, hours, now }),
    attendance: new AttendanceService({ classes, attendance, directory, eventLog, hours }),
    hours,
    requirements: new RequirementService({ requirements, orgs, eventLog }),
    certificates: new CertificateService({ certificates, ledger, hours, orgs, eventLog, now }),
    evidence: new EvidenceService({ evidence, ledger, directory, eventLog, now }),
    notices,
    calendar: new CalendarService({ feeds: new CalendarFeedRepository(db), registrations, classes }),
    registration,
    underSubscription: new UnderSubscriptionAlerts({ classes, registrations, eventLog, now }),
    templates: new TemplatesService({ templates: new TemplateRepository(db), orgs, eventLog }),
    addressBook: new AddressBookRepository(db),
    events,
    eventLog,
    registry: new RegistryService(new RegistryRepository(db), eventLog),
  };
}
export type Services = ReturnType<typeof createServices>;

export interface AppDeps {
  config: BffConfig;
  db: Db;
  logger: Logger;
  redis: Redis | null;
  services: Services;
  lifecycle: Lifecycle;
  metrics: Metrics;
}

/** The Express app, and the API routes it serves (for the tests that walk every route). */
export function createApp({ config, db, logger, redis, services, lifecycle, metrics }: AppDeps): { app: express.Express; routes: RouteInfo[] } {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);

  // Remotes may be served from other origins (a CDN, a team's own host): the
  // registry says which, and only those may provide scripts.
  const withRemotes = (...own: string[]) => [() => [...own, ...services.registry.allowedOrigins()].join(' ')];
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: withRemotes("'self'"),
          // Arco positions popups with inline styles.
          styleSrc: withRemotes("'self'", "'unsafe-inline'"),
          connectSrc: withRemotes("'self'"),
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
        },
      },
    }),
  );

  app.use(compression());
  app.use(metrics.middleware());
  // Prometheus scrapes with its token; to everyone else there is no such page.
  app.get('/metrics', metrics.endpoint(config.metricsToken));
  // While shutting down, answers close their connection: a balancer or client opens the next one elsewhere.
  app.use((_req, res, next) => {
    if (lifecycle.draining) res.set('Connection', 'close');
    next();
  });

  // Before the session is read: a balancer's probe must not depend on it (nor on the database, for liveness).
  const health = healthRoutes(db, redis, config.version, lifecycle);
  const features = [
    authRoutes(services.auth, {
      secureCookies: config.secureCookies,
      loginLimiter: loginLimiter(config.loginLimit, redis, config.redisPrefix, logger),
    }),
    orgRoutes(services.orgs),
    directoryRoutes(services.directory, services.orgs),
    addressBookRoutes(services.addressBook, services.directory),
    planRoutes(services.plans, services.templates),
    templateRoutes(services.templates),
    attachmentRoutes(services.attachments, services.plans),
    approvalRoutes(services.approvals),
    classRoutes(services.classes),
    attendanceRoutes(services.attendance, (id) => services.classes.orgPathOf(id)),
    reportRoutes(services.reports, (id) => services.classes.orgPathOf(id)),
    registrationRoutes(services.registration, (id) => services.classes.orgPathOf(id)),
    calendarRoutes(services.calendar),
    noticeRoutes(services.notices, (id) => services.classes.orgPathOf(id)),
    hoursRoutes(services.hours, services.evidence, services.requirements, async (id) => (await services.orgs.findById(id))?.path ?? null),
    certificateRoutes(services.certificates, services.hours, (id) => services.classes.orgPathOf(id)),
    settingsRoutes(services.settings, services.eventLog),
    eventRoutes(services.events),
    registryRoutes(services.registry),
  ];

  // The API's description, made from every route registered here (itself included).
  const routes: RouteInfo[] = [];
  let description: ReturnType<typeof openApiDocument> | undefined;
  const described: ApiRouter = new ApiRouter().get('/openapi.json', { access: 'public', handle: () => (description ??= openApiDocument(routes, config.version)) });
  routes.push(...[health, ...features, described].flatMap((feature) => feature.routes));

  const api = express.Router();
  // Every line a request logs carries its id (reqId), as does its answer's X-Request-Id header.
  api.use(pinoHttp({ logger, genReqId: requestId, quietReqLogger: true, autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false } }));
  api.use(requestDeadline(config.requestTimeoutMs));
  api.use(health.router);
  api.use(express.json({ limit: '1mb' }), sessionMiddleware(services.auth));
  for (const feature of [...features, described]) api.use(feature.router);
  api.use(notFoundHandler);
  app.use('/api', api);

  if (config.distDir) app.use(serveApps(config.distDir));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return { app, routes };
}
