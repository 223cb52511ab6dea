import type { Redis } from 'ioredis';
import { dialectOf, type Db } from '@casmooc/db';
import { ApiRouter, Reply } from '../http/api-router';

/** An instance's own state, beside its dependencies': while it shuts down it is no longer ready. */
export interface Lifecycle {
  draining: boolean;
}

const CHECK_TIMEOUT_MS = 1_000;

/** Resolves true when `check` succeeds within the timeout, false when it fails or hangs (a frozen server). */
async function within(check: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS)));
  try {
    return await Promise.race([check().then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Liveness (`/health/live`: the process answers) and readiness
 * (`/health/ready`, also `/health`: the database and Redis, where
 * configured, answer, and the instance is not shutting down). A balancer
 * sends traffic only to a ready instance; an orchestrator restarts one
 * that is not live.
 */
export function healthRoutes(db: Db, redis: Redis | null, version: string, lifecycle: Lifecycle): ApiRouter {
  const ready = async () => {
    const [database, cache] = await Promise.all([within(() => db.raw('select 1')), redis ? within(() => redis.ping()) : Promise.resolve(true)]);
    const ok = database && cache && !lifecycle.draining;
    const body = {
      status: ok ? 'ok' : 'error',
      db: dialectOf(db),
      version,
      ...(!database && { database: 'unreachable' }),
      ...(redis && { redis: cache ? 'ok' : 'unreachable' }),
      ...(lifecycle.draining && { draining: true }),
    };
    return new Reply(ok ? 200 : 503, body);
  };
  return new ApiRouter()
    .get('/health/live', { access: 'public', handle: () => ({ status: 'ok', version }) })
    .get('/health/ready', { access: 'public', handle: ready })
    .get('/health', { access: 'public', handle: ready });
}
