import request from 'supertest';
import type { Bff } from '@casmooc/bff';
import { signIn } from '@casmooc/bff/testing';
import { startTwoBffs, type TwoBffs } from '../support/two-bffs';

/**
 * Journey 3: two BFF instances behind one Redis, over one database. A
 * write on instance A reaches the sockets on instance B of everyone who
 * may see it, and nobody else. Needs Redis (REDIS_URL, default local).
 */
describe('journey: events cross BFF instances through Redis', () => {
  let h: TwoBffs;
  let a: Bff;
  let b: Bff;

  beforeAll(async () => {
    h = await startTwoBffs({ loginLimit: { attempts: 3, windowMs: 60_000 } });
    ({ a, b } = h);
  });
  afterAll(() => h?.close());

  /** Signs in on instance A (sessions live in the database) and opens a socket on instance B. */
  const socketOnB = async (username: string) => h.socket(h.urlB, (await signIn(a.app, username)).cookie);

  it('an HTTP write on A reaches the academy on B, not the institutes', async () => {
    const [admin, cnic, iphy] = await Promise.all(['admin', 'cnic_admin', 'iphy_admin'].map(socketOnB));
    const writer = await signIn(a.app, 'admin');
    await writer.put('/api/mf-registry/mf-plans', { url: '/remotes/mf-plans/mf-manifest.json', version: '0.1.1' }).expect(200);

    const event = await admin.next('mf-registry.updated');
    expect(event.payload).toMatchObject({ name: 'mf-plans', version: '0.1.1' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(cnic.events).toEqual([]);
    expect(iphy.events).toEqual([]);
  });

  it('a change in a CNIC department on A reaches CNIC and the Academy on B, never a sibling institute', async () => {
    const [admin, cnic, manager, iphy] = await Promise.all(['admin', 'cnic_admin', 'xmt_manager', 'iphy_admin'].map(socketOnB));
    const { path } = await h.t.db('orgs').where({ name: '新媒体技术与应用发展部' }).first();
    await a.services.eventLog.transact((_trx, record) =>
      record({ type: 'e2e.department-change', orgPath: path, subject: 'e2e', payload: { via: 'A' }, actorId: null }),
    );
    await Promise.all([admin, cnic, manager].map((s) => s.next('e2e.department-change')));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(iphy.events.map((e) => e.type)).not.toContain('e2e.department-change');
  });

  it('counts failed logins across instances', async () => {
    const attempt = (bff: Bff, password: string) => request(bff.app).post('/api/auth/login').send({ username: 'staff', password });
    await attempt(a, 'wrong').expect(401);
    await attempt(b, 'wrong').expect(401);
    await attempt(a, 'wrong').expect(401);
    const limited = await attempt(b, 'wrong');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('TOO_MANY_REQUESTS');
  });
});
