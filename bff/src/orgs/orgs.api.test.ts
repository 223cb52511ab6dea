import type { OrgNode } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { startTestBff, type TestBff } from '../testing/test-bff';

const flatten = (nodes: OrgNode[]): OrgNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

describe.each(testDialects())('org subtree access on %s', (dialect) => {
  let h: TestBff;
  let orgId: (name: string) => Promise<number>;
  beforeAll(async () => {
    h = await startTestBff(dialect);
    orgId = async (name) => (await h.t.db('orgs').where({ name }).first()).id;
  });
  afterAll(() => h.close());

  it('the academy admin sees the whole tree', async () => {
    const admin = await h.signIn('admin');
    const tree = (await admin.get('/api/orgs').expect(200)).body as OrgNode[];
    expect(tree.map((n) => n.name)).toEqual(['中国科学院']);
    expect(tree[0].children.map((n) => n.name)).toEqual(expect.arrayContaining(['计算机网络信息中心', '物理研究所']));
  });

  it('an institute admin sees its institute and every depth below, nothing else', async () => {
    const cnic = await h.signIn('cnic_admin');
    const tree = (await cnic.get('/api/orgs').expect(200)).body as OrgNode[];
    expect(tree.map((n) => n.name)).toEqual(['计算机网络信息中心']);
    const names = flatten(tree).map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['党群办公室', '广州中心', '广州中心运维组']));
    expect(names).not.toContain('物理研究所');
    expect(names).not.toContain('中国科学院');
  });

  it('a department training manager sees only the department', async () => {
    const manager = await h.signIn('xmt_manager');
    const tree = (await manager.get('/api/orgs').expect(200)).body as OrgNode[];
    expect(flatten(tree).map((n) => n.name)).toEqual(['新媒体技术与应用发展部']);
  });

  it('an org of another institute is 404, as if it did not exist', async () => {
    const cnic = await h.signIn('cnic_admin');
    const res = await cnic.get(`/api/orgs/${await orgId('物理研究所')}`).expect(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
    await cnic.get(`/api/orgs/${await orgId('中国科学院')}`).expect(404);
    await cnic.get(`/api/orgs/${await orgId('广州中心运维组')}`).expect(200);
  });

  it('a sibling department is 404 for a department manager', async () => {
    const manager = await h.signIn('xmt_manager');
    await manager.get(`/api/orgs/${await orgId('党群办公室')}`).expect(404);
  });

  it('bad ids get 400, unknown ids 404', async () => {
    const admin = await h.signIn('admin');
    await admin.get('/api/orgs/abc').expect(400);
    await admin.get('/api/orgs/999999').expect(404);
  });
});
