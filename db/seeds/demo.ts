import bcrypt from 'bcryptjs';
import { REMOTE_APPS, defaultManifestUrl } from '@casmooc/domain';
import { insertReturningId, type Db } from '../src/connection';
import { updateStatistics } from '../src/statistics';
import { DEMO_ACCOUNTS, DEMO_ORG_TREE, DEMO_PASSWORD } from './demo-orgs';
import { seedDemoPlans } from './demo-plans';
import { mobilePhone, seededRandom } from './names';
import { generateStaff, insertOrgTree, insertStaff, staffRow } from './writers';

export interface SeedOptions {
  /** bcrypt cost; tests lower it, production keeps the default. */
  passwordRounds?: number;
}

/** The remote registry's first entries: each remote served by the BFF itself. */
export async function seedRegistry(db: Db): Promise<void> {
  const existing = new Set((await db('mf_registry').select('name')).map((r: { name: string }) => r.name));
  const missing = REMOTE_APPS.filter((app) => !existing.has(app));
  if (missing.length) await db('mf_registry').insert(missing.map((name) => ({ name, url: defaultManifestUrl(name), version: '0.1.0' })));
}

/**
 * Demo data for a first run: returns false (and writes nothing) when the
 * database already has organisations.
 */
export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<boolean> {
  await seedRegistry(db);
  const [{ count }] = await db('orgs').count({ count: '*' });
  if (Number(count) > 0) return false;

  await db.transaction(async (trx) => {
    const orgs = await insertOrgTree(trx, DEMO_ORG_TREE);
    const random = seededRandom(20261128);
    let employeeNo = 1000000;
    const staff = orgs
      .filter((org) => org.level >= 2)
      .flatMap((org) => generateStaff(random, org, 12 + Math.floor(random() * 24), () => ++employeeNo));
    await insertStaff(trx, staff);

    const hash = await bcrypt.hash(DEMO_PASSWORD, options.passwordRounds ?? 10);
    for (const account of DEMO_ACCOUNTS) {
      const org = orgs.find((o) => o.name === account.org);
      // The account's own department, inside the org where it holds its role.
      const staffOrg = org && orgs.find((o) => o.name === account.staffOrg && o.path.startsWith(org.path));
      if (!org || !staffOrg) throw new Error(`Demo account ${account.username} names unknown org ${account.org} / ${account.staffOrg}`);
      const person = staffRow(staffOrg, account.displayName, String(++employeeNo), account.postType, mobilePhone(random));
      await insertStaff(trx, [person]);
      const staffId = (await trx('staff').where({ employee_no: person.employee_no }).first('id')).id;
      const userId = await insertReturningId(trx, 'users', {
        username: account.username,
        password_hash: hash,
        display_name: account.displayName,
        staff_id: staffId,
      });
      await trx('role_grants').insert({ user_id: userId, role: account.role, org_id: org.id });
    }
    await seedDemoPlans(trx, new Date());
  });
  await updateStatistics(db);
  return true;
}

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** The demo accounts that still sign in with the demo password: a real deployment must have none. */
export async function demoPasswordHolders(db: Db): Promise<string[]> {
  const accounts: { username: string; password_hash: string }[] = await db('users').whereIn('username', DEMO_ACCOUNTS.map((a) => a.username)).select('username', 'password_hash');
  const open = await Promise.all(accounts.map(async (a) => ((await bcrypt.compare(DEMO_PASSWORD, a.password_hash)) ? a.username : null)));
  return open.filter((name): name is string => name !== null);
}
