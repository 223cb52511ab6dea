import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import { audienceRooms, SOCKET_EVENT, viewerRooms } from '@casmooc/domain';
import type { Logger } from 'pino';
import type { AuthService } from '../auth/service';
import { sessionTokenFrom } from '../auth/session-cookie';
import type { Actor } from '../auth/actor';
import type { RecordedEvent } from '../events/repository';

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
 * The one Socket.IO server. A socket joins a room per role its user holds
 * at an org (and the rooms for audiences within the orgs above it) and the
 * user's own room; an event goes to the rooms of its audience, so exactly
 * the users the events API would show it to receive it.
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
    socket.join(viewerRooms(actor.viewer));
    // Sent after joining: anything newer than this id reaches the socket live.
    try {
      socket.emit('hello', { lastEventId: await options.latestEventId() });
    } catch (err) {
      options.logger.warn({ err }, 'could not send the event cursor');
    }
  });

  return {
    io,
    publish({ audience, ...event }: RecordedEvent) {
      io.to(audienceRooms(audience)).emit(SOCKET_EVENT, event);
    },
    async close() {
      await io.close();
      adapterClients.forEach((client) => client.disconnect());
    },
  };
}

export type Realtime = ReturnType<typeof attachRealtime>;
