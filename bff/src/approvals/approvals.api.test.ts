import type { ApprovalItemDto, PlanDto, PlanInput } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { startTestBff, type SignedIn, type TestBff } from '../testing/test-bff';

/** Mid-June 2026 in Beijing: annual plans are for 2027. */
const NOW = new Date('2026-06-15T10:00:00+08:00');

describe.each(testDialects())('approvals API on %s', (dialect) => {
  let h: TestBff;
  let orgId: (name: string) => Promise<number>;
  let manager: SignedIn;
  let cnic: SignedIn;
  let academy: SignedIn;
  let iphy: SignedIn;
  let serial = 0;

  const input = async (overrides: Partial<PlanInput> = {}): Promise<PlanInput> => examplePlan({ orgId: await orgId('新媒体技术与应用发展部'), name: `2027 年度审批测试计划 ${++serial}`, ...overrides });

  /** A plan submitted by the department's training manager: it waits at the institute. */
  const submitted = async (overrides: Partial<PlanInput> = {}, by = manager): Promise<PlanDto> =>
    (await by.post('/api/plans', { plan: await input(overrides), submit: true }).expect(201)).body;

  const pendingItem = async (who: SignedIn, planId: number): Promise<ApprovalItemDto | undefined> =>
    (await who.get('/api/approvals/pending?pageSize=100').expect(200)).body.items.find((i: ApprovalItemDto) => i.subjectId === planId);

  const decide = (who: SignedIn, item: Pick<ApprovalItemDto, 'subjectId' | 'version'>, body: object) =>
    who.post(`/api/approvals/plan/${item.subjectId}/decision`, { version: item.version, ...body });

  const planOf = async (id: number): Promise<PlanDto> => (await manager.get(`/api/plans/${id}`).expect(200)).body;

  beforeAll(async () => {
    h = await startTestBff(dialect, {}, () => NOW);
    orgId = async (name) => (await h.t.db('orgs').where({ name }).first()).id;
    [manager, cnic, academy, iphy] = await Promise.all(['xmt_manager', 'cnic_admin', 'admin', 'iphy_admin'].map((u) => h.signIn(u)));
  });
  afterAll(() => h.close());

  it('A-4: a decision is about the round the approver saw: one read before a return and resubmission gets 409', async () => {
    const plan = await submitted();
    const seen = (await pendingItem(cnic, plan.id))!;
    const other = await h.signIn('cnic_admin');
    await decide(other, seen, { verdict: 'return', comment: '请补充预算说明' }).expect(200);
    const returned = await planOf(plan.id);
    const edited = (await manager.put(`/api/plans/${plan.id}`, { version: returned.version, plan: { ...(await input()), name: plan.name, budget: 12000 } }).expect(200)).body;
    await manager.post(`/api/plans/${plan.id}/submit`, { version: edited.version }).expect(200);
    const second = (await pendingItem(cnic, plan.id))!;
    expect(second.round).toBe(2);
    expect(second.version).not.toBe(seen.version);

    const stale = await decide(cnic, seen, { verdict: 'approve', comment: '' }).expect(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    expect((await pendingItem(cnic, plan.id))!).toMatchObject({ round: 2, state: 'pending', version: second.version });
    await decide(cnic, second, { verdict: 'approve', comment: '' }).expect(200);
  });

  it('P-11: a plan revoked while 已上报 leaves the approvers’ queues, and a decision on it is refused with its rule', async () => {
    const plan = await submitted();
    const item = (await pendingItem(cnic, plan.id))!;
    await manager.post(`/api/plans/${plan.id}/revoke`, { version: plan.version, reason: '讲师无法到场' }).expect(200);
    expect(await pendingItem(cnic, plan.id)).toBeUndefined();
    const refused = await decide(cnic, item, { verdict: 'approve', comment: '' }).expect(409);
    expect(refused.body.error).toMatchObject({ code: 'NOT_ALLOWED', rule: 'P-11', message: '计划已撤销，不能审批 (P-11)' });
    const timeline = (await cnic.get(`/api/approvals/plan/${plan.id}/timeline`).expect(200)).body;
    expect(timeline.at(-1)).toMatchObject({ state: 'withdrawn', decisions: [] });
    expect((await planOf(plan.id)).chain.map((s) => s.state)).toEqual(['withdrawn', 'waiting']);
  });

  it('a plan never sent for approval (a draft, or 无需审批) has an empty timeline, not a 404; a sibling still gets 404', async () => {
    const draft = (await manager.post('/api/plans', { plan: await input(), submit: false }).expect(201)).body as PlanDto;
    expect((await manager.get(`/api/approvals/plan/${draft.id}/timeline`).expect(200)).body).toEqual([]);
    const added = (await cnic.post('/api/plans', { plan: await input({ planType: 'added', year: 2026, month: '2026-12' }), submit: true }).expect(201)).body as PlanDto;
    expect(added.approval).toBe('not_required');
    expect((await cnic.get(`/api/approvals/plan/${added.id}/timeline`).expect(200)).body).toEqual([]);
    await iphy.get(`/api/approvals/plan/${added.id}/timeline`).expect(404);
  });

  it('the list names a department with its institute (the Academy sees every institute’s departments)', async () => {
    const plan = await submitted();
    expect(await pendingItem(cnic, plan.id)).toMatchObject({ orgName: '新媒体技术与应用发展部', instituteName: '计算机网络信息中心' });
    const own = await submitted({ orgId: await orgId('计算机网络信息中心'), organiser: '计算机网络信息中心' }, cnic);
    const atAcademy = await pendingItem(academy, own.id);
    expect(atAcademy).toMatchObject({ orgName: '计算机网络信息中心', instituteName: null });
  });

  it('A-2: the institute approves and forwards an annual plan to the Academy, which approves it finally', async () => {
    const plan = await submitted();
    const atInstitute = (await pendingItem(cnic, plan.id))!;
    expect(atInstitute).toMatchObject({ title: plan.name, orgName: '新媒体技术与应用发展部', kind: 'annual', when: '2027-04', contact: '孙健英', fundingLevel: 'normal', submitterName: '孙健英', decide: { allowed: true }, fundingChoice: false });
    expect(await pendingItem(academy, plan.id)).toBeUndefined();

    const forwarded = (await decide(cnic, atInstitute, { verdict: 'approve', comment: '同意' }).expect(200)).body;
    expect(forwarded).toMatchObject({ state: 'pending', currentOrgId: await orgId('中国科学院') });
    expect(forwarded.chain.map((s: { state: string }) => s.state)).toEqual(['approved', 'pending']);
    expect((await planOf(plan.id)).approval).toBe('pending');
    expect(await pendingItem(cnic, plan.id)).toBeUndefined();

    const atAcademy = (await pendingItem(academy, plan.id))!;
    expect(atAcademy.version).toBe(forwarded.version);
    await decide(academy, atAcademy, { verdict: 'approve' }).expect(200);
    const approved = await planOf(plan.id);
    expect(approved).toMatchObject({ approval: 'approved', actions: { publish: { allowed: true } } });
    expect(approved.chain.map((s) => s.state)).toEqual(['approved', 'approved']);

    const events = await h.t.db('events').where({ type: 'plan.decided', subject: `plan:${plan.id}` }).orderBy('id');
    expect(events.map((e) => JSON.parse(e.payload))).toEqual([
      expect.objectContaining({ verdict: 'approve', levelOrgName: '计算机网络信息中心', state: 'pending', nextOrgId: await orgId('中国科学院'), deciderName: '网络中心管理员' }),
      expect.objectContaining({ verdict: 'approve', levelOrgName: '中国科学院', state: 'approved', nextOrgId: null }),
    ]);
  });

  it('A-1: returning needs a comment; the creator edits and resubmits, a new round starts, the old one stays, and the diff shows what changed', async () => {
    const plan = await submitted();
    const item = (await pendingItem(cnic, plan.id))!;
    const missing = await decide(cnic, item, { verdict: 'return', comment: ' ' }).expect(400);
    expect(missing.body.error).toMatchObject({ code: 'VALIDATION_FAILED', rule: 'A-1', fields: { comment: expect.stringContaining('意见') } });
    await decide(cnic, item, { verdict: 'return', comment: '请压缩预算' }).expect(200);

    const returned = await planOf(plan.id);
    expect(returned).toMatchObject({ approval: 'returned', actions: { edit: { allowed: true }, submit: { allowed: true } } });
    const edited = (await manager.put(`/api/plans/${plan.id}`, { version: returned.version, plan: await input({ name: plan.name, budget: 18000, month: '2027-05' }) }).expect(200)).body;
    await manager.post(`/api/plans/${plan.id}/submit`, { version: edited.version }).expect(200);

    const diff = (await cnic.get(`/api/approvals/plan/${plan.id}/diff`).expect(200)).body;
    expect(diff).toEqual({
      round: 2,
      previousRound: 1,
      changes: [
        { field: 'month', before: '2027-04', after: '2027-05' },
        { field: 'budget', before: 30000, after: 18000 },
      ],
    });
    const timeline = (await manager.get(`/api/approvals/plan/${plan.id}/timeline`).expect(200)).body;
    expect(timeline).toHaveLength(2);
    expect(timeline[0]).toMatchObject({ round: 1, state: 'returned', decisions: [{ verdict: 'return', comment: '请压缩预算', orgName: '计算机网络信息中心', deciderName: '网络中心管理员' }] });
    expect(timeline[1]).toMatchObject({ round: 2, state: 'pending', decisions: [] });
    expect((await pendingItem(cnic, plan.id))!.round).toBe(2);
    const history = (await manager.get(`/api/plans/${plan.id}/history`).expect(200)).body;
    expect(history.map((e: { type: string; actorName: string }) => [e.type, e.actorName])).toEqual([
      ['plan.created', '孙健英'],
      ['plan.submitted', '孙健英'],
      ['plan.decided', '网络中心管理员'],
      ['plan.updated', '孙健英'],
      ['plan.submitted', '孙健英'],
    ]);
    await iphy.get(`/api/plans/${plan.id}/history`).expect(404);
  });

  it('A-1: a rejection is final: the plan cannot be edited or resubmitted, only deleted', async () => {
    const plan = await submitted();
    await decide(cnic, (await pendingItem(cnic, plan.id))!, { verdict: 'reject', comment: '与已有培训重复' }).expect(200);
    const rejected = await planOf(plan.id);
    expect(rejected).toMatchObject({ approval: 'rejected', actions: { edit: { allowed: false, rule: 'P-5' }, submit: { allowed: false }, delete: { allowed: true } } });
    expect(rejected.chain.map((s) => s.state)).toEqual(['rejected', 'waiting']);
  });

  it('A-3: at the institute a funding request is supported and forwarded, or approved without funding and goes on unfunded', async () => {
    const funded = { fundingRequested: true, quality: 'premium' as const, materials: '<p>方案</p>' };
    const supported = await submitted(funded);
    const dropped = await submitted(funded);
    const item = (await pendingItem(cnic, supported.id))!;
    expect(item).toMatchObject({ fundingLevel: 'premium', fundingChoice: true });
    const noChoice = await decide(cnic, item, { verdict: 'approve' }).expect(400);
    expect(noChoice.body.error).toMatchObject({ rule: 'A-3', fields: { funding: expect.any(String) } });

    await decide(cnic, item, { verdict: 'approve', funding: 'support' }).expect(200);
    expect(await planOf(supported.id)).toMatchObject({ fundingRequested: true, quality: 'premium', approval: 'pending' });
    const atAcademy = (await pendingItem(academy, supported.id))!;
    expect(atAcademy).toMatchObject({ fundingLevel: 'premium', fundingChoice: false });
    await decide(academy, atAcademy, { verdict: 'approve', funding: 'drop' }).expect(400);

    await decide(cnic, (await pendingItem(cnic, dropped.id))!, { verdict: 'approve', funding: 'drop', comment: '本年度不支持' }).expect(200);
    expect(await planOf(dropped.id)).toMatchObject({ fundingRequested: false, quality: 'standard', approval: 'pending' });
    expect(await pendingItem(academy, dropped.id)).toMatchObject({ fundingLevel: 'normal', fundingChoice: false });
  });

  it('A-4: a sibling institute cannot see it, the department manager cannot decide at the institute, the Academy cannot skip a level, nobody decides their own plan', async () => {
    const plan = await submitted();
    const item = (await pendingItem(cnic, plan.id))!;
    await decide(iphy, item, { verdict: 'approve' }).expect(404);
    await iphy.get(`/api/approvals/plan/${plan.id}/timeline`).expect(404);
    expect((await decide(manager, item, { verdict: 'approve' }).expect(409)).body.error).toMatchObject({ code: 'NOT_ALLOWED', rule: 'A-4' });
    expect((await decide(academy, item, { verdict: 'approve' }).expect(409)).body.error).toMatchObject({ rule: 'A-4' });

    // The Academy admin's own annual plan goes straight to the Academy: they may not decide it.
    const own = await submitted({ orgId: await orgId('中国科学院'), organiser: '中国科学院' }, academy);
    const ownItem = (await pendingItem(academy, own.id))!;
    expect(ownItem.decide).toEqual({ allowed: false, rule: 'A-4', reason: '不能审批自己创建的计划 (A-4)' });
    await decide(academy, ownItem, { verdict: 'approve' }).expect(409);
    expect(await h.t.db('approval_decisions').whereIn('round_id', h.t.db('approval_rounds').whereIn('subject_id', [plan.id, own.id]).select('id'))).toHaveLength(0);
  });

  it('A-4: a second decision on the same level gets 409 naming who decided, and changes nothing', async () => {
    const plan = await submitted();
    const item = (await pendingItem(cnic, plan.id))!;
    await decide(cnic, item, { verdict: 'approve' }).expect(200);
    const again = await decide(cnic, item, { verdict: 'reject', comment: '改主意了' }).expect(409);
    expect(again.body.error).toMatchObject({ code: 'CONFLICT', message: '已由 网络中心管理员（计算机网络信息中心）处理' });
    expect((await planOf(plan.id)).approval).toBe('pending');
  });

  it('A-4: of 50 concurrent decisions on one item exactly one succeeds, the others get 409, and one history row is written', async () => {
    const plan = await submitted();
    const item = (await pendingItem(cnic, plan.id))!;
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => decide(cnic, item, i % 2 ? { verdict: 'approve' } : { verdict: 'return', comment: `意见 ${i}` })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const rounds = h.t.db('approval_rounds').where({ subject_type: 'plan', subject_id: plan.id }).select('id');
    expect(await h.t.db('approval_decisions').whereIn('round_id', rounds)).toHaveLength(1);
    expect(await h.t.db('events').where({ type: 'plan.decided', subject: `plan:${plan.id}` })).toHaveLength(1);
  });

  it('a batch decides each item on its own and says which failed and why', async () => {
    const [a, b, stale] = [await submitted(), await submitted(), await submitted()];
    const staleItem = (await pendingItem(cnic, stale.id))!;
    await decide(cnic, staleItem, { verdict: 'approve' }).expect(200);
    const iphyPlan = await submitted({ orgId: await orgId('物理研究所'), organiser: '物理研究所' }, iphy);
    const items = await Promise.all([a, b].map(async (p) => (await pendingItem(cnic, p.id))!));
    const res = await cnic
      .post('/api/approvals/plan/batch', {
        items: [...items, staleItem, { subjectId: iphyPlan.id, version: 1 }].map(({ subjectId, version }) => ({ subjectId, version })),
        verdict: 'approve',
        comment: '同意',
      })
      .expect(200);
    expect(res.body.results).toEqual([
      { subjectId: a.id, ok: true },
      { subjectId: b.id, ok: true },
      { subjectId: stale.id, ok: false, code: 'CONFLICT', message: expect.stringContaining('已由') },
      { subjectId: iphyPlan.id, ok: false, code: 'NOT_FOUND', message: expect.any(String) },
    ]);
    await cnic.post('/api/approvals/plan/batch', { items: [], verdict: 'approve' }).expect(400);

    // One funding choice for a mixed batch goes only to the plans asking funding.
    const funded = await submitted({ fundingRequested: true, materials: '<p>方案</p>' });
    const plain = await submitted();
    const mixed = await Promise.all([funded, plain].map(async (p) => (await pendingItem(cnic, p.id))!));
    const both = await cnic.post('/api/approvals/plan/batch', { items: mixed.map(({ subjectId, version }) => ({ subjectId, version })), verdict: 'approve', funding: 'drop' }).expect(200);
    expect(both.body.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true]);
    expect(await planOf(funded.id)).toMatchObject({ fundingRequested: false });
  });

  it('lists: 待我审批 filters and counts per org below; 我已审批 shows the caller’s decision', async () => {
    const plan = await submitted({ name: '2027 年度筛选专用计划' });
    const cnicId = await orgId('计算机网络信息中心');
    const deptId = await orgId('新媒体技术与应用发展部');
    const filtered = (await cnic.get(`/api/approvals/pending?q=筛选专用&orgId=${deptId}&year=2027&kind=annual&fundingLevel=normal`).expect(200)).body;
    expect(filtered.items.map((i: ApprovalItemDto) => i.subjectId)).toEqual([plan.id]);
    expect((await cnic.get('/api/approvals/pending?q=筛选专用&year=2028').expect(200)).body.total).toBe(0);
    expect((await cnic.get('/api/approvals/pending?q=筛选专用&from=2000-01-01&to=2099-12-31').expect(200)).body.total).toBe(1);

    const counts = (await cnic.get('/api/approvals/pending/counts').expect(200)).body;
    const total = (await cnic.get('/api/approvals/pending').expect(200)).body.total;
    expect(counts[0]).toEqual({ orgId: cnicId, orgName: '计算机网络信息中心', count: total });
    expect(counts.find((c: { orgId: number }) => c.orgId === deptId).count).toBeGreaterThanOrEqual(1);

    await decide(cnic, (await pendingItem(cnic, plan.id))!, { verdict: 'return', comment: '名称不规范' }).expect(200);
    const processed = (await cnic.get('/api/approvals/processed?q=筛选专用').expect(200)).body;
    expect(processed.items).toEqual([expect.objectContaining({ subjectId: plan.id, state: 'returned', myDecision: expect.objectContaining({ verdict: 'return', comment: '名称不规范' }) })]);
    await manager.get('/api/approvals/pending').expect(200);
    await iphy.get(`/api/approvals/processed?orgId=${deptId}`).expect(404);
    await (await h.signIn('staff')).get('/api/approvals/pending').expect(403);
  });

  it('bad input: unknown verdicts, unknown fields, overlong comments', async () => {
    const plan = await submitted();
    const item = (await pendingItem(cnic, plan.id))!;
    await decide(cnic, item, { verdict: 'maybe' }).expect(400);
    await decide(cnic, item, { verdict: 'approve', extra: 1 }).expect(400);
    await decide(cnic, item, { verdict: 'return', comment: '长'.repeat(501) }).expect(400);
    await cnic.post(`/api/approvals/course/${plan.id}/decision`, { version: 1, verdict: 'approve' }).expect(400);
    expect((await planOf(plan.id)).approval).toBe('pending');
  });
});
