import { io } from 'socket.io-client';
import type { DomainEvent, Me } from '@casmooc/domain';
import { HttpClient } from '@casmooc/ui';
import { DEMO_PASSWORD } from '@casmooc/db';
import { EventStream } from '../../../shell/src/state/event-stream';

/**
 * The shell's own live connection (EventStream, its catch-up and its
 * dedup), run in Node against a real BFF or balancer: what it delivers is
 * what a user's open portal would show.
 */
export interface LiveClient {
  stream: EventStream;
  /** Ids of every event delivered, in order. */
  delivered: number[];
  /** Drops the connection as a network would, for `ms` (then the client reconnects by itself). */
  drop(ms: number): void;
  close(): void;
}

export async function signInOver(url: string, username: string): Promise<{ cookie: string; me: Me }> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  if (res.status !== 200) throw new Error(`sign-in of ${username} answered ${res.status}`);
  return { cookie: res.headers.get('set-cookie')!.split(';')[0], me: (await res.json()) as Me };
}

export async function liveClient(url: string, username: string): Promise<LiveClient> {
  const { cookie, me } = await signInOver(url, username);
  const http = new HttpClient({
    csrfToken: () => me.csrfToken,
    locale: () => 'zh-CN',
    baseUrl: url,
    fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), cookie } }),
  });
  const socket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    autoConnect: false,
    extraHeaders: { cookie, origin: url },
  });
  const stream = new EventStream(http, async () => socket);
  const delivered: number[] = [];
  stream.subscribe((event: DomainEvent) => delivered.push(event.id));
  const hello = new Promise((resolve) => socket.once('hello', resolve));
  stream.start();
  await hello;
  return {
    stream,
    delivered,
    drop: (ms) => {
      socket.io.reconnectionDelay(ms).reconnectionDelayMax(ms).randomizationFactor(0);
      socket.io.engine?.close();
    },
    close: () => stream.stop(),
  };
}
