import knex from 'knex';
import { connectSocket } from '@casmooc/bff/test-sockets';
import { signInOver } from '../support/live-client';
import { bffProcess, privateMariaDb, waitFor, type OwnProcess } from '../support/servers';

/**
 * A BFF process over a MariaDB of the test's own, which is killed, started
 * again, frozen and thawed: requests answer 503 in the error shape within
 * seconds, the process outlives every fault, and recovers by itself.
 */
describe('faults of the database', () => {
  let db: OwnProcess & { url: string };
  let bff: OwnProcess & { url: string };
  let cookie: string;

  beforeAll(async () => {
    db = await privateMariaDb();
    const admin = knex({ client: 'mysql2', connection: `${db.url}/` });
    await admin.raw('create database casmooc character set utf8mb4 collate utf8mb4_unicode_ci');
    await admin.destroy();
    bff = await bffProcess({ DATABASE_URL: `${db.url}/casmooc`, REQUEST_TIMEOUT_MS: '3000' });
    ({ cookie } = await signInOver(bff.url, 'cnic_admin'));
  }, 60_000);
  afterAll(async () => {
    await bff?.remove();
    await db?.remove();
  });

  const get = (path: string) => fetch(`${bff.url}${path}`, { headers: { cookie } });
  const timed = async (path: string) => {
    const started = Date.now();
    const res = await get(path);
    return { status: res.status, body: (await res.json()) as { error?: { code: string }; status?: string }, ms: Date.now() - started };
  };

  it('killed: 503 in the error shape, sockets refused, the process lives on and recovers when the database is back', async () => {
    await db.kill();
    const plans = await timed('/api/plans');
    expect(plans.status).toBe(503);
    expect(plans.body.error?.code).toBe('SERVICE_UNAVAILABLE');
    const login = await fetch(`${bff.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'x' }) });
    expect(login.status).toBe(503);
    await expect(connectSocket(bff.url, cookie)).rejects.toThrow();
    expect((await timed('/api/health/ready')).status).toBe(503);
    expect((await timed('/api/health/live')).status).toBe(200);
    expect(bff.running).toBe(true);

    const restarted = Date.now();
    await db.start();
    await waitFor('the BFF to answer again', async () => (await get('/api/plans')).status === 200);
    console.log(`[database killed] first 503 after ${plans.ms} ms; recovered ${Date.now() - restarted} ms after the database restarted`);
    (await connectSocket(bff.url, cookie)).close();
  }, 60_000);

  it('frozen: no request hangs; each answers 503 within seconds, and all is well once it thaws', async () => {
    db.signal('SIGSTOP');
    try {
      const answers = await Promise.all([timed('/api/plans'), timed('/api/plans?page=2'), timed('/api/health')]);
      for (const answer of answers) {
        expect(answer.status).toBe(503);
        expect(answer.ms).toBeLessThan(6_000);
      }
      console.log(`[database frozen] answered 503 in ${answers.map((a) => a.ms).join(' / ')} ms`);
      expect(bff.running).toBe(true);
    } finally {
      db.signal('SIGCONT');
    }
    await waitFor('the BFF to answer after the thaw', async () => (await get('/api/plans')).status === 200);
  }, 60_000);
});
