import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import type { Redis } from 'ioredis';
import { ApiError } from '../http/api-error';
import { sendError } from '../http/error-handler';
import { requestLocale } from '../http/locale';

export interface LoginLimit {
  /** Failed attempts allowed per address and username within the window. */
  attempts: number;
  windowMs: number;
}

/**
 * Counts failed logins per address and username. With Redis the count is
 * shared by every BFF instance; without, each instance counts its own.
 */
export function loginLimiter(limit: LoginLimit, redis: Redis | null, redisPrefix: string) {
  return rateLimit({
    windowMs: limit.windowMs,
    limit: limit.attempts,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}:${String(req.body?.username ?? '').toLowerCase()}`,
    store: redis
      ? new RedisStore({
          prefix: `${redisPrefix}:login:`,
          sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<number>,
        })
      : undefined,
    handler: (req, res) => sendError(res, requestLocale(req), new ApiError(429, 'TOO_MANY_REQUESTS')),
  });
}
