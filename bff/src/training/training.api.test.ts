import type { AttendeeDto, PlanInput, TrainingClassDto } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { startTestBff, type SignedIn, type TestBff } from '../testing/test-bff';

/** Mid-June 2026 in Beijing: added plans are for 2026 and may be implemented now. */
const NOW = new Date('2026-06-15T10:00:00+08:00');

describe.each(testDialects())('training classes and attendance API on %s', (dialect) => {
  let h: TestBff;
  let cnic: SignedIn;
  let manager: SignedIn;
  let iphy: SignedIn;
  let staff: SignedIn;
  let serial = 0;

  const orgId = async (name: string): Promise<number> => (await h.t.db('orgs').where({ name }).first()).id;
  /** Staff ids of an org's subtree, in employee-number order. */
  const staffOf = async (orgName: string, n: number): Promise<number[]> => {
    const org = await h.t.db('orgs').where({ name: orgName }).first();
    return (await h.t.db('staff as s').join('orgs as o', 'o.id', 's.org_id').where('o.path', 'like', `${org.path}%`).orderBy('s.employee_no').limit(n).pluck('s.id')).map(Number);
  };

  /** An institute admin's added plan: published directly (P-3), then implemented (P-10). */
  const implemented = async (overrides: Partial<PlanInput> = {}) => {
    const plan = examplePlan({ orgId: await orgId('计算机网络信息中心'), planType: 'added', year: 2026, month: '2026-09', name: `2026 参会测试培训 ${++serial}`, ...overrides });
    const created = (await cnic.post('/api/plans', { plan, submit: true }).expect(201)).body;
    const published = (await cnic.post(`/api/plans/${created.id}/publish`, { version: created.version }).expect(200)).body;
    return (await cnic.post(`/api/plans/${created.id}/implement`, { version: published.version }).expect(200)).body;
  };
  const classOf = async (planId: number): Promise<TrainingClassDto | undefined> =>
    (await cnic.get('/api/training/classes?pageSize=100').expect(200)).body.items.find((c: TrainingClassDto) => c.planId === planId);
  const newClass = async (overrides: Partial<PlanInput> = {}) => (await classOf((await implemented(overrides)).id))!;
  const attendees = async (classId: number, query = ''): Promise<AttendeeDto[]> =>
    (await cnic.get(`/api/training/classes/${classId}/attendees?pageSize=100${query}`).expect(200)).body.items;
  const confirmedHours = async (classId: number) =>
    Number((await h.t.db('class_attendees').where({ class_id: classId }).sum({ total: 'confirmed_hours' }))[0].total ?? 0);

  beforeAll(async () => {
    h = await startTestBff(dialect, {}, () => NOW);
    [cnic, manager, iphy, staff] = await Promise.all(['cnic_admin', 'xmt_manager', 'iphy_admin', 'staff'].map((u) => h.signIn(u)));
  });
  afterAll(() => h.close());

  it('P-10, T-1: implementing a project plan creates its class pre-filled from the plan; 其他计划 get none', async () => {
    const plan = await implemented({ hours: 12, days: 2, headcount: 40 });
    const created = await classOf(plan.id);
    expect(created).toMatchObject({
      planId: plan.id,
      name: plan.name,
      orgName: '计算机网络信息中心',
      year: 2026,
      month: '2026-09',
      hours: 12,
      days: 2,
      headcount: 40,
      contactName: plan.contactName,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      attendance: { added: 0, attended: 0, confirmed: 0 },
    });
    const event = await h.t.db('events').where({ type: 'plan.implemented', subject: `plan:${plan.id}` }).first();
    expect(JSON.parse(event.payload)).toMatchObject({ classId: created!.id });

    const other = await implemented({ kind: 'other' });
    expect(other.implemented).toBe(true);
    expect(await classOf(other.id)).toBeUndefined();
  });

  it('classes are seen by managers of the class’s org and above only; the list filters by year and name', async () => {
    const cls = await newClass({ name: '2026 可见性测试培训' });
    await iphy.get(`/api/training/classes/${cls.id}`).expect(404);
    await iphy.post(`/api/training/classes/${cls.id}/attendees`, { staffIds: await staffOf('物理研究所', 1) }).expect(404);
    await staff.get('/api/training/classes').expect(403);
    expect((await iphy.get('/api/training/classes').expect(200)).body.items.map((c: TrainingClassDto) => c.id)).not.toContain(cls.id);
    // The department's manager sees only what lies in their department: a class of the institute is above them.
    await manager.get(`/api/training/classes/${cls.id}`).expect(404);

    const byName = (await cnic.get(`/api/training/classes?name=${encodeURIComponent('可见性')}`).expect(200)).body;
    expect(byName.items.map((c: TrainingClassDto) => c.id)).toEqual([cls.id]);
    expect((await cnic.get('/api/training/classes?year=2025').expect(200)).body.total).toBe(0);
  });

  it('T-6: people from the picker join the list once; people outside the subtree are refused and nothing is added', async () => {
    const cls = await newClass();
    const [a, b, c] = await staffOf('计算机网络信息中心', 3);
    const first = (await cnic.post(`/api/training/classes/${cls.id}/attendees`, { staffIds: [a, b] }).expect(200)).body;
    expect(first).toEqual({ added: 2, alreadyListed: 0, attendance: { added: 2, attended: 0, confirmed: 0 } });
    const again = (await cnic.post(`/api/training/classes/${cls.id}/attendees`, { staffIds: [b, c, c] }).expect(200)).body;
    expect(again).toMatchObject({ added: 1, alreadyListed: 1, attendance: { added: 3 } });

    const [sibling] = await staffOf('物理研究所', 1);
    const refused = await cnic.post(`/api/training/classes/${cls.id}/attendees`, { staffIds: [sibling, a] }).expect(400);
    expect(refused.body.error.fields.staffIds).toBe('有 1 人不存在或不在您的管理范围内');
    await cnic.post(`/api/training/classes/${cls.id}/attendees`, { staffIds: [] }).expect(400);
    expect((await attendees(cls.id)).map((p) => p.id)).toEqual([a, b, c]);
  });

  it('T-6: ticked people get the class’s hours once; confirming again never doubles them; confirmed people stay', async () => {
    const cls = await newClass({ hours: 8 });
    const [a, b, c] = await staffOf('计算机网络信息中心', 3);
    await cnic.post(`/api/training/classes/${cls.id}/attendees`, { staffIds: [a, b, c] }).expect(200);
    const ticked = (await cnic.post(`/api/training/classes/${cls.id}/attendance`, { staffIds: [a, b], attended: true }).expect(200)).body;
    expect(ticked).toEqual({ attendance: { added: 3, attended: 2, confirmed: 0 } });

    const first = (await cnic.post(`/api/training/classes/${cls.id}/confirm-hours`, {}).expect(200)).body;
    // Everyone ticked: the one not ticked is not part of it.
    expect(first).toEqual({ confirmed: 2, already_confirmed: 0, not_attended: 0, not_added: 0, attendance: { added: 3, attended: 2, confirmed: 2 } });
    const second = (await cnic.post(`/api/training/classes/${cls.id}/confirm-hours`, { staffIds: [a, b, c, 999999] }).expect(200)).body;
    expect(second).toMatchObject({ confirmed: 0, already_confirmed: 2, not_attended: 1, not_added: 1 });
    expect(await confirmedHours(cls.id)).toBe(16);
    expect((await attendees(cls.id, '&show=confirmed')).map((p) => [p.id, p.confirmedHours])).toEqual([[a, 8], [b, 8]]);

    const untick = await cnic.post(`/api/training/classes/${cls.id}/attendance`, { staffIds: [a, c], attended: false }).expect(409);
    expect(untick.body.error).toMatchObject({ code: 'NOT_ALLOWED', rule: 'T-6', message: '学时已确认，不能取消参会或移除 (T-6)' });
    await cnic.post(`/api/training/classes/${cls.id}/attendees/remove`, { staffIds: [b] }).expect(409);
    const notListed = await cnic.post(`/api/training/classes/${cls.id}/attendees/remove`, { staffIds: [c, 999999] }).expect(400);
    expect(notListed.body.error.fields.staffIds).toBe('有 1 人不在参会人员名单中');
    expect((await cnic.post(`/api/training/classes/${cls.id}/attendees/remove`, { staffIds: [c] }).expect(200)).body).toEqual({ attendance: { added: 2, attended: 2, confirmed: 2 } });
  });

  it('T-6: twenty confirmations at once give each ticked person their hours exactly once', async () => {
    const cls = await newClass({ hours: 4 });
    const people = await staffOf('计算机网络信息中心', 30);
    await cnic.post(`/api/training/classes/${cls.id}/attendees`, { staffIds: people }).expect(200);
    await cnic.post(`/api/training/classes/${cls.id}/attendance`, { staffIds: people.slice(0, 25), attended: true }).expect(200);
    const answers = await Promise.all(Array.from({ length: 20 }, () => cnic.post(`/api/training/classes/${cls.id}/confirm-hours`, {}).expect(200)));
    expect(answers.reduce((sum, r) => sum + r.body.confirmed, 0)).toBe(25);
    expect(await confirmedHours(cls.id)).toBe(100);
  });

  it('T-6: every attendance change is an event for the class’s managers; 学时确认 is told to the person whose hours they are', async () => {
    const cls = await newClass({ hours: 6 });
    const me = staff.me.staff!;
    const [other] = await staffOf('党群办公室', 1);
    const start = Number((await h.t.db('events').max({ latest: 'id' }))[0].latest);
    await cnic.post(`/api/training/classes/${cls.id}/attendees`, { staffIds: [me.id, other] }).expect(200);
    await cnic.post(`/api/training/classes/${cls.id}/attendance`, { staffIds: [me.id, other], attended: true }).expect(200);
    await cnic.post(`/api/training/classes/${cls.id}/attendance`, { staffIds: [other], attended: false }).expect(200);
    await cnic.post(`/api/training/classes/${cls.id}/attendees/remove`, { staffIds: [other] }).expect(200);
    await cnic.post(`/api/training/classes/${cls.id}/confirm-hours`, {}).expect(200);

    const seen = async (who: SignedIn) => (await who.get(`/api/events?after=${start}`).expect(200)).body.filter((e: { subject: string }) => e.subject === `class:${cls.id}`);
    const audit = await seen(cnic);
    expect(audit.map((e: { type: string }) => e.type)).toEqual(['class.attendees-added', 'class.attendance-marked', 'class.attendance-marked', 'class.attendees-removed', 'class.hours-confirmed']);
    expect(audit[0]).toMatchObject({ actorId: cnic.me.id, payload: { id: cls.id, name: cls.name, count: 2, added: 2 } });
    expect(audit.at(-1)).toMatchObject({ payload: { count: 1, hours: 6 } });
    expect((await seen(staff)).map((e: { type: string }) => e.type)).toEqual(['class.hours-confirmed']);
    expect(await seen(iphy)).toEqual([]);
  });

  it('the attendance list pages and searches by name or employee number', async () => {
    const cls = await newClass();
    const people = await staffOf('计算机网络信息中心', 25);
    await cnic.post(`/api/training/classes/${cls.id}/attendees`, { staffIds: people }).expect(200);
    const page2 = (await cnic.get(`/api/training/classes/${cls.id}/attendees?page=2&pageSize=10`).expect(200)).body;
    expect(page2).toMatchObject({ total: 25, page: 2, pageSize: 10 });
    expect(page2.items).toHaveLength(10);
    const someone = page2.items[3] as AttendeeDto;
    expect((await attendees(cls.id, `&q=${encodeURIComponent(someone.name)}`)).map((p) => p.id)).toContain(someone.id);
    expect((await attendees(cls.id, `&q=${someone.employeeNo.toLowerCase()}`)).map((p) => p.id)).toEqual([someone.id]);
    await cnic.get(`/api/training/classes/${cls.id}/attendees?show=everyone`).expect(400);
  });
});
