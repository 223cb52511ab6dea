import { holdersWithin, managersOf, users, type Audience, type DomainEvent } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { startTestBff, type TestBff } from '../testing/test-bff';
import type { RecordedEvent } from './repository';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testDialects())('events on %s', (dialect) => {
  let h: TestBff;
  let paths: Record<string, string>;
  let staffUserId: number;
  beforeAll(async () => {
    h = await startTestBff(dialect);
    const rows = await h.t.db('orgs').select('name', 'path');
    paths = Object.fromEntries(rows.map((r: { name: string; path: string }) => [r.name, r.path]));
    staffUserId = (await h.t.db('users').where({ username: 'staff' }).first('id')).id;
  });
  afterAll(() => h.close());

  /** Records one event in a transaction of its own and returns it as written. */
  const recordFor = async (type: string, audience: Audience, orgName = '新媒体技术与应用发展部'): Promise<RecordedEvent> => {
    const heard: RecordedEvent[] = [];
    const stop = h.bff.services.eventLog.subscribe((e) => heard.push(e));
    await h.bff.services.eventLog.transact(async (_trx, record) =>
      record({ type, orgPath: paths[orgName], subject: `test:${type}`, payload: { n: 1 }, actorId: null, audience }),
    );
    stop();
    return heard.find((e) => e.type === type)!;
  };
  const cursor = async () => Number((await h.t.db('events').max({ latest: 'id' }))[0].latest);
  const typesSeenBy = async (username: string, after: number) =>
    (await (await h.signIn(username)).get(`/api/events?after=${after}`).expect(200)).body.map((e: DomainEvent) => e.type);

  it('writes the change and its event in one transaction and announces after commit', async () => {
    const event = await recordFor('test.committed', [managersOf(paths['新媒体技术与应用发展部'])]);
    expect(event).toMatchObject({ type: 'test.committed', payload: { n: 1 }, orgPath: paths['新媒体技术与应用发展部'] });
    expect(Date.parse(event.createdAt)).not.toBeNaN();
    expect(await h.t.db('events').where({ id: event.id }).first()).toBeDefined();
  });

  it('a rolled-back change leaves no event and announces nothing', async () => {
    const heard: RecordedEvent[] = [];
    const stop = h.bff.services.eventLog.subscribe((e) => heard.push(e));
    await expect(
      h.bff.services.eventLog.transact(async (trx, record) => {
        await trx('mf_registry').where({ name: 'mf-plans' }).update({ version: '9.9.9' });
        record({ type: 'test.rolled-back', orgPath: '/1/', subject: 'x', payload: {}, actorId: null, audience: [managersOf('/1/')] });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    stop();
    expect(heard).toEqual([]);
    expect(await h.t.db('events').where({ type: 'test.rolled-back' }).first()).toBeUndefined();
    expect((await h.t.db('mf_registry').where({ name: 'mf-plans' }).first()).version).toBe('0.1.0');
  });

  it('an event that names no audience is refused, and its change with it', async () => {
    await expect(
      h.bff.services.eventLog.transact(async (_trx, record) => record({ type: 'test.nobody', orgPath: '/1/', subject: 'x', payload: {}, actorId: null, audience: [] })),
    ).rejects.toThrow('names no audience');
    expect(await h.t.db('events').where({ type: 'test.nobody' }).first()).toBeUndefined();
  });

  it('GET /api/events: by default the managers of the org and above see an event; its staff and a sibling institute do not', async () => {
    const start = await cursor();
    await recordFor('test.dept', [managersOf(paths['新媒体技术与应用发展部'])]);
    await recordFor('test.iphy', [managersOf(paths['物理研究所'])], '物理研究所');
    expect(await typesSeenBy('admin', start)).toEqual(['test.dept', 'test.iphy']);
    expect(await typesSeenBy('cnic_admin', start)).toEqual(['test.dept']);
    expect(await typesSeenBy('xmt_manager', start)).toEqual(['test.dept']);
    expect(await typesSeenBy('staff', start)).toEqual([]);
    expect(await typesSeenBy('iphy_admin', start)).toEqual(['test.iphy']);
  });

  it('GET /api/events: an event addressed to a user reaches that user only; one for the staff within an org reaches them', async () => {
    const start = await cursor();
    await recordFor('test.for-staff-user', users(staffUserId));
    await recordFor('test.for-cnic-staff', [holdersWithin(paths['计算机网络信息中心'], ['staff'])]);
    expect(await typesSeenBy('staff', start)).toEqual(['test.for-staff-user', 'test.for-cnic-staff']);
    for (const other of ['admin', 'cnic_admin', 'xmt_manager', 'iphy_admin']) expect(await typesSeenBy(other, start)).toEqual([]);
  });

  it('GET /api/events pages by the cursor', async () => {
    const first = await recordFor('test.page-1', [managersOf('/1/')]);
    const second = await recordFor('test.page-2', [managersOf('/1/')]);
    const admin = await h.signIn('admin');
    const after = (await admin.get(`/api/events?after=${first.id}`).expect(200)).body;
    expect(after.map((e: DomainEvent) => e.id)).toEqual([second.id]);
    expect(after[0]).not.toHaveProperty('audience');
  });

  it('refuses a bad cursor', async () => {
    const admin = await h.signIn('admin');
    const res = await admin.get('/api/events?after=-1').expect(400);
    expect(res.body.error.fields).toHaveProperty('after');
  });

  it('ids follow commit order: an event whose transaction commits late never gets an id below one already seen', async () => {
    const { db } = h.t;
    const audience = [managersOf('/1/')];
    const event = (type: string) => ({ type, orgPath: '/1/', subject: 'x', payload: {}, actorId: null, audience });
    const first = await db.transaction();
    const [early] = await h.bff.services.events.insertAll(first, [event('test.commits-late')], new Date());
    // A second writer starts while the first is still open: it must wait (for the lock on MySQL, the one writer on SQLite).
    let secondDone = false;
    const second = db.transaction((trx) => h.bff.services.events.insertAll(trx, [event('test.commits-early')], new Date())).then((written) => {
      secondDone = true;
      return written[0];
    });
    await delay(300);
    const waited = !secondDone;
    await first.commit();
    const late = await second;
    expect(waited).toBe(true);
    expect(late.id).toBeGreaterThan(early.id);
    // A client that caught up to the first event's id still finds the second.
    const admin = await h.signIn('admin');
    expect((await admin.get(`/api/events?after=${early.id}`).expect(200)).body.map((e: DomainEvent) => e.id)).toContain(late.id);
  });

  it('two transactions that interleave are announced in the order of their ids', async () => {
    const ids: number[] = [];
    const stop = h.bff.services.eventLog.subscribe((e) => e.type.startsWith('test.interleaved') && ids.push(e.id));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const event = (type: string) => ({ type, orgPath: '/1/', subject: 'x', payload: {}, actorId: null, audience: [managersOf('/1/')] });
    // The slow one records its event first, then keeps working while the fast one commits.
    const slow = h.bff.services.eventLog.transact(async (trx, record) => {
      record(event('test.interleaved-slow'));
      await trx('mf_registry').where({ name: 'mf-training' }).update({ version: '0.1.0' });
      await gate;
    });
    await delay(100);
    const fast = h.bff.services.eventLog.transact(async (_trx, record) => record(event('test.interleaved-fast')));
    await Promise.race([fast, delay(300)]);
    release();
    await Promise.all([slow, fast]);
    stop();
    expect(ids).toHaveLength(2);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });
});
