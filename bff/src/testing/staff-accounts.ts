import { insertReturningId } from '@casmooc/db';
import type { PostType } from '@casmooc/domain';
import type { SignedIn, TestBff } from './test-bff';

let serial = 0;

/**
 * Staff accounts for tests that need many people: each a staff record in
 * `orgName` with a 职工 account (the demo password), signed in. Test setup
 * only, written straight to the tables as the demo seed does.
 */
export async function staffAccounts(h: TestBff, orgName: string, count: number, postType: PostType = 'research'): Promise<SignedIn[]> {
  const { db } = h.t;
  const org = await db('orgs').where({ name: orgName }).first('id');
  const { password_hash: hash } = await db('users').where({ username: 'staff' }).first('password_hash');
  const usernames: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const n = `${process.pid}${++serial}`;
    const staffId = await insertReturningId(db, 'staff', { name: `测试职工${n}`, employee_no: `T${n}`, org_id: org.id, post_type: postType });
    const userId = await insertReturningId(db, 'users', { username: `t${n}`, password_hash: hash, display_name: `测试职工${n}`, staff_id: staffId });
    await db('role_grants').insert({ user_id: userId, role: 'staff', org_id: org.id });
    usernames.push(`t${n}`);
  }
  const signedIn: SignedIn[] = [];
  // A few at a time: sign-in is rate-limited and hashes a password.
  for (let i = 0; i < usernames.length; i += 10) signedIn.push(...(await Promise.all(usernames.slice(i, i + 10).map((u) => h.signIn(u)))));
  return signedIn;
}
