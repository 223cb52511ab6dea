import request from 'supertest';
import type { ClassInput, DomainEvent, OpenClassWithMine, PlanInput, RegistrationDto, TrainingClassDto } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { classInputOf } from '@casmooc/domain/src/training/testing';
import { staffAccounts } from '../testing/staff-accounts';
import { startTestBff, type SignedIn, type TestBff } from '../testing/test-bff';

const NOW = new Date('2026-06-15T10:00:00+08:00');

/** The registration settings of a class open now: the window holds NOW, the class starts after it closes. */
const open: Partial<ClassInput> = {
  visibility: 'institute',
  registrationOpen: true,
  registrationApproval: false,
  registrationFrom: '2026-06-01 00:00',
  registrationTo: '2026-08-31 18:00',
  contactEmail: 'wangxia@cnic.cn',
};

describe.each(testDialects())('registration (T-4) on %s', (dialect) => {
  let h: TestBff;
  let now = NOW;
  let cnic: SignedIn;
  let staff: SignedIn;
  let iphy: SignedIn;
  let serial = 0;

  const orgId = async (name: string): Promise<number> => (await h.t.db('orgs').where({ name }).first()).id;

  /** A class of the institute (from an implemented added plan), saved with these settings. */
  const classWith = async (settings: Partial<ClassInput>): Promise<TrainingClassDto> => {
    const plan: PlanInput = examplePlan({ orgId: await orgId('计算机网络信息中心'), planType: 'added', year: 2026, month: '2026-09', name: `报名测试 ${dialect} ${++serial}`, headcount: 100 });
    const created = (await cnic.post('/api/plans', { plan, submit: true }).expect(201)).body;
    const published = (await cnic.post(`/api/plans/${created.id}/publish`, { version: created.version }).expect(200)).body;
    await cnic.post(`/api/plans/${created.id}/implement`, { version: published.version }).expect(200);
    const c: TrainingClassDto = (await cnic.get(`/api/training/classes?name=${encodeURIComponent(plan.name)}`).expect(200)).body.items[0];
    const body = { version: c.version, class: { ...classInputOf(c), ...open, researchCount: 0, managementCount: 0, supportCount: 0, externalCount: 0, ...settings } };
    return (await cnic.put(`/api/training/classes/${c.id}`, body).expect(200)).body;
  };
  const register = (who: SignedIn, c: { id: number }) => who.post(`/api/training/open/${c.id}/register`);
  const withdraw = (who: SignedIn, c: { id: number }) => who.post(`/api/training/open/${c.id}/withdraw`);
  const registrations = async (c: { id: number }, query = '') => (await cnic.get(`/api/training/classes/${c.id}/registrations?pageSize=100${query}`).expect(200)).body;
  const attendees = async (c: { id: number }) => (await cnic.get(`/api/training/classes/${c.id}/attendees?pageSize=100`).expect(200)).body.items.map((a: { id: number }) => a.id);
  const staffIdOf = (who: SignedIn) => who.me.staff!.id;
  const openTo = async (who: SignedIn) => (await who.get('/api/training/open?pageSize=100').expect(200)).body.items as OpenClassWithMine[];

  beforeAll(async () => {
    h = await startTestBff(dialect, {}, () => now);
    [cnic, staff, iphy] = await Promise.all(['cnic_admin', 'staff', 'iphy_admin'].map((u) => h.signIn(u)));
  });
  afterEach(() => {
    now = NOW;
  });
  afterAll(() => h.close());

  it('公开范围: 本单位公开 is listed to the organising org’s subtree; a sibling institute neither sees it nor registers (404)', async () => {
    const c = await classWith({ headcount: 5 });
    const listed = (await openTo(staff)).find((x) => x.id === c.id)!;
    expect(listed).toMatchObject({ seats: { capacity: 5, taken: 0, left: 5, waitlisted: 0 }, mine: { state: null, actions: { register: { allowed: true }, withdraw: { allowed: false } } } });
    expect((await openTo(iphy)).map((x) => x.id)).not.toContain(c.id);
    await register(iphy, c).expect(404);
    await iphy.get(`/api/training/open/${c.id}`).expect(404);
  });

  it('全院公开 reaches another institute; 不公开 nobody; 对外公开 is listed without signing in, with no one’s registration', async () => {
    const academy = await classWith({ visibility: 'academy', headcount: 5 });
    expect((await openTo(iphy)).map((x) => x.id)).toContain(academy.id);
    expect((await register(iphy, academy).expect(200)).body.state).toBe('registered');

    const closed = await classWith({ visibility: 'private', registrationOpen: false, registrationFrom: null, registrationTo: null });
    expect((await openTo(staff)).map((x) => x.id)).not.toContain(closed.id);
    await register(staff, closed).expect(404);

    const pub = await classWith({ visibility: 'public', headcount: 5 });
    const listed = (await request(h.bff.app).get('/api/public/classes?pageSize=100').expect(200)).body.items;
    expect(listed.map((x: { id: number }) => x.id)).toContain(pub.id);
    expect(listed.map((x: { id: number }) => x.id)).not.toContain(academy.id);
    expect(listed.find((x: { id: number }) => x.id === pub.id)).not.toHaveProperty('mine');
  });

  it('the window: before it opens and after it closes, refused with the time (P-13 style); inside it, allowed', async () => {
    const c = await classWith({ registrationFrom: '2026-06-20 09:00', headcount: 5 });
    const early = await register(staff, c).expect(409);
    expect(early.body.error).toMatchObject({ code: 'NOT_ALLOWED', rule: 'T-4', message: '报名尚未开始，2026-06-20 09:00 开始 (T-4)' });
    now = new Date('2026-09-01T08:00:00+08:00');
    expect((await register(staff, c).expect(409)).body.error.message).toBe('报名已于 2026-08-31 18:00 截止 (T-4)');
    now = new Date('2026-06-20T09:00:00+08:00');
    await register(staff, c).expect(200);
    expect((await register(staff, c).expect(409)).body.error.message).toBe('你已报名该培训 (T-4)');
  });

  it('capacity: a full class waitlists in order; a withdrawal promotes the next, who is told and put on the attendance list', async () => {
    const c = await classWith({ headcount: 2 });
    const [a, b, d, e] = await staffAccounts(h, '新媒体技术与应用发展部', 4);
    expect((await register(a, c).expect(200)).body).toMatchObject({ state: 'registered', seats: { taken: 1, left: 1 } });
    expect((await register(b, c).expect(200)).body.state).toBe('registered');
    expect((await register(d, c).expect(200)).body).toMatchObject({ state: 'waitlisted', seats: { taken: 2, left: 0, waitlisted: 1 } });
    expect((await register(e, c).expect(200)).body.state).toBe('waitlisted');
    expect((await e.get(`/api/training/open/${c.id}`).expect(200)).body.mine).toMatchObject({ state: 'waitlisted', waitPosition: 2 });
    expect(new Set(await attendees(c))).toEqual(new Set([staffIdOf(a), staffIdOf(b)]));

    const seen = (await d.get('/api/events?limit=500').expect(200)).body.at(-1)?.id ?? 0;
    expect((await withdraw(a, c).expect(200)).body).toMatchObject({ state: 'withdrawn', seats: { taken: 2, waitlisted: 1 } });
    expect(new Set(await attendees(c))).toEqual(new Set([staffIdOf(b), staffIdOf(d)]));
    const told = (await d.get(`/api/events?after=${seen}`).expect(200)).body as DomainEvent[];
    expect(told.map((ev) => ev.type)).toContain('registration.promoted');
    expect((await e.get(`/api/training/open/${c.id}`).expect(200)).body.mine).toMatchObject({ state: 'waitlisted', waitPosition: 1 });
    // Someone who withdrew may come back: at the end of the queue.
    expect((await register(a, c).expect(200)).body.state).toBe('waitlisted');
    const list = await registrations(c, '&state=waitlisted');
    expect(list.items.map((r: RegistrationDto) => [r.person.id, r.waitPosition])).toEqual([
      [staffIdOf(e), 1],
      [staffIdOf(a), 2],
    ]);
    expect(list.counts).toMatchObject({ registered: 2, waitlisted: 2, withdrawn: 0 });
  });

  it('post-type counts are quotas: a research post beyond its quota waits while a support post takes a seat', async () => {
    const c = await classWith({ headcount: 3, researchCount: 1 });
    const [r1, r2] = await staffAccounts(h, '新媒体技术与应用发展部', 2, 'research');
    const [s1] = await staffAccounts(h, '新媒体技术与应用发展部', 1, 'support');
    expect((await register(r1, c).expect(200)).body.state).toBe('registered');
    expect((await register(r2, c).expect(200)).body).toMatchObject({ state: 'waitlisted', seats: { left: 2, quotas: { research: { quota: 1, taken: 1 } } } });
    expect((await register(s1, c).expect(200)).body.state).toBe('registered');
  });

  it('报名是否需要审批: pending holds a seat; the manager declines with a reason (required) or approves in batch, all or none; the person is told', async () => {
    const c = await classWith({ headcount: 2, registrationApproval: true });
    const [a, b, d] = await staffAccounts(h, '新媒体技术与应用发展部', 3);
    for (const who of [a, b]) expect((await register(who, c).expect(200)).body.state).toBe('pending');
    expect((await register(d, c).expect(200)).body.state).toBe('waitlisted');
    expect(await attendees(c)).toEqual([]);
    const byPerson = async () => new Map<number, RegistrationDto>((await registrations(c)).items.map((r: RegistrationDto) => [r.person.id, r]));
    let regs = await byPerson();

    const noReason = await cnic.post(`/api/training/classes/${c.id}/registrations/decide`, { ids: [regs.get(staffIdOf(a))!.id], decision: 'decline' }).expect(400);
    expect(noReason.body.error.fields).toEqual({ reason: '请填写未通过的原因' });
    // One of them is not pending: nothing is decided.
    const mixed = await cnic.post(`/api/training/classes/${c.id}/registrations/decide`, { ids: [regs.get(staffIdOf(a))!.id, regs.get(staffIdOf(d))!.id], decision: 'approve' }).expect(409);
    expect(mixed.body.error.message).toBe('只有待审批的报名可以审批 (T-4)');
    expect((await registrations(c)).counts).toMatchObject({ pending: 2, waitlisted: 1, registered: 0 });

    const seen = (await a.get('/api/events?limit=500').expect(200)).body.at(-1)?.id ?? 0;
    const declined = await cnic.post(`/api/training/classes/${c.id}/registrations/decide`, { ids: [regs.get(staffIdOf(a))!.id], decision: 'decline', reason: '名额优先安排一线科研人员' }).expect(200);
    expect(declined.body).toMatchObject({ decided: 1, promoted: 1 });
    const told = (await a.get(`/api/events?after=${seen}`).expect(200)).body as DomainEvent[];
    expect(told.find((ev) => ev.type === 'registration.declined')?.payload).toMatchObject({ reason: '名额优先安排一线科研人员' });
    expect((await a.get(`/api/training/open/${c.id}`).expect(200)).body.mine).toMatchObject({ state: 'declined', reason: '名额优先安排一线科研人员', actions: { register: { allowed: false } } });

    regs = await byPerson();
    expect(regs.get(staffIdOf(d))!.state).toBe('pending');
    await cnic.post(`/api/training/classes/${c.id}/registrations/decide`, { ids: [regs.get(staffIdOf(b))!.id, regs.get(staffIdOf(d))!.id], decision: 'approve' }).expect(200);
    expect(new Set(await attendees(c))).toEqual(new Set([staffIdOf(b), staffIdOf(d)]));
    expect((await registrations(c)).counts).toMatchObject({ registered: 2, declined: 1, pending: 0 });
  });

  it('the registrations are the managers’: staff get 403, a sibling institute 404', async () => {
    const c = await classWith({ headcount: 2 });
    await staff.get(`/api/training/classes/${c.id}/registrations`).expect(403);
    await iphy.get(`/api/training/classes/${c.id}/registrations`).expect(404);
  });

  it('an under-subscribed class is flagged as its registration closes', async () => {
    const c = await classWith({ headcount: 10 });
    await register(staff, c).expect(200);
    expect((await registrations(c)).underSubscribed).toBe(false);
    now = new Date('2026-08-31T09:00:00+08:00');
    expect((await registrations(c)).underSubscribed).toBe(true);
  });

  it('the alert is pushed to the managers once per closing time, by one of any number of sweeps at once; a later closing time arms it again', async () => {
    const closing = { registrationTo: '2026-08-20 18:00' };
    const [c, full] = [await classWith({ headcount: 10, ...closing }), await classWith({ headcount: 1, ...closing })];
    for (const x of [c, full]) await register(staff, x).expect(200);
    const lastEvent = async (who: SignedIn) => (await who.get('/api/events?limit=500').expect(200)).body.at(-1)?.id ?? 0;
    const alerted = async (who: SignedIn, after: number) =>
      ((await who.get(`/api/events?after=${after}`).expect(200)).body as DomainEvent[]).filter((e) => e.type === 'registration.under-subscribed').map((e) => e.payload as { id: number; count: number; closes: string });
    const [seen, seenByStaff] = [await lastEvent(cnic), await lastEvent(staff)];
    const sweep = () => h.bff.services.underSubscription.sweep();

    now = new Date('2026-08-19T09:00:00+08:00');
    await sweep();
    expect((await alerted(cnic, seen)).filter((a) => a.id === c.id)).toEqual([]);
    now = new Date('2026-08-20T09:00:00+08:00');
    await Promise.all(Array.from({ length: 5 }, sweep));
    await sweep();
    expect((await alerted(cnic, seen)).filter((a) => a.id === c.id)).toEqual([{ id: c.id, name: c.name, count: 9, closes: '2026-08-20 18:00' }]);
    expect((await alerted(cnic, seen)).map((a) => a.id)).not.toContain(full.id);
    expect(await alerted(staff, seenByStaff)).toEqual([]);

    const fresh: TrainingClassDto = (await cnic.get(`/api/training/classes/${c.id}`).expect(200)).body;
    await cnic.put(`/api/training/classes/${c.id}`, { version: fresh.version, class: { ...classInputOf(fresh), registrationTo: '2026-08-25 18:00' } }).expect(200);
    now = new Date('2026-08-25T09:00:00+08:00');
    await sweep();
    expect((await alerted(cnic, seen)).filter((a) => a.id === c.id).map((a) => a.closes)).toEqual(['2026-08-20 18:00', '2026-08-25 18:00']);
  });

  it('the last seat, 50 registrations at once: exactly one gets it, the rest wait in a queue without gaps', async () => {
    const c = await classWith({ headcount: 2 });
    await register(staff, c).expect(200);
    const people = await staffAccounts(h, '新媒体技术与应用发展部', 50);
    const answers = await Promise.all(people.map((who) => register(who, c)));
    expect(answers.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    expect(answers.filter((r) => r.body.state === 'registered')).toHaveLength(1);
    expect(answers.filter((r) => r.body.state === 'waitlisted')).toHaveLength(49);
    const list = await registrations(c);
    expect(list.counts).toMatchObject({ registered: 2, waitlisted: 49 });
    expect(list.seats).toMatchObject({ capacity: 2, taken: 2, left: 0, waitlisted: 49 });
    expect((await attendees(c)).length).toBe(2);
    const queueNos = (await h.t.db('class_registrations').where('class_id', c.id).orderBy('queue_no').pluck('queue_no')).map(Number);
    expect(queueNos).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
  });

  it('a class cancelled with people registered: they are told, and their registrations go with it', async () => {
    const c = await classWith({ headcount: 1 });
    const [a, b] = await staffAccounts(h, '新媒体技术与应用发展部', 2);
    await register(a, c).expect(200);
    await register(b, c).expect(200);
    const seen = (await b.get('/api/events?limit=500').expect(200)).body.at(-1)?.id ?? 0;
    const fresh = (await cnic.get(`/api/training/classes/${c.id}`).expect(200)).body;
    await cnic.post(`/api/training/classes/${c.id}/cancel`, { version: fresh.version }).expect(204);
    for (const who of [a, b]) expect(((await who.get(`/api/events?after=${seen}`).expect(200)).body as DomainEvent[]).map((ev) => ev.type)).toContain('class.cancelled');
    expect((await b.get('/api/training/mine').expect(200)).body.items).toEqual([]);
    expect(await h.t.db('class_registrations').where('class_id', c.id).first()).toBeUndefined();
  });

  it('calendar: a class one is registered for is an entry with a stable UID whose SEQUENCE grows as the class changes; leaving drops it', async () => {
    const c = await classWith({ headcount: 1 });
    const [a, b] = await staffAccounts(h, '新媒体技术与应用发展部', 2);
    await register(a, c).expect(200);
    await register(b, c).expect(200);
    const calendarOf = async (who: SignedIn) => (await who.get('/api/training/mine/calendar.ics').expect(200).expect('Content-Type', /text\/calendar/)).text;
    const first = await calendarOf(a);
    expect(first).toContain(`UID:class-${c.id}@casmooc`);
    const sequence = (ics: string) => Number(/SEQUENCE:(\d+)/.exec(ics)![1]);
    expect(await calendarOf(b)).not.toContain(`UID:class-${c.id}@casmooc`);

    const fresh: TrainingClassDto = (await cnic.get(`/api/training/classes/${c.id}`).expect(200)).body;
    await cnic.put(`/api/training/classes/${c.id}`, { version: fresh.version, class: { ...classInputOf(fresh), startAt: '2026-09-01 13:30' } }).expect(200);
    const moved = await calendarOf(a);
    expect(sequence(moved)).toBeGreaterThan(sequence(first));
    expect(moved).toContain('DTSTART:20260901T053000Z');

    await withdraw(a, c).expect(200);
    expect(await calendarOf(a)).not.toContain(`UID:class-${c.id}@casmooc`);
    // The one who waited has the seat now, and the entry.
    expect(await calendarOf(b)).toContain(`UID:class-${c.id}@casmooc`);
  });

  it('calendar feed: a private URL read without signing in; renewing it or revoking it ends the old one', async () => {
    const c = await classWith({ headcount: 5 });
    const [a] = await staffAccounts(h, '新媒体技术与应用发展部', 1);
    await register(a, c).expect(200);
    expect((await a.get('/api/me/calendar-feed').expect(200)).body).toEqual({ enabled: false, createdAt: null });
    const { path } = (await a.post('/api/me/calendar-feed').expect(200)).body;
    const feed = await request(h.bff.app).get(path).expect(200).expect('Content-Type', /text\/calendar/);
    expect(feed.text).toContain(`UID:class-${c.id}@casmooc`);
    expect((await a.get('/api/me/calendar-feed').expect(200)).body.enabled).toBe(true);

    const renewed = (await a.post('/api/me/calendar-feed').expect(200)).body.path;
    await request(h.bff.app).get(path).expect(404);
    await request(h.bff.app).get(renewed).expect(200);
    await a.delete('/api/me/calendar-feed').expect(204);
    await request(h.bff.app).get(renewed).expect(404);
    await request(h.bff.app).get('/api/calendar/feeds/not-a-token').expect(400);
  });

  it('more seats on the class form: the waitlist takes them up in order, and those promoted are told', async () => {
    const c = await classWith({ headcount: 1 });
    const [a, b, d] = await staffAccounts(h, '新媒体技术与应用发展部', 3);
    for (const who of [a, b, d]) await register(who, c).expect(200);
    const seen = (await b.get('/api/events?limit=500').expect(200)).body.at(-1)?.id ?? 0;
    const fresh: TrainingClassDto = (await cnic.get(`/api/training/classes/${c.id}`).expect(200)).body;
    await cnic.put(`/api/training/classes/${c.id}`, { version: fresh.version, class: { ...classInputOf(fresh), headcount: 2 } }).expect(200);
    expect(((await b.get(`/api/events?after=${seen}`).expect(200)).body as DomainEvent[]).map((e) => e.type)).toContain('registration.promoted');
    expect((await registrations(c)).counts).toMatchObject({ registered: 2, waitlisted: 1 });
    expect((await d.get(`/api/training/open/${c.id}`).expect(200)).body.mine).toMatchObject({ state: 'waitlisted', waitPosition: 1 });
  });

  it('fewer seats on the class form than are taken is refused on the field, and nobody loses a seat', async () => {
    const c = await classWith({ headcount: 3 });
    const [a, b] = await staffAccounts(h, '新媒体技术与应用发展部', 2);
    for (const who of [a, b]) await register(who, c).expect(200);
    const fresh: TrainingClassDto = (await cnic.get(`/api/training/classes/${c.id}`).expect(200)).body;
    const refused = await cnic.put(`/api/training/classes/${c.id}`, { version: fresh.version, class: { ...classInputOf(fresh), headcount: 1 } }).expect(400);
    expect(refused.body.error.fields).toEqual({ 'class.headcount': '已有 2 人占用名额，不能少于 2 (T-4)' });
    // Both hold research seats (staffAccounts' default post type).
    const quota = await cnic.put(`/api/training/classes/${c.id}`, { version: fresh.version, class: { ...classInputOf(fresh), researchCount: 1 } }).expect(400);
    expect(quota.body.error.fields).toEqual({ 'class.researchCount': '已有 2 人占用名额，不能少于 2 (T-4)' });
    expect((await registrations(c)).counts).toMatchObject({ registered: 2 });
    // Down to exactly the seats taken is fine.
    await cnic.put(`/api/training/classes/${c.id}`, { version: fresh.version, class: { ...classInputOf(fresh), headcount: 2 } }).expect(200);
  });

  it('at once: fewer seats on the form while someone registers for the last one: either the edit is refused or the registration waits, never more taken than seats', async () => {
    for (let round = 0; round < 3; round += 1) {
      const c = await classWith({ headcount: 3 });
      const [a, b, d] = await staffAccounts(h, '新媒体技术与应用发展部', 3);
      for (const who of [a, b]) await register(who, c).expect(200);
      const fresh: TrainingClassDto = (await cnic.get(`/api/training/classes/${c.id}`).expect(200)).body;
      const [edit, reg] = await Promise.all([cnic.put(`/api/training/classes/${c.id}`, { version: fresh.version, class: { ...classInputOf(fresh), headcount: 2 } }), register(d, c)]);
      const after: TrainingClassDto = (await cnic.get(`/api/training/classes/${c.id}`).expect(200)).body;
      const { counts } = await registrations(c);
      expect(counts.registered).toBeLessThanOrEqual(after.headcount);
      if (edit.status === 200) expect([after.headcount, reg.body.state]).toEqual([2, 'waitlisted']);
      else expect([edit.status, after.headcount, reg.body.state]).toEqual([400, 3, 'registered']);
    }
  });

  it('a class made 不公开 after people registered: they still see it and may withdraw; nobody else reaches it, nor registers', async () => {
    const c = await classWith({ visibility: 'academy', headcount: 5 });
    const [a, b] = await staffAccounts(h, '新媒体技术与应用发展部', 2);
    await register(a, c).expect(200);
    const fresh: TrainingClassDto = (await cnic.get(`/api/training/classes/${c.id}`).expect(200)).body;
    await cnic.put(`/api/training/classes/${c.id}`, { version: fresh.version, class: { ...classInputOf(fresh), visibility: 'private', registrationOpen: false } }).expect(200);
    expect((await a.get(`/api/training/open/${c.id}`).expect(200)).body.mine.state).toBe('registered');
    await b.get(`/api/training/open/${c.id}`).expect(404);
    await register(b, c).expect(404);
    await withdraw(a, c).expect(200);
    expect(await attendees(c)).not.toContain(staffIdOf(a));
    // Having left, not back in: the class is open to nobody.
    expect((await register(a, c).expect(409)).body.error.message).toBe('该培训不对你所在单位开放报名 (T-4)');
  });

  it('seat counts go live to those who may see the class, but stay out of its audit trail; registrations are in it', async () => {
    const c = await classWith({ headcount: 3 });
    const seen = (await staff.get('/api/events?limit=500').expect(200)).body.at(-1)?.id ?? 0;
    await register(staff, c).expect(200);
    const live = (await staff.get(`/api/events?after=${seen}`).expect(200)).body as DomainEvent[];
    expect(live.find((e) => e.type === 'seats.changed')?.payload).toMatchObject({ id: c.id, seats: { taken: 1, left: 2 } });
    const history = ((await cnic.get(`/api/training/classes/${c.id}/history`).expect(200)).body as { type: string }[]).map((e) => e.type);
    expect(history).toContain('registration.created');
    expect(history).not.toContain('seats.changed');
    // A sibling institute hears nothing of a class it cannot see.
    expect(((await iphy.get(`/api/events?after=${seen}`).expect(200)).body as DomainEvent[]).map((e) => e.type)).not.toContain('seats.changed');
  });

  it('at once: two managers decide the same registrations (one wins, nothing twice); two seated withdraw with two waiting (each gets one seat)', async () => {
    const c = await classWith({ headcount: 2, registrationApproval: true });
    const [a, b] = await staffAccounts(h, '新媒体技术与应用发展部', 2);
    for (const who of [a, b]) await register(who, c).expect(200);
    const ids = (await registrations(c)).items.map((r: RegistrationDto) => r.id);
    const second = await h.signIn('cnic_admin');
    const decided = await Promise.all([cnic, second].map((who) => who.post(`/api/training/classes/${c.id}/registrations/decide`, { ids, decision: 'approve' })));
    expect(decided.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await attendees(c)).length).toBe(2);

    const open = await classWith({ headcount: 2 });
    const [p, q, r, s2] = await staffAccounts(h, '新媒体技术与应用发展部', 4);
    for (const who of [p, q, r, s2]) await register(who, open).expect(200);
    await Promise.all([withdraw(p, open).expect(200), withdraw(q, open).expect(200)]);
    expect((await registrations(open)).counts).toMatchObject({ registered: 2, waitlisted: 0, withdrawn: 2 });
    expect(new Set(await attendees(open))).toEqual(new Set([staffIdOf(r), staffIdOf(s2)]));
  });

  it('calendar feed renewed five times at once: one row, exactly one of the URLs works', async () => {
    const [a] = await staffAccounts(h, '新媒体技术与应用发展部', 1);
    const renewed = await Promise.all(Array.from({ length: 5 }, () => a.post('/api/me/calendar-feed')));
    expect(renewed.map((r) => r.status)).toEqual(Array(5).fill(200));
    const working = await Promise.all(renewed.map(async (r) => (await request(h.bff.app).get(r.body.path)).status));
    expect(working.filter((s) => s === 200)).toHaveLength(1);
    expect(await h.t.db('calendar_feeds').where({ user_id: a.me.id }).count({ n: '*' })).toEqual([{ n: 1 }]);
  });

  it('T-6: once their hours are confirmed a person cannot withdraw, and the page says why', async () => {
    const c = await classWith({ headcount: 3 });
    const [a] = await staffAccounts(h, '新媒体技术与应用发展部', 1);
    await register(a, c).expect(200);
    await cnic.post(`/api/training/classes/${c.id}/attendance`, { staffIds: [staffIdOf(a)], attended: true }).expect(200);
    await cnic.post(`/api/training/classes/${c.id}/confirm-hours`, {}).expect(200);
    expect((await a.get(`/api/training/open/${c.id}`).expect(200)).body.mine.actions.withdraw).toMatchObject({ allowed: false, rule: 'T-6' });
    expect((await withdraw(a, c).expect(409)).body.error.message).toBe('你在该培训的学时已确认，不能退出 (T-6)');
  });
});
