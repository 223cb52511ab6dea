import { type ClassInput, type HoursProgressPage, type HoursRecordDto, type PlanInput, type TrainingClassDto } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { classInputOf } from '@casmooc/domain/src/training/testing';
import { staffAccounts } from '../testing/staff-accounts';
import { binary, readSheet } from '../testing/sheets';
import { startTestBff, type SignedIn, type TestBff } from '../testing/test-bff';

/** Mid-June 2026 in Beijing: added plans are for 2026 and may be implemented now. */
const NOW = new Date('2026-06-15T10:00:00+08:00');

describe.each(testDialects())('continuing-education record API on %s', (dialect) => {
  let h: TestBff;
  let admin: SignedIn;
  let cnic: SignedIn;
  let manager: SignedIn;
  let iphy: SignedIn;
  let serial = 0;

  const orgId = async (name: string): Promise<number> => (await h.t.db('orgs').where({ name }).first()).id;

  /** An institute's class, implemented, with the hours and category given, and these people ticked as attending. */
  const classWith = async (changes: Partial<ClassInput>, people: readonly number[]): Promise<TrainingClassDto> => {
    const plan = examplePlan({ orgId: await orgId('计算机网络信息中心'), planType: 'added', year: 2026, month: '2026-09', name: `2026 学时测试培训 ${++serial}`, hours: 24, days: 3 } satisfies Partial<PlanInput>);
    const created = (await cnic.post('/api/plans', { plan, submit: true }).expect(201)).body;
    const published = (await cnic.post(`/api/plans/${created.id}/publish`, { version: created.version }).expect(200)).body;
    await cnic.post(`/api/plans/${created.id}/implement`, { version: published.version }).expect(200);
    const [c] = (await cnic.get(`/api/training/classes?name=${encodeURIComponent(plan.name)}`).expect(200)).body.items as TrainingClassDto[];
    const saved = (await cnic.put(`/api/training/classes/${c.id}`, { version: c.version, class: { ...classInputOf(c), contactEmail: 'wangxia@cnic.cn', ...changes } }).expect(200)).body;
    await cnic.post(`/api/training/classes/${c.id}/attendees`, { staffIds: people }).expect(200);
    await cnic.post(`/api/training/classes/${c.id}/attendance`, { staffIds: people, attended: true }).expect(200);
    return saved;
  };
  const recordOf = async (staffId: number, who: SignedIn = cnic): Promise<HoursRecordDto> => (await who.get(`/api/hours/people/${staffId}?year=2026`).expect(200)).body;
  const external = (staffId: number, overrides: object = {}) => ({ activity: 'conference', title: '全国科研管理年会', date: '2026-05-20', kind: 'professional', hours: 12, evidence: '会议组委会参会证明 No.2026-118', ...overrides });

  beforeAll(async () => {
    h = await startTestBff(dialect, {}, () => NOW);
    [admin, cnic, manager, iphy] = await Promise.all(['admin', 'cnic_admin', 'xmt_manager', 'iphy_admin'].map((u) => h.signIn(u)));
  });
  afterAll(() => h.close());

  it('T-6, T-8, H-1: 学时确认 credits the person’s record by the class’s split, once however often it is confirmed', async () => {
    const [person] = await staffAccounts(h, '新媒体技术与应用发展部', 1);
    const staffId = person.me.staff!.id;
    const c = await classWith({ hoursCategory: 'split', generalHours: 8 }, [staffId]);
    await Promise.all(Array.from({ length: 5 }, () => cnic.post(`/api/training/classes/${c.id}/confirm-hours`, {}).expect(200)));
    await cnic.post(`/api/training/classes/${c.id}/confirm-hours`, { staffIds: [staffId] }).expect(200);

    const mine: HoursRecordDto = (await person.get('/api/hours/me').expect(200)).body;
    expect(mine.year).toBe(2026);
    expect(mine.entries).toHaveLength(1);
    expect(mine.entries[0]).toMatchObject({ kind: 'credit', title: c.name, source: { type: 'class', classId: c.id }, generalHours: 8, professionalHours: 16, recordedBy: '网络中心管理员' });
    expect(mine.progress).toMatchObject({ generalHours: 8, professionalHours: 16, totalHours: 24, requiredHours: 90, requiredProfessionalHours: 60, missingHours: 66, met: false });
    expect(mine.requirement).toMatchObject({ annualHours: 90, professionalShare: 0.6667, orgId: null });
    // Staff see their record but do not correct it.
    expect(mine.entries[0].actions.reverse).toMatchObject({ allowed: false, rule: 'H-1' });
    expect(await h.t.db('hours_ledger').where({ staff_id: staffId }).count({ n: '*' })).toEqual([{ n: 1 }]);
  });

  it('H-2: a person without a staff record has no 我的学时; staff reach no one else’s record', async () => {
    const [person, other] = await staffAccounts(h, '新媒体技术与应用发展部', 2);
    await h.t.db('users').where({ id: person.me.id }).update({ staff_id: null });
    const relinked = await h.signIn(person.me.username);
    await relinked.get('/api/hours/me').expect(404);
    await other.get(`/api/hours/people/${other.me.staff!.id}`).expect(403);
    await other.get('/api/hours/progress').expect(403);
  });

  it('H-1: a manager records an external activity with its evidence; a sibling institute, a future date or one’s own record are refused', async () => {
    const [person] = await staffAccounts(h, '新媒体技术与应用发展部', 1);
    const staffId = person.me.staff!.id;
    const record: HoursRecordDto = (await manager.post(`/api/hours/people/${staffId}/entries`, external(staffId)).expect(201)).body;
    expect(record.entries).toEqual([
      expect.objectContaining({ kind: 'credit', title: '全国科研管理年会', date: '2026-05-20', source: { type: 'external', activity: 'conference', evidence: '会议组委会参会证明 No.2026-118', files: [] }, generalHours: 0, professionalHours: 12 }),
    ]);
    expect(record.entries[0].actions.reverse).toEqual({ allowed: true });
    const event = await h.t.db('events').where({ type: 'hours.recorded', subject: `staff:${staffId}` }).first();
    expect(event).toBeDefined();

    const refusedDate = await manager.post(`/api/hours/people/${staffId}/entries`, external(staffId, { date: '2026-06-16' })).expect(409);
    expect(refusedDate.body.error).toMatchObject({ code: 'NOT_ALLOWED', rule: 'H-1' });
    const missing = await manager.post(`/api/hours/people/${staffId}/entries`, external(staffId, { evidence: ' ', hours: 0.25 })).expect(400);
    expect(Object.keys(missing.body.error.fields).sort()).toEqual(['evidence', 'hours']);
    await iphy.post(`/api/hours/people/${staffId}/entries`, external(staffId)).expect(404);
    await iphy.get(`/api/hours/people/${staffId}`).expect(404);
    await person.post(`/api/hours/people/${staffId}/entries`, external(staffId)).expect(403);
    // The department's manager is a staff member of the department too: their own record is kept by someone else.
    const own = await manager.post(`/api/hours/people/${manager.me.staff!.id}/entries`, external(0)).expect(409);
    expect(own.body.error.rule).toBe('H-1');
    expect((await recordOf(staffId)).entries).toHaveLength(1);
  });

  it('H-1: evidence is added to an external activity’s row, typed by its bytes, at most ten, seen by the person and their managers only', async () => {
    const [person, colleague] = await staffAccounts(h, '新媒体技术与应用发展部', 2);
    const staffId = person.me.staff!.id;
    const record: HoursRecordDto = (await manager.post(`/api/hours/people/${staffId}/entries`, external(staffId)).expect(201)).body;
    const [entry] = record.entries;
    expect(entry.actions.addEvidence).toEqual({ allowed: true });
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    const uploaded = (await manager.upload(`/api/hours/entries/${entry.id}/evidence?name=${encodeURIComponent('参会证明.pdf')}`, pdf).expect(201)).body;
    expect(uploaded).toMatchObject({ name: '参会证明.pdf', mime: 'application/pdf', size: pdf.length });
    await manager.upload(`/api/hours/entries/${entry.id}/evidence?name=disguised.pdf`, Buffer.from('MZ\x90\x00 not a pdf')).expect(400);

    const mine: HoursRecordDto = (await person.get('/api/hours/me?year=2026').expect(200)).body;
    expect(mine.entries[0].source).toMatchObject({ type: 'external', files: [expect.objectContaining({ id: uploaded.id, name: '参会证明.pdf' })] });
    expect(mine.entries[0].actions.addEvidence).toMatchObject({ allowed: false, rule: 'H-1' });
    const url = `/api/hours/entries/${entry.id}/evidence/${uploaded.id}`;
    expect((await person.get(url).buffer(true).parse(binary).expect(200)).body).toEqual(pdf);
    await manager.get(url).expect(200);
    await colleague.get(url).expect(404);
    await iphy.get(url).expect(404);
    await iphy.upload(`/api/hours/entries/${entry.id}/evidence?name=a.pdf`, pdf).expect(404);
    await person.upload(`/api/hours/entries/${entry.id}/evidence?name=a.pdf`, pdf).expect(403);

    // Ten at most, counted under the row's lock: twelve at once leave ten.
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => manager.upload(`/api/hours/entries/${entry.id}/evidence?name=p${i}.pdf`, pdf)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(9);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body.error.code)).toEqual(['EVIDENCE_LIMIT', 'EVIDENCE_LIMIT', 'EVIDENCE_LIMIT']);

    // A class's row takes none: its attendance is its evidence.
    const c = await classWith({ hoursCategory: 'professional' }, [staffId]);
    await cnic.post(`/api/training/classes/${c.id}/confirm-hours`, {}).expect(200);
    const classRow = (await recordOf(staffId)).entries.find((e) => e.source.type === 'class')!;
    expect((await manager.upload(`/api/hours/entries/${classRow.id}/evidence?name=a.pdf`, pdf).expect(409)).body.error.rule).toBe('H-1');
  });

  it('H-1: a correction is a reversal with its reason and a new row, both in the history; a row is reversed once, even when asked at once', async () => {
    const [person] = await staffAccounts(h, '新媒体技术与应用发展部', 1);
    const staffId = person.me.staff!.id;
    const c = await classWith({ hoursCategory: 'professional' }, [staffId]);
    await cnic.post(`/api/training/classes/${c.id}/confirm-hours`, {}).expect(200);
    const [credit] = (await recordOf(staffId)).entries;

    const reason = '实际参加 2 天，按 16 学时计';
    const answers = await Promise.all(Array.from({ length: 5 }, () => cnic.post(`/api/hours/entries/${credit.id}/reversal`, { reason, replacement: { generalHours: 0, professionalHours: 16 } })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const record: HoursRecordDto = answers.find((a) => a.status === 201)!.body;
    expect(record.entries.map((e) => [e.kind, e.professionalHours, e.reason])).toEqual([
      ['credit', 24, null],
      ['reversal', -24, reason],
      ['correction', 16, reason],
    ]);
    const [original, reversal, correction] = record.entries;
    expect(original.reversedBy).toBe(reversal.id);
    expect(reversal.refersTo).toBe(original.id);
    expect(correction.refersTo).toBe(original.id);
    expect(record.progress.professionalHours).toBe(16);
    expect(original.actions.reverse).toMatchObject({ allowed: false, rule: 'H-1' });
    expect(reversal.actions.reverse).toMatchObject({ allowed: false, rule: 'H-1' });
    expect(correction.actions.reverse).toEqual({ allowed: true });
    expect((await cnic.post(`/api/hours/entries/${reversal.id}/reversal`, { reason: '再冲销' }).expect(409)).body.error.rule).toBe('H-1');
    await cnic.post(`/api/hours/entries/${correction.id}/reversal`, { reason: '' }).expect(400);
    await iphy.post(`/api/hours/entries/${correction.id}/reversal`, { reason: '越权' }).expect(404);

    // Reversed without a replacement: nothing of the class counts any more; the confirmation still is not repeated.
    const cleared: HoursRecordDto = (await cnic.post(`/api/hours/entries/${correction.id}/reversal`, { reason: '未参加' }).expect(201)).body;
    expect(cleared.progress.totalHours).toBe(0);
    await cnic.post(`/api/training/classes/${c.id}/confirm-hours`, {}).expect(200);
    expect((await recordOf(staffId)).entries).toHaveLength(4);
    const events = await h.t.db('events').where({ type: 'hours.reversed', subject: `staff:${staffId}` }).count({ n: '*' });
    expect(Number(events[0].n)).toBe(2);
  });

  it('H-2: the Academy sets the requirement, an institute overrides it for its subtree, a sibling keeps the Academy’s; stale versions conflict', async () => {
    const academy = await orgId('中国科学院');
    const institute = await orgId('计算机网络信息中心');
    const [inside] = await staffAccounts(h, '新媒体技术与应用发展部', 1);
    const [outside] = await staffAccounts(h, '人事教育处', 1);

    expect((await admin.get(`/api/hours/requirements/${academy}`).expect(200)).body).toMatchObject({ annualHours: 90, own: false, version: 0, orgId: null });
    const set = (await admin.put(`/api/hours/requirements/${academy}`, { annualHours: 96, professionalShare: 0.6667, version: 0 }).expect(200)).body;
    expect(set).toMatchObject({ annualHours: 96, requiredProfessionalHours: 64, own: true, orgId: academy, orgName: '中国科学院' });
    await admin.put(`/api/hours/requirements/${academy}`, { annualHours: 90, professionalShare: 0.6667, version: 0 }).expect(409);

    await manager.put(`/api/hours/requirements/${institute}`, { annualHours: 72, professionalShare: 0.6667, version: 0 }).expect(403);
    await iphy.put(`/api/hours/requirements/${institute}`, { annualHours: 72, professionalShare: 0.6667, version: 0 }).expect(404);
    await cnic.put(`/api/hours/requirements/${academy}`, { annualHours: 72, professionalShare: 0.6667, version: set.version }).expect(404);
    await cnic.put(`/api/hours/requirements/${institute}`, { annualHours: 72, professionalShare: 2 / 3, version: 0 }).expect(400);
    const override = (await cnic.put(`/api/hours/requirements/${institute}`, { annualHours: 72, professionalShare: 0.6667, version: 0 }).expect(200)).body;
    expect(override).toMatchObject({ annualHours: 72, requiredProfessionalHours: 48, orgName: '计算机网络信息中心' });

    expect((await inside.get('/api/hours/me').expect(200)).body.requirement).toMatchObject({ annualHours: 72, orgName: '计算机网络信息中心' });
    expect((await outside.get('/api/hours/me').expect(200)).body.requirement).toMatchObject({ annualHours: 96, orgName: '中国科学院' });
    expect(await h.t.db('events').where({ type: 'hours.requirement-changed', subject: `org:${institute}` }).count({ n: '*' })).toEqual([{ n: 1 }]);

    // Withdrawn, the subtree follows the Academy again; the version keeps counting, so an old one never matches again.
    await cnic.delete(`/api/hours/requirements/${institute}?version=${override.version - 1}`).expect(409);
    const withdrawn = (await cnic.delete(`/api/hours/requirements/${institute}?version=${override.version}`).expect(200)).body;
    expect(withdrawn).toMatchObject({ annualHours: 96, own: false, orgName: '中国科学院' });
    expect(withdrawn.version).toBeGreaterThan(override.version);
    await cnic.put(`/api/hours/requirements/${institute}`, { annualHours: 80, professionalShare: 0.5, version: 0 }).expect(409);
    await cnic.delete(`/api/hours/requirements/${institute}?version=${withdrawn.version}`).expect(404);
    expect((await inside.get('/api/hours/me').expect(200)).body.requirement.annualHours).toBe(96);
    await admin.put(`/api/hours/requirements/${academy}`, { annualHours: 90, professionalShare: 0.6667, version: set.version }).expect(200);
  });

  it('H-2: two admins setting an org’s first requirement at once: one wins, the other is told it changed', async () => {
    const institute = await orgId('计算机网络信息中心');
    const { version } = (await cnic.get(`/api/hours/requirements/${institute}`).expect(200)).body;
    const answers = await Promise.all([72, 80, 84, 88, 96].map((annualHours) => cnic.put(`/api/hours/requirements/${institute}`, { annualHours, professionalShare: 0.5, version })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409]);
    const winner = answers.find((a) => a.status === 200)!.body;
    expect((await cnic.get(`/api/hours/requirements/${institute}`).expect(200)).body).toMatchObject({ annualHours: winner.annualHours, version: version + 1 });
    await cnic.delete(`/api/hours/requirements/${institute}?version=${version + 1}`).expect(200);
  });

  it('H-2: a subtree’s progress and at-risk list count hours recorded by the chosen day; a sibling or a department above reach nothing', async () => {
    const people = await staffAccounts(h, '新媒体技术与应用发展部', 3);
    const [a, b, c] = people.map((p) => p.me.staff!.id);
    const cls = await classWith({ hoursCategory: 'professional' }, [a, b]);
    await cnic.post(`/api/training/classes/${cls.id}/confirm-hours`, {}).expect(200);
    await manager.post(`/api/hours/people/${b}/entries`, external(b, { hours: 30 })).expect(201);

    const department = await orgId('新媒体技术与应用发展部');
    const list = async (query: string, who: SignedIn = manager): Promise<HoursProgressPage> => (await who.get(`/api/hours/progress?orgId=${department}&year=2026&pageSize=100&${query}`).expect(200)).body;
    const all = await list('');
    const row = (page: HoursProgressPage, id: number) => page.items.find((p) => p.id === id);
    expect(row(all, a)?.progress.totalHours).toBe(24);
    expect(row(all, b)?.progress.totalHours).toBe(54);
    expect(row(all, c)?.progress.totalHours).toBe(0);
    expect(all).toMatchObject({ year: 2026, by: '2026-06-15', org: { id: department }, canSetRequirement: false });

    // Below half of 90 (or of the 60 专业科目): a and c; b's 54 professional hours are above both.
    const risky = await list('atRisk=true&share=0.5');
    expect(row(risky, a)?.atRisk).toBe(true);
    expect(row(risky, b)).toBeUndefined();
    expect(row(risky, c)).toBeDefined();
    const completion = risky.items.map((p) => p.progress.completion);
    expect(completion).toEqual([...completion].sort((x, y) => x - y));
    // By the day before, nothing was on record yet.
    expect(row(await list('by=2026-06-14'), b)?.progress.totalHours).toBe(0);
    expect((await list(`q=${encodeURIComponent(people[0].me.staff!.name)}`)).items.map((p) => p.id)).toEqual([a]);

    await iphy.get(`/api/hours/progress?orgId=${department}`).expect(404);
    await manager.get(`/api/hours/progress?orgId=${await orgId('计算机网络信息中心')}`).expect(404);
    await manager.get('/api/hours/progress?share=2').expect(400);
    // Without an org, the top of what the caller manages.
    expect((await manager.get('/api/hours/progress').expect(200)).body.org.id).toBe(department);
    expect((await cnic.get('/api/hours/progress').expect(200)).body.canSetRequirement).toBe(true);
  });

  it('H-2: the progress list exports to .xlsx, laid out for print, every person of the list in it', async () => {
    const department = await orgId('新媒体技术与应用发展部');
    const res = await manager.get(`/api/hours/progress.xlsx?orgId=${department}&year=2026`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const sheet = await readSheet(res.body);
    const page: HoursProgressPage = (await manager.get(`/api/hours/progress?orgId=${department}&year=2026&pageSize=1`).expect(200)).body;
    expect(String(sheet.getRow(1).getCell(1).value)).toContain('2026 年度继续教育学时');
    expect(sheet.getRow(2).getCell(1).value).toBe('姓名');
    expect(sheet.rowCount).toBe(page.total + 2);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
  });
});
