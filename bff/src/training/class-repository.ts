import type { Knex } from 'knex';
import { containsPattern, insertClassFromPlan, startsWith, toIso, type Conn, type Db } from '@casmooc/db';
import {
  type ClassApprovalState,
  type ClassPlanDto,
  type ClassInput,
  type ClassState,
  type Deviation,
  type PlanCategory,
  type TrainingMode,
} from '@casmooc/domain';

/** A class as stored, with the terms of its plan it is compared with (T-2, T-3) and its org's path. */
export interface StoredClass extends ClassInput {
  id: number;
  spent: number | null;
  planId: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  year: number;
  month: string;
  state: ClassState;
  approval: ClassApprovalState;
  /** The deviations the last approval covered (T-2). */
  approvedDeviations: Deviation[] | null;
  version: number;
  createdBy: number;
  createdAt: string;
  implementedAt: string | null;
  /** The plan's side as the API shows it, and what its 资助程度 and the deviation's chain follow from. */
  plan: Omit<ClassPlanDto, 'fundingLevel'> & { fundingRequested: boolean; quality: string; creatorId: number };
}

export interface ClassFilter {
  scopePaths: readonly string[];
  /** Only this org's subtree. */
  orgPath?: string;
  year?: number;
  name?: string;
  state?: ClassState;
  approval?: ClassApprovalState;
  category?: PlanCategory;
  mode?: TrainingMode;
}

/** A change of a class's own states, written with its version moving on. */
export interface ClassStateChange {
  state?: ClassState;
  approval?: ClassApprovalState;
  approvedDeviations?: Deviation[] | null;
  implementedAt?: Date;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- row mapping of one table (and its plan's terms) */
const toClass = (r: any): StoredClass => ({
  id: r.id,
  planId: r.plan_id,
  orgId: r.org_id,
  orgName: r.org_name,
  orgPath: r.org_path,
  year: r.year,
  month: r.month,
  name: r.name,
  mode: r.mode,
  category: r.category,
  startAt: r.start_at,
  endAt: r.end_at,
  hours: Number(r.hours),
  days: r.days,
  headcount: r.headcount,
  researchCount: r.research_count,
  managementCount: r.management_count,
  supportCount: r.support_count,
  externalCount: r.external_count,
  staffCount: r.staff_count,
  budget: Number(r.budget),
  spent: r.spent === null || r.spent === undefined ? null : Number(r.spent),
  organiser: r.organiser,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  contactEmail: r.contact_email,
  visibility: r.visibility,
  registrationOpen: Boolean(r.registration_open),
  registrationApproval: Boolean(r.registration_approval),
  registrationFrom: r.registration_from ?? null,
  registrationTo: r.registration_to ?? null,
  hoursCategory: r.hours_category,
  generalHours: r.general_hours === null ? null : Number(r.general_hours),
  state: r.state,
  approval: r.approval_state,
  approvedDeviations: r.approved_deviations ? JSON.parse(r.approved_deviations) : null,
  version: r.version,
  createdBy: r.created_by,
  createdAt: toIso(r.created_at)!,
  implementedAt: toIso(r.implemented_at),
  plan: {
    id: r.plan_id,
    name: r.plan_name,
    month: r.plan_month,
    budget: Number(r.plan_budget),
    headcount: r.plan_headcount,
    days: r.plan_days,
    published: Boolean(r.plan_published),
    revoked: Boolean(r.plan_revoked),
    approval: r.plan_approval,
    fundingRequested: Boolean(r.plan_funding_requested),
    quality: r.plan_quality,
    creatorId: r.plan_creator_id,
  },
});
/* eslint-enable @typescript-eslint/no-explicit-any */

const inputColumns = (c: ClassInput) => ({
  name: c.name,
  mode: c.mode,
  category: c.category,
  year: Number(c.startAt.slice(0, 4)),
  month: c.startAt.slice(0, 7),
  start_at: c.startAt,
  end_at: c.endAt,
  hours: c.hours,
  days: c.days,
  headcount: c.headcount,
  research_count: c.researchCount,
  management_count: c.managementCount,
  support_count: c.supportCount,
  external_count: c.externalCount,
  staff_count: c.staffCount,
  budget: c.budget,
  organiser: c.organiser,
  contact_name: c.contactName,
  contact_phone: c.contactPhone,
  contact_email: c.contactEmail,
  visibility: c.visibility,
  registration_open: c.registrationOpen,
  registration_approval: c.registrationApproval,
  registration_from: c.registrationFrom,
  registration_to: c.registrationTo,
  hours_category: c.hoursCategory,
  general_hours: c.hoursCategory === 'split' ? c.generalHours : null,
});

const stateColumns = (c: ClassStateChange) =>
  Object.fromEntries(
    Object.entries({
      state: c.state,
      approval_state: c.approval,
      approved_deviations: c.approvedDeviations === undefined ? undefined : c.approvedDeviations && JSON.stringify(c.approvedDeviations),
      implemented_at: c.implementedAt,
    }).filter(([, v]) => v !== undefined),
  );

/** Training classes (SPEC §3): one per implemented project plan (T-1), with their own fields and states. */
export class ClassRepository {
  constructor(private readonly db: Db) {}

  private classes(conn: Conn = this.db) {
    return conn('training_classes as c')
      .join('orgs as o', 'o.id', 'c.org_id')
      .join('plans as p', 'p.id', 'c.plan_id')
      .select(
        'c.*',
        'o.name as org_name',
        'o.path as org_path',
        'p.name as plan_name',
        'p.month as plan_month',
        'p.budget as plan_budget',
        'p.headcount as plan_headcount',
        'p.days as plan_days',
        'p.published as plan_published',
        'p.revoked as plan_revoked',
        'p.approval_state as plan_approval',
        'p.funding_requested as plan_funding_requested',
        'p.quality as plan_quality',
        'p.creator_id as plan_creator_id',
      );
  }

  /** T-1: a class pre-filled from its plan, linked to it; written in the transaction that implements the plan. */
  createFromPlan(trx: Knex.Transaction, planId: number, creatorId: number): Promise<number> {
    return insertClassFromPlan(trx, planId, creatorId, new Date());
  }

  async findById(id: number, conn: Conn = this.db): Promise<StoredClass | null> {
    const row = await this.classes(conn).where('c.id', id).first();
    return row ? toClass(row) : null;
  }

  async list(filter: ClassFilter, page: number, pageSize: number): Promise<{ items: StoredClass[]; total: number }> {
    if (filter.scopePaths.length === 0) return { items: [], total: 0 };
    const where = (q: Knex.QueryBuilder) => {
      q.where((s) => filter.scopePaths.forEach((path) => s.orWhere((p) => startsWith(p, 'o.path', path))));
      if (filter.orgPath) startsWith(q, 'o.path', filter.orgPath);
      if (filter.year) q.where('c.year', filter.year);
      if (filter.name) q.where('c.name', 'like', containsPattern(filter.name));
      if (filter.state) q.where('c.state', filter.state);
      if (filter.approval) q.where('c.approval_state', filter.approval);
      if (filter.category) q.where('c.category', filter.category);
      if (filter.mode) q.where('c.mode', filter.mode);
      return q;
    };
    const [rows, [{ total }]] = await Promise.all([
      where(this.classes()).orderBy([{ column: 'c.year', order: 'desc' }, { column: 'c.start_at', order: 'desc' }, { column: 'c.id', order: 'desc' }]).limit(pageSize).offset((page - 1) * pageSize),
      where(this.db('training_classes as c').join('orgs as o', 'o.id', 'c.org_id')).count({ total: '*' }),
    ]);
    return { items: rows.map(toClass), total: Number(total) };
  }

  async findByIds(ids: readonly number[]): Promise<StoredClass[]> {
    if (ids.length === 0) return [];
    const rows = await this.classes().whereIn('c.id', ids);
    const byId = new Map(rows.map((r: { id: number }) => [r.id, toClass(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * T-4 可报名培训: the classes taking registrations at `now` from someone
   * whose org lies below `orgPaths` (their org and its ancestors), soonest
   * first; or, for the public list, every 对外公开 class not yet over.
   */
  async openTo(audience: { orgPaths: readonly string[] } | 'public', now: string, name: string | undefined, page: number, pageSize: number): Promise<{ items: StoredClass[]; total: number }> {
    const where = (q: Knex.QueryBuilder) => {
      if (audience === 'public') q.where('c.visibility', 'public').where('c.end_at', '>=', now);
      else {
        q.where((v) => v.whereIn('c.visibility', ['academy', 'public']).orWhere((i) => i.where('c.visibility', 'institute').whereIn('o.path', audience.orgPaths)));
        q.where('c.registration_open', true).where('c.registration_from', '<=', now).where('c.registration_to', '>=', now);
      }
      if (name) q.where('c.name', 'like', containsPattern(name));
      return q;
    };
    const [rows, [{ total }]] = await Promise.all([
      where(this.classes()).orderBy([{ column: 'c.start_at' }, { column: 'c.id' }]).limit(pageSize).offset((page - 1) * pageSize),
      where(this.db('training_classes as c').join('orgs as o', 'o.id', 'c.org_id')).count({ total: '*' }),
    ]);
    return { items: rows.map(toClass), total: Number(total) };
  }

  /**
   * Classes whose registration closes by `closesBy` (academy time) and
   * which have not started by `now`, whose managers have not been told of
   * free seats for that closing time yet (T-4).
   */
  async dueForSubscriptionAlert(now: string, closesBy: string): Promise<StoredClass[]> {
    const rows = await this.classes()
      .where('c.registration_open', true)
      .where('c.registration_to', '<=', closesBy)
      .where('c.start_at', '>', now)
      .where((q) => q.whereNull('c.under_subscribed_for').orWhereRaw('c.under_subscribed_for <> c.registration_to'))
      .orderBy('c.id');
    return rows.map(toClass);
  }

  /** Notes the alert as sent for this closing time; false when another instance sent it first (or the time moved since). Not an edit: the version stays. */
  async markUnderSubscribed(trx: Knex.Transaction, id: number, registrationTo: string): Promise<boolean> {
    const updated = await trx('training_classes')
      .where({ id, registration_to: registrationTo })
      .where((q) => q.whereNull('under_subscribed_for').orWhereNot('under_subscribed_for', registrationTo))
      .update({ under_subscribed_for: registrationTo });
    return updated === 1;
  }

  /**
   * Writes the class's fields and/or states only if it is still at
   * `version`; false means someone else changed it first and nothing was written.
   */
  async update(trx: Knex.Transaction, id: number, version: number, change: { input?: ClassInput; state?: ClassStateChange; spent?: number | null }): Promise<boolean> {
    const updated = await trx('training_classes')
      .where({ id, version })
      .update({ ...(change.input && inputColumns(change.input)), ...(change.state && stateColumns(change.state)), ...(change.spent !== undefined && { spent: change.spent }), version: version + 1 });
    return updated === 1;
  }

  /** An approval decision's effect on the class: its approval state, and the deviations an approval covers. */
  async settle(trx: Knex.Transaction, id: number, change: ClassStateChange): Promise<void> {
    await trx('training_classes')
      .where({ id })
      .update({ ...stateColumns(change), version: trx.raw('version + 1') });
  }

  /** Cancel: the class goes (its attendance with it, none confirmed), if still at `version`. */
  async remove(trx: Knex.Transaction, id: number, version: number): Promise<boolean> {
    return (await trx('training_classes').where({ id, version }).delete()) === 1;
  }
}
