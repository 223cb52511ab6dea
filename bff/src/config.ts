import path from 'node:path';
import { dbConfigFromEnv, REPO_ROOT, type DbConfig } from '@casmooc/db';
import type { LoginLimit } from './auth/login-limiter';

export interface BffConfig {
  port: number;
  db: DbConfig;
  /** Set to share login rate limits and socket events across instances. */
  redisUrl: string | null;
  /** Prefix of every Redis key and channel, so deployments can share one Redis. */
  redisPrefix: string;
  /** Directory of the built apps to serve; null serves the API only. */
  distDir: string | null;
  secureCookies: boolean;
  /** Express's `trust proxy`: false, a number of proxy hops, or the proxies' addresses / subnets. */
  trustProxy: false | number | string[];
  /** Extra origins (e.g. remotes' dev servers) allowed to open sockets. */
  allowedOrigins: string[];
  loginLimit: LoginLimit;
  logLevel: string;
  version: string;
  /** A request not answered within this gets 503 (the database frozen, say). */
  requestTimeoutMs: number;
  /** How often open sockets' sessions and roles are read again. */
  socketRecheckMs: number;
  /** The bearer token Prometheus scrapes `/metrics` with; without one, there is no metrics endpoint. */
  metricsToken: string | null;
  /** Migrate on start: MIGRATE_ON_START=true/false, by default on for the embedded SQLite and off for DATABASE_URL (run `npm run migrate`). */
  migrateOnStart: boolean;
  /** Demo data and accounts on an empty database: DEMO=true/false, by default on for the embedded SQLite and off for DATABASE_URL. */
  demo: boolean;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): BffConfig {
  return {
    port: Number(env.PORT ?? 3000),
    db: dbConfigFromEnv(env),
    redisUrl: env.REDIS_URL?.trim() || null,
    redisPrefix: env.REDIS_PREFIX ?? 'casmooc',
    distDir: env.SERVE_APPS === 'false' ? null : path.resolve(REPO_ROOT, env.DIST_DIR ?? 'dist'),
    secureCookies: env.COOKIE_SECURE === 'true',
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    loginLimit: {
      attempts: Number(env.LOGIN_MAX_ATTEMPTS ?? 10),
      windowMs: Number(env.LOGIN_WINDOW_MS ?? 15 * 60 * 1000),
    },
    logLevel: env.LOG_LEVEL ?? 'info',
    requestTimeoutMs: Number(env.REQUEST_TIMEOUT_MS ?? 15_000),
    socketRecheckMs: Number(env.SOCKET_RECHECK_MS ?? 60_000),
    metricsToken: env.METRICS_TOKEN || null,
    demo: env.DEMO ? env.DEMO === 'true' : !env.DATABASE_URL,
    migrateOnStart: env.MIGRATE_ON_START ? env.MIGRATE_ON_START === 'true' : !env.DATABASE_URL,
    version: env.APP_VERSION ?? require('../package.json').version,
  };
}

/**
 * TRUST_PROXY: which proxies' X-Forwarded-For to believe, so the client's
 * address is the one the trusted proxy saw, not whatever the client wrote
 * first in the header. `true` is one hop (the balancer in front), a number
 * that many hops, otherwise a comma-separated list of addresses or subnets
 * (`loopback`, `10.0.0.0/8`). Unset or `false`: the socket's own address.
 */
export function trustProxyFrom(value: string | undefined): BffConfig['trustProxy'] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return 1;
  if (/^\d+$/.test(text)) return Number(text);
  return text.split(',').map((part) => part.trim()).filter(Boolean);
}
