import bcrypt from 'bcryptjs';
import { passwordProblems } from '@casmooc/domain';
import { insertReturningId, type Db } from './connection';
import { insertOrgTree } from '../seeds/writers';
import { DEMO_PASSWORD } from '../seeds/demo-orgs';

export interface FirstAdmin {
  username: string;
  displayName: string;
  password: string;
  /** The Academy's name, for the root of the org tree when there is none yet. */
  academyName: string;
}

/** A first admin that cannot be made, with every reason (in Chinese, as the operator's console speaks). */
export class FirstAdminRefused extends Error {}

/**
 * A real deployment's first account: an academy admin of the org tree's
 * root (made, with the given name, when the tree is empty), with a
 * password of the operator's own that passes the strength rule. Refused
 * when the username is taken. Returns the new account's id.
 */
export async function createFirstAdmin(db: Db, admin: FirstAdmin): Promise<number> {
  const problems = passwordProblems(admin.password, admin.username, [DEMO_PASSWORD]);
  if (problems.length) throw new FirstAdminRefused(`密码不符合要求：${problems.map((p) => p['zh-CN']).join('；')}`);
  const hash = await bcrypt.hash(admin.password, 12);
  return db.transaction(async (trx) => {
    if (await trx('users').where({ username: admin.username }).first()) throw new FirstAdminRefused(`用户名 ${admin.username} 已存在`);
    const root = (await trx('orgs').whereNull('parent_id').orderBy('id').first('id')) ?? (await insertOrgTree(trx, { name: admin.academyName }))[0];
    const userId = await insertReturningId(trx, 'users', { username: admin.username, password_hash: hash, display_name: admin.displayName });
    await trx('role_grants').insert({ user_id: userId, role: 'academy_admin', org_id: root.id });
    return userId;
  });
}
