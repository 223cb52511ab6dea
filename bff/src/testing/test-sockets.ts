import { io, type Socket } from 'socket.io-client';
import { SOCKET_EVENT, type DomainEvent } from '@casmooc/domain';

export interface TestSocket {
  socket: Socket;
  events: DomainEvent[];
  /** The catch-up cursor the server sent on connect: the newest event id before this socket joined. */
  lastEventId: number;
  /** Resolves with the first event of this type to arrive (or already arrived). */
  next(type: string, timeoutMs?: number): Promise<DomainEvent>;
  close(): void;
}

/** Connects like a browser on the portal's page: session cookie and Origin. */
export function connectSocket(url: string, cookie: string | undefined, origin = url): Promise<TestSocket> {
  const socket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: { ...(cookie && { cookie }), origin },
  });
  const events: DomainEvent[] = [];
  const waiters = new Set<() => void>();
  socket.on(SOCKET_EVENT, (event: DomainEvent) => {
    events.push(event);
    waiters.forEach((wake) => wake());
  });
  const handle: TestSocket = {
    socket,
    events,
    lastEventId: 0,
    next: (type, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find((e) => e.type === type);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${type} event within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: () => socket.close(),
  };
  return new Promise((resolve, reject) => {
    socket.once('hello', ({ lastEventId }: { lastEventId: number }) => {
      handle.lastEventId = lastEventId;
      resolve(handle);
    });
    socket.once('connect_error', (error) => reject(error));
  });
}
