import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import { orgRoom, pathIds, SOCKET_EVENT, type DomainEvent } from '@casmooc/domain';
import type { Logger } from 'pino';
import type { AuthService } from '../auth/service';
import { sessionTokenFrom } from '../auth/session-cookie';
import type { Actor } from '../auth/actor';

export interface RealtimeOptions {
  auth: AuthService;
  /** Origins besides the server's own that may open a socket. */
  allowedOrigins: () => readonly string[];
  /** The newest event id, sent to each socket as its catch-up cursor. */
  latestEventId: () => Promise<number>;
  redis: Redis | null;
  redisPrefix: string;
  logger: Logger;
}

/** A browser sends Origin; it must be our own host or an allowed one. */
function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser: it still needs a session cookie
  const host = req.headers['x-forwarded-host'] ?? req.headers.host;
  return allowed.includes(origin) || new URL(origin).host === host;
}

/**
 * The one Socket.IO server. A socket joins the room of each org where its
 * user holds a role; an event is sent to the rooms of its org and every org
 * above, so exactly those who reach the event's org receive it.
 */
export function attachRealtime(httpServer: HttpServer, options: RealtimeOptions) {
  const io = new Server(httpServer, {
    serveClient: false,
    allowRequest: (req, callback) => callback(null, originAllowed(req, options.allowedOrigins())),
  });

  const adapterClients = options.redis ? [options.redis.duplicate(), options.redis.duplicate()] : [];
  if (adapterClients.length) {
    const [pub, sub] = adapterClients;
    io.adapter(createAdapter(pub, sub, { key: `${options.redisPrefix}:socket.io` }));
  }

  io.use(async (socket, next) => {
    const actor = await options.auth.actorFor(sessionTokenFrom(socket.request.headers.cookie));
    if (!actor) return next(new Error('UNAUTHENTICATED'));
    socket.data.actor = actor;
    next();
  });

  io.on('connection', async (socket) => {
    const actor = socket.data.actor as Actor;
    socket.join([...new Set(actor.grants.map((g) => orgRoom(g.orgId)))]);
    socket.join(`user:${actor.id}`);
    // Sent after joining: anything newer than this id reaches the socket live.
    try {
      socket.emit('hello', { lastEventId: await options.latestEventId() });
    } catch (err) {
      options.logger.warn({ err }, 'could not send the event cursor');
    }
  });

  return {
    io,
    publish(event: DomainEvent) {
      io.to(pathIds(event.orgPath).map(orgRoom)).emit(SOCKET_EVENT, event);
    },
    async close() {
      await io.close();
      adapterClients.forEach((client) => client.disconnect());
    },
  };
}

export type Realtime = ReturnType<typeof attachRealtime>;
