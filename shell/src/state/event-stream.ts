import { makeAutoObservable, runInAction } from 'mobx';
import type { Socket } from 'socket.io-client';
import { RESYNC_EVENT, SOCKET_EVENT, type DomainEvent } from '@casmooc/domain';
import { CHUNK_RETRY_DELAYS_MS, withBackoff, type HttpClient } from '@casmooc/ui';

export type ConnectionStatus = 'offline' | 'connecting' | 'online';
export type EventListener = (event: DomainEvent) => void;

const RECENT_LIMIT = 20;
const CATCH_UP_PAGE = 200;
const SEEN_LIMIT = 5_000;

/**
 * The portal's one Socket.IO connection. After a reconnect (or when the
 * server says events may have crossed no instance) it asks the events API
 * for everything after its cursor, so a client that was offline never
 * shows a stale state. Events are delivered once each, whichever way they
 * arrive first.
 *
 * The cursor moves only with the events API's answers, which have no gaps
 * (ids follow commit order on the server), never with a live event: a
 * live event can arrive ahead of others the socket missed (just after a
 * reconnect, or from another instance through Redis), and moving the
 * cursor past them would skip them for good.
 */
export class EventStream {
  status: ConnectionStatus = 'offline';
  recent: DomainEvent[] = [];
  /** Everything up to here has been delivered; null until the server's first hello. */
  private cursor: number | null = null;
  /** Ids delivered lately, so an event that comes both live and in a catch-up is delivered once. */
  private readonly seen = new Set<number>();
  private readonly listeners = new Set<EventListener>();
  private socket: Socket | null = null;
  /** The socket's client library on its way (it is loaded on first use, not with the page). */
  private opening: Promise<void> | null = null;
  /** The catch-up under way, and whether another is wanted after it. */
  private catching: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly http: HttpClient,
    private readonly openSocket: () => Promise<Socket> = openPortalSocket,
  ) {
    makeAutoObservable<EventStream, 'http' | 'openSocket' | 'socket' | 'opening' | 'seen' | 'listeners' | 'cursor' | 'catching' | 'again'>(this, {
      http: false,
      openSocket: false,
      socket: false,
      opening: false,
      seen: false,
      listeners: false,
      cursor: false,
      catching: false,
      again: false,
    });
  }

  start(): void {
    if (this.socket || this.opening) return;
    this.status = 'connecting';
    // Stopped (signed out) before it arrived: the library is kept, no socket is opened.
    const opening: Promise<void> = this.openSocket().then(
      (opened) => {
        if (this.opening === opening) this.connect(opened);
      },
      () =>
        runInAction(() => {
          if (this.opening !== opening) return;
          this.opening = null;
          this.status = 'offline';
        }),
    );
    this.opening = opening;
  }

  private connect(socket: Socket): void {
    this.opening = null;
    this.socket = socket;
    socket.on('connect', () => runInAction(() => (this.status = 'online')));
    socket.on('disconnect', () => runInAction(() => (this.status = 'connecting')));
    socket.on('connect_error', () => runInAction(() => (this.status = 'offline')));
    socket.on('hello', ({ lastEventId }: { lastEventId: number }) => {
      if (this.cursor === null) this.cursor = lastEventId;
      else void this.catchUp();
    });
    socket.on(RESYNC_EVENT, () => this.cursor !== null && void this.catchUp());
    socket.on(SOCKET_EVENT, (event: DomainEvent) => this.deliver(event));
    socket.connect();
  }

  stop(): void {
    this.opening = null;
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
    this.cursor = null;
    this.seen.clear();
    this.recent = [];
    this.status = 'offline';
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Asks for everything after the cursor, page by page; one catch-up at a time (a request for another runs after it). */
  catchUp(): Promise<void> {
    if (this.catching) {
      this.again = true;
      return this.catching;
    }
    this.catching = (async () => {
      try {
        do {
          this.again = false;
          await this.readMissed();
        } while (this.again);
      } finally {
        this.catching = null;
      }
    })();
    return this.catching;
  }

  private async readMissed(): Promise<void> {
    for (;;) {
      const missed = await this.http.get<DomainEvent[]>('/api/events', { after: this.cursor ?? 0, limit: CATCH_UP_PAGE });
      for (const event of missed) {
        this.deliver(event);
        this.cursor = Math.max(this.cursor ?? 0, event.id);
      }
      if (missed.length < CATCH_UP_PAGE) return;
    }
  }

  private deliver(event: DomainEvent): void {
    if (this.seen.has(event.id)) return;
    this.seen.add(event.id);
    // Remembered for as long as a duplicate could still come (a live event and a catch-up crossing): the latest ones.
    if (this.seen.size > SEEN_LIMIT) this.seen.delete(this.seen.values().next().value!);
    runInAction(() => (this.recent = [event, ...this.recent].slice(0, RECENT_LIMIT)));
    this.listeners.forEach((listener) => listener(event));
  }
}

/**
 * The portal's socket, its client library loaded on first use (after sign-in, not with the sign-in page) and
 * tried again like a page's chunk. WebSocket only: behind a balancer a socket is one connection to one
 * instance, with no sticky sessions to set up.
 */
async function openPortalSocket(): Promise<Socket> {
  const { io } = await withBackoff(() => import(/* webpackChunkName: "socket" */ 'socket.io-client'), CHUNK_RETRY_DELAYS_MS);
  return io({ path: '/socket.io', transports: ['websocket'], withCredentials: true, autoConnect: false });
}
