import bcrypt from 'bcryptjs';
import { createFirstAdmin, FirstAdminRefused } from './first-admin';
import { createTestDatabase, testDialects } from './testing';

describe.each(testDialects())('the first academy admin on %s', (dialect) => {
  it('on an empty database: the Academy as the tree’s root, the account its academy admin with the operator’s password', async () => {
    const t = await createTestDatabase(dialect, { seed: false });
    try {
      const id = await createFirstAdmin(t.db, { username: 'hr-root', displayName: '人事局管理员', password: 'Kexue-Yuan2026', academyName: '中国科学院' });
      const root = await t.db('orgs').whereNull('parent_id').first();
      expect(root).toMatchObject({ name: '中国科学院', level: 0, path: `/${root.id}/` });
      expect(await t.db('role_grants').where({ user_id: id }).select('role', 'org_id')).toEqual([{ role: 'academy_admin', org_id: root.id }]);
      expect(await bcrypt.compare('Kexue-Yuan2026', (await t.db('users').where({ id }).first()).password_hash)).toBe(true);

      // A second one goes to the same root; a taken name or a weak password is refused, and nothing is written.
      await createFirstAdmin(t.db, { username: 'hr-two', displayName: '第二位', password: 'Kexue-Yuan2027', academyName: '别的名字' });
      expect(Number((await t.db('orgs').count({ n: '*' }).first())!.n)).toBe(1);
      await expect(createFirstAdmin(t.db, { username: 'hr-root', displayName: 'x', password: 'Kexue-Yuan2028', academyName: 'x' })).rejects.toThrow('用户名 hr-root 已存在');
      const weak = await createFirstAdmin(t.db, { username: 'hr-three', displayName: 'x', password: 'Casmooc@2026', academyName: 'x' }).catch((e: Error) => e);
      expect(weak).toBeInstanceOf(FirstAdminRefused);
      expect((weak as Error).message).toBe('密码不符合要求：不能使用公开的演示密码');
      expect(Number((await t.db('users').count({ n: '*' }).first())!.n)).toBe(2);
    } finally {
      await t.drop();
    }
  });
});
