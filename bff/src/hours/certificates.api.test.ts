import JSZip from 'jszip';
import { SERIAL_PATTERN, type HoursRecordDto, type PlanInput, type TrainingClassDto } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { classInputOf } from '@casmooc/domain/src/training/testing';
import { staffAccounts } from '../testing/staff-accounts';
import { binary } from '../testing/sheets';
import { startTestBff, type SignedIn, type TestBff } from '../testing/test-bff';
import request from 'supertest';

const NOW = new Date('2026-06-15T10:00:00+08:00');

describe.each(testDialects())('certificates (H-3) on %s', (dialect) => {
  let h: TestBff;
  let cnic: SignedIn;
  let iphy: SignedIn;
  let people: SignedIn[];
  let c: TrainingClassDto;

  const recordOf = async (who: SignedIn): Promise<HoursRecordDto> => (await who.get('/api/hours/me?year=2026').expect(200)).body;
  const verify = (serial: string) => request(h.bff.app).get(`/api/public/certificates/${encodeURIComponent(serial)}`);
  const pdf = (who: SignedIn, url: string) => who.get(url).buffer(true).parse(binary);

  beforeAll(async () => {
    h = await startTestBff(dialect, {}, () => NOW);
    [cnic, iphy] = await Promise.all(['cnic_admin', 'iphy_admin'].map((u) => h.signIn(u)));
    const org = (await h.t.db('orgs').where({ name: '计算机网络信息中心' }).first()).id;
    const plan = examplePlan({ orgId: org, planType: 'added', year: 2026, month: '2026-09', name: '2026 证书测试培训', hours: 16, days: 2 } satisfies Partial<PlanInput>);
    const created = (await cnic.post('/api/plans', { plan, submit: true }).expect(201)).body;
    const published = (await cnic.post(`/api/plans/${created.id}/publish`, { version: created.version }).expect(200)).body;
    await cnic.post(`/api/plans/${created.id}/implement`, { version: published.version }).expect(200);
    const [draft] = (await cnic.get(`/api/training/classes?name=${encodeURIComponent(plan.name)}`).expect(200)).body.items as TrainingClassDto[];
    c = (await cnic.put(`/api/training/classes/${draft.id}`, { version: draft.version, class: { ...classInputOf(draft), contactEmail: 'wangxia@cnic.cn', hoursCategory: 'split', generalHours: 4 } }).expect(200)).body;
    people = await staffAccounts(h, '新媒体技术与应用发展部', 3);
    const ids = people.map((p) => p.me.staff!.id);
    await cnic.post(`/api/training/classes/${c.id}/attendees`, { staffIds: ids }).expect(200);
    await cnic.post(`/api/training/classes/${c.id}/attendance`, { staffIds: ids, attended: true }).expect(200);
    await cnic.post(`/api/training/classes/${c.id}/confirm-hours`, {}).expect(200);
  });
  afterAll(() => h.close());

  it('H-3: each class credit carries a certificate, a PDF with its font embedded, for its holder and their managers only', async () => {
    const [entry] = (await recordOf(people[0])).entries;
    expect(entry.certificate).toEqual({ id: expect.any(Number), serial: expect.stringMatching(SERIAL_PATTERN), revoked: false });
    const url = `/api/hours/certificates/${entry.certificate!.id}/certificate.pdf`;
    const own = await pdf(people[0], url).expect(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    const bytes = own.body as Buffer;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.includes('/FontFile2')).toBe(true);
    await pdf(cnic, url).expect(200);
    await people[1].get(url).expect(404);
    await iphy.get(url).expect(404);
  });

  it('H-3: the public page says valid with only what verifying needs; a forged or malformed serial is not found', async () => {
    const [entry] = (await recordOf(people[0])).entries;
    const res = await verify(entry.certificate!.serial.toLowerCase()).expect(200);
    expect(res.body).toEqual({
      serial: entry.certificate!.serial,
      kind: 'class',
      state: 'valid',
      holder: expect.stringMatching(/^测\*+\d$/),
      title: '2026 证书测试培训',
      year: 2026,
      generalHours: 4,
      professionalHours: 12,
      totalHours: 16,
      issuer: '计算机网络信息中心',
      issuedAt: expect.any(String),
      revokedAt: null,
    });
    expect(JSON.stringify(res.body)).not.toContain(people[0].me.staff!.employeeNo);
    await verify('CAS-2026-C-AAAA-BBBB-CCCC').expect(404);
    await verify('not-a-serial').expect(404);
  });

  it('H-3: a reversal revokes the certificate it affects and a correction issues a new one', async () => {
    const [entry] = (await recordOf(people[1])).entries;
    const old = entry.certificate!;
    const after: HoursRecordDto = (await cnic.post(`/api/hours/entries/${entry.id}/reversal`, { reason: '实际参加一天', replacement: { generalHours: 4, professionalHours: 4 } }).expect(201)).body;
    expect((await verify(old.serial).expect(200)).body).toMatchObject({ state: 'revoked', revokedAt: expect.any(String) });
    const correction = after.entries.find((e) => e.kind === 'correction')!;
    expect(correction.certificate).toMatchObject({ revoked: false });
    expect(correction.certificate!.serial).not.toBe(old.serial);
    expect((await verify(correction.certificate!.serial).expect(200)).body).toMatchObject({ state: 'valid', totalHours: 8 });
    expect(after.entries.find((e) => e.id === entry.id)!.certificate).toMatchObject({ revoked: true });
  });

  it('H-3: the annual record is issued with its figures, sent again while they hold, revoked by a reversal of that year', async () => {
    const person = people[2];
    const first = await pdf(person, '/api/hours/me/annual-record.pdf?year=2026').expect(200);
    expect(first.headers['content-disposition']).toContain('.pdf');
    await pdf(person, '/api/hours/me/annual-record.pdf?year=2026').expect(200);
    const annual = () => h.t.db('certificates').where({ kind: 'annual', staff_id: person.me.staff!.id }).orderBy('id');
    expect(await annual()).toHaveLength(1);
    // New hours: a new record; the one before still says what was true when issued.
    await cnic.post(`/api/hours/people/${person.me.staff!.id}/entries`, { activity: 'online', title: '科研诚信在线课程', date: '2026-05-01', kind: 'general', hours: 2, evidence: '结业记录' }).expect(201);
    await pdf(cnic, `/api/hours/people/${person.me.staff!.id}/annual-record.pdf?year=2026`).expect(200);
    const [issued, reissued] = await annual();
    expect(reissued.revoked_at).toBeNull();
    expect((await verify(issued.serial).expect(200)).body.state).toBe('valid');
    // A reversal of that year revokes the year's records.
    const [classEntry] = (await recordOf(person)).entries;
    await cnic.post(`/api/hours/entries/${classEntry.id}/reversal`, { reason: '重复记入' }).expect(201);
    expect((await verify(reissued.serial).expect(200)).body.state).toBe('revoked');
    await iphy.get(`/api/hours/people/${person.me.staff!.id}/annual-record.pdf`).expect(404);
  });

  it('H-3: a class’s valid certificates download as one zip, for its managers', async () => {
    const res = await cnic.get(`/api/training/classes/${c.id}/certificates.zip`).buffer(true).parse(binary).expect(200);
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const names = Object.keys(zip.files);
    // people[2]'s class credit was reversed (no certificate left); people[1]'s correction has one.
    expect(names).toHaveLength(2);
    expect(names.every((n) => n.endsWith('结业证书.pdf'))).toBe(true);
    expect((await zip.file(names[0])!.async('nodebuffer')).subarray(0, 5).toString()).toBe('%PDF-');
    await iphy.get(`/api/training/classes/${c.id}/certificates.zip`).expect(404);
    await people[0].get(`/api/training/classes/${c.id}/certificates.zip`).expect(403);
  });
});
