import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { Server, type Socket } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import { audienceRooms, RESYNC_EVENT, SOCKET_EVENT, viewerRooms } from '@casmooc/domain';
import type { Logger } from 'pino';
import type { AuthService } from '../auth/service';
import { sessionRoom, sessionTokenFrom } from '../auth/session-cookie';
import type { Actor } from '../auth/actor';
import type { RecordedEvent } from '../events/repository';
import { batched, sharedPerTurn } from './batched';

export interface RealtimeOptions {
  auth: AuthService;
  /** Origins besides the server's own that may open a socket. */
  allowedOrigins: () => readonly string[];
  /** The newest event id, sent to each socket as its catch-up cursor. */
  latestEventId: () => Promise<number>;
  redis: Redis | null;
  redisPrefix: string;
  /** How often each socket's session and roles are read again (a role lost re-scopes it, an ended session closes it). */
  recheckMs: number;
  logger: Logger;
}

/** A browser sends Origin; it must be our own host or an allowed one. `null` (a sandboxed frame, a file) is neither. */
function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser: it still needs a session cookie
  if (allowed.includes(origin)) return true;
  const host = req.headers['x-forwarded-host'] ?? req.headers.host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The Redis clients of the adapter. Redis may go away and come back: the
 * adapter publishes without waiting, so a failed publish is logged here
 * instead of rejecting unhandled; and when a client is back after an
 * outage, `onBack` runs (events published meanwhile crossed no instance).
 */
function adapterClients(redis: Redis, logger: Logger, onBack: () => void): [Redis, Redis] {
  const clients = [redis.duplicate(), redis.duplicate()] as [Redis, Redis];
  for (const [client, role] of [[clients[0], 'publish'], [clients[1], 'subscribe']] as const) {
    let lost = false;
    client.on('error', (err) => logger.warn({ err: err.message, role }, 'redis unavailable'));
    client.on('close', () => (lost = true));
    client.on('ready', () => {
      if (!lost) return;
      lost = false;
      logger.info({ role }, 'redis is back');
      onBack();
    });
  }
  const publish = clients[0].publish.bind(clients[0]);
  clients[0].publish = ((channel: string, message: string) =>
    publish(channel, message).catch((err: Error) => {
      logger.warn({ err: err.message }, 'an event could not cross instances');
      return 0;
    })) as Redis['publish'];
  return clients;
}

/**
 * The one Socket.IO server. A socket joins a room per role its user holds
 * at an org (and the rooms for audiences within the orgs above it), the
 * user's own room and its session's; an event goes to the rooms of its
 * audience, so exactly the users the events API would show it to receive it.
 */
export function attachRealtime(httpServer: HttpServer, options: RealtimeOptions) {
  const { auth, logger } = options;
  const io = new Server(httpServer, {
    serveClient: false,
    allowRequest: (req, callback) => callback(null, originAllowed(req, options.allowedOrigins())),
  });

  // What crossed no instance while Redis was away: every client catches up from the events API, and every
  // peer signal's listener runs (a signal sent meanwhile was lost).
  const peerListeners = new Set<() => void>();
  const resync = () => {
    io.emit(RESYNC_EVENT);
    peerListeners.forEach((listener) => listener());
  };
  const clients = options.redis ? adapterClients(options.redis, logger, resync) : [];
  if (clients.length) io.adapter(createAdapter(clients[0], clients[1], { key: `${options.redisPrefix}:socket.io` }));

  // Read once for all the sockets of a turn: a storm of them connecting (an instance gone, its clients moving here)
  // or all of them read again costs a read a batch. The cursor is read after each socket of the turn joined its rooms.
  const actorOf = batched((tokens: string[]) => auth.actorsFor(tokens));
  const latestEventId = sharedPerTurn(options.latestEventId);
  const roomsOf = (actor: Actor, token: string) => [...viewerRooms(actor.viewer), sessionRoom(token)];

  io.use(async (socket, next) => {
    // The database may be down: the handshake fails with a reason, the process goes on.
    try {
      const token = sessionTokenFrom(socket.request.headers.cookie);
      const actor = token ? await actorOf(token) : undefined;
      if (!actor || !token) return next(new Error('UNAUTHENTICATED'));
      socket.data.actor = actor;
      socket.data.token = token;
      next();
    } catch (err) {
      logger.warn({ err }, 'socket handshake failed');
      next(new Error('UNAVAILABLE'));
    }
  });

  io.on('connection', async (socket) => {
    socket.join(roomsOf(socket.data.actor as Actor, socket.data.token as string));
    // Sent after joining: anything newer than this id reaches the socket live.
    try {
      socket.emit('hello', { lastEventId: await latestEventId() });
    } catch (err) {
      logger.warn({ err }, 'could not send the event cursor');
    }
  });

  /** A socket's session read again: gone, the socket closes; roles changed, its rooms follow. */
  const rescope = (socket: Socket, actor: Actor | undefined) => {
    if (!socket.connected) return; // it left while its session was read: joining now would leave its id in the rooms
    if (!actor) return void socket.disconnect(true);
    const rooms = new Set(roomsOf(actor, socket.data.token as string));
    for (const room of socket.rooms) if (room !== socket.id && !rooms.has(room)) socket.leave(room);
    socket.join([...rooms]);
    socket.data.actor = actor;
  };
  /** Every socket of this instance rescoped, their sessions read in batches (actorOf), not one read a socket. */
  const recheck = () => Promise.all([...io.of('/').sockets.values()].map(async (socket) => rescope(socket, await actorOf(socket.data.token as string))));
  let rechecking = false;
  const timer = setInterval(() => {
    if (rechecking) return; // the last one is still reading
    rechecking = true;
    recheck()
      .catch((err) => logger.warn({ err }, 'could not recheck the sockets'))
      .finally(() => (rechecking = false));
  }, options.recheckMs);
  timer.unref();

  // Signing out closes that session's sockets at once, in every tab and on every instance.
  const stopListening = auth.onSessionEnded((token) => io.in(sessionRoom(token)).disconnectSockets(true));

  return {
    io,
    publish({ audience, ...event }: RecordedEvent) {
      io.to(audienceRooms(audience)).emit(SOCKET_EVENT, event);
    },
    /** Tells the other instances (through Redis; without it there are none) that something they keep in memory changed. */
    tellPeers(signal: string) {
      if (clients.length) io.serverSideEmit(signal);
    },
    /** Runs `listener` when another instance sends `signal`, and when Redis is back after an outage (it may have missed one). */
    onPeerSignal(signal: string, listener: () => void) {
      io.on(signal, listener);
      peerListeners.add(listener);
    },
    /** Closes every socket of this instance, so that their clients reconnect to another. */
    async close() {
      clearInterval(timer);
      stopListening();
      await io.close();
      clients.forEach((client) => client.disconnect());
    },
  };
}

export type Realtime = ReturnType<typeof attachRealtime>;
