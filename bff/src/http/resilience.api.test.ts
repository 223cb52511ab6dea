import request from 'supertest';
import pino from 'pino';
import { createTestDatabase, testDialects, type TestDatabase } from '@casmooc/db/testing';
import { createBff, type Bff } from '../server';
import { connectSocket } from '../testing/test-sockets';
import { startTestBff, testConfig, type TestBff } from '../testing/test-bff';

/** Collects the process's unhandled rejections while a test runs: there must be none. */
function watchRejections() {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', listener);
  return { seen, stop: () => process.off('unhandledRejection', listener) };
}

describe.each(testDialects())('one request never takes the portal down, on %s', (dialect) => {
  let h: TestBff;
  let url: string;
  beforeAll(async () => {
    h = await startTestBff(dialect);
    url = `http://127.0.0.1:${await h.bff.listen(0)}`;
  });
  afterAll(() => h.close());

  it('a socket handshake with Origin: null is refused, and the server goes on', async () => {
    const user = await h.signIn('admin');
    await expect(connectSocket(url, user.cookie, 'null')).rejects.toThrow();
    await expect(connectSocket(url, user.cookie, 'not a url')).rejects.toThrow();
    await request(h.bff.app).get('/api/health').expect(200);
    (await connectSocket(url, user.cookie)).close();
  });

  it('a body with 20 000 unknown keys gets a short 400 naming a few of them, quickly', async () => {
    const body: Record<string, number> = { username: 0, password: 0 };
    for (let i = 0; i < 20_000; i++) body[`k${i}`] = i;
    const started = Date.now();
    const res = await request(h.bff.app).post('/api/auth/login').send(body).expect(400);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(Object.keys(res.body.error.fields)).toHaveLength(10);
    expect(res.body.error.fields.k0).toBe('不接受此字段');
    expect(JSON.stringify(res.body).length).toBeLessThan(2_000);
  });

  it('a malformed percent-encoding in a path answers 400 in the error shape', async () => {
    const admin = await h.signIn('admin');
    const res = await admin.get('/api/plans/%E0%A4%A').expect(400);
    expect(res.body.error).toEqual({ code: 'BAD_REQUEST', message: '请求地址有误' });
    await admin.get('/api/orgs/%zz').expect(400);
  });

  it('liveness and readiness answer separately', async () => {
    expect((await request(h.bff.app).get('/api/health/live').expect(200)).body).toMatchObject({ status: 'ok' });
    expect((await request(h.bff.app).get('/api/health/ready').expect(200)).body).toMatchObject({ status: 'ok', db: dialect });
  });

  it('the login limit counts the username as the login reads it: respellings of a locked account get no fresh attempts', async () => {
    const limited = await startTestBff(dialect, { loginLimit: { attempts: 3, windowMs: 60_000 } });
    try {
      const attempt = (username: string) => request(limited.bff.app).post('/api/auth/login').send({ username, password: 'wrong' });
      for (const spelling of ['staff', ' staff', 'staff\t']) await attempt(spelling).expect(401);
      for (const spelling of ['STAFF', '\u3000staff', 'ｓｔａｆｆ', 'staff ']) expect((await attempt(spelling)).status).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('behind a trusted proxy the address is the one the proxy saw, not what the client wrote first in X-Forwarded-For', async () => {
    const proxied = await startTestBff(dialect, { trustProxy: 1, loginLimit: { attempts: 2, windowMs: 60_000 } });
    try {
      // The proxy appends the address it saw (here always 10.0.0.7); the client forges what comes before it.
      const attempt = (forged: string) =>
        request(proxied.bff.app).post('/api/auth/login').set('X-Forwarded-For', `${forged}, 10.0.0.7`).send({ username: 'cnic_admin', password: 'wrong' });
      await attempt('1.1.1.1').expect(401);
      await attempt('2.2.2.2').expect(401);
      expect((await attempt('3.3.3.3')).status).toBe(429);
    } finally {
      await proxied.close();
    }
  });
});

describe.each(testDialects())('faults of the database, on %s', (dialect) => {
  let t: TestDatabase;
  let bff: Bff;
  let url: string;
  let cookie: string;

  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    // The BFF opens its own pool, so the test can take it away (the database "killed").
    bff = await createBff(testConfig(t, { requestTimeoutMs: 1_500 }), { logger: pino({ level: 'silent' }) });
    url = `http://127.0.0.1:${await bff.listen(0)}`;
    const login = await request(bff.app).post('/api/auth/login').send({ username: 'admin', password: 'Casmooc@2026' }).expect(200);
    cookie = (login.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
  });
  afterAll(async () => {
    await bff.close().catch(() => undefined);
    await t.drop();
  });

  it('a database that holds every connection (frozen): no request hangs, each answers 503 within seconds', async () => {
    // Every connection of the BFF's pool taken and held, as by statements that never return.
    const pool = (bff.db.client as { pool: { max: number } }).pool;
    const held = await Promise.all(Array.from({ length: pool.max }, () => bff.db.transaction()));
    try {
      const started = Date.now();
      const res = await request(bff.app).get('/api/plans').set('Cookie', cookie);
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('SERVICE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(6_000);
      expect((await request(bff.app).get('/api/health').expect(503)).body).toMatchObject({ status: 'error', database: 'unreachable' });
      expect((await request(bff.app).get('/api/health/live').expect(200)).body.status).toBe('ok');
    } finally {
      await Promise.all(held.map((trx) => trx.rollback()));
    }
    await request(bff.app).get('/api/plans').set('Cookie', cookie).expect(200);
  }, 30_000);

  it('the database gone: requests and socket handshakes answer 503 / are refused, nothing rejects unhandled, the process goes on', async () => {
    const rejections = watchRejections();
    try {
      await bff.db.destroy();
      const res = await request(bff.app).post('/api/auth/login').send({ username: 'admin', password: 'Casmooc@2026' });
      expect(res.status).toBe(503);
      expect(res.body.error).toEqual({ code: 'SERVICE_UNAVAILABLE', message: '服务暂时不可用，请稍后再试' });
      expect((await request(bff.app).get('/api/plans').set('Cookie', cookie)).status).toBe(503);
      await expect(connectSocket(url, cookie)).rejects.toThrow('UNAVAILABLE');
      expect((await request(bff.app).get('/api/health').expect(503)).body.status).toBe('error');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(rejections.seen).toEqual([]);
    } finally {
      rejections.stop();
    }
  });
});
