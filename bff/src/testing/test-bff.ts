import pino from 'pino';
import request from 'supertest';
import { DEMO_PASSWORD, type Dialect } from '@casmooc/db';
import { createTestDatabase, type TestDatabase } from '@casmooc/db/testing';
import type { Me } from '@casmooc/domain';
import type { BffConfig } from '../config';
import { createBff, type Bff } from '../server';

export function testConfig(t: TestDatabase, overrides: Partial<BffConfig> = {}): BffConfig {
  return {
    port: 0,
    db: t.config,
    redisUrl: null,
    redisPrefix: 'casmooc-test',
    distDir: null,
    secureCookies: false,
    trustProxy: false,
    allowedOrigins: [],
    loginLimit: { attempts: 100, windowMs: 60_000 },
    logLevel: 'silent',
    version: 'test',
    requestTimeoutMs: 15_000,
    socketRecheckMs: 60_000,
    metricsToken: null,
    demo: true,
    migrateOnStart: true,
    ...overrides,
  };
}

export interface TestBff {
  t: TestDatabase;
  bff: Bff;
  /** A signed-in client: keeps the session cookie and sends the CSRF token on writes. */
  signIn(username: string): Promise<SignedIn>;
  close(): Promise<void>;
}

export interface SignedIn {
  me: Me;
  cookie: string;
  get(url: string): request.Test;
  post(url: string, body?: object): request.Test;
  put(url: string, body?: object): request.Test;
  delete(url: string): request.Test;
  /** A file sent as plain bytes, as the portal uploads attachments. */
  upload(url: string, bytes: Buffer): request.Test;
}

export async function signIn(app: Bff['app'], username: string): Promise<SignedIn> {
  const res = await request(app).post('/api/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
  const cookie = (res.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
  const me = res.body as Me;
  const withSession = (test: request.Test) => test.set('Cookie', cookie).set('x-csrf-token', me.csrfToken);
  return {
    me,
    cookie,
    get: (url) => request(app).get(url).set('Cookie', cookie),
    post: (url, body) => withSession(request(app).post(url)).send(body),
    put: (url, body) => withSession(request(app).put(url)).send(body),
    delete: (url) => withSession(request(app).delete(url)),
    upload: (url, bytes) => withSession(request(app).post(url)).set('Content-Type', 'application/octet-stream').send(bytes),
  };
}

/** A BFF on a fresh, seeded database of the given dialect. */
export async function startTestBff(dialect: Dialect, overrides: Partial<BffConfig> = {}, now?: () => Date): Promise<TestBff> {
  const t = await createTestDatabase(dialect);
  const bff = await createBff(testConfig(t, overrides), { db: t.db, logger: pino({ level: 'silent' }), now });
  return {
    t,
    bff,
    signIn: (username) => signIn(bff.app, username),
    async close() {
      await bff.close();
      await t.drop();
    },
  };
}
