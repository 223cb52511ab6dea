import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { Redis } from 'ioredis';
import { createDb, type Db } from '@casmooc/db';
import type { BffConfig } from './config';
import { createApp, createServices } from './app';
import { attachRealtime } from './realtime/socket-server';

export interface BffOptions {
  /** An open database (tests pass theirs); otherwise one is opened from the config. */
  db?: Db;
  /** "Now" for the plan rules (tests pin it; the default is the clock). */
  now?: () => Date;
  logger?: Logger;
}

/** One BFF instance: HTTP API, static apps and Socket.IO on one server. */
export async function createBff(config: BffConfig, options: BffOptions = {}) {
  const logger = options.logger ?? pino({ level: config.logLevel });
  const db = options.db ?? createDb(config.db);
  const redis = config.redisUrl ? new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 }) : null;
  const services = createServices(db, options.now);
  await services.registry.list();

  const { app, routes } = createApp({ config, db, logger, redis, services });
  const server = http.createServer(app);
  // Longer than the idle timeout of a load balancer (60 s is common) or a client's pool, so the
  // server is never the side that drops an idle kept-alive connection just as a request is sent on it.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const realtime = attachRealtime(server, {
    auth: services.auth,
    latestEventId: () => services.events.latestId(),
    allowedOrigins: () => [...config.allowedOrigins, ...services.registry.allowedOrigins()],
    redis,
    redisPrefix: config.redisPrefix,
    logger,
  });
  services.eventLog.subscribe((event) => realtime.publish(event));

  return {
    app,
    routes,
    server,
    services,
    realtime,
    db,
    async listen(port = config.port): Promise<number> {
      await new Promise<void>((resolve) => server.listen(port, resolve));
      return (server.address() as AddressInfo).port;
    },
    async close(): Promise<void> {
      await realtime.close();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
      redis?.disconnect();
      if (!options.db) await db.destroy();
    },
  };
}

export type Bff = Awaited<ReturnType<typeof createBff>>;
