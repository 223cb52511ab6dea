import request from 'supertest';
import { managersOf, users } from '@casmooc/domain';
import type { Bff } from '@casmooc/bff';
import { signIn } from '@casmooc/bff/testing';
import { startTwoBffs, type TwoBffs } from '../support/two-bffs';
import { waitFor } from '../support/servers';

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

  it('an HTTP write on A reaches its audience on B: a registry change reaches everyone signed in', async () => {
    const [admin, cnic, staff] = await Promise.all(['admin', 'cnic_admin', 'staff'].map(socketOnB));
    const writer = await signIn(a.app, 'admin');
    await writer.put('/api/mf-registry/mf-plans', { url: '/remotes/mf-plans/mf-manifest.json', version: '0.1.1' }).expect(200);

    for (const socket of [admin, cnic, staff]) expect((await socket.next('mf-registry.updated')).payload).toMatchObject({ name: 'mf-plans', version: '0.1.1' });
  });

  it('a release on A is in the CSP of B at once, not after a restart', async () => {
    const writer = await signIn(a.app, 'admin');
    const csp = async () => String((await request(h.urlB).get('/api/health/live')).headers['content-security-policy']);
    expect(await csp()).not.toContain('cdn.example.org');
    await writer.put('/api/mf-registry/mf-templates', { url: 'https://cdn.example.org/mf-templates/2.0.0/mf-manifest.json', version: '2.0.0' }).expect(200);
    // A's word crosses Redis: B's every answer follows, no page load or restart needed.
    await waitFor('B to hear of the release', async () => /script-src 'self' https:\/\/cdn\.example\.org/.test(await csp()), 2_000);
    await writer.put('/api/mf-registry/mf-templates', { url: '/remotes/mf-templates/mf-manifest.json', version: '0.1.0' }).expect(200);
    await waitFor('B to hear of the rollback', async () => !(await csp()).includes('cdn.example.org'), 2_000);
  });

  it('an event addressed to one user on A reaches that user’s sockets on B only', async () => {
    const [staff, manager] = await Promise.all(['staff', 'xmt_manager'].map(socketOnB));
    const staffId = (await h.t.db('users').where({ username: 'staff' }).first('id')).id;
    await a.services.eventLog.transact(async (_trx, record) =>
      record({ type: 'e2e.for-one-user', orgPath: '/1/', subject: 'e2e', payload: {}, actorId: null, audience: users(staffId) }),
    );
    await staff.next('e2e.for-one-user');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(manager.events.map((e) => e.type)).not.toContain('e2e.for-one-user');
  });

  it('a change in a CNIC department on A reaches its managers, CNIC and the Academy on B, never its staff or a sibling institute', async () => {
    const [admin, cnic, manager, staff, iphy] = await Promise.all(['admin', 'cnic_admin', 'xmt_manager', 'staff', 'iphy_admin'].map(socketOnB));
    const { path } = await h.t.db('orgs').where({ name: '新媒体技术与应用发展部' }).first();
    await a.services.eventLog.transact(async (_trx, record) =>
      record({ type: 'e2e.department-change', orgPath: path, subject: 'e2e', payload: { via: 'A' }, actorId: null, audience: [managersOf(path)] }),
    );
    await Promise.all([admin, cnic, manager].map((s) => s.next('e2e.department-change')));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect([...staff.events, ...iphy.events].map((e) => e.type)).not.toContain('e2e.department-change');
  });

  it('signing out on A closes that session’s sockets on B at once', async () => {
    const session = await signIn(a.app, 'cnic_admin');
    const onB = await h.socket(h.urlB, session.cookie);
    const closed = new Promise((resolve) => onB.socket.once('disconnect', resolve));
    await session.post('/api/auth/logout').expect(204);
    await closed;
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
