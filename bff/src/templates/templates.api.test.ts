import type { PlanDto, TemplateDto, TemplateInput } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { startTestBff, type SignedIn, type TestBff } from '../testing/test-bff';

/** Mid-June 2026 in Beijing: annual plans are for 2027, added plans for 2026. */
const NOW = new Date('2026-06-15T10:00:00+08:00');

const template = (overrides: Partial<TemplateInput> = {}): Partial<TemplateInput> => ({
  name: '保密知识考试模板',
  category: 'management_training',
  quarter: 3,
  hours: 4,
  days: 1,
  organiser: '计算机网络信息中心',
  contactName: '网络中心管理员',
  contactPhone: '010-58812020',
  ...overrides,
});

describe.each(testDialects())('plan templates (M-1 … M-4) on %s', (dialect) => {
  let h: TestBff;
  let cnic: SignedIn;
  let manager: SignedIn;
  let academy: SignedIn;
  let iphy: SignedIn;
  let staff: SignedIn;
  let serial = 0;
  const orgId = async (name: string): Promise<number> => (await h.t.db('orgs').where({ name }).first()).id;
  const create = async (who: SignedIn, org: string, overrides: Partial<TemplateInput> = {}): Promise<TemplateDto> =>
    (await who.post('/api/templates', { orgId: await orgId(org), template: template({ name: `模板 ${++serial}`, ...overrides }) }).expect(201)).body;
  const listed = async (who: SignedIn) => (await who.get('/api/templates?pageSize=100').expect(200)).body.items.map((t: TemplateDto) => t.id);

  beforeAll(async () => {
    h = await startTestBff(dialect, {}, () => NOW);
    [cnic, manager, academy, iphy, staff] = await Promise.all(['cnic_admin', 'xmt_manager', 'admin', 'iphy_admin', 'staff'].map((u) => h.signIn(u)));
  });
  afterAll(() => h.close());

  it('M-1: create, read, search by name, edit at the version seen (409 when stale), delete', async () => {
    const created = await create(cnic, '计算机网络信息中心', { name: '网络安全培训模板', materials: '<p onclick="x()">方案</p>' });
    expect(created).toMatchObject({ name: '网络安全培训模板', orgName: '计算机网络信息中心', creatorName: '网络中心管理员', quarter: 3, sharedBy: null, materials: '<p>方案</p>', actions: { edit: { allowed: true } } });
    const found = (await cnic.get(`/api/templates?name=${encodeURIComponent('网络安全')}`).expect(200)).body;
    expect(found.items.map((t: TemplateDto) => t.id)).toEqual([created.id]);
    const edited = (await cnic.put(`/api/templates/${created.id}`, { version: created.version, template: template({ name: '网络安全培训模板（新）', hours: 6 }) }).expect(200)).body;
    expect(edited).toMatchObject({ name: '网络安全培训模板（新）', hours: 6, version: created.version + 1 });
    await cnic.put(`/api/templates/${created.id}`, { version: created.version, template: template() }).expect(409);
    const bad = await cnic.put(`/api/templates/${created.id}`, { version: edited.version, template: template({ contactPhone: '123', quarter: 5 as never }) }).expect(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['template.contactPhone', 'template.quarter']);
    await cnic.delete(`/api/templates/${created.id}?version=${edited.version}`).expect(204);
    await cnic.get(`/api/templates/${created.id}`).expect(404);
  });

  it('M-1 批量删除: all of them or none', async () => {
    const [a, b, c] = [await create(cnic, '计算机网络信息中心'), await create(cnic, '计算机网络信息中心'), await create(cnic, '计算机网络信息中心')];
    const stale = await cnic.post('/api/templates/batch-delete', { items: [a, b, { ...c, version: c.version + 5 }].map(({ id, version }) => ({ id, version })) }).expect(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    expect(await listed(cnic)).toEqual(expect.arrayContaining([a.id, b.id, c.id]));
    expect((await cnic.post('/api/templates/batch-delete', { items: [a, b, c].map(({ id, version }) => ({ id, version })) }).expect(200)).body).toEqual({ deleted: 3 });
    expect(await listed(cnic)).not.toEqual(expect.arrayContaining([a.id]));
  });

  it('M-2: shared with a department, its manager reads and uses it, read-only; a sibling institute never sees it; sharing stops', async () => {
    const shared = await create(cnic, '计算机网络信息中心', { name: '共享模板' });
    expect(await listed(manager)).not.toContain(shared.id);
    const after = (await cnic.put(`/api/templates/${shared.id}/shares`, { version: shared.version, orgIds: [await orgId('新媒体技术与应用发展部')] }).expect(200)).body;
    expect(after.shares).toEqual([{ orgId: await orgId('新媒体技术与应用发展部'), orgName: '新媒体技术与应用发展部' }]);

    const seen = (await manager.get(`/api/templates/${shared.id}`).expect(200)).body;
    expect(seen).toMatchObject({ sharedBy: '计算机网络信息中心', actions: { edit: { allowed: false, rule: 'M-2', reason: '共享自计算机网络信息中心的模板只能查看和引用 (M-2)' } } });
    expect(await listed(manager)).toContain(shared.id);
    expect((await manager.put(`/api/templates/${shared.id}`, { version: after.version, template: template() }).expect(409)).body.error.rule).toBe('M-2');
    await manager.delete(`/api/templates/${shared.id}?version=${after.version}`).expect(409);

    // A sibling institute never sees it, whatever it asks.
    expect(await listed(iphy)).not.toContain(shared.id);
    await iphy.get(`/api/templates/${shared.id}`).expect(404);
    await iphy.put(`/api/templates/${shared.id}/shares`, { version: after.version, orgIds: [] }).expect(404);
    // The Academy, above its owner, sees and may change it.
    expect((await academy.get(`/api/templates/${shared.id}`).expect(200)).body.actions.edit.allowed).toBe(true);

    // Those it is shared with are told; then it stops being shared.
    const events = (await manager.get('/api/events?limit=500').expect(200)).body.filter((e: { subject: string }) => e.subject === `template:${shared.id}`);
    expect(events.map((e: { type: string }) => e.type)).toEqual(['template.shared']);
    await cnic.put(`/api/templates/${shared.id}/shares`, { version: after.version, orgIds: [] }).expect(200);
    await manager.get(`/api/templates/${shared.id}`).expect(404);
  });

  it('M-2: shared only within the owner’s subtree; a department’s template is not seen by a sibling department’s manager, but by its institute', async () => {
    const own = await create(manager, '新媒体技术与应用发展部', { name: '部门模板' });
    const refused = await manager.put(`/api/templates/${own.id}/shares`, { version: own.version, orgIds: [await orgId('党群办公室')] }).set('Accept-Language', 'en').expect(400);
    expect(refused.body.error).toMatchObject({ rule: 'M-2', fields: { orgIds: 'A template is shared only with its own org and the orgs below it (M-2)' } });
    await manager.post('/api/templates', { orgId: await orgId('党群办公室'), template: template() }).expect(400);
    // A manager of the parent's other child (党群办公室).
    await h.t.db('role_grants').insert({ user_id: staff.me.id, role: 'training_manager', org_id: await orgId('党群办公室') });
    const sibling = await h.signIn('staff');
    expect(await listed(sibling)).not.toContain(own.id);
    await sibling.get(`/api/templates/${own.id}`).expect(404);
    expect(await listed(cnic)).toContain(own.id);
    await h.t.db('role_grants').where({ user_id: staff.me.id, role: 'training_manager' }).delete();
  });

  it('templates are a manager’s tool: staff get 403', async () => {
    await staff.get('/api/templates').expect(403);
  });

  it('M-3 直接引用计划 / 生成计划模板 / 信息合成新计划, each from a plan the caller sees', async () => {
    const plan: PlanDto = (await manager.post('/api/plans', { plan: examplePlan({ orgId: await orgId('新媒体技术与应用发展部'), name: '2027 年度融媒体研修班', month: '2027-05', hours: 16 }) }).expect(201)).body;

    const copy: PlanDto = (await manager.post(`/api/plans/${plan.id}/copy`).expect(201)).body;
    expect(copy).toMatchObject({ name: plan.name, year: 2027, month: '2027-05', editState: 'draft', approval: 'unsubmitted', hours: 16 });
    expect(copy.id).not.toBe(plan.id);

    const saved: TemplateDto = (await manager.post(`/api/plans/${plan.id}/template`, { name: '融媒体研修班模板' }).expect(201)).body;
    expect(saved).toMatchObject({ name: '融媒体研修班模板', orgName: '新媒体技术与应用发展部', quarter: 2, hours: 16, category: plan.category });

    const other = await create(cnic, '计算机网络信息中心', { name: '合成用模板', category: 'academic_forum', quarter: 4, hours: 6, organiser: '中国科学院' });
    await cnic.put(`/api/templates/${other.id}/shares`, { version: other.version, orgIds: [await orgId('新媒体技术与应用发展部')] }).expect(200);
    const composed: PlanDto = (await manager.post(`/api/plans/${plan.id}/compose`, { templateId: other.id }).expect(201)).body;
    expect(composed).toMatchObject({ name: plan.name, category: 'academic_forum', hours: 6, days: 1, organiser: '中国科学院', month: '2027-10', headcount: plan.headcount, editState: 'draft' });

    // A template the caller does not see cannot be composed with; a plan outside their subtree is not there.
    const hidden = await create(iphy, '物理研究所');
    await manager.post(`/api/plans/${plan.id}/compose`, { templateId: hidden.id }).expect(404);
    await iphy.post(`/api/plans/${plan.id}/copy`).expect(404);
  });

  it('M-3: 直接引用 is refused, with its rule, while the window for the new plan is closed (P-2)', async () => {
    const plan: PlanDto = (await manager.post('/api/plans', { plan: examplePlan({ orgId: await orgId('新媒体技术与应用发展部'), name: '2027 年度复制测试' }) }).expect(201)).body;
    await academy.put('/api/settings/plans', { reportingPeriod: { from: '10-01', to: '12-15' }, fundingLimit: 5 }).expect(200);
    try {
      const view = (await manager.get(`/api/plans/${plan.id}`).expect(200)).body;
      expect(view.actions.copy).toMatchObject({ allowed: false, rule: 'P-2' });
      expect((await manager.post(`/api/plans/${plan.id}/copy`).expect(409)).body.error.rule).toBe('P-2');
    } finally {
      await academy.put('/api/settings/plans', { reportingPeriod: null, fundingLimit: 5 }).expect(200);
    }
  });

  it('at once: five edits of the same version, one wins; two batch deletes of the same templates, one deletes them all, the other nothing', async () => {
    const t1 = await create(cnic, '计算机网络信息中心');
    const edits = await Promise.all(Array.from({ length: 5 }, (_, i) => cnic.put(`/api/templates/${t1.id}`, { version: t1.version, template: template({ name: `并发编辑 ${i}` }) })));
    expect(edits.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);

    const [a, b] = [await create(cnic, '计算机网络信息中心'), await create(cnic, '计算机网络信息中心')];
    const items = [a, b].map(({ id, version }) => ({ id, version }));
    const deletes = await Promise.all([cnic, cnic].map((who) => who.post('/api/templates/batch-delete', { items })));
    // The other finds them changed under it (409) or, when it comes after, gone (404): either way it deletes nothing.
    expect(deletes.filter((r) => r.status === 200).map((r) => r.body)).toEqual([{ deleted: 2 }]);
    expect([404, 409]).toContain(deletes.find((r) => r.status !== 200)!.status);
    expect(await h.t.db('plan_templates').whereIn('id', [a.id, b.id]).first()).toBeUndefined();
  });
});
