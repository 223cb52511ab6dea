import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { Redis } from 'ioredis';
import { createDb, type Db } from '@casmooc/db';
import { REGISTRY_UPDATED } from '@casmooc/domain';
import type { BffConfig } from './config';
import { createApp, createServices } from './app';
import { Metrics } from './metrics/metrics';
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
  // Redis may be away: a command fails after one reconnect attempt or a second, never hangs, and the failure is handled where it is used.
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 1, commandTimeout: 1_000 }) : null;
  redis?.on('error', (err) => logger.warn({ err: err.message }, 'redis unavailable'));
  const services = createServices(db, options.now);
  await services.registry.list();

  const lifecycle = { draining: false };
  const metrics = new Metrics(db);
  const { app, routes } = createApp({ config, db, logger, redis, services, lifecycle, metrics });
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
    recheckMs: config.socketRecheckMs,
    logger,
  });
  metrics.countSockets(() => realtime.io.engine.clientsCount);
  services.eventLog.subscribe((event) => {
    realtime.publish(event);
    metrics.eventPushed(event.createdAt);
    if (event.type === REGISTRY_UPDATED) realtime.tellPeers(REGISTRY_UPDATED);
  });
  // Every instance's CSP follows the registry at once, not after a restart: the instance that changed it tells the
  // others (and each reads it again when Redis is back from an outage, in case the word was lost).
  realtime.onPeerSignal(REGISTRY_UPDATED, () => void services.registry.list().catch((err) => logger.warn({ err }, 'could not read the registry again')));

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
    /**
     * Graceful shutdown (SIGTERM): readiness fails at once so a balancer
     * stops sending, the server accepts no more connections and finishes
     * the requests it has (for at most `graceMs`), the sockets are closed so
     * their clients reconnect to another instance, then everything closes.
     */
    async shutdown(graceMs = 10_000): Promise<void> {
      lifecycle.draining = true;
      // This instance's connections are closed as a dropped network would be (not a server "disconnect", after
      // which a client stays away): their clients reconnect through the balancer to another instance.
      realtime.io.engine.close();
      // Stop accepting, but not as http's close() does (it also drops idle connections at once, and one just
      // accepted whose request is still on its way looks idle: the balancer would see a reset, not a refusal).
      const stopped = server.listening ? new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve())) : Promise.resolve();
      const sweep = setInterval(() => server.closeIdleConnections(), 250);
      const grace = setTimeout(() => server.closeAllConnections(), graceMs);
      await stopped;
      clearInterval(sweep);
      clearTimeout(grace);
      await this.close();
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
