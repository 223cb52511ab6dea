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
  trustProxy: boolean;
  /** Extra origins (e.g. remotes' dev servers) allowed to open sockets. */
  allowedOrigins: string[];
  loginLimit: LoginLimit;
  logLevel: string;
  version: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): BffConfig {
  return {
    port: Number(env.PORT ?? 3000),
    db: dbConfigFromEnv(env),
    redisUrl: env.REDIS_URL?.trim() || null,
    redisPrefix: env.REDIS_PREFIX ?? 'casmooc',
    distDir: env.SERVE_APPS === 'false' ? null : path.resolve(REPO_ROOT, env.DIST_DIR ?? 'dist'),
    secureCookies: env.COOKIE_SECURE === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    loginLimit: {
      attempts: Number(env.LOGIN_MAX_ATTEMPTS ?? 10),
      windowMs: Number(env.LOGIN_WINDOW_MS ?? 15 * 60 * 1000),
    },
    logLevel: env.LOG_LEVEL ?? 'info',
    version: env.APP_VERSION ?? require('../package.json').version,
  };
}
