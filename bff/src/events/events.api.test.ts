import type { DomainEvent } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { startTestBff, type TestBff } from '../testing/test-bff';

describe.each(testDialects())('events on %s', (dialect) => {
  let h: TestBff;
  let paths: Record<string, string>;
  beforeAll(async () => {
    h = await startTestBff(dialect);
    const rows = await h.t.db('orgs').select('name', 'path');
    paths = Object.fromEntries(rows.map((r: { name: string; path: string }) => [r.name, r.path]));
  });
  afterAll(() => h.close());

  const recordAt = (orgName: string, type: string) =>
    h.bff.services.eventLog.transact((_trx, record) =>
      record({ type, orgPath: paths[orgName], subject: `test:${type}`, payload: { n: 1 }, actorId: null }),
    );

  it('writes the change and its event in one transaction and announces after commit', async () => {
    const heard: DomainEvent[] = [];
    const stop = h.bff.services.eventLog.subscribe((e) => heard.push(e));
    const event = await recordAt('新媒体技术与应用发展部', 'test.committed');
    stop();
    expect(heard).toEqual([event]);
    expect(event).toMatchObject({ type: 'test.committed', payload: { n: 1 }, orgPath: paths['新媒体技术与应用发展部'] });
    expect(Date.parse(event.createdAt)).not.toBeNaN();
  });

  it('a rolled-back change leaves no event and announces nothing', async () => {
    const heard: DomainEvent[] = [];
    const stop = h.bff.services.eventLog.subscribe((e) => heard.push(e));
    await expect(
      h.bff.services.eventLog.transact(async (trx, record) => {
        await trx('mf_registry').where({ name: 'mf-plans' }).update({ version: '9.9.9' });
        await record({ type: 'test.rolled-back', orgPath: '/1/', subject: 'x', payload: {}, actorId: null });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    stop();
    expect(heard).toEqual([]);
    expect(await h.t.db('events').where({ type: 'test.rolled-back' }).first()).toBeUndefined();
    expect((await h.t.db('mf_registry').where({ name: 'mf-plans' }).first()).version).toBe('0.1.0');
  });

  it('GET /api/events returns what a caller missed, inside its subtree only', async () => {
    const admin = await h.signIn('admin');
    const start = Math.max(0, ...(await admin.get('/api/events').expect(200)).body.map((e: DomainEvent) => e.id));
    const inDepartment = await recordAt('新媒体技术与应用发展部', 'test.dept');
    const inOtherInstitute = await recordAt('物理研究所', 'test.iphy');

    const types = async (username: string) =>
      (await (await h.signIn(username)).get(`/api/events?after=${start}`).expect(200)).body.map((e: DomainEvent) => e.type);
    expect(await types('admin')).toEqual(['test.dept', 'test.iphy']);
    expect(await types('cnic_admin')).toEqual(['test.dept']);
    expect(await types('xmt_manager')).toEqual(['test.dept']);
    expect(await types('iphy_admin')).toEqual(['test.iphy']);

    const after = (await admin.get(`/api/events?after=${inDepartment.id}`).expect(200)).body;
    expect(after.map((e: DomainEvent) => e.id)).toEqual([inOtherInstitute.id]);
  });

  it('refuses a bad cursor', async () => {
    const admin = await h.signIn('admin');
    const res = await admin.get('/api/events?after=-1').expect(400);
    expect(res.body.error.fields).toHaveProperty('after');
  });
});
