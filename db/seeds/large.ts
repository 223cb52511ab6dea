import type { Db } from '../src/connection';
import { updateStatistics } from '../src/statistics';
import type { SeedOrg } from './demo-orgs';
import { seededRandom } from './names';
import { generateStaff, insertOrgTree, insertStaff, type InsertedOrg } from './writers';

const DEPARTMENTS = ['综合办公室', '科研管理处', '人事教育处', '财务处', '条件保障处', '第一研究室', '第二研究室', '第三研究室'];

/**
 * Academy scale for benchmarks: `institutes` more institutes under the
 * Academy (the demo seed's root), 8 departments each, `staffTotal` staff
 * spread over them.
 */
export async function seedLarge(db: Db, institutes = 100, staffTotal = 70000): Promise<{ orgs: number; staff: number }> {
  const root = await db('orgs').whereNull('parent_id').orderBy('id').first();
  if (!root) throw new Error('seed:large adds to the demo Academy: run the demo seed first');
  const academy: InsertedOrg = { id: root.id, name: root.name, path: root.path, level: root.level, domain: 'cas.cn', isLeaf: false };
  const trees: SeedOrg[] = Array.from({ length: institutes }, (_, i) => ({
    name: `规模测试研究所${String(i + 1).padStart(3, '0')}`,
    domain: `bench${i + 1}.ac.cn`,
    children: DEPARTMENTS.map((name) => ({ name })),
  }));
  const orgs = await db.transaction(async (trx) => {
    const inserted: InsertedOrg[] = [];
    for (const tree of trees) inserted.push(...(await insertOrgTree(trx, tree, academy)));
    return inserted;
  });
  const departments = orgs.filter((o) => o.level === 2);
  const random = seededRandom(7);
  const [{ maxNo }] = await db('staff').max({ maxNo: 'employee_no' });
  let employeeNo = Math.max(9000000, Number(maxNo ?? 0));
  const perDepartment = Math.ceil(staffTotal / departments.length);
  let written = 0;
  for (const department of departments) {
    const count = Math.min(perDepartment, staffTotal - written);
    if (count <= 0) break;
    await insertStaff(db, generateStaff(random, department, count, () => ++employeeNo));
    written += count;
  }
  await updateStatistics(db);
  return { orgs: orgs.length, staff: written };
}
