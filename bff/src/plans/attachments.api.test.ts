import request from 'supertest';
import type { PlanDto } from '@casmooc/domain';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '@casmooc/domain';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { testDialects } from '@casmooc/db/testing';
import { binary } from '../testing/sheets';
import { startTestBff, type SignedIn, type TestBff } from '../testing/test-bff';

/** Mid-June 2026 in Beijing: annual plans are for 2027. */
const NOW = new Date('2026-06-15T10:00:00+08:00');
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300 * 1024, 7)]);

describe.each(testDialects())('plan attachments (P-9) on %s', (dialect) => {
  let h: TestBff;
  let manager: SignedIn;
  let plan: PlanDto;

  const upload = (who: SignedIn, planId: number, name: string, bytes: Buffer) => who.upload(`/api/plans/${planId}/attachments?name=${encodeURIComponent(name)}`, bytes);

  beforeAll(async () => {
    h = await startTestBff(dialect, {}, () => NOW);
    manager = await h.signIn('xmt_manager');
    const orgId = (await h.t.db('orgs').where({ name: '新媒体技术与应用发展部' }).first()).id;
    plan = (await manager.post('/api/plans', { plan: examplePlan({ orgId, fundingRequested: true, materials: '<p>方案见附件</p>' }) }).expect(201)).body;
  });
  afterAll(() => h.close());

  it('stores a file typed by its content and gives it back, byte for byte, only to those who see the plan', async () => {
    const added = (await upload(manager, plan.id, '培训方案.pdf', PDF).expect(201)).body;
    expect(added).toMatchObject({ name: '培训方案.pdf', mime: 'application/pdf', size: PDF.length, uploadedBy: '孙健英' });
    expect((await manager.get(`/api/plans/${plan.id}/attachments`).expect(200)).body).toEqual([added]);

    const cnic = await h.signIn('cnic_admin');
    const res = await cnic.get(`/api/plans/${plan.id}/attachments/${added.id}`).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(res.body, PDF)).toBe(0);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(decodeURIComponent(res.headers['content-disposition'])).toContain('attachment; filename="');

    const extra = (await upload(manager, plan.id, '经费预算.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('xl/workbook.xml')])).expect(201)).body;
    expect(extra.mime).toContain('spreadsheetml');
    await manager.delete(`/api/plans/${plan.id}/attachments/${extra.id}`).expect(204);
    await manager.get(`/api/plans/${plan.id}/attachments/${extra.id}`).expect(404);

    const iphy = await h.signIn('iphy_admin');
    await iphy.get(`/api/plans/${plan.id}/attachments/${added.id}`).expect(404);
    await iphy.get(`/api/plans/${plan.id}/attachments`).expect(404);
    await request(h.bff.app).get(`/api/plans/${plan.id}/attachments/${added.id}`).expect(401);
    // Never served from the web root: the static apps know nothing of it.
    await request(h.bff.app).get(`/attachments/${added.id}`).expect(404);
  });

  it('refuses a disguised file, an unknown type, an oversized file, and nothing is stored', async () => {
    const before = (await manager.get(`/api/plans/${plan.id}/attachments`).expect(200)).body.length;
    const disguised = await upload(manager, plan.id, '培训方案.pdf', Buffer.from('MZ\x90\x00\x03 a Windows program')).expect(400);
    expect(disguised.body.error).toMatchObject({ code: 'ATTACHMENT_TYPE', message: expect.stringContaining('内容与扩展名一致') });
    await upload(manager, plan.id, 'page.html', Buffer.from('<script>alert(1)</script>')).expect(400);
    await upload(manager, plan.id, '经费预算.docx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])).expect(400);
    const big = await upload(manager, plan.id, 'big.pdf', Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(MAX_ATTACHMENT_BYTES)])).expect(400);
    expect(big.body.error.code).toBe('ATTACHMENT_TOO_LARGE');
    await request(h.bff.app)
      .post(`/api/plans/${plan.id}/attachments?name=a.pdf`)
      .set('Cookie', manager.cookie)
      .set('Content-Type', 'application/octet-stream')
      .send(PDF)
      .expect(403);
    expect((await manager.get(`/api/plans/${plan.id}/attachments`).expect(200)).body).toHaveLength(before);
  });

  it('the attachment limit holds under concurrent uploads: 16 at once onto an empty plan, exactly the limit lands', async () => {
    const orgId = (await h.t.db('orgs').where({ name: '新媒体技术与应用发展部' }).first()).id;
    const other = (await manager.post('/api/plans', { plan: examplePlan({ orgId, name: '2027 年度并发上传测试' }) }).expect(201)).body;
    const small = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(1024, 1)]);
    const answers = await Promise.all(Array.from({ length: 16 }, (_, i) => upload(manager, other.id, `材料${i}.pdf`, small)));
    expect(answers.filter((r) => r.status === 201)).toHaveLength(MAX_ATTACHMENTS);
    expect(answers.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual(Array(16 - MAX_ATTACHMENTS).fill('ATTACHMENT_LIMIT'));
    expect(await h.t.db('plan_attachments').where({ plan_id: other.id })).toHaveLength(MAX_ATTACHMENTS);
  });

  it('adding or removing one is editing the plan: refused once it is submitted (P-5)', async () => {
    const [first] = (await manager.get(`/api/plans/${plan.id}/attachments`).expect(200)).body;
    const submitted = (await manager.post(`/api/plans/${plan.id}/submit`, { version: plan.version }).expect(200)).body;
    expect(submitted.approval).toBe('pending');
    expect((await upload(manager, plan.id, '补充.pdf', PDF).expect(409)).body.error.rule).toBe('P-5');
    expect((await manager.delete(`/api/plans/${plan.id}/attachments/${first.id}`).expect(409)).body.error.rule).toBe('P-5');
    expect(await h.t.db('events').where({ type: 'plan.attachment-added', subject: `plan:${plan.id}` })).toHaveLength(2);
    expect(await h.t.db('events').where({ type: 'plan.attachment-removed', subject: `plan:${plan.id}` })).toHaveLength(1);
  });
});
