import { testDialects } from '@casmooc/db/testing';
import { startTestBff, type TestBff } from '../testing/test-bff';

describe.each(testDialects())('plan settings on %s', (dialect) => {
  let h: TestBff;
  beforeAll(async () => {
    h = await startTestBff(dialect, {}, () => new Date('2026-09-15T10:00:00+08:00'));
  });
  afterAll(() => h.close());

  it('defaults to no reporting period and five funded plans', async () => {
    const manager = await h.signIn('xmt_manager');
    expect((await manager.get('/api/settings/plans').expect(200)).body).toEqual({ reportingPeriod: null, fundingLimit: 5 });
  });

  it('P-2: the academy admin narrows the annual window, and plans follow it at once', async () => {
    const admin = await h.signIn('admin');
    await admin.put('/api/settings/plans', { reportingPeriod: { from: '10-01', to: '12-15' }, fundingLimit: 4 }).expect(200);
    const event = await h.t.db('events').where({ type: 'settings.plans.updated' }).first();
    expect(JSON.parse(event.payload)).toMatchObject({ fundingLimit: 4 });

    const manager = await h.signIn('xmt_manager');
    const orgId = (await h.t.db('orgs').where({ name: '新媒体技术与应用发展部' }).first()).id;
    const plan = {
      orgId, name: '2027 年度讲座', kind: 'project', planType: 'annual', year: 2027, month: '2027-03', category: 'lecture_series',
      hours: 8, days: 1, headcount: 30, budget: 0, organiser: '网络中心', location: 'local', contactName: '孙健英', contactPhone: '13912345678',
    };
    const res = await manager.post('/api/plans', { plan }).expect(400);
    expect(res.body.error.fields.year).toBe('年度计划的上报时间为 10-01 至 12-15 (P-2)');
    await admin.put('/api/settings/plans', { reportingPeriod: null, fundingLimit: 5 }).expect(200);
    await manager.post('/api/plans', { plan }).expect(201);
  });

  it('only the academy admin changes them, and bad values are refused', async () => {
    await (await h.signIn('cnic_admin')).put('/api/settings/plans', { reportingPeriod: null, fundingLimit: 9 }).expect(403);
    const admin = await h.signIn('admin');
    const res = await admin.put('/api/settings/plans', { reportingPeriod: { from: '12-15', to: '10-01' }, fundingLimit: -1 }).expect(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['fundingLimit', 'reportingPeriod.to']);
    expect((await admin.get('/api/settings/plans').expect(200)).body.fundingLimit).toBe(5);
    await (await h.signIn('staff')).get('/api/settings/plans').expect(403);
  });
});
