import type { Knex } from 'knex';
import { childPath, namePinyin } from '@casmooc/domain';
import { insertReturningId, type Db } from '../src/connection';
import { writeNameTails } from '../src/name-tails';
import type { SeedOrg } from './demo-orgs';
import { chineseName, mobilePhone, postType } from './names';

export interface InsertedOrg {
  id: number;
  name: string;
  path: string;
  level: number;
  domain: string;
  isLeaf: boolean;
}

type Conn = Db | Knex.Transaction;

/** Inserts a tree depth-first, under `parent` when given; returns every org with its path. */
export async function insertOrgTree(db: Conn, root: SeedOrg, parent: InsertedOrg | null = null): Promise<InsertedOrg[]> {
  const inserted: InsertedOrg[] = [];
  const visit = async (org: SeedOrg, parent: InsertedOrg | null, sort: number) => {
    const level = parent ? parent.level + 1 : 0;
    const id = await insertReturningId(db, 'orgs', {
      parent_id: parent?.id ?? null,
      name: org.name,
      level,
      path: `pending-${Math.random()}`,
      sort,
    });
    const path = childPath(parent?.path ?? null, id);
    await db('orgs').where({ id }).update({ path });
    const node = { id, name: org.name, path, level, domain: org.domain ?? parent?.domain ?? 'cas.cn', isLeaf: !org.children?.length };
    inserted.push(node);
    for (const [i, child] of (org.children ?? []).entries()) await visit(child, node, i);
  };
  await visit(root, parent, 0);
  return inserted;
}

export interface StaffRow {
  name: string;
  name_pinyin: string;
  name_initials: string;
  employee_no: string;
  org_id: number;
  post_type: string;
  phone: string | null;
  email: string | null;
}

/** One staff member of an org, as the directory stores them. */
export function staffRow(org: InsertedOrg, name: string, employeeNo: string, postType: string, phone: string): StaffRow {
  const { full, initials } = namePinyin(name);
  return { name, name_pinyin: full, name_initials: initials, employee_no: employeeNo, org_id: org.id, post_type: postType, phone, email: `u${employeeNo}@${org.domain}` };
}

/** `count` generated staff members of one department. */
export function generateStaff(random: () => number, org: InsertedOrg, count: number, nextNo: () => number): StaffRow[] {
  return Array.from({ length: count }, () => {
    const employeeNo = String(nextNo()).padStart(7, '0');
    return staffRow(org, chineseName(random), employeeNo, postType(random), mobilePhone(random));
  });
}

/** Inserts staff with the tails of their names (the index of name search), chunk by chunk. */
export async function insertStaff(db: Conn, rows: StaffRow[], chunk = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    await db('staff').insert(part);
    await writeNameTails(db, await db('staff').whereIn('employee_no', part.map((r) => r.employee_no)).select('id', 'name'));
  }
}

/** Chunked so neither dialect's bound-parameter limit is reached. */
export async function insertInChunks(db: Conn, table: string, rows: object[], chunk = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await db(table).insert(rows.slice(i, i + chunk));
}
