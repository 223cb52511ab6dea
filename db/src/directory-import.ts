import type { Knex } from 'knex';
import { namePinyin, type DirectoryProblem, type DirectoryStaff } from '@casmooc/domain';
import type { Db } from './connection';
import { forUpdate } from './locks';
import { writeNameTails } from './name-tails';
import { insertOrgTree, insertStaff, type InsertedOrg, type StaffRow } from '../seeds/writers';
import { ORG_SHEET, STAFF_SHEET, type DirectorySheet } from './directory-sheet';

/** An import that was refused as a whole, with every problem found (nothing was written). */
export class DirectoryImportRefused extends Error {
  constructor(readonly problems: readonly DirectoryProblem[]) {
    super(`导入未执行（没有写入任何数据）：${problems.length} 处问题`);
  }
}

export interface DirectoryImported {
  orgsAdded: number;
  staffAdded: number;
  staffUpdated: number;
  staffUnchanged: number;
}

interface OrgRow {
  id: number;
  parent_id: number | null;
  name: string;
  path: string;
  level: number;
}

const CHUNK = 500;
const SHEET_ORDER = ['', ORG_SHEET, STAFF_SHEET];
const bySheetAndRow = (a: DirectoryProblem, b: DirectoryProblem) => SHEET_ORDER.indexOf(a.sheet) - SHEET_ORDER.indexOf(b.sheet) || a.row - b.row;
const pathKey = (names: readonly string[]) => names.join('/');

/**
 * Every org by its names from the root (`中国科学院/计算机网络信息中心`), read
 * under lock: a second import at the same time waits for this one, then
 * sees what it made (nothing is made twice).
 */
async function orgsByNames(trx: Knex.Transaction): Promise<Map<string, OrgRow>> {
  const rows: OrgRow[] = await forUpdate(trx('orgs').select('id', 'parent_id', 'name', 'path', 'level').orderBy('level'));
  // By level, so a parent's names are known before its children's.
  const names = new Map<number, string>();
  for (const row of rows) names.set(row.id, row.parent_id ? `${names.get(row.parent_id)}/${row.name}` : row.name);
  return new Map(rows.map((row) => [names.get(row.id)!, row]));
}

/** Sheet 机构: each org of it, and the orgs above it, made where missing (under one root: the tree's, or the sheet's when there is none). */
async function addOrgs(trx: Knex.Transaction, sheet: DirectorySheet, known: Map<string, OrgRow>, problems: DirectoryProblem[]): Promise<number> {
  const rootName = [...known.values()].find((org) => org.parent_id === null)?.name ?? sheet.orgs[0]?.names[0];
  let added = 0;
  for (const { row, names } of sheet.orgs) {
    if (names[0] !== rootName) {
      problems.push({ sheet: ORG_SHEET, row, message: `机构须从“${rootName}”写起（机构树只有一个根），这里是“${names[0]}”` });
      continue;
    }
    for (let depth = 1; depth <= names.length; depth++) {
      const key = pathKey(names.slice(0, depth));
      if (known.has(key)) continue;
      const parent = depth > 1 ? known.get(pathKey(names.slice(0, depth - 1)))! : null;
      const above: InsertedOrg | null = parent && { ...parent, domain: '', isLeaf: false };
      const [org] = await insertOrgTree(trx, { name: names[depth - 1] }, above);
      known.set(key, { id: org.id, parent_id: parent?.id ?? null, name: org.name, path: org.path, level: org.level });
      added += 1;
    }
  }
  return added;
}

const staffRowOf = (person: DirectoryStaff, orgId: number): StaffRow => {
  const { full, initials } = namePinyin(person.name);
  return { name: person.name, name_pinyin: full, name_initials: initials, employee_no: person.employeeNo, org_id: orgId, post_type: person.postType, phone: person.phone, email: person.email };
};
const changed = (now: StaffRow, was: StaffRow) => (Object.keys(now) as (keyof StaffRow)[]).some((field) => now[field] !== was[field]);

/** Sheet 人员: each person by 工号, added or brought up to date (nobody is removed: someone who left keeps their record). */
async function upsertStaff(trx: Knex.Transaction, sheet: DirectorySheet, known: Map<string, OrgRow>, problems: DirectoryProblem[]) {
  const firstRow = new Map<string, number>();
  const rows: StaffRow[] = [];
  for (const { row, person } of sheet.staff) {
    const earlier = firstRow.get(person.employeeNo);
    if (earlier) problems.push({ sheet: STAFF_SHEET, row, message: `工号 ${person.employeeNo} 与第 ${earlier} 行重复` });
    firstRow.set(person.employeeNo, earlier ?? row);
    const org = known.get(pathKey(person.org));
    if (!org) problems.push({ sheet: STAFF_SHEET, row, message: `机构“${pathKey(person.org)}”不存在（请先写在“${ORG_SHEET}”表中）` });
    else if (!earlier) rows.push(staffRowOf(person, org.id));
  }
  if (problems.length) return { staffAdded: 0, staffUpdated: 0, staffUnchanged: 0 };

  const existing = new Map<string, StaffRow & { id: number }>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const found = await trx('staff').whereIn('employee_no', rows.slice(i, i + CHUNK).map((r) => r.employee_no)).select('id', ...Object.keys(rows[0]));
    for (const person of found) existing.set(person.employee_no, person);
  }
  const fresh = rows.filter((row) => !existing.has(row.employee_no));
  const updates = rows.filter((row) => existing.has(row.employee_no) && changed(row, existing.get(row.employee_no)!));
  await insertStaff(trx, fresh);
  for (const row of updates) {
    const { id, name } = existing.get(row.employee_no)!;
    await trx('staff').where({ id }).update(row);
    if (name !== row.name) {
      await trx('staff_name_tails').where({ staff_id: id }).delete();
      await writeNameTails(trx, [{ id, name: row.name }]);
    }
  }
  return { staffAdded: fresh.length, staffUpdated: updates.length, staffUnchanged: rows.length - fresh.length - updates.length };
}

/**
 * Imports a deployment's org tree and staff, all or nothing: orgs are
 * matched by their names from the root and made where missing, staff by
 * 工号 and added or updated. Any problem (in a row, a root that is not the
 * tree's, an org that does not exist, a 工号 twice) refuses the whole
 * import with every problem listed, and nothing is written (what was
 * added before the check is rolled back with the rest).
 */
export async function importDirectory(db: Db, sheet: DirectorySheet): Promise<DirectoryImported> {
  return db.transaction(async (trx) => {
    const problems: DirectoryProblem[] = [...sheet.problems];
    const known = await orgsByNames(trx);
    const orgsAdded = await addOrgs(trx, sheet, known, problems);
    const staff = await upsertStaff(trx, sheet, known, problems);
    if (problems.length) throw new DirectoryImportRefused(problems.sort(bySheetAndRow));
    return { orgsAdded, ...staff };
  });
}
