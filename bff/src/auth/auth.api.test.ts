import { createHash } from 'node:crypto';
import request from 'supertest';
import pino from 'pino';
import { DEMO_PASSWORD } from '@casmooc/db';
import { testDialects } from '@casmooc/db/testing';
import { createBff } from '../server';
import { startTestBff, testConfig, type TestBff } from '../testing/test-bff';

describe.each(testDialects())('auth on %s', (dialect) => {
  let h: TestBff;
  beforeAll(async () => {
    h = await startTestBff(dialect, { loginLimit: { attempts: 3, windowMs: 60_000 } });
  });
  afterAll(() => h.close());

  it('signs in with an HttpOnly, SameSite session cookie and returns roles at orgs', async () => {
    const res = await request(h.bff.app).post('/api/auth/login').send({ username: 'cnic_admin', password: DEMO_PASSWORD }).expect(200);
    const cookie = (res.headers['set-cookie'] as unknown as string[])[0];
    expect(cookie).toMatch(/^casmooc_sid=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(res.body.roles).toEqual([expect.objectContaining({ role: 'institute_admin', orgName: '计算机网络信息中心' })]);
    expect(res.body.csrfToken).toHaveLength(43);
    expect(res.body).not.toHaveProperty('passwordHash');
  });

  it('stores sessions in the database, not the cookie', async () => {
    const user = await h.signIn('staff');
    const stored = await h.t.db('sessions').pluck('id');
    expect(stored).not.toContain(user.cookie.split('=')[1]);
    expect(stored.length).toBeGreaterThan(0);
  });

  it('an expired session signs nobody in and is removed; read together with live ones, they stay who they are', async () => {
    const [expired, live] = await Promise.all([h.signIn('staff'), h.signIn('xmt_manager')]);
    const token = (cookie: string) => cookie.split(';')[0].split('=')[1];
    const stored = async () => (await h.t.db('sessions').pluck('id')).length;
    // Sessions are stored by the SHA-256 of their token: the staff member's is moved into the past.
    const id = createHash('sha256').update(token(expired.cookie)).digest('hex');
    expect(await h.t.db('sessions').where({ id }).update({ expires_at: new Date(Date.now() - 1000) })).toBe(1);
    const before = await stored();
    const actors = await h.bff.services.auth.actorsFor([token(expired.cookie), token(live.cookie), 'no-such-token']);
    expect([...actors.values()].map((a) => a.user.username)).toEqual(['xmt_manager']);
    expect(await stored()).toBe(before - 1);
    await expired.get('/api/me').expect(401);
    await live.get('/api/me').expect(200);
  });

  it('GET /api/me needs a session', async () => {
    const res = await request(h.bff.app).get('/api/me').expect(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
    const user = await h.signIn('xmt_manager');
    const me = await user.get('/api/me').expect(200);
    expect(me.body).toMatchObject({ username: 'xmt_manager', displayName: '孙健英' });
  });

  it('every demo account is a person of the directory: /api/me names their department and post type', async () => {
    const expected = { admin: '中国科学院', cnic_admin: '党群办公室', xmt_manager: '新媒体技术与应用发展部', staff: '新媒体技术与应用发展部', iphy_admin: '人事教育处' };
    for (const [username, orgName] of Object.entries(expected)) {
      const me = (await (await h.signIn(username)).get('/api/me').expect(200)).body;
      expect(me.staff).toMatchObject({ name: me.displayName, orgName, postType: expect.stringMatching(/^(research|management|support)$/) });
      const record = await h.t.db('staff').where({ id: me.staff.id }).first();
      expect(record).toMatchObject({ name: me.displayName, employee_no: me.staff.employeeNo });
    }
    expect((await (await h.signIn('staff')).get('/api/me')).body.staff.postType).toBe('research');
  });

  it('says whether the user manages orgs below their own: a department manager and staff do not, admins do', async () => {
    const expected = { admin: true, cnic_admin: true, iphy_admin: true, xmt_manager: false, staff: false };
    for (const [username, managesOrgsBelow] of Object.entries(expected)) {
      expect((await (await h.signIn(username)).get('/api/me').expect(200)).body.managesOrgsBelow).toBe(managesOrgsBelow);
    }
    const login = await request(h.bff.app).post('/api/auth/login').send({ username: 'xmt_manager', password: DEMO_PASSWORD }).expect(200);
    expect(login.body.managesOrgsBelow).toBe(false);
  });

  it('a second BFF instance on the same database accepts the session', async () => {
    const user = await h.signIn('admin');
    const other = await createBff(testConfig(h.t), { db: h.t.db, logger: pino({ level: 'silent' }) });
    try {
      await request(other.app).get('/api/me').set('Cookie', user.cookie).expect(200);
    } finally {
      await other.close();
    }
  });

  it('refuses a write without the CSRF token', async () => {
    const user = await h.signIn('staff');
    const res = await request(h.bff.app).post('/api/auth/logout').set('Cookie', user.cookie).expect(403);
    expect(res.body.error.code).toBe('CSRF_FAILED');
    await request(h.bff.app).post('/api/auth/logout').set('Cookie', user.cookie).set('x-csrf-token', 'x'.repeat(43)).expect(403);
    await user.get('/api/me').expect(200);
  });

  it('logout ends the session', async () => {
    const user = await h.signIn('staff');
    const res = await user.post('/api/auth/logout').expect(204);
    expect((res.headers['set-cookie'] as unknown as string[])[0]).toMatch(/casmooc_sid=;/);
    await user.get('/api/me').expect(401);
  });

  it('saves the language preference', async () => {
    const user = await h.signIn('xmt_manager');
    const res = await user.put('/api/me/preferences', { locale: 'en-US' }).expect(200);
    expect(res.body.locale).toBe('en-US');
    expect((await user.get('/api/me')).body.locale).toBe('en-US');
    await user.put('/api/me/preferences', { locale: 'fr-FR' }).expect(400);
  });

  it('rate-limits failed logins per address and username', async () => {
    const attempt = (password: string) => request(h.bff.app).post('/api/auth/login').send({ username: 'iphy_admin', password });
    for (let i = 0; i < 3; i++) await attempt('wrong').expect(401);
    const limited = await attempt(DEMO_PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('TOO_MANY_REQUESTS');
    // Another username from the same address is not affected.
    await request(h.bff.app).post('/api/auth/login').send({ username: 'cnic_admin', password: DEMO_PASSWORD }).expect(200);
  });

  it('an unknown user and a wrong password answer alike', async () => {
    const unknown = await request(h.bff.app).post('/api/auth/login').send({ username: 'nobody', password: 'x' });
    const wrong = await request(h.bff.app).post('/api/auth/login').send({ username: 'staff', password: 'x' });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });
});
