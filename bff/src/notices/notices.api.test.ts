import ExcelJS from 'exceljs';
import type { ClassInput, DomainEvent, InboxItemDto, NoticeDto, PlanInput, TrainingClassDto } from '@casmooc/domain';
import { CLASS_INPUT_FIELDS, MAX_ATTACHMENTS } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { binary } from '../testing/sheets';
import { staffAccounts } from '../testing/staff-accounts';
import { startTestBff, type SignedIn, type TestBff } from '../testing/test-bff';

const NOW = new Date('2026-06-15T10:00:00+08:00');

describe.each(testDialects())('notices (T-5) on %s', (dialect) => {
  let h: TestBff;
  let now = NOW;
  let cnic: SignedIn;
  let staff: SignedIn;
  let iphy: SignedIn;
  let c: TrainingClassDto;
  let serial = 0;

  const send = (body: object) => cnic.post(`/api/training/classes/${c.id}/notices`, body);
  const attach = (who: SignedIn, name: string, bytes: Buffer, classId = c.id) => who.upload(`/api/training/classes/${classId}/notice-attachments?name=${encodeURIComponent(name)}`, bytes);
  const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64 * 1024, 7)]);
  const inbox = async (who: SignedIn) => (await who.get('/api/inbox').expect(200)).body as { items: InboxItemDto[]; unread: number };
  const receipts = async (notice: NoticeDto, show = 'all') => (await cnic.get(`/api/training/notices/${notice.id}/receipts?show=${show}&pageSize=100`).expect(200)).body;
  const lastEvent = async (who: SignedIn) => (await who.get('/api/events?limit=500').expect(200)).body.at(-1)?.id ?? 0;
  const eventsSince = async (who: SignedIn, after: number) => ((await who.get(`/api/events?after=${after}`).expect(200)).body as DomainEvent[]).map((e) => e.type);

  beforeAll(async () => {
    h = await startTestBff(dialect, {}, () => now);
    [cnic, staff, iphy] = await Promise.all(['cnic_admin', 'staff', 'iphy_admin'].map((u) => h.signIn(u)));
    const orgId = (await h.t.db('orgs').where({ name: '计算机网络信息中心' }).first()).id;
    const plan: PlanInput = examplePlan({ orgId, planType: 'added', year: 2026, month: '2026-09', name: `通知测试 ${dialect}` });
    const created = (await cnic.post('/api/plans', { plan, submit: true }).expect(201)).body;
    const published = (await cnic.post(`/api/plans/${created.id}/publish`, { version: created.version }).expect(200)).body;
    await cnic.post(`/api/plans/${created.id}/implement`, { version: published.version }).expect(200);
    const found: TrainingClassDto = (await cnic.get(`/api/training/classes?name=${encodeURIComponent(plan.name)}`).expect(200)).body.items[0];
    const input = Object.fromEntries(CLASS_INPUT_FIELDS.map((f) => [f, found[f]])) as ClassInput;
    const open: Partial<ClassInput> = { visibility: 'academy', registrationOpen: true, registrationFrom: '2026-06-01 00:00', registrationTo: '2026-08-31 18:00', contactEmail: 'wangxia@cnic.cn', researchCount: 0, managementCount: 0, supportCount: 0, externalCount: 0 };
    c = (await cnic.put(`/api/training/classes/${found.id}`, { version: found.version, class: { ...input, ...open } }).expect(200)).body;
  });
  afterEach(() => {
    now = NOW;
  });
  afterAll(() => h.close());

  it('goes to people picked and to everyone registered; the rich text is sanitised; each recipient is told and sees it unread', async () => {
    const [registered] = await staffAccounts(h, '新媒体技术与应用发展部', 1);
    await registered.post(`/api/training/open/${c.id}/register`).expect(200);
    const seen = await lastEvent(staff);
    const notice: NoticeDto = (
      await send({ title: `开班通知 ${++serial}`, body: '<p>请准时参加</p><script>alert(1)</script><img src=x onerror=alert(1)>', askAck: true, staffIds: [staff.me.staff!.id], toRegistered: true }).expect(201)
    ).body;
    expect(notice).toMatchObject({ counts: { sent: 2, read: 0, acknowledged: 0 }, body: '<p>请准时参加</p>', askAck: true, actions: { remind: { allowed: true } } });
    expect(await eventsSince(staff, seen)).toContain('notice.sent');
    const mine = await inbox(staff);
    expect(mine.unread).toBeGreaterThanOrEqual(1);
    expect(mine.items[0]).toMatchObject({ noticeId: notice.id, title: notice.title, readAt: null, acknowledgedAt: null, className: c.name });
    expect((await inbox(registered)).items.map((i) => i.noticeId)).toContain(notice.id);
  });

  it('read once: a second read changes nothing and tells nobody; 确认收到 where asked; the receipts follow, live for the managers', async () => {
    const notice: NoticeDto = (await send({ title: `报到须知 ${++serial}`, askAck: true, staffIds: [staff.me.staff!.id] }).expect(201)).body;
    const receiptId = (await inbox(staff)).items.find((i) => i.noticeId === notice.id)!.id;
    const before = (await staff.get('/api/inbox/unread').expect(200)).body.unread;
    const seen = await lastEvent(cnic);

    const first = (await staff.post(`/api/inbox/${receiptId}/read`).expect(200)).body;
    expect(first.readAt).not.toBeNull();
    expect(first.body).toBe('');
    const again = (await staff.post(`/api/inbox/${receiptId}/read`).expect(200)).body;
    expect(again.readAt).toBe(first.readAt);
    expect((await staff.get('/api/inbox/unread').expect(200)).body.unread).toBe(before - 1);
    expect((await eventsSince(cnic, seen)).filter((t) => t === 'notice.read')).toHaveLength(1);

    await staff.post(`/api/inbox/${receiptId}/acknowledge`).expect(200);
    await staff.post(`/api/inbox/${receiptId}/acknowledge`).expect(200);
    const page = await receipts(notice);
    expect(page.counts).toEqual({ sent: 1, read: 1, acknowledged: 1 });
    expect(page.items[0]).toMatchObject({ person: { id: staff.me.staff!.id }, hasAccount: true });
    expect((await eventsSince(cnic, seen)).filter((t) => t === 'notice.acknowledged')).toHaveLength(1);
  });

  it('确认收到 is refused where the notice does not ask it', async () => {
    const notice: NoticeDto = (await send({ title: `无需确认 ${++serial}`, staffIds: [staff.me.staff!.id] }).expect(201)).body;
    const receiptId = (await inbox(staff)).items.find((i) => i.noticeId === notice.id)!.id;
    expect((await staff.post(`/api/inbox/${receiptId}/acknowledge`).expect(409)).body.error.message).toBe('该通知不需要确认收到 (T-5)');
  });

  it('a receipt is its recipient’s alone; picked recipients outside the sender’s subtree are refused and nothing is sent', async () => {
    const notice: NoticeDto = (await send({ title: `仅本人 ${++serial}`, staffIds: [staff.me.staff!.id] }).expect(201)).body;
    const receiptId = (await inbox(staff)).items.find((i) => i.noticeId === notice.id)!.id;
    await cnic.post(`/api/inbox/${receiptId}/read`).expect(404);
    await iphy.post(`/api/inbox/${receiptId}/read`).expect(404);
    await iphy.get(`/api/training/notices/${notice.id}/receipts`).expect(404);
    await staff.get(`/api/training/notices/${notice.id}/receipts`).expect(403);

    const outsider = iphy.me.staff!.id;
    const count = async () => Number((await h.t.db('class_notices').count({ n: '*' }))[0].n);
    const before = await count();
    const refused = await send({ title: '越权', staffIds: [staff.me.staff!.id, outsider] }).expect(400);
    expect(refused.body.error.fields).toEqual({ staffIds: '有 1 人不存在或不在您的管理范围内' });
    expect(await count()).toBe(before);
    expect((await send({ title: '无人' }).expect(400)).body.error.fields).toEqual({ staffIds: '请选择接收人，或发送给全部已报名人员' });
  });

  it('提醒未读 tells those unread, at most once in the interval, saying when the next may go', async () => {
    const [a, b] = await staffAccounts(h, '新媒体技术与应用发展部', 2);
    const notice: NoticeDto = (await send({ title: `提醒测试 ${++serial}`, staffIds: [a.me.staff!.id, b.me.staff!.id] }).expect(201)).body;
    const receiptOfA = (await inbox(a)).items.find((i) => i.noticeId === notice.id)!.id;
    await a.post(`/api/inbox/${receiptOfA}/read`).expect(200);
    const [seenA, seenB] = [await lastEvent(a), await lastEvent(b)];

    const reminded = (await cnic.post(`/api/training/notices/${notice.id}/remind`).expect(200)).body as NoticeDto;
    expect(reminded).toMatchObject({ reminders: 1, actions: { remind: { allowed: false } } });
    expect(reminded.lastRemindedAt).toBe(NOW.toISOString());
    expect(await eventsSince(b, seenB)).toContain('notice.reminded');
    expect(await eventsSince(a, seenA)).not.toContain('notice.reminded');

    now = new Date(NOW.getTime() + 5 * 60_000);
    expect((await cnic.post(`/api/training/notices/${notice.id}/remind`).expect(409)).body.error.message).toBe('10 分钟内只能提醒一次，请于 10:10 后再试 (T-5)');
    now = new Date(NOW.getTime() + 10 * 60_000);
    expect((await cnic.post(`/api/training/notices/${notice.id}/remind`).expect(200)).body.reminders).toBe(2);
  });

  it('attachments: uploaded while writing (typed by their bytes), sent with the notice, downloaded by its recipients and the class’s managers only', async () => {
    const [other] = await staffAccounts(h, '新媒体技术与应用发展部', 1);
    const uploaded = (await attach(cnic, '报到须知.pdf', PDF).expect(201)).body;
    expect(uploaded).toMatchObject({ name: '报到须知.pdf', mime: 'application/pdf', size: PDF.length, uploadedBy: cnic.me.displayName });
    expect((await attach(cnic, '日程.pdf', Buffer.from('MZ\x90 a program')).expect(400)).body.error.code).toBe('ATTACHMENT_TYPE');
    const dropped = (await attach(cnic, '作废.pdf', PDF).expect(201)).body;
    // Until sent, an upload is its uploader's alone to look at again.
    await cnic.get(`/api/training/classes/${c.id}/notice-attachments/${dropped.id}`).expect(200);
    await (await h.signIn('admin')).get(`/api/training/classes/${c.id}/notice-attachments/${dropped.id}`).expect(404);
    await cnic.delete(`/api/training/classes/${c.id}/notice-attachments/${dropped.id}`).expect(204);

    const notice: NoticeDto = (await send({ title: `附件 ${++serial}`, staffIds: [staff.me.staff!.id], attachmentIds: [uploaded.id] }).expect(201)).body;
    expect(notice.attachments).toEqual([uploaded]);
    expect((await cnic.get(`/api/training/classes/${c.id}/notices`).expect(200)).body.find((n: NoticeDto) => n.id === notice.id).attachments).toEqual([uploaded]);
    const receiptId = (await inbox(staff)).items.find((i) => i.noticeId === notice.id)!.id;
    expect((await staff.post(`/api/inbox/${receiptId}/read`).expect(200)).body.attachments).toEqual([uploaded]);
    const got = await staff.get(`/api/inbox/${receiptId}/attachments/${uploaded.id}`).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(got.body, PDF)).toBe(0);
    expect(got.headers).toMatchObject({ 'content-type': expect.stringContaining('application/pdf'), 'x-content-type-options': 'nosniff' });
    await cnic.get(`/api/training/notices/${notice.id}/attachments/${uploaded.id}`).expect(200);

    // Nobody else: not another staff member, not a sibling institute, not through someone else's receipt, not once sent.
    await other.get(`/api/inbox/${receiptId}/attachments/${uploaded.id}`).expect(404);
    await iphy.get(`/api/training/notices/${notice.id}/attachments/${uploaded.id}`).expect(404);
    await iphy.upload(`/api/training/classes/${c.id}/notice-attachments?name=a.pdf`, PDF).expect(404);
    await staff.upload(`/api/training/classes/${c.id}/notice-attachments?name=a.pdf`, PDF).expect(403);
    await cnic.delete(`/api/training/classes/${c.id}/notice-attachments/${uploaded.id}`).expect(404);
    await cnic.get(`/api/training/classes/${c.id}/notice-attachments/${uploaded.id}`).expect(404);
    await cnic.get(`/api/training/notices/${notice.id}/attachments/${dropped.id}`).expect(404);
  });

  it('a notice sends only its sender’s own unsent uploads: anyone else’s, or one already sent, refuses the whole notice', async () => {
    const admin = await h.signIn('admin');
    const theirs = (await attach(admin, '他人的.pdf', PDF).expect(201)).body;
    const mine = (await attach(cnic, '我的.pdf', PDF).expect(201)).body;
    const count = async () => Number((await h.t.db('class_notices').count({ n: '*' }))[0].n);
    const before = await count();
    const refused = await send({ title: `借用附件 ${++serial}`, staffIds: [staff.me.staff!.id], attachmentIds: [mine.id, theirs.id] }).expect(400);
    expect(refused.body.error.fields).toEqual({ attachmentIds: '附件已失效，请重新上传' });
    expect(await count()).toBe(before);
    // Nothing was given away: the sender's own file is still theirs to send, once.
    expect((await send({ title: `自己的附件 ${++serial}`, staffIds: [staff.me.staff!.id], attachmentIds: [mine.id] }).expect(201)).body.attachments).toHaveLength(1);
    await send({ title: `再发一次 ${++serial}`, staffIds: [staff.me.staff!.id], attachmentIds: [mine.id] }).expect(400);
    await admin.delete(`/api/training/classes/${c.id}/notice-attachments/${theirs.id}`).expect(204);

    // Two notices sent at once with the same file: one takes it, the other is refused and not sent.
    const shared = (await attach(cnic, '共用.pdf', PDF).expect(201)).body;
    const sentBefore = await count();
    const both = await Promise.all([1, 2].map((n) => send({ title: `同时发送 ${++serial} ${n}`, staffIds: [staff.me.staff!.id], attachmentIds: [shared.id] })));
    expect(both.map((r) => r.status).sort()).toEqual([201, 400]);
    expect(await count()).toBe(sentBefore + 1);
    expect(Number((await h.t.db('notice_attachments').where({ id: shared.id }).whereNotNull('notice_id').count({ n: '*' }))[0].n)).toBe(1);
  });

  it('unsent uploads are limited under concurrent uploads (exactly the limit lands) and cleared after a day', async () => {
    const small = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1024, 1)]);
    const admin = await h.signIn('admin');
    now = new Date(NOW.getTime() - 2 * 24 * 3600_000);
    const stale = (await attach(admin, '旧的.pdf', small).expect(201)).body;
    now = NOW;
    const answers = await Promise.all(Array.from({ length: MAX_ATTACHMENTS + 6 }, (_, i) => attach(admin, `材料${i}.pdf`, small)));
    expect(answers.filter((r) => r.status === 201)).toHaveLength(MAX_ATTACHMENTS);
    const refusals = answers.filter((r) => r.status === 409);
    expect(refusals).toHaveLength(6);
    expect(refusals[0].body.error).toMatchObject({ code: 'NOTICE_ATTACHMENT_LIMIT', message: `每条通知最多 ${MAX_ATTACHMENTS} 个附件` });
    expect(await h.t.db('notice_attachments').where({ id: stale.id }).first()).toBeUndefined();
  });

  it('the receipts export as a workbook laid out for print', async () => {
    const notice: NoticeDto = (await send({ title: `导出测试 ${++serial}`, staffIds: [staff.me.staff!.id] }).expect(201)).body;
    const res = await cnic.get(`/api/training/notices/${notice.id}/receipts.xlsx`).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe(`${c.name} · ${notice.title}`);
    expect(sheet.getRow(2).values).toContain('阅读时间');
    expect(sheet.getRow(3).getCell(1).value).toBe(staff.me.staff!.name);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
    expect(sheet.rowCount).toBe(3);
  });

  it('at once: ten reads of one receipt announce it once; eight reminders, exactly one goes', async () => {
    const [a, b] = await staffAccounts(h, '新媒体技术与应用发展部', 2);
    const notice: NoticeDto = (await send({ title: `并发 ${++serial}`, staffIds: [a.me.staff!.id, b.me.staff!.id] }).expect(201)).body;
    const receiptId = (await inbox(a)).items.find((i) => i.noticeId === notice.id)!.id;
    const seen = await lastEvent(cnic);
    const reads = await Promise.all(Array.from({ length: 10 }, () => a.post(`/api/inbox/${receiptId}/read`)));
    expect(reads.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(new Set(reads.map((r) => r.body.readAt)).size).toBe(1);
    expect((await eventsSince(cnic, seen)).filter((t) => t === 'notice.read')).toHaveLength(1);

    const reminders = await Promise.all(Array.from({ length: 8 }, () => cnic.post(`/api/training/notices/${notice.id}/remind`)));
    expect(reminders.filter((r) => r.status === 200)).toHaveLength(1);
    expect(reminders.filter((r) => r.status === 409)).toHaveLength(7);
    expect((await cnic.get(`/api/training/notices/${notice.id}`).expect(200)).body.reminders).toBe(1);
  });
});
