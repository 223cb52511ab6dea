import type { ContactGroup, StaffSummary } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { startTestBff, type TestBff } from '../testing/test-bff';

describe.each(testDialects())('address book (通讯录) on %s', (dialect) => {
  let h: TestBff;
  let staffIn: (orgName: string, n: number) => Promise<number[]>;
  beforeAll(async () => {
    h = await startTestBff(dialect);
    staffIn = async (orgName, n) =>
      (await h.t.db('staff as s').join('orgs as o', 'o.id', 's.org_id').where('o.name', orgName).orderBy('s.id').limit(n).pluck('s.id')).map(Number);
  });
  afterAll(() => h.close());

  it('a user creates, fills, renames and deletes their own groups', async () => {
    const user = await h.signIn('xmt_manager');
    const group = (await user.post('/api/address-book/groups', { name: '新媒体骨干' }).expect(201)).body as ContactGroup;
    const ids = await staffIn('新媒体技术与应用发展部', 3);
    const members = (await user.post(`/api/address-book/groups/${group.id}/members`, { staffIds: ids }).expect(200)).body as StaffSummary[];
    expect(members.map((m) => m.id)).toEqual(ids);

    // Adding someone twice changes nothing.
    await user.post(`/api/address-book/groups/${group.id}/members`, { staffIds: [ids[0]] }).expect(200);
    expect((await user.get('/api/address-book/groups').expect(200)).body).toEqual([{ id: group.id, name: '新媒体骨干', memberCount: 3 }]);

    await user.delete(`/api/address-book/groups/${group.id}/members/${ids[1]}`).expect(204);
    await user.put(`/api/address-book/groups/${group.id}`, { name: '骨干' }).expect(200);
    const listed = (await user.get(`/api/address-book/groups/${group.id}/members`).expect(200)).body as StaffSummary[];
    expect(listed.map((m) => m.id)).toEqual([ids[0], ids[2]]);

    await user.delete(`/api/address-book/groups/${group.id}`).expect(204);
    expect((await user.get('/api/address-book/groups').expect(200)).body).toEqual([]);
  });

  it('keeps groups private: another user gets 404', async () => {
    const owner = await h.signIn('cnic_admin');
    const group = (await owner.post('/api/address-book/groups', { name: '私有分组' }).expect(201)).body as ContactGroup;
    const other = await h.signIn('admin');
    await other.get(`/api/address-book/groups/${group.id}/members`).expect(404);
    await other.put(`/api/address-book/groups/${group.id}`, { name: 'x' }).expect(404);
    await other.delete(`/api/address-book/groups/${group.id}`).expect(404);
    expect((await other.get('/api/address-book/groups').expect(200)).body).toEqual([]);
  });

  it('refuses people outside the user’s subtree, adding none of the batch', async () => {
    const user = await h.signIn('xmt_manager');
    const group = (await user.post('/api/address-book/groups', { name: '混合' }).expect(201)).body as ContactGroup;
    const mine = await staffIn('新媒体技术与应用发展部', 1);
    const sibling = await staffIn('党群办公室', 1);
    const res = await user.post(`/api/address-book/groups/${group.id}/members`, { staffIds: [...mine, ...sibling, 999999] }).expect(400);
    expect(res.body.error.fields.staffIds).toBe('有 2 人不存在或不在您的管理范围内');
    expect((await user.get(`/api/address-book/groups/${group.id}/members`).expect(200)).body).toEqual([]);
  });

  it('refuses a duplicate or empty group name', async () => {
    const user = await h.signIn('staff');
    await user.post('/api/address-book/groups', { name: '同事' }).expect(201);
    const res = await user.post('/api/address-book/groups', { name: '同事' }).expect(400);
    expect(res.body.error.fields).toEqual({ name: '已有同名分组' });
    await user.post('/api/address-book/groups', { name: '  ' }).expect(400);
  });
});
