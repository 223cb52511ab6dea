import crypto from 'node:crypto';
import pino from 'pino';
import { createTestDatabase, type TestDatabase } from '@casmooc/db/testing';
import { createBff, type Bff } from '@casmooc/bff';
import { testConfig } from '@casmooc/bff/testing';
import type { BffConfig } from '@casmooc/bff/config';
import { connectSocket, type TestSocket } from '@casmooc/bff/test-sockets';

export interface TwoBffs {
  t: TestDatabase;
  a: Bff;
  b: Bff;
  urlA: string;
  urlB: string;
  /** Opens a socket on an instance with a session cookie; closed with the rest. */
  socket(url: string, cookie: string): Promise<TestSocket>;
  close(): Promise<void>;
}

/**
 * Two BFF instances over one SQLite file and one Redis, as two processes
 * behind a load balancer would be. Each opens the database itself; a
 * Redis prefix of their own keeps other test runs out.
 */
export async function startTwoBffs(overrides: Partial<BffConfig> = {}): Promise<TwoBffs> {
  const t = await createTestDatabase('sqlite');
  const config = testConfig(t, {
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    redisPrefix: `casmooc-e2e-${crypto.randomBytes(4).toString('hex')}`,
    ...overrides,
  });
  const logger = pino({ level: 'silent' });
  const [a, b] = await Promise.all([createBff(config, { logger }), createBff(config, { logger })]);
  const urlA = `http://127.0.0.1:${await a.listen(0)}`;
  const urlB = `http://127.0.0.1:${await b.listen(0)}`;
  const sockets: TestSocket[] = [];
  return {
    t,
    a,
    b,
    urlA,
    urlB,
    async socket(url, cookie) {
      const socket = await connectSocket(url, cookie);
      sockets.push(socket);
      return socket;
    },
    async close() {
      sockets.forEach((s) => s.close());
      await Promise.all([a.close(), b.close()]);
      await t.drop();
    },
  };
}
