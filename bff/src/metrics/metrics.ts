import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Db } from '@casmooc/db';

/** What knex's pool (tarn) tells of itself. */
interface Pool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/** The route a request matched, as registered (`/api/plans/:id`), so that ids do not make a series each. */
const routeOf = (req: Request, res: Response): string => (res.locals as { route?: string }).route ?? (req.route ? `${req.baseUrl}${req.route.path}` : 'unmatched');

/**
 * One instance's Prometheus metrics: request rate and latency by route,
 * errors by code, open sockets, how long after its commit an event was
 * pushed, and the database pool's use; and the process's own (memory,
 * event-loop lag). Scraped at `/metrics` with a bearer token only.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Histogram({
    name: 'casmooc_http_request_duration_seconds',
    help: 'API requests by method, route and status, and how long each took',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
    registers: [this.registry],
  });
  private readonly errors = new Counter({ name: 'casmooc_api_errors_total', help: 'Error answers by error code', labelNames: ['code'] as const, registers: [this.registry] });
  private readonly pushLag = new Histogram({
    name: 'casmooc_event_push_lag_seconds',
    help: 'From an event’s commit to its push to this instance’s sockets',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [this.registry],
  });
  private sockets: () => number = () => 0;

  constructor(db: Db) {
    collectDefaultMetrics({ register: this.registry, prefix: 'casmooc_' });
    const pool = () => (db.client as { pool?: Pool }).pool;
    const gauge = (name: string, help: string, read: (p: Pool) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const p = pool();
          this.set(p ? read(p) : 0);
        },
      });
    gauge('casmooc_db_pool_used', 'Database connections in use', (p) => p.numUsed());
    gauge('casmooc_db_pool_free', 'Database connections idle in the pool', (p) => p.numFree());
    gauge('casmooc_db_pool_pending', 'Requests waiting for a database connection', (p) => p.numPendingAcquires());
    const sockets = () => this.sockets();
    new Gauge({
      name: 'casmooc_sockets_open',
      help: 'Sockets open on this instance',
      registers: [this.registry],
      collect() {
        this.set(sockets());
      },
    });
  }

  /** Where the count of open sockets is read (the socket server comes after the app). */
  countSockets(read: () => number): void {
    this.sockets = read;
  }

  /** Times every request and counts its error code, read when its answer is finished. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const end = this.requests.startTimer();
      res.on('finish', () => {
        end({ method: req.method, route: routeOf(req, res), status: String(res.statusCode) });
        const code = (res.locals as { errorCode?: string }).errorCode;
        if (code) this.errors.inc({ code });
      });
      next();
    };
  }

  eventPushed(createdAt: string, now = Date.now()): void {
    this.pushLag.observe(Math.max(0, now - Date.parse(createdAt)) / 1000);
  }

  /** `GET /metrics` for Prometheus: with the configured bearer token only; to anyone else (or with none set) it does not exist. */
  endpoint(token: string | null): RequestHandler {
    const expected = token ? Buffer.from(`Bearer ${token}`) : null;
    return async (req: Request, res: Response, next) => {
      const given = Buffer.from(req.headers.authorization ?? '');
      if (!expected || given.length !== expected.length || !timingSafeEqual(given, expected)) return next();
      res.set('Content-Type', this.registry.contentType).set('Cache-Control', 'no-store').send(await this.registry.metrics());
    };
  }
}
