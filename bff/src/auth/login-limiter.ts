import { rateLimit, ipKeyGenerator, MemoryStore, type Options, type Store } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { normaliseUsername } from '@casmooc/domain';
import { ApiError } from '../http/api-error';
import { sendError } from '../http/error-handler';
import { requestLocale } from '../http/locale';

export interface LoginLimit {
  /** Failed attempts allowed per address and username within the window. */
  attempts: number;
  windowMs: number;
}

/**
 * The shared (Redis) count, with this instance's own count to fall back on
 * while Redis is away: sign-in keeps working and keeps being limited.
 */
class FallbackStore implements Store {
  private readonly local = new MemoryStore();

  constructor(
    private readonly shared: Store,
    private readonly logger: Logger,
  ) {}

  init(options: Options): void {
    this.shared.init?.(options);
    this.local.init(options);
  }

  private async either<T>(shared: () => Promise<T> | T, local: () => Promise<T> | T): Promise<T> {
    try {
      return await shared();
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'login limits counted by this instance alone: redis unavailable');
      return local();
    }
  }

  increment(key: string) {
    return this.either(() => this.shared.increment(key), () => this.local.increment(key));
  }
  decrement(key: string) {
    return this.either(() => this.shared.decrement(key), () => this.local.decrement(key));
  }
  resetKey(key: string) {
    return this.either(() => this.shared.resetKey(key), () => this.local.resetKey(key));
  }
}

/**
 * Counts failed logins per address and username, the username as the login
 * reads it (" staff", "STAFF" and "ｓｔａｆｆ" are one account). With Redis
 * the count is shared by every BFF instance; without, each counts its own.
 */
export function loginLimiter(limit: LoginLimit, redis: Redis | null, redisPrefix: string, logger: Logger) {
  return rateLimit({
    windowMs: limit.windowMs,
    limit: limit.attempts,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}:${normaliseUsername(String(req.body?.username ?? ''))}`,
    store: redis
      ? new FallbackStore(
          new RedisStore({
            prefix: `${redisPrefix}:login:`,
            sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<number>,
          }),
          logger,
        )
      : undefined,
    handler: (req, res) => sendError(res, requestLocale(req), new ApiError(429, 'TOO_MANY_REQUESTS')),
  });
}
