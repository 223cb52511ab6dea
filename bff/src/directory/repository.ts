import type { Knex } from 'knex';
import { startsWith, type Db } from '@casmooc/db';
import { MAX_PICKED_STAFF, type PostType, type StaffSummary } from '@casmooc/domain';

export interface StaffWithPath extends StaffSummary {
  orgPath: string;
}

interface StaffRow {
  id: number;
  name: string;
  employee_no: string;
  org_id: number;
  org_name: string;
  org_path: string;
  post_type: PostType;
  phone: string | null;
  email: string | null;
}

const COLUMNS = ['s.id', 's.name', 's.employee_no', 's.org_id', 'o.name as org_name', 'o.path as org_path', 's.post_type', 's.phone', 's.email'];

const toStaff = (r: StaffRow): StaffWithPath => ({
  id: r.id,
  name: r.name,
  employeeNo: r.employee_no,
  orgId: r.org_id,
  orgName: r.org_name,
  orgPath: r.org_path,
  postType: r.post_type,
  phone: r.phone,
  email: r.email,
});

export const withoutPath = ({ orgPath: _orgPath, ...staff }: StaffWithPath): StaffSummary => staff;

function inSubtrees(query: Knex.QueryBuilder, paths: readonly string[]): Knex.QueryBuilder {
  return query.where((q) => paths.forEach((path) => q.orWhere((p) => startsWith(p, 'o.path', path))));
}

const CJK = /[\u3400-\u9fff]/;

/**
 * What a search text may mean: a Chinese name (its start, or any part of
 * it), the start of its pinyin or initials, of an employee number, a phone
 * or an email. Each is an index range, so the search stays fast at scale.
 * Chinese text is matched by namesContaining instead.
 */
function matching(query: Knex.QueryBuilder, text: string): Knex.QueryBuilder {
  const term = text.trim();
  const lower = term.toLowerCase();
  if (!term) return query;
  return query.where((q) => {
    if (/^[a-z]+$/.test(lower)) {
      q.orWhere((p) => startsWith(p, 's.name_pinyin', lower)).orWhere((p) => startsWith(p, 's.name_initials', lower));
    }
    // Employee numbers are stored upper-case (T000001), emails lower-case.
    if (/^[a-z0-9-]+$/.test(lower)) q.orWhere((p) => startsWith(p, 's.employee_no', term.toUpperCase()));
    if (/^\d+$/.test(term)) q.orWhere((p) => startsWith(p, 's.phone', term));
    if (/^[\w.@+-]+$/.test(term)) q.orWhere((p) => startsWith(p, 's.email', lower));
  });
}

/**
 * Staff whose name contains a Chinese text: the name starts with it, or one
 * of its tails does (staff_name_tails). Both are index ranges, and as the
 * query's first table they keep MariaDB from reading every staff member of
 * the scope to test each name.
 */
function namesContaining(db: Db, text: string): Knex.QueryBuilder {
  const byName = startsWith(db('staff').select('id'), 'name', text);
  const byTail = startsWith(db('staff_name_tails').select('staff_id as id'), 'tail', text);
  return db.from(byName.union(byTail).as('m')).join('staff as s', 's.id', 'm.id');
}

export interface StaffFilter {
  scopePaths: readonly string[];
  text?: string;
  postTypes: readonly PostType[];
}

export class DirectoryRepository {
  constructor(private readonly db: Db) {}

  private staff(filter: StaffFilter): Knex.QueryBuilder {
    const text = filter.text?.trim() ?? '';
    const chinese = CJK.test(text);
    let query = inSubtrees((chinese ? namesContaining(this.db, text) : this.db('staff as s')).join('orgs as o', 'o.id', 's.org_id'), filter.scopePaths);
    if (filter.postTypes.length) query = query.whereIn('s.post_type', filter.postTypes);
    return text && !chinese ? matching(query, text) : query;
  }

  async search(filter: StaffFilter, page: number, pageSize: number): Promise<{ items: StaffSummary[]; total: number }> {
    if (filter.scopePaths.length === 0) return { items: [], total: 0 };
    const [rows, [{ total }]] = await Promise.all([
      this.staff(filter).select(COLUMNS).orderBy([{ column: 's.name_pinyin' }, { column: 's.id' }]).limit(pageSize).offset((page - 1) * pageSize),
      this.staff(filter).count({ total: '*' }),
    ]);
    return { items: (rows as StaffRow[]).map((r) => withoutPath(toStaff(r))), total: Number(total) };
  }

  /** Everyone in a department and below it, for "select the whole department". */
  async inDepartment(orgPath: string, postTypes: readonly PostType[]): Promise<StaffSummary[]> {
    const rows = await this.staff({ scopePaths: [orgPath], postTypes })
      .select(COLUMNS)
      .orderBy([{ column: 'o.path' }, { column: 's.name_pinyin' }])
      .limit(MAX_PICKED_STAFF);
    return (rows as StaffRow[]).map((r) => withoutPath(toStaff(r)));
  }

  /** Staff counts per org inside the subtrees. */
  async countsByOrg(scopePaths: readonly string[]): Promise<Map<number, number>> {
    if (scopePaths.length === 0) return new Map();
    const rows = await inSubtrees(this.db('staff as s').join('orgs as o', 'o.id', 's.org_id'), scopePaths)
      .groupBy('s.org_id')
      .select('s.org_id as orgId')
      .count({ count: '*' });
    return new Map((rows as { orgId: number; count: number | string }[]).map((r) => [Number(r.orgId), Number(r.count)]));
  }

  /** The accounts of these staff members, for those who have one: people to tell of what concerns them. Inside a write, pass its transaction. */
  async userIdsOf(staffIds: readonly number[], conn: Knex | Knex.Transaction = this.db): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < staffIds.length; i += 500) {
      ids.push(...(await conn('users').whereIn('staff_id', staffIds.slice(i, i + 500)).pluck('id')));
    }
    return ids;
  }

  async byIds(ids: readonly number[]): Promise<StaffWithPath[]> {
    const rows: StaffRow[] = [];
    for (const chunk of chunks(ids)) {
      rows.push(...(await this.db('staff as s').join('orgs as o', 'o.id', 's.org_id').whereIn('s.id', chunk).select(COLUMNS)));
    }
    return rows.map(toStaff);
  }

  /** Everyone any of the keys could mean, academy-wide (scope is judged by the caller). */
  async byImportKeys(keys: { employeeNos: string[]; phones: string[]; emails: string[]; names: string[] }): Promise<StaffWithPath[]> {
    const found = new Map<number, StaffWithPath>();
    const lookups: Array<[string, string[]]> = [
      ['s.employee_no', keys.employeeNos],
      ['s.phone', keys.phones],
      ['s.email', keys.emails],
      ['s.name', keys.names],
    ];
    for (const [column, values] of lookups) {
      for (const chunk of chunks([...new Set(values)])) {
        const rows: StaffRow[] = await this.db('staff as s').join('orgs as o', 'o.id', 's.org_id').whereIn(column, chunk).select(COLUMNS);
        rows.forEach((r) => found.set(r.id, toStaff(r)));
      }
    }
    return [...found.values()];
  }
}

/** IN lists of at most 500 values keep both dialects' parameter limits far away. */
function chunks<T>(values: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}
