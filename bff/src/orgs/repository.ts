import type { Db } from '@casmooc/db';
import type { Org } from '@casmooc/domain';

const COLUMNS = ['id', 'parent_id as parentId', 'name', 'level', 'path'];

export class OrgRepository {
  constructor(private readonly db: Db) {}

  /** Every org inside any of the given subtrees (paths are id-only, so LIKE needs no escaping). */
  async inSubtrees(scopePaths: readonly string[]): Promise<Org[]> {
    if (scopePaths.length === 0) return [];
    return this.db('orgs')
      .where((q) => scopePaths.forEach((path) => q.orWhere('path', 'like', `${path}%`)))
      .orderBy(['level', 'sort', 'id'])
      .select(COLUMNS);
  }

  async byIds(ids: readonly number[]): Promise<Org[]> {
    return ids.length ? this.db('orgs').whereIn('id', ids).select(COLUMNS) : [];
  }

  async childrenOf(parentIds: readonly number[]): Promise<Org[]> {
    return parentIds.length ? this.db('orgs').whereIn('parent_id', parentIds).orderBy(['sort', 'id']).select(COLUMNS) : [];
  }

  /** Whether any of these orgs has an org below it. */
  async hasChildren(parentIds: readonly number[]): Promise<boolean> {
    return parentIds.length > 0 && (await this.db('orgs').whereIn('parent_id', parentIds).first('id')) !== undefined;
  }

  async findById(id: number): Promise<Org | null> {
    return (await this.db('orgs').where({ id }).first(COLUMNS)) ?? null;
  }
}
