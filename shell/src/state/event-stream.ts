import { makeAutoObservable, runInAction } from 'mobx';
import { io, type Socket } from 'socket.io-client';
import { SOCKET_EVENT, type DomainEvent } from '@casmooc/domain';
import type { HttpClient } from '@casmooc/ui';

export type ConnectionStatus = 'offline' | 'connecting' | 'online';
export type EventListener = (event: DomainEvent) => void;

const RECENT_LIMIT = 20;
const CATCH_UP_PAGE = 200;

/**
 * The portal's one Socket.IO connection. It remembers the id of the last
 * event it saw; after a reconnect it asks the events API for everything
 * after that id, so a client that was offline never shows a stale state.
 * Events are delivered once each, whichever way they arrive first.
 */
export class EventStream {
  status: ConnectionStatus = 'offline';
  recent: DomainEvent[] = [];
  private lastId: number | null = null;
  private readonly seen = new Set<number>();
  private readonly listeners = new Set<EventListener>();
  private socket: Socket | null = null;

  constructor(
    private readonly http: HttpClient,
    private readonly openSocket: () => Socket = () => io({ path: '/socket.io', withCredentials: true, autoConnect: false }),
  ) {
    makeAutoObservable<EventStream, 'http' | 'openSocket' | 'socket' | 'seen' | 'listeners' | 'lastId'>(this, {
      http: false,
      openSocket: false,
      socket: false,
      seen: false,
      listeners: false,
      lastId: false,
    });
  }

  start(): void {
    if (this.socket) return;
    const socket = this.openSocket();
    this.socket = socket;
    this.status = 'connecting';
    socket.on('connect', () => runInAction(() => (this.status = 'online')));
    socket.on('disconnect', () => runInAction(() => (this.status = 'connecting')));
    socket.on('connect_error', () => runInAction(() => (this.status = 'offline')));
    socket.on('hello', ({ lastEventId }: { lastEventId: number }) => {
      if (this.lastId === null) this.lastId = lastEventId;
      else void this.catchUp();
    });
    socket.on(SOCKET_EVENT, (event: DomainEvent) => this.deliver(event));
    socket.connect();
  }

  stop(): void {
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
    this.lastId = null;
    this.seen.clear();
    this.recent = [];
    this.status = 'offline';
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const after = this.lastId ?? 0;
      const missed = await this.http.get<DomainEvent[]>('/api/events', { after, limit: CATCH_UP_PAGE });
      missed.forEach((event) => this.deliver(event));
      if (missed.length < CATCH_UP_PAGE) return;
    }
  }

  private deliver(event: DomainEvent): void {
    if (this.seen.has(event.id)) return;
    this.seen.add(event.id);
    this.lastId = Math.max(this.lastId ?? 0, event.id);
    runInAction(() => (this.recent = [event, ...this.recent].slice(0, RECENT_LIMIT)));
    this.listeners.forEach((listener) => listener(event));
  }
}
