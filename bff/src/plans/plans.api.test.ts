import request from 'supertest';
import type { PlanInput } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { startTestBff, type SignedIn, type TestBff } from '../testing/test-bff';

/** Mid-June 2026 in Beijing: annual plans are for 2027, added plans for 2026. */
const NOW = new Date('2026-06-15T10:00:00+08:00');

describe.each(testDialects())('training plans API on %s', (dialect) => {
  let h: TestBff;
  let orgId: (name: string) => Promise<number>;
  let manager: SignedIn;
  let cnic: SignedIn;

  const input = async (overrides: Partial<PlanInput> = {}): Promise<PlanInput> => examplePlan({ orgId: await orgId('新媒体技术与应用发展部'), ...overrides });

  beforeAll(async () => {
    h = await startTestBff(dialect, {}, () => NOW);
    orgId = async (name) => (await h.t.db('orgs').where({ name }).first()).id;
    manager = await h.signIn('xmt_manager');
    cnic = await h.signIn('cnic_admin');
  });
  afterAll(() => h.close());

  it('a department manager saves an annual plan as a draft; the draft explains what it cannot do yet', async () => {
    const res = await manager.post('/api/plans', { plan: await input() }).expect(201);
    expect(res.body).toMatchObject({ editState: 'draft', approval: 'unsubmitted', published: false, orgName: '新媒体技术与应用发展部', version: 1 });
    expect(res.body.actions.publish).toEqual({ allowed: false, rule: 'P-4', reason: '暂存计划不能发布 (P-4)' });
    expect(res.body.actions.edit).toEqual({ allowed: true });
    const english = await manager.get(`/api/plans/${res.body.id}`).set('Accept-Language', 'en').expect(200);
    expect(english.body.actions.publish.reason).toBe('A draft plan cannot be published (P-4)');
  });

  it('P-3: submitting computes and stores the chain: the institute, then the Academy for an annual plan', async () => {
    const draft = (await manager.post('/api/plans', { plan: await input({ name: '2027 年度数据治理研修班' }) }).expect(201)).body;
    const res = await manager.post(`/api/plans/${draft.id}/submit`, { version: draft.version }).expect(200);
    expect(res.body.approval).toBe('pending');
    expect(res.body.chain).toEqual([
      { orgId: await orgId('计算机网络信息中心'), orgName: '计算机网络信息中心', state: 'pending' },
      { orgId: await orgId('中国科学院'), orgName: '中国科学院', state: 'waiting' },
    ]);
    expect(res.body.actions.edit).toMatchObject({ allowed: false, rule: 'P-5' });
    expect(res.body.actions.delete).toMatchObject({ allowed: false, rule: 'P-5' });
    const event = await h.t.db('events').where({ type: 'plan.submitted', subject: `plan:${draft.id}` }).first();
    expect(JSON.parse(event.payload)).toMatchObject({ nextOrgId: await orgId('计算机网络信息中心') });
  });

  it('an institute admin’s added plan needs no approval: published directly and implemented this year', async () => {
    const created = await cnic.post('/api/plans', { plan: await input({ orgId: await orgId('计算机网络信息中心'), planType: 'added', year: 2026, month: '2026-09', name: '2026 保密知识培训' }), submit: true }).expect(201);
    expect(created.body).toMatchObject({ editState: 'submitted', approval: 'not_required', chain: [] });
    await cnic.post(`/api/plans/${created.body.id}/implement`, { version: created.body.version }).expect(409);
    const published = await cnic.post(`/api/plans/${created.body.id}/publish`, { version: created.body.version }).expect(200);
    expect(published.body.published).toBe(true);
    const implemented = await cnic.post(`/api/plans/${created.body.id}/implement`, { version: published.body.version }).expect(200);
    expect(implemented.body).toMatchObject({ implemented: true });
    expect(implemented.body.actions.unpublish).toMatchObject({ allowed: false, rule: 'P-4' });
    const types = await h.t.db('events').where({ subject: `plan:${created.body.id}` }).orderBy('id').pluck('type');
    expect(types).toEqual(['plan.created', 'plan.submitted', 'plan.published', 'plan.implemented']);
  });

  it('refuses an action the rules forbid with 409, the rule id and its reason, and changes nothing', async () => {
    const draft = (await manager.post('/api/plans', { plan: await input() }).expect(201)).body;
    const res = await manager.post(`/api/plans/${draft.id}/publish`, { version: draft.version }).expect(409);
    expect(res.body.error).toEqual({ code: 'NOT_ALLOWED', message: '暂存计划不能发布 (P-4)', rule: 'P-4' });
    expect((await manager.get(`/api/plans/${draft.id}`)).body.version).toBe(draft.version);
  });

  it('a stale version gets 409 CONFLICT and nothing is overwritten', async () => {
    const draft = (await manager.post('/api/plans', { plan: await input() }).expect(201)).body;
    await manager.put(`/api/plans/${draft.id}`, { version: draft.version, plan: await input({ name: '第一次修改' }) }).expect(200);
    const stale = await manager.put(`/api/plans/${draft.id}`, { version: draft.version, plan: await input({ name: '过期的修改' }) }).expect(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    expect((await manager.get(`/api/plans/${draft.id}`)).body.name).toBe('第一次修改');
  });

  it('P-1: the year follows the plan type', async () => {
    const res = await manager.post('/api/plans', { plan: await input({ year: 2026, month: '2026-10' }) }).expect(400);
    expect(res.body.error.fields.year).toBe('年度计划应为下一年度（2027 年）的计划 (P-1)');
  });

  it('P-2: outside the reporting period an annual plan cannot be created', async () => {
    await h.t.db('settings').insert({ key: 'plans', value: JSON.stringify({ reportingPeriod: { from: '10-01', to: '12-15' } }) });
    try {
      const res = await manager.post('/api/plans', { plan: await input() }).expect(400);
      expect(res.body.error.fields.year).toBe('年度计划的上报时间为 10-01 至 12-15 (P-2)');
    } finally {
      await h.t.db('settings').where({ key: 'plans' }).delete();
    }
  });

  it('P-6 … P-9: funding only for annual plans, 精品 only when funded, technical support only for 学术讲坛, materials required', async () => {
    const fields = async (overrides: Partial<PlanInput>) => (await manager.post('/api/plans', { plan: await input(overrides) }).expect(400)).body.error.fields;
    expect(await fields({ planType: 'added', year: 2026, month: '2026-09', fundingRequested: true, materials: '<p>材料</p>' })).toEqual({
      fundingRequested: '只有年度计划可以申请院经费支持 (P-6)',
    });
    expect(await fields({ quality: 'premium' })).toEqual({ quality: '申请经费资助的计划才能申报精品 (P-7)' });
    expect(await fields({ techSupport: true })).toEqual({ techSupport: '只有学术讲坛可以申请专项技术支持 (P-8)' });
    expect(await fields({ fundingRequested: true, materials: '<script>alert(1)</script>' })).toEqual({ materials: '申请经费资助须填写资助计划材料 (P-9)' });
    await manager.post('/api/plans', { plan: await input({ category: 'academic_forum', techSupport: true }) }).expect(201);
  });

  it('P-6: at most five funded annual plans per institute and year', async () => {
    const funded = await input({ fundingRequested: true, quality: 'premium', materials: '<p>培训方案与预算</p>' });
    const already = await h.t.db('plans').where({ funding_requested: true, year: 2027 }).count({ n: '*' });
    for (let i = Number(already[0].n); i < 5; i++) await manager.post('/api/plans', { plan: { ...funded, name: `资助计划 ${i}` } }).expect(201);
    const res = await cnic.post('/api/plans', { plan: { ...funded, orgId: await orgId('党群办公室'), name: '第六个' } }).expect(400);
    expect(res.body.error.fields.fundingRequested).toBe('每个院所每年最多 5 个计划申请院经费支持 (P-6)');
  });

  it('P-6: the limit holds under concurrent writes: 8 creates at once with one slot left, exactly one lands', async () => {
    await h.t.db('plans').where({ funding_requested: true }).update({ funding_requested: false });
    const funded = await input({ fundingRequested: true, quality: 'premium', materials: '<p>培训方案与预算</p>' });
    for (let i = 0; i < 4; i++) await manager.post('/api/plans', { plan: { ...funded, name: `已有资助计划 ${i}` } }).expect(201);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => manager.post('/api/plans', { plan: { ...funded, name: `并发资助计划 ${i}` } })));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 400, 400, 400, 400, 400, 400, 400]);
    expect(answers.find((r) => r.status === 400)!.body.error).toMatchObject({ rule: 'P-6', fields: { fundingRequested: '每个院所每年最多 5 个计划申请院经费支持 (P-6)' } });
    expect(Number((await h.t.db('plans').where({ funding_requested: true, year: 2027 }).count({ n: '*' }))[0].n)).toBe(5);
    // Editing a plan into the sixth funded one is refused the same way, in the caller's language.
    const plain = (await manager.post('/api/plans', { plan: { ...funded, fundingRequested: false, quality: 'standard', name: '未申请资助' } }).expect(201)).body;
    const en = await manager.put(`/api/plans/${plain.id}`, { version: plain.version, plan: { ...funded, name: '未申请资助' } }).set('Accept-Language', 'en').expect(400);
    expect(en.body.error.fields.fundingRequested).toBe('An institute may ask funding for at most 5 plans a year (P-6)');
  });

  it('field errors come in the caller’s language', async () => {
    const en = await manager.post('/api/plans', { plan: await input({ year: 2026, month: '2026-05' }) }).set('Accept-Language', 'en-US').expect(400);
    expect(en.body.error.fields.year).toBe('An annual plan is for next year (2027) (P-1)');
    const unknownOrg = await manager.post('/api/plans', { plan: await input({ orgId: 999999 }) }).set('Accept-Language', 'en-US').expect(400);
    expect(unknownOrg.body.error.fields.orgId).toMatch(/^[\x20-\x7e]+$/);
    const month = await manager.post('/api/plans', { plan: await input({ month: '2026-05' }) }).set('Accept-Language', 'en-US').expect(400);
    expect(month.body.error.fields['plan.month']).toBe('The month must be within 2027');
  });

  it('P-9: materials are sanitised on the server', async () => {
    const html = '<p onclick="steal()">方案<script>alert(1)</script></p><table><tr><td>预算</td></tr></table><a href="javascript:x()">链接</a><img src=x onerror=y>';
    await h.t.db('plans').where({ funding_requested: true }).update({ funding_requested: false });
    const res = await manager.post('/api/plans', { plan: await input({ fundingRequested: true, materials: html }) }).expect(201);
    expect(res.body.materials).toBe('<p>方案</p><table><tr><td>预算</td></tr></table><a>链接</a>');
  });

  it('P-11: revoking needs a reason and keeps it', async () => {
    const plan = (await cnic.post('/api/plans', { plan: await input({ orgId: await orgId('计算机网络信息中心'), planType: 'added', year: 2026, month: '2026-11' }), submit: true }).expect(201)).body;
    await cnic.post(`/api/plans/${plan.id}/revoke`, { version: plan.version }).expect(400);
    const revoked = await cnic.post(`/api/plans/${plan.id}/revoke`, { version: plan.version, reason: '讲师时间冲突，本年度无法举办' }).expect(200);
    expect(revoked.body).toMatchObject({ revoked: true, revokeReason: '讲师时间冲突，本年度无法举办' });
    expect(revoked.body.actions.publish).toMatchObject({ allowed: false, rule: 'P-4' });
  });

  it('P-5: a draft can be deleted; then it is gone', async () => {
    const draft = (await manager.post('/api/plans', { plan: await input() }).expect(201)).body;
    await manager.delete(`/api/plans/${draft.id}?version=${draft.version}`).expect(204);
    await manager.get(`/api/plans/${draft.id}`).expect(404);
  });

  it('plans of another institute or department are 404; staff have no access', async () => {
    const plan = (await manager.post('/api/plans', { plan: await input() }).expect(201)).body;
    await (await h.signIn('iphy_admin')).get(`/api/plans/${plan.id}`).expect(404);
    await (await h.signIn('iphy_admin')).post(`/api/plans/${plan.id}/submit`, { version: plan.version }).expect(404);
    await (await h.signIn('staff')).get('/api/plans').expect(403);
    const res = await manager.post('/api/plans', { plan: await input({ orgId: await orgId('党群办公室') }) }).expect(400);
    expect(res.body.error.fields).toHaveProperty('orgId');
  });

  it('bad input names each wrong field', async () => {
    const res = await manager.post('/api/plans', { plan: { ...(await input()), hours: -1, days: 1.5, category: '讲座', extra: 1 } }).expect(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['plan.category', 'plan.days', 'plan.extra', 'plan.hours']);
    // The month is checked against the year once the fields themselves are valid.
    const month = await manager.post('/api/plans', { plan: { ...(await input()), month: '2026-04' } }).expect(400);
    expect(Object.keys(month.body.error.fields)).toEqual(['plan.month']);
    await request(h.bff.app).post('/api/plans').send({}).expect(401);
  });

  it('numbers are kept as sent: precision of the API and the columns agree on both dialects', async () => {
    const kept = (await manager.post('/api/plans', { plan: await input({ hours: 12.5, budget: 19999.99 }) }).expect(201)).body;
    expect((await manager.get(`/api/plans/${kept.id}`).expect(200)).body).toMatchObject({ hours: 12.5, budget: 19999.99 });
    const tooFine = await manager.post('/api/plans', { plan: await input({ hours: 12.25, budget: 100.005 }) }).expect(400);
    expect(tooFine.body.error.fields).toEqual({ 'plan.hours': '学时最多保留一位小数', 'plan.budget': '经费最多精确到分（两位小数）' });
  });

  it('the Academy’s name search counts exactly the plans it finds, with other filters too (its count reads the name index)', async () => {
    const academy = await h.signIn('admin');
    const every = (await academy.get('/api/plans?pageSize=100').expect(200)).body;
    expect(every.total).toBeLessThanOrEqual(100);
    type Listed = { id: number; name: string; year: number; published: boolean };
    for (const [query, matches] of [
      ['name=保密知识', (p: Listed) => p.name.includes('保密知识')],
      ['name=保密知识&year=2026', (p: Listed) => p.name.includes('保密知识') && p.year === 2026],
      ['name=培训&published=true', (p: Listed) => p.name.includes('培训') && p.published],
    ] as const) {
      const found = (await academy.get(`/api/plans?${query.replace(/=([^&]+)/g, (_, v: string) => `=${encodeURIComponent(v)}`)}&pageSize=100`).expect(200)).body;
      const expected = (every.items as Listed[]).filter(matches).map((p) => p.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(found.total).toBe(expected.length);
      expect(found.items.map((p: Listed) => p.id).sort()).toEqual(expected.sort());
    }
  });

  it('lists plans of the caller’s subtree with filters and pagination', async () => {
    const all = (await cnic.get('/api/plans?pageSize=100').expect(200)).body;
    expect(all.total).toBeGreaterThan(5);
    expect(all.items.every((p: { orgName: string }) => p.orgName !== '物理研究所')).toBe(true);
    const published = (await cnic.get('/api/plans?published=true&year=2026&pageSize=100').expect(200)).body;
    expect(published.items.map((p: { name: string }) => p.name)).toContain('2026 保密知识培训');
    expect(published.items.every((p: { published: boolean; year: number }) => p.published && p.year === 2026)).toBe(true);
    const byName = (await cnic.get(`/api/plans?name=${encodeURIComponent('保密知识')}`).expect(200)).body;
    expect(byName.items.every((p: { name: string }) => p.name.includes('保密知识'))).toBe(true);
    const departmentView = (await manager.get('/api/plans?pageSize=100').expect(200)).body;
    expect(departmentView.items.every((p: { orgName: string }) => p.orgName === '新媒体技术与应用发展部')).toBe(true);

    // 本机构计划 and 下级机构计划 split the subtree at the caller's own org.
    const own = (await cnic.get('/api/plans?scope=own&pageSize=100').expect(200)).body;
    const below = (await cnic.get('/api/plans?scope=below&pageSize=100').expect(200)).body;
    expect(own.items.every((p: { orgName: string }) => p.orgName === '计算机网络信息中心')).toBe(true);
    expect(below.items.every((p: { orgName: string }) => p.orgName !== '计算机网络信息中心')).toBe(true);
    expect(below.items.map((p: { orgName: string }) => p.orgName)).toContain('新媒体技术与应用发展部');
    expect(own.total + below.total).toBe(all.total);
    await cnic.get('/api/plans?scope=mine').expect(400);
  });

  it('P-12: the implementation rate is implemented ÷ (published − revoked), by org and category, with drill-down', async () => {
    const overview = (await cnic.get('/api/plans/rate?year=2026').expect(200)).body;
    const plans2026 = await h.t.db('plans as p').join('orgs as o', 'o.id', 'p.org_id').where('p.year', 2026).where('o.path', 'like', `${(await h.t.db('orgs').where({ name: '计算机网络信息中心' }).first()).path}%`);
    const published = plans2026.filter((p: { published: unknown }) => Boolean(p.published)).length;
    const revoked = plans2026.filter((p: { published: unknown; revoked: unknown }) => Boolean(p.published) && Boolean(p.revoked)).length;
    const implemented = plans2026.filter((p: { implemented: unknown }) => Boolean(p.implemented)).length;
    expect(overview).toMatchObject({ orgName: '计算机网络信息中心', published, revoked, implemented, rate: implemented / (published - revoked) });
    expect(overview.byOrg.map((o: { orgName: string }) => o.orgName)).toContain('党群办公室');
    expect(overview.byOrg.find((o: { orgName: string }) => o.orgName === '广州中心').hasChildren).toBe(true);
    const sum = overview.byCategory.reduce((n: number, c: { published: number }) => n + c.published, 0);
    expect(sum).toBe(published);
    const drill = (await cnic.get(`/api/plans/rate?year=2026&orgId=${await orgId('党群办公室')}`).expect(200)).body;
    expect(drill.orgName).toBe('党群办公室');
    await cnic.get(`/api/plans/rate?year=2026&orgId=${await orgId('物理研究所')}`).expect(404);
  });

  it('P-11: 关闭未实施计划 revokes the year’s unimplemented plans of the subtree with one reason, and nothing elsewhere', async () => {
    const iphyAdmin = await h.signIn('iphy_admin');
    const iphyPlan = (await iphyAdmin.post('/api/plans', { plan: await input({ orgId: await orgId('物理研究所'), planType: 'added', year: 2026, month: '2026-10', name: '2026 物理所新增计划' }), submit: true }).expect(201)).body;
    const cnicPath = (await h.t.db('orgs').where({ name: '计算机网络信息中心' }).first()).path;
    const inScope = () => h.t.db('plans as p').join('orgs as o', 'o.id', 'p.org_id').where('o.path', 'like', `${cnicPath}%`).where('p.year', 2026).select('p.*');
    const draft = (await cnic.post('/api/plans', { plan: await input({ planType: 'added', year: 2026, month: '2026-11', name: '2026 网络中心暂存计划' }), submit: false }).expect(201)).body;
    const before = await inScope();
    // A draft is deleted, never revoked (P-11): the close leaves it as it is.
    const open = before.filter((p) => !p.implemented && !p.revoked && p.edit_state !== 'draft');
    expect(open.length).toBeGreaterThan(0);

    // Before it closes anything, it says how many it will close.
    expect((await cnic.get('/api/plans/close-unimplemented?year=2026').expect(200)).body).toEqual({ count: open.length });
    await manager.get('/api/plans/close-unimplemented?year=2026').expect(403);
    await manager.post('/api/plans/close-unimplemented', { year: 2026, reason: '年度结束' }).expect(403);
    await cnic.post('/api/plans/close-unimplemented', { year: 2026, reason: ' ' }).expect(400);
    const res = await cnic.post('/api/plans/close-unimplemented', { year: 2026, reason: '2026 年度结束，未实施计划统一关闭' }).expect(200);
    expect(res.body).toEqual({ closed: open.length });

    const after = await inScope();
    expect((await cnic.get('/api/plans/close-unimplemented?year=2026').expect(200)).body).toEqual({ count: 0 });
    for (const plan of after) {
      const was = before.find((p) => p.id === plan.id)!;
      if (was.edit_state === 'draft') expect({ revoked: Boolean(plan.revoked), version: plan.version }).toEqual({ revoked: false, version: was.version });
      else if (was.implemented || was.revoked) expect(plan.revoke_reason).toBe(was.revoke_reason);
      else expect(plan).toMatchObject({ revoked: expect.anything(), revoke_reason: '2026 年度结束，未实施计划统一关闭', version: was.version + 1 });
      expect(Boolean(plan.revoked) || Boolean(plan.implemented) || was.edit_state === 'draft').toBe(true);
    }
    expect(after.some((p) => p.id === draft.id)).toBe(true);
    expect((await iphyAdmin.get(`/api/plans/${iphyPlan.id}`).expect(200)).body.revoked).toBe(false);
    const events = await h.t.db('events').where({ type: 'plan.revoked' }).whereIn('subject', open.map((p) => `plan:${p.id}`));
    expect(events).toHaveLength(open.length);
  });
});
