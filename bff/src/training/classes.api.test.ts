import type { ApprovalItemDto, ClassInput, PlanInput, TrainingClassDto } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { classInputOf } from '@casmooc/domain/src/training/testing';
import { startTestBff, type SignedIn, type TestBff } from '../testing/test-bff';

/** Mid-June 2026 in Beijing: added plans are for 2026 and may be implemented now. */
const NOW = new Date('2026-06-15T10:00:00+08:00');

/** The form's fields of a class, as the page has them. */

describe.each(testDialects())('training classes, the manager’s side (T-1 … T-3, A-7), on %s', (dialect) => {
  let h: TestBff;
  let cnic: SignedIn;
  let manager: SignedIn;
  let academy: SignedIn;
  let iphy: SignedIn;
  let staff: SignedIn;
  let serial = 0;

  const orgId = async (name: string): Promise<number> => (await h.t.db('orgs').where({ name }).first()).id;

  /** A published, implemented added plan of the institute (no approval needed, P-3) and its class. */
  const classOfInstitute = async (overrides: Partial<PlanInput> = {}): Promise<TrainingClassDto> => {
    const plan = examplePlan({ orgId: await orgId('计算机网络信息中心'), planType: 'added', year: 2026, month: '2026-09', name: `2026 培训班测试 ${++serial}`, ...overrides });
    const created = (await cnic.post('/api/plans', { plan, submit: true }).expect(201)).body;
    const published = (await cnic.post(`/api/plans/${created.id}/publish`, { version: created.version }).expect(200)).body;
    await cnic.post(`/api/plans/${created.id}/implement`, { version: published.version }).expect(200);
    const list = (await cnic.get(`/api/training/classes?name=${encodeURIComponent(plan.name)}`).expect(200)).body.items;
    return list[0];
  };
  const save = (who: SignedIn, c: TrainingClassDto, changes: Partial<ClassInput>) => who.put(`/api/training/classes/${c.id}`, { version: c.version, class: { ...classInputOf(c), ...changes } });
  const valid = { contactEmail: 'wangxia@cnic.cn' };
  const pending = async (who: SignedIn, classId: number): Promise<ApprovalItemDto | undefined> =>
    (await who.get('/api/approvals/pending?subject=class&pageSize=100').expect(200)).body.items.find((i: ApprovalItemDto) => i.subjectId === classId);
  const decide = (who: SignedIn, item: ApprovalItemDto, body: object) => who.post(`/api/approvals/class/${item.subjectId}/decision`, { version: item.version, ...body });

  beforeAll(async () => {
    h = await startTestBff(dialect, {}, () => NOW);
    [cnic, manager, academy, iphy, staff] = await Promise.all(['cnic_admin', 'xmt_manager', 'admin', 'iphy_admin', 'staff'].map((u) => h.signIn(u)));
  });
  afterAll(() => h.close());

  it('T-1: a class starts pre-filled from its plan, as planned, to be implemented', async () => {
    const c = await classOfInstitute({ budget: 25000, days: 2, headcount: 40 });
    expect(c).toMatchObject({
      state: 'draft',
      approval: 'not_required',
      startAt: '2026-09-01 09:00',
      endAt: '2026-09-02 17:00',
      budget: 25000,
      headcount: 40,
      mode: 'offline',
      visibility: 'private',
      deviations: [],
      needsApproval: false,
      plan: { month: '2026-09', budget: 25000, headcount: 40, days: 2, fundingLevel: 'normal' },
      actions: { edit: { allowed: true }, implement: { allowed: true }, cancel: { allowed: true } },
    });
    // An institute admin's added plan needed no approval: a deviation of its class goes to the Academy.
    expect(c.deviationChain.map((s) => s.orgName)).toEqual(['中国科学院']);
  });

  it('暂存: every field of the manual’s form is kept; a stale version gets 409; bad input names its field, in the caller’s language', async () => {
    const c = await classOfInstitute();
    const changes: Partial<ClassInput> = {
      mode: 'blended',
      startAt: '2026-09-10 09:00',
      endAt: '2026-09-11 17:00',
      researchCount: 10,
      managementCount: 5,
      supportCount: 5,
      externalCount: 3,
      staffCount: 4,
      contactEmail: 'wangxia@cnic.cn',
      visibility: 'academy',
      registrationOpen: true,
      registrationApproval: true,
      registrationFrom: '2026-08-01 09:00',
      registrationTo: '2026-09-05 17:00',
      hoursCategory: 'split',
      generalHours: 4,
    };
    const saved = (await save(cnic, c, changes).expect(200)).body as TrainingClassDto;
    expect(saved).toMatchObject({ ...changes, version: c.version + 1, month: '2026-09', year: 2026, deviations: [] });
    expect((await cnic.get(`/api/training/classes/${c.id}`).expect(200)).body).toMatchObject(changes);
    await save(cnic, c, { ...valid, name: '旧版本' }).expect(409);

    const bad = await save(cnic, saved, { endAt: '2026-09-09 17:00', contactPhone: '123', registrationTo: '2026-09-12 09:00' }).set('Accept-Language', 'en').expect(400);
    expect(bad.body.error.fields).toEqual({
      'class.contactPhone': expect.any(String),
      'class.endAt': 'The class cannot end before it starts',
      'class.registrationTo': 'Registration must close before the class starts',
    });
    const zh = await save(cnic, saved, { researchCount: 100 }).expect(400);
    expect(zh.body.error.fields['class.headcount']).toMatch(/超过计划参加人数/);
    expect((await cnic.get(`/api/training/classes/${c.id}`).expect(200)).body.version).toBe(saved.version);
  });

  it('access: a sibling institute gets 404, staff 403', async () => {
    const c = await classOfInstitute();
    await iphy.get(`/api/training/classes/${c.id}`).expect(404);
    await save(iphy, c, valid).expect(404);
    await iphy.post(`/api/training/classes/${c.id}/implement`, { version: c.version }).expect(404);
    await staff.get(`/api/training/classes/${c.id}`).expect(403);
    await staff.post(`/api/training/classes/${c.id}/implement`, { version: c.version }).expect(403);
  });

  it('T-2: a class as planned (within the quarter, nothing raised) is implemented at once; then it is fixed', async () => {
    const c = (await save(cnic, await classOfInstitute(), { ...valid, startAt: '2026-08-03 09:00', endAt: '2026-08-04 17:00', headcount: 50 }).expect(200)).body;
    expect(c.deviations).toEqual([]);
    const done = (await cnic.post(`/api/training/classes/${c.id}/implement`, { version: c.version }).expect(200)).body;
    expect(done).toMatchObject({ state: 'implemented', approval: 'not_required', actions: { edit: { allowed: false, rule: 'T-3' }, implement: { allowed: false }, cancel: { allowed: false } } });
    expect(done.implementedAt).not.toBeNull();
    expect((await save(cnic, done, { name: '改名' }).expect(409)).body.error.rule).toBe('T-3');
    const events = await h.t.db('events').where({ subject: `class:${c.id}` }).orderBy('id').pluck('type');
    expect(events).toEqual(['class.updated', 'class.implemented']);
  });

  it('T-2, A-7: a class moved to another quarter with a higher headcount goes up its chain, is returned, fixed, resubmitted, approved, then implemented', async () => {
    const c = (await save(cnic, await classOfInstitute({ headcount: 40 }), { ...valid, startAt: '2026-11-02 09:00', endAt: '2026-11-03 17:00', headcount: 60 }).expect(200)).body;
    expect(c.deviations.map((d: { field: string }) => d.field)).toEqual(['quarter', 'headcount']);
    expect(c.needsApproval).toBe(true);

    const submitted = (await cnic.post(`/api/training/classes/${c.id}/implement`, { version: c.version }).expect(200)).body;
    expect(submitted).toMatchObject({ state: 'draft', approval: 'pending', actions: { edit: { allowed: false, rule: 'T-2' }, implement: { allowed: false, rule: 'T-2' } } });
    expect(submitted.chain.map((s: { orgName: string; state: string }) => `${s.orgName}(${s.state})`)).toEqual(['中国科学院(pending)']);
    expect(await pending(cnic, c.id)).toBeUndefined();
    const first = (await pending(academy, c.id))!;
    expect(first).toMatchObject({ subject: 'class', title: c.name, when: '2026-11-02 09:00', fundingLevel: 'normal', fundingChoice: false, round: 1 });

    await decide(academy, first, { verdict: 'return', comment: '请说明调整原因' }).expect(200);
    const returned = (await cnic.get(`/api/training/classes/${c.id}`).expect(200)).body;
    expect(returned).toMatchObject({ approval: 'returned', actions: { edit: { allowed: true } } });
    const fixed = (await save(cnic, returned, { headcount: 50 }).expect(200)).body;
    await cnic.post(`/api/training/classes/${c.id}/implement`, { version: fixed.version }).expect(200);
    const second = (await pending(academy, c.id))!;
    expect(second.round).toBe(2);
    // A decision on what the approver saw in round 1 does not approve round 2.
    await decide(academy, first, { verdict: 'approve' }).expect(409);
    const diff = (await academy.get(`/api/approvals/class/${c.id}/diff`).expect(200)).body;
    expect(diff.changes).toEqual([{ field: 'headcount', before: 60, after: 50 }]);
    await decide(academy, second, { verdict: 'approve', comment: '同意' }).expect(200);

    const approved = (await cnic.get(`/api/training/classes/${c.id}`).expect(200)).body;
    expect(approved).toMatchObject({ approval: 'approved', needsApproval: false, state: 'draft' });
    const done = (await cnic.post(`/api/training/classes/${c.id}/implement`, { version: approved.version }).expect(200)).body;
    expect(done.state).toBe('implemented');
    const types = await h.t.db('events').where({ subject: `class:${c.id}` }).orderBy('id').pluck('type');
    expect(types).toEqual(['class.updated', 'class.submitted', 'class.decided', 'class.updated', 'class.submitted', 'class.decided', 'class.implemented']);
  });

  it('T-2: a change after approval that raises more than was approved goes to approval again', async () => {
    const c = (await save(cnic, await classOfInstitute({ headcount: 40 }), { ...valid, headcount: 45 }).expect(200)).body;
    await cnic.post(`/api/training/classes/${c.id}/implement`, { version: c.version }).expect(200);
    await decide(academy, (await pending(academy, c.id))!, { verdict: 'approve' }).expect(200);
    const approved = (await cnic.get(`/api/training/classes/${c.id}`).expect(200)).body;
    const raised = (await save(cnic, approved, { headcount: 55 }).expect(200)).body;
    expect(raised.needsApproval).toBe(true);
    expect((await cnic.post(`/api/training/classes/${c.id}/implement`, { version: raised.version }).expect(200)).body.approval).toBe('pending');
  });

  it('A-7: a department’s class goes up the chain its plan was approved on; the creator of the class decides nothing', async () => {
    const plan = examplePlan({ orgId: await orgId('新媒体技术与应用发展部'), planType: 'added', year: 2026, month: '2026-10', name: `2026 部门培训班 ${++serial}` });
    const created = (await manager.post('/api/plans', { plan, submit: true }).expect(201)).body;
    const item = (await cnic.get('/api/approvals/pending?subject=plan&pageSize=100').expect(200)).body.items.find((i: ApprovalItemDto) => i.subjectId === created.id);
    await cnic.post(`/api/approvals/plan/${created.id}/decision`, { version: item.version, verdict: 'approve' }).expect(200);
    const approvedPlan = (await manager.get(`/api/plans/${created.id}`).expect(200)).body;
    const published = (await manager.post(`/api/plans/${created.id}/publish`, { version: approvedPlan.version }).expect(200)).body;
    await manager.post(`/api/plans/${created.id}/implement`, { version: published.version }).expect(200);
    const c = (await manager.get(`/api/training/classes?name=${encodeURIComponent(plan.name)}`).expect(200)).body.items[0] as TrainingClassDto;
    expect(c.deviationChain.map((s) => s.orgName)).toEqual(['计算机网络信息中心']);

    const raised = (await save(manager, c, { ...valid, budget: 40000 }).expect(200)).body;
    await manager.post(`/api/training/classes/${c.id}/implement`, { version: raised.version }).expect(200);
    const waiting = (await pending(cnic, c.id))!;
    expect(waiting.decide).toEqual({ allowed: true });
    await decide(cnic, waiting, { verdict: 'reject', comment: '经费超出预算' }).expect(200);
    const rejected = (await manager.get(`/api/training/classes/${c.id}`).expect(200)).body;
    expect(rejected).toMatchObject({ approval: 'rejected', actions: { edit: { allowed: false, rule: 'A-1' }, implement: { allowed: false, rule: 'A-1' }, cancel: { allowed: true } } });
  });

  it('T-3: a class is not implemented while its plan is unpublished, revoked or not approved at every level', async () => {
    const c = (await save(cnic, await classOfInstitute(), valid).expect(200)).body;
    const implement = async () => (await cnic.post(`/api/training/classes/${c.id}/implement`, { version: c.version }).expect(409)).body.error;
    await h.t.db('plans').where({ id: c.planId }).update({ published: false });
    expect(await implement()).toMatchObject({ rule: 'T-3', message: '对应培训计划尚未发布，不能实施 (T-3)' });
    await h.t.db('plans').where({ id: c.planId }).update({ published: true, revoked: true });
    expect(await implement()).toMatchObject({ rule: 'T-3', message: '对应培训计划已撤销，不能实施 (T-3)' });
    await h.t.db('plans').where({ id: c.planId }).update({ revoked: false, approval_state: 'pending' });
    expect(await implement()).toMatchObject({ rule: 'T-3' });
    await h.t.db('plans').where({ id: c.planId }).update({ approval_state: 'not_required' });
    await cnic.post(`/api/training/classes/${c.id}/implement`, { version: c.version }).expect(200);
  });

  it('concurrent implements: exactly one changes the class, the others get 409', async () => {
    const c = (await save(cnic, await classOfInstitute(), valid).expect(200)).body;
    const answers = await Promise.all(Array.from({ length: 10 }, () => cnic.post(`/api/training/classes/${c.id}/implement`, { version: c.version })));
    expect(answers.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    expect(await h.t.db('events').where({ subject: `class:${c.id}`, type: 'class.implemented' })).toHaveLength(1);
  });

  it('cancel: the class goes and its plan is 未实施 again, a waiting approval withdrawn; never with confirmed hours (T-6)', async () => {
    const c = (await save(cnic, await classOfInstitute({ days: 1 }), { ...valid, days: 2, endAt: '2026-09-02 17:00' }).expect(200)).body;
    await cnic.post(`/api/training/classes/${c.id}/implement`, { version: c.version }).expect(200);
    const waiting = (await cnic.get(`/api/training/classes/${c.id}`).expect(200)).body;
    await cnic.post(`/api/training/classes/${c.id}/cancel`, { version: waiting.version }).expect(204);
    await cnic.get(`/api/training/classes/${c.id}`).expect(404);
    expect(await pending(academy, c.id)).toBeUndefined();
    const plan = (await cnic.get(`/api/plans/${c.planId}`).expect(200)).body;
    expect(plan).toMatchObject({ implemented: false, actions: { implement: { allowed: true }, revoke: { allowed: true } } });

    const again = await classOfInstitute();
    const [person] = await h.t.db('staff as s').join('orgs as o', 'o.id', 's.org_id').where('o.name', '党群办公室').limit(1).pluck('s.id');
    await cnic.post(`/api/training/classes/${again.id}/attendees`, { staffIds: [person] }).expect(200);
    await cnic.post(`/api/training/classes/${again.id}/attendance`, { staffIds: [person], attended: true }).expect(200);
    await cnic.post(`/api/training/classes/${again.id}/confirm-hours`, {}).expect(200);
    const refused = await cnic.post(`/api/training/classes/${again.id}/cancel`, { version: again.version }).expect(409);
    expect(refused.body.error.rule).toBe('T-6');
  });

  it('the list filters by 实施情况, 审批情况, mode, category, org and name', async () => {
    const c = (await save(cnic, await classOfInstitute({ category: 'management_training' }), { ...valid, mode: 'online' }).expect(200)).body;
    const ids = async (query: string) => (await cnic.get(`/api/training/classes?pageSize=100&${query}`).expect(200)).body.items.map((i: TrainingClassDto) => i.id);
    expect(await ids('mode=online&category=management_training&state=draft&approval=not_required')).toContain(c.id);
    expect(await ids('state=implemented')).not.toContain(c.id);
    expect(await ids(`orgId=${await orgId('党群办公室')}`)).not.toContain(c.id);
    await cnic.get(`/api/training/classes?orgId=${await orgId('物理研究所')}`).expect(404);
    await cnic.get('/api/training/classes?mode=walking').expect(400);
  });
});
