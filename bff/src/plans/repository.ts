import type { Knex } from 'knex';
import { containsPattern, dialectOf, insertReturningId, lockRow, startsWith, toIso, type Conn, type Db } from '@casmooc/db';
import { isAcademyPath, pathIds, type ApprovalState, type FundingRankingScope, type EditState, type PlanCategory, type PlanDto, type PlanInput, type PlanKind, type PlanType } from '@casmooc/domain';

/** A plan as stored: what the API sends, less what is computed per request, plus its org's path. */
export interface StoredPlan extends Omit<PlanDto, 'chain' | 'actions'> {
  orgPath: string;
}

export interface PlanStateChange {
  editState?: EditState;
  approval?: ApprovalState;
  published?: boolean;
  implemented?: boolean;
  revoked?: boolean;
  revokeReason?: string | null;
}

export interface PlanFilter {
  scopePaths: readonly string[];
  /** 本机构计划: only plans of these orgs themselves. */
  ofOrgs?: readonly number[];
  /** 下级机构计划: only plans of orgs below these. */
  belowOrgs?: readonly number[];
  year?: number;
  kind?: PlanKind;
  planType?: PlanType;
  category?: PlanCategory;
  approval?: ApprovalState;
  published?: boolean;
  implemented?: boolean;
  revoked?: boolean;
  name?: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- row mapping of one table */
const toPlan = (r: any): StoredPlan => ({
  id: r.id,
  orgId: r.org_id,
  orgName: r.org_name,
  orgPath: r.org_path,
  creatorId: r.creator_id,
  name: r.name,
  kind: r.kind,
  planType: r.plan_type,
  year: r.year,
  month: r.month,
  category: r.category,
  hours: Number(r.hours),
  days: r.days,
  headcount: r.headcount,
  budget: Number(r.budget),
  organiser: r.organiser,
  location: r.location,
  address: r.address,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  fundingRequested: Boolean(r.funding_requested),
  quality: r.quality,
  techSupport: Boolean(r.tech_support),
  materials: r.materials,
  editState: r.edit_state,
  approval: r.approval_state,
  published: Boolean(r.published),
  implemented: Boolean(r.implemented),
  revoked: Boolean(r.revoked),
  revokeReason: r.revoke_reason,
  fundingRank: r.funding_rank ?? null,
  version: r.version,
  createdAt: toIso(r.created_at)!,
  updatedAt: toIso(r.updated_at)!,
});
/* eslint-enable @typescript-eslint/no-explicit-any */

const inputColumns = (p: PlanInput) => ({
  org_id: p.orgId,
  name: p.name,
  kind: p.kind,
  plan_type: p.planType,
  year: p.year,
  month: p.month,
  category: p.category,
  hours: p.hours,
  days: p.days,
  headcount: p.headcount,
  budget: p.budget,
  organiser: p.organiser,
  location: p.location,
  address: p.address,
  contact_name: p.contactName,
  contact_phone: p.contactPhone,
  funding_requested: p.fundingRequested,
  quality: p.quality,
  tech_support: p.techSupport,
  materials: p.materials,
});

const stateColumns = (c: PlanStateChange) =>
  Object.fromEntries(
    Object.entries({
      edit_state: c.editState,
      approval_state: c.approval,
      published: c.published,
      implemented: c.implemented,
      revoked: c.revoked,
      revoke_reason: c.revokeReason,
    }).filter(([, v]) => v !== undefined),
  );

/** Ranked funded plans by rank, then the unranked (a rank left on a plan whose funding was dropped does not count). */
const FUNDED_ORDER = 'case when p.funding_requested and p.funding_rank is not null then p.funding_rank else 2147483647 end';
/** The Academy's priority across institutes (P-6), unranked last. */
const ACADEMY_ORDER = 'case when p.funding_requested and p.academy_funding_rank is not null then p.academy_funding_rank else 2147483647 end';

/** Each ranking's column (P-6): the institute's own order, or the Academy's priority across institutes. */
const RANK_COLUMN: Record<FundingRankingScope, string> = { institute: 'funding_rank', academy: 'academy_funding_rank' };

/** Whether a scope is the whole Academy. */
const academyWide = (scopePaths: readonly string[]) => scopePaths.some(isAcademyPath);

export class PlanRepository {
  constructor(private readonly db: Db) {}

  private plans(conn: Conn = this.db) {
    return conn('plans as p').join('orgs as o', 'o.id', 'p.org_id').select('p.*', 'o.name as org_name', 'o.path as org_path');
  }

  /**
   * The list page's base query. Academy-wide, MariaDB/MySQL would start
   * from the ~1 000 orgs and sort every plan of the year; walking the plans
   * in list order (plans_list_order) and stopping after a page is ~100×
   * faster there. For a narrower subtree starting from its orgs is right,
   * and SQLite's planner chooses well by itself.
   */
  private pageQuery(scopePaths: readonly string[]) {
    if (!academyWide(scopePaths) || dialectOf(this.db) !== 'mysql') return this.plans();
    return this.db
      .from(this.db.raw('plans as p force index (plans_list_order)'))
      .join('orgs as o', 'o.id', 'p.org_id')
      .select(this.db.raw('straight_join p.*'), 'o.name as org_name', 'o.path as org_path');
  }

  /**
   * The count's base query. Academy-wide with a name, it walks the narrow
   * plans_name_scope index instead of every plan's row (neither planner
   * takes it unasked); narrower, the subtree's orgs lead, as for the page.
   */
  private countQuery(scopePaths: readonly string[], name: string | undefined): Knex.QueryBuilder {
    if (!name || !academyWide(scopePaths)) return this.db('plans as p');
    return this.db.from(this.db.raw(`plans as p ${dialectOf(this.db) === 'mysql' ? 'force index (plans_name_scope)' : 'indexed by plans_name_scope'}`));
  }

  async findById(id: number, conn: Conn = this.db): Promise<StoredPlan | null> {
    const row = await this.plans(conn).where('p.id', id).first();
    return row ? toPlan(row) : null;
  }

  async insert(trx: Knex.Transaction, input: PlanInput, creatorId: number, state: Required<Pick<PlanStateChange, 'editState' | 'approval'>>): Promise<number> {
    return insertReturningId(trx, 'plans', { ...inputColumns(input), creator_id: creatorId, ...stateColumns(state) });
  }

  /**
   * Writes a change only if the plan is still at `version`; false means
   * someone else changed it first and nothing was written.
   */
  async update(trx: Knex.Transaction, id: number, version: number, change: { input?: PlanInput; state?: PlanStateChange }): Promise<boolean> {
    const updated = await trx('plans')
      .where({ id, version })
      .update({
        ...(change.input && inputColumns(change.input)),
        ...(change.state && stateColumns(change.state)),
        version: version + 1,
        updated_at: new Date(),
      });
    return updated === 1;
  }

  /**
   * An approval decision's effect on the plan: its approval
   * state and, when the funding is dropped, the funding fields. The
   * approval round's version guards the decision, so no plan version is
   * checked here; the plan's version still moves on.
   */
  async settle(trx: Knex.Transaction, id: number, approval: ApprovalState, dropFunding: boolean): Promise<void> {
    await trx('plans')
      .where({ id })
      .update({
        approval_state: approval,
        ...(dropFunding && { funding_requested: false, quality: 'standard', funding_rank: null, academy_funding_rank: null }),
        version: trx.raw('version + 1'),
        updated_at: new Date(),
      });
  }

  /** Its class cancelled, the plan is 未实施 again; its version moves on. */
  async reopen(trx: Knex.Transaction, id: number): Promise<void> {
    await trx('plans').where({ id }).update({ implemented: false, version: trx.raw('version + 1'), updated_at: new Date() });
  }

  async remove(trx: Knex.Transaction, id: number, version: number): Promise<boolean> {
    return (await trx('plans').where({ id, version }).delete()) === 1;
  }

  async list(filter: PlanFilter, page: number, pageSize: number): Promise<{ items: StoredPlan[]; total: number }> {
    if (filter.scopePaths.length === 0) return { items: [], total: 0 };
    const where = (q: Knex.QueryBuilder) => {
      q.where((s) => filter.scopePaths.forEach((path) => s.orWhere((p) => startsWith(p, 'o.path', path))));
      if (filter.ofOrgs) q.whereIn('p.org_id', filter.ofOrgs);
      if (filter.belowOrgs) q.whereNotIn('p.org_id', filter.belowOrgs);
      if (filter.year) q.where('p.year', filter.year);
      if (filter.kind) q.where('p.kind', filter.kind);
      if (filter.planType) q.where('p.plan_type', filter.planType);
      if (filter.category) q.where('p.category', filter.category);
      if (filter.approval) q.where('p.approval_state', filter.approval);
      for (const [key, column] of [['published', 'p.published'], ['implemented', 'p.implemented'], ['revoked', 'p.revoked']] as const) {
        if (filter[key] !== undefined) q.where(column, filter[key]);
      }
      if (filter.name) q.where('p.name', 'like', containsPattern(filter.name));
      return q;
    };
    const [rows, [{ total }]] = await Promise.all([
      where(this.pageQuery(filter.scopePaths)).orderBy([{ column: 'p.year', order: 'desc' }, { column: 'p.month' }, { column: 'p.id' }]).limit(pageSize).offset((page - 1) * pageSize),
      where(this.countQuery(filter.scopePaths, filter.name).join('orgs as o', 'o.id', 'p.org_id')).count({ total: '*' }),
    ]);
    return { items: rows.map(toPlan), total: Number(total) };
  }

  /** P-12 counts of a subtree's plans of a year, per org and category. */
  async rateCounts(scopePath: string, year: number): Promise<Array<{ orgPath: string; category: string; published: number; revoked: number; implemented: number }>> {
    const rows = await this.db('plans as p')
      .join('orgs as o', 'o.id', 'p.org_id')
      .where((q) => startsWith(q, 'o.path', scopePath))
      .where('p.year', year)
      .groupBy('o.path', 'p.category')
      .select('o.path as orgPath', 'p.category as category')
      .select(
        this.db.raw('sum(case when p.published then 1 else 0 end) as published'),
        this.db.raw('sum(case when p.published and p.revoked then 1 else 0 end) as revoked'),
        this.db.raw('sum(case when p.implemented then 1 else 0 end) as implemented'),
      );
    return rows.map((r: { orgPath: string; category: string; published: unknown; revoked: unknown; implemented: unknown }) => ({
      orgPath: r.orgPath,
      category: r.category,
      published: Number(r.published),
      revoked: Number(r.revoked),
      implemented: Number(r.implemented),
    }));
  }

  /**
   * 资助计划筛选: a subtree's funded annual plans of a year still in the
   * running, in the institutes' order (P-6; unranked last), or with
   * `academy` in the Academy's priority (unranked last, by institute and its order).
   */
  async fundedForRanking(scopePath: string, year: number, order: FundingRankingScope = 'institute', conn: Conn = this.db): Promise<StoredPlan[]> {
    const query = this.plans(conn)
      .where((q) => startsWith(q, 'o.path', scopePath))
      .where({ 'p.year': year, 'p.plan_type': 'annual', 'p.funding_requested': true, 'p.revoked': false })
      .whereNot('p.approval_state', 'rejected');
    if (order === 'academy') query.orderByRaw(ACADEMY_ORDER).orderBy('o.path');
    const rows = await query.orderByRaw(FUNDED_ORDER).orderBy([{ column: 'p.month' }, { column: 'p.id' }]);
    return rows.map(toPlan);
  }

  /** Plans of a subtree and year that may still be revoked (P-11). */
  async unimplemented(scopePath: string, year: number): Promise<StoredPlan[]> {
    const rows = await this.unimplementedOf(this.plans(), scopePath, year);
    return rows.map(toPlan);
  }

  /** How many plans `unimplemented` would return: what 关闭未实施计划 says before it closes them. */
  async unimplementedCount(scopePath: string, year: number): Promise<number> {
    const [{ n }] = await this.unimplementedOf(this.db('plans as p').join('orgs as o', 'o.id', 'p.org_id'), scopePath, year).count({ n: '*' });
    return Number(n);
  }

  /** Reported plans (a draft is deleted, never revoked: P-11) of the subtree and year, neither implemented nor revoked. */
  private unimplementedOf(query: Knex.QueryBuilder, scopePath: string, year: number) {
    return query
      .where((q) => startsWith(q, 'o.path', scopePath))
      .where({ 'p.year': year, 'p.implemented': false, 'p.revoked': false })
      .whereNot('p.edit_state', 'draft');
  }

  /**
   * Holds a ranking's org (the institute, or the Academy) until the
   * transaction ends: two saves of one ranking, or a save and a change of
   * the institute's funded plans (which lock the same row, P-6), run one
   * after the other. Call it before the transaction's first read.
   */
  async lockRanking(trx: Knex.Transaction, orgId: number): Promise<void> {
    await lockRow(trx, 'orgs', orgId);
  }

  /**
   * Saves one ranking (P-6): the other is never touched. Rows are written
   * in id order, so an institute's save and the Academy's, which share
   * rows, wait for each other instead of deadlocking.
   */
  async setFundingRanks(trx: Knex.Transaction, scope: FundingRankingScope, ids: readonly number[]): Promise<void> {
    const ranked = ids.map((id, index) => ({ id, rank: index + 1 })).sort((a, b) => a.id - b.id);
    for (const { id, rank } of ranked) await trx('plans').where({ id }).update({ [RANK_COLUMN[scope]]: rank });
  }

  /**
   * A subtree's annual plans of a year as the hand-in lists them (P-14):
   * drafts (暂存) are not handed in; funded plans first by rank, then by
   * month. The rank is the institute's own; with `academy`, the Academy's
   * priority first (P-6), then each institute's order.
   */
  exportQuery(scopePath: string, year: number, order: FundingRankingScope) {
    const base = () =>
      this.db('plans as p')
        .join('orgs as o', 'o.id', 'p.org_id')
        .where((q) => startsWith(q, 'o.path', scopePath))
        .where({ 'p.year': year, 'p.plan_type': 'annual' })
        .whereNot('p.edit_state', 'draft');
    return {
      count: async () => Number((await base().count({ n: '*' }))[0].n),
      page: async (page: number, size: number) =>
        (
          await base()
            .select('p.*', 'o.name as org_name', 'o.path as org_path')
            .orderByRaw('case when p.funding_requested then 0 else 1 end')
            .modify((q) => {
              if (order === 'academy') q.orderByRaw(ACADEMY_ORDER).orderBy('o.path');
            })
            .orderByRaw(FUNDED_ORDER)
            .orderBy([{ column: 'p.month' }, { column: 'p.id' }])
            .limit(size)
            .offset((page - 1) * size)
        ).map(toPlan),
    };
  }

  /**
   * Other plans of an institute asking funding for a year (P-6), counted
   * after locking the institute's row: the count holds until the
   * transaction ends. Call it before the transaction's first read.
   */
  async fundedCountLocked(trx: Knex.Transaction, institutePath: string, year: number, exceptId?: number): Promise<number> {
    await lockRow(trx, 'orgs', pathIds(institutePath).at(-1)!);
    const query = trx('plans as p')
      .join('orgs as o', 'o.id', 'p.org_id')
      .where((q) => startsWith(q, 'o.path', institutePath))
      .where({ 'p.year': year, 'p.funding_requested': true, 'p.revoked': false })
      .whereNot('p.approval_state', 'rejected');
    if (exceptId) query.whereNot('p.id', exceptId);
    const [{ count }] = await query.count({ count: '*' });
    return Number(count);
  }
}
