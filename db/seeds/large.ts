import type { Db } from '../src/connection';
import type { SeedOrg } from './demo-orgs';
import { seededRandom } from './names';
import { generateStaff, insertInChunks, insertOrgTree } from './writers';

const DEPARTMENTS = ['综合办公室', '科研管理处', '人事教育处', '财务处', '条件保障处', '第一研究室', '第二研究室', '第三研究室'];

/**
 * Academy scale for benchmarks: `institutes` institutes under a second
 * Academy root, 8 departments each, `staffTotal` staff spread over them.
 */
export async function seedLarge(db: Db, institutes = 100, staffTotal = 70000): Promise<{ orgs: number; staff: number }> {
  const tree: SeedOrg = {
    name: '中国科学院（规模测试）',
    children: Array.from({ length: institutes }, (_, i) => ({
      name: `规模测试研究所${String(i + 1).padStart(3, '0')}`,
      domain: `bench${i + 1}.ac.cn`,
      children: DEPARTMENTS.map((name) => ({ name })),
    })),
  };
  const orgs = await db.transaction((trx) => insertOrgTree(trx, tree));
  const departments = orgs.filter((o) => o.level === 2);
  const random = seededRandom(7);
  const [{ maxNo }] = await db('staff').max({ maxNo: 'employee_no' });
  let employeeNo = Math.max(9000000, Number(maxNo ?? 0));
  const perDepartment = Math.ceil(staffTotal / departments.length);
  let written = 0;
  for (const department of departments) {
    const count = Math.min(perDepartment, staffTotal - written);
    if (count <= 0) break;
    await insertInChunks(db, 'staff', generateStaff(random, department, count, () => ++employeeNo));
    written += count;
  }
  return { orgs: orgs.length, staff: written };
}
