import { migrateLatest } from './migrate';
import { seedDemo } from '../seeds/demo';
import { createTestDatabase, testDialects, type TestDatabase } from './testing';

describe.each(testDialects())('schema and demo seed on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(() => t.drop());

  it('migrating again runs nothing', async () => {
    expect(await migrateLatest(t.db)).toEqual([]);
  });

  it('seeds the manual’s institute with its departments', async () => {
    const cnic = await t.db('orgs').where({ name: '计算机网络信息中心' }).first();
    const departments = await t.db('orgs').where({ parent_id: cnic.id }).pluck('name');
    expect(departments).toEqual(expect.arrayContaining(['党群办公室', '新媒体技术与应用发展部', '广州中心', '网络科普教育中心']));
  });

  it('keeps org paths consistent with parents at every depth', async () => {
    const orgs = await t.db('orgs').select('id', 'parent_id', 'path', 'level');
    const byId = new Map(orgs.map((o) => [o.id, o]));
    for (const org of orgs) {
      const parent = org.parent_id ? byId.get(org.parent_id) : null;
      expect(org.path).toBe(`${parent ? parent.path : '/'}${org.id}/`);
      expect(org.level).toBe(parent ? parent.level + 1 : 0);
    }
    expect(Math.max(...orgs.map((o) => o.level))).toBeGreaterThanOrEqual(3);
  });

  it('seeds a few hundred staff with realistic Chinese names', async () => {
    const [{ count }] = await t.db('staff').count({ count: '*' });
    expect(Number(count)).toBeGreaterThan(200);
    const names = await t.db('staff').limit(20).pluck('name');
    for (const name of names) expect(name).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
  });

  it('a second seed writes nothing', async () => {
    const before = await t.db('staff').count({ count: '*' });
    expect(await seedDemo(t.db)).toBe(false);
    expect(await t.db('staff').count({ count: '*' })).toEqual(before);
  });

  it('refuses a role grant at an org that does not exist (foreign keys are on)', async () => {
    const user = await t.db('users').first();
    // Not toThrow(): better-sqlite3's error class comes from the realm of the test file that first
    // loaded the native addon in this jest worker, so it is not `instanceof Error` here.
    await expect(t.db('role_grants').insert({ user_id: user.id, role: 'staff', org_id: 999999 })).rejects.toHaveProperty(
      'message',
      expect.stringMatching(/foreign key/i),
    );
  });
});
