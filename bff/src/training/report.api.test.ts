import { type ClassInput, type ClassReportDto, type PlanInput, type TrainingClassDto } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { classInputOf } from '@casmooc/domain/src/training/testing';
import { staffAccounts } from '../testing/staff-accounts';
import { binary, readSheet } from '../testing/sheets';
import { startTestBff, type SignedIn, type TestBff } from '../testing/test-bff';

/** Mid-June 2026 in Beijing: the class's registration is open, it starts in September. */
const NOW = new Date('2026-06-15T10:00:00+08:00');

describe.each(testDialects())('培训项目报表 (T-7) on %s', (dialect) => {
  let h: TestBff;
  let cnic: SignedIn;
  let iphy: SignedIn;
  let c: TrainingClassDto;
  let people: SignedIn[];

  const report = async (): Promise<ClassReportDto> => (await cnic.get(`/api/training/classes/${c.id}/report`).expect(200)).body;

  beforeAll(async () => {
    h = await startTestBff(dialect, {}, () => NOW);
    [cnic, iphy] = await Promise.all(['cnic_admin', 'iphy_admin'].map((u) => h.signIn(u)));
    const org = (await h.t.db('orgs').where({ name: '计算机网络信息中心' }).first()).id;
    const plan = examplePlan({ orgId: org, planType: 'added', year: 2026, month: '2026-09', name: '2026 报表测试培训', hours: 16, days: 2, headcount: 30, budget: 50000 } satisfies Partial<PlanInput>);
    const created = (await cnic.post('/api/plans', { plan, submit: true }).expect(201)).body;
    const published = (await cnic.post(`/api/plans/${created.id}/publish`, { version: created.version }).expect(200)).body;
    await cnic.post(`/api/plans/${created.id}/implement`, { version: published.version }).expect(200);
    const [draft] = (await cnic.get(`/api/training/classes?name=${encodeURIComponent(plan.name)}`).expect(200)).body.items as TrainingClassDto[];
    const settings: Partial<ClassInput> = {
      contactEmail: 'wangxia@cnic.cn',
      visibility: 'institute',
      registrationOpen: true,
      registrationApproval: false,
      registrationFrom: '2026-06-01 00:00',
      registrationTo: '2026-08-31 18:00',
      budget: 48000,
      researchCount: 18,
      managementCount: 6,
      supportCount: 2,
      externalCount: 3,
      staffCount: 2,
    };
    c = (await cnic.put(`/api/training/classes/${draft.id}`, { version: draft.version, class: { ...classInputOf(draft), ...settings } }).expect(200)).body;
    people = [...(await staffAccounts(h, '新媒体技术与应用发展部', 3, 'research')), ...(await staffAccounts(h, '党群办公室', 1, 'management'))];
  });
  afterAll(() => h.close());

  it('T-7: headcount by post type against the plan, registrations, notice reads, attendance, hours and budget', async () => {
    for (const p of people) await p.post(`/api/training/open/${c.id}/register`).expect(200);
    await people[3].post(`/api/training/open/${c.id}/withdraw`).expect(200);
    const ids = people.map((p) => p.me.staff!.id);
    const notice = (await cnic.post(`/api/training/classes/${c.id}/notices`, { title: '开班通知', staffIds: ids.slice(0, 3), askAck: true }).expect(201)).body;
    const receipt = await h.t.db('notice_receipts').where({ notice_id: notice.id, staff_id: ids[0] }).first('id');
    await people[0].post(`/api/inbox/${receipt.id}/read`).expect(200);

    await cnic.post(`/api/training/classes/${c.id}/attendees`, { staffIds: ids }).expect(200);
    await cnic.post(`/api/training/classes/${c.id}/attendance`, { staffIds: [ids[0], ids[1], ids[3]], attended: true }).expect(200);
    await cnic.post(`/api/training/classes/${c.id}/confirm-hours`, {}).expect(200);

    const r = await report();
    expect(r.class).toMatchObject({ id: c.id, name: '2026 报表测试培训', orgName: '计算机网络信息中心', hours: 16 });
    expect(r.headcount).toEqual({
      planned: 30,
      actual: 3,
      rows: [
        { group: 'research', planned: 18, actual: 2 },
        { group: 'management', planned: 6, actual: 1 },
        { group: 'support', planned: 2, actual: 0 },
        { group: 'external', planned: 3, actual: null },
        { group: 'staff', planned: 2, actual: null },
      ],
    });
    expect(r.registrations).toEqual({ total: 4, byState: { pending: 0, registered: 3, waitlisted: 0, declined: 0, withdrawn: 1 } });
    expect(r.notices).toEqual([expect.objectContaining({ title: '开班通知', askAck: true, sent: 3, read: 1, acknowledged: 0 })]);
    expect(r.attendance).toEqual({ added: 4, attended: 3, confirmed: 3 });
    expect(r.hours).toEqual({ people: 3, generalHours: 0, professionalHours: 48, totalHours: 48 });
    expect(r.budget).toEqual({ plan: 50000, planned: 48000, spent: null });

    // A reversal takes a person's class hours off the record: the report counts what the ledger holds.
    const [entry] = (await cnic.get(`/api/hours/people/${ids[1]}?year=2026`).expect(200)).body.entries;
    await cnic.post(`/api/hours/entries/${entry.id}/reversal`, { reason: '未全程参加' }).expect(201);
    expect((await report()).hours).toEqual({ people: 2, generalHours: 0, professionalHours: 32, totalHours: 32 });
  });

  it('T-7: 实际支出 is recorded once the class is implemented, at the version read, to the fen', async () => {
    const before = await report();
    expect(before.actions.recordSpending).toMatchObject({ allowed: false, rule: 'T-7' });
    const refused = await cnic.put(`/api/training/classes/${c.id}/spending`, { version: before.class.version, spent: 100 }).expect(409);
    expect(refused.body.error).toMatchObject({ code: 'NOT_ALLOWED', rule: 'T-7' });

    const implemented = (await cnic.post(`/api/training/classes/${c.id}/implement`, { version: before.class.version }).expect(200)).body as TrainingClassDto;
    await cnic.put(`/api/training/classes/${c.id}/spending`, { version: implemented.version, spent: -1 }).expect(400);
    await cnic.put(`/api/training/classes/${c.id}/spending`, { version: implemented.version, spent: 12.345 }).expect(400);
    const saved = (await cnic.put(`/api/training/classes/${c.id}/spending`, { version: implemented.version, spent: 45210.5 }).expect(200)).body as TrainingClassDto;
    expect(saved.spent).toBe(45210.5);
    await cnic.put(`/api/training/classes/${c.id}/spending`, { version: implemented.version, spent: 1 }).expect(409);
    // Recorded at once from two screens at the same version: one lands, the other is told to reload.
    const both = await Promise.all([100, 200, 300].map((amount) => cnic.put(`/api/training/classes/${c.id}/spending`, { version: saved.version, spent: 45210.5 + amount })));
    expect(both.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    const settled = both.find((a) => a.status === 200)!.body as TrainingClassDto;
    await cnic.put(`/api/training/classes/${c.id}/spending`, { version: settled.version, spent: 45210.5 }).expect(200);
    await iphy.put(`/api/training/classes/${c.id}/spending`, { version: saved.version, spent: 1 }).expect(404);
    expect((await report()).budget).toEqual({ plan: 50000, planned: 48000, spent: 45210.5 });
    expect(await h.t.db('events').where({ type: 'class.spending-recorded', subject: `class:${c.id}` }).count({ n: '*' })).toEqual([{ n: 3 }]);
  });

  it('T-7: only the class’s managers and those above see the report; it exports as a workbook for print', async () => {
    await iphy.get(`/api/training/classes/${c.id}/report`).expect(404);
    await people[0].get(`/api/training/classes/${c.id}/report`).expect(403);
    const res = await cnic.get(`/api/training/classes/${c.id}/report.xlsx`).buffer(true).parse(binary).expect(200);
    const sheet = await readSheet(res.body);
    expect(sheet.getRow(1).getCell(1).value).toBe('2026 报表测试培训 · 培训项目报表');
    const values = sheet.getSheetValues().flat().filter((v) => v !== null && v !== undefined);
    expect(values).toEqual(expect.arrayContaining(['参训人数', '科研岗', '报名情况', '开班通知', '实际支出', 45210.5]));
    expect(sheet.pageSetup).toMatchObject({ orientation: 'portrait', fitToWidth: 1 });
  });
});
