import type { Knex } from 'knex';
import { forUpdate, insertClassFromPlan, startsWith, toIso, type Db } from '@casmooc/db';
import type { AttendanceCounts, AttendanceState, AttendeeDto, AttendeeFilter, TrainingClassDto } from '@casmooc/domain';

/** A class as stored: what the API sends, less its counts, plus its org's path. */
export interface StoredClass extends Omit<TrainingClassDto, 'attendance'> {
  orgPath: string;
}

export interface ClassFilter {
  scopePaths: readonly string[];
  year?: number;
  name?: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- row mapping of one table */
const toClass = (r: any): StoredClass => ({
  id: r.id,
  planId: r.plan_id,
  orgId: r.org_id,
  orgName: r.org_name,
  orgPath: r.org_path,
  name: r.name,
  year: r.year,
  month: r.month,
  category: r.category,
  hours: Number(r.hours),
  days: r.days,
  headcount: r.headcount,
  organiser: r.organiser,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  createdAt: toIso(r.created_at)!,
});

const toAttendee = (r: any): AttendeeDto => ({
  id: r.id,
  name: r.name,
  employeeNo: r.employee_no,
  orgId: r.org_id,
  orgName: r.org_name,
  postType: r.post_type,
  phone: r.phone,
  email: r.email,
  attended: Boolean(r.attended),
  confirmedHours: r.confirmed_hours === null ? null : Number(r.confirmed_hours),
  confirmedAt: toIso(r.confirmed_at),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

const SHOWN: Record<AttendeeFilter, (q: Knex.QueryBuilder) => void> = {
  all: () => {},
  attended: (q) => q.where('a.attended', true),
  absent: (q) => q.where('a.attended', false),
  confirmed: (q) => q.whereNotNull('a.confirmed_hours'),
};

const CHUNK = 500;
const chunks = <T>(items: readonly T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));
const likeText = (text: string) => `%${text.replace(/[%_\\]/g, '')}%`;

/** Training classes (SPEC §3) and their attendance (T-6). */
export class TrainingRepository {
  constructor(private readonly db: Db) {}

  private classes(conn: Knex | Knex.Transaction = this.db) {
    return conn('training_classes as c').join('orgs as o', 'o.id', 'c.org_id').select('c.*', 'o.name as org_name', 'o.path as org_path');
  }

  /** T-1: a class pre-filled from its plan, linked to it; written in the transaction that implements the plan. */
  createFromPlan(trx: Knex.Transaction, planId: number, creatorId: number): Promise<number> {
    return insertClassFromPlan(trx, planId, creatorId, new Date());
  }

  async findById(id: number): Promise<StoredClass | null> {
    const row = await this.classes().where('c.id', id).first();
    return row ? toClass(row) : null;
  }

  /** The class made from each of these plans, by plan id. */
  async idsByPlan(planIds: readonly number[]): Promise<Map<number, number>> {
    if (planIds.length === 0) return new Map();
    const rows: { id: number; plan_id: number }[] = await this.db('training_classes').whereIn('plan_id', planIds).select('id', 'plan_id');
    return new Map(rows.map((r) => [r.plan_id, r.id]));
  }

  async list(filter: ClassFilter, page: number, pageSize: number): Promise<{ items: StoredClass[]; total: number }> {
    if (filter.scopePaths.length === 0) return { items: [], total: 0 };
    const where = (q: Knex.QueryBuilder) => {
      q.where((s) => filter.scopePaths.forEach((path) => s.orWhere((p) => startsWith(p, 'o.path', path))));
      if (filter.year) q.where('c.year', filter.year);
      if (filter.name) q.where('c.name', 'like', likeText(filter.name));
      return q;
    };
    const [rows, [{ total }]] = await Promise.all([
      where(this.classes()).orderBy([{ column: 'c.year', order: 'desc' }, { column: 'c.month', order: 'desc' }, { column: 'c.id', order: 'desc' }]).limit(pageSize).offset((page - 1) * pageSize),
      where(this.db('training_classes as c').join('orgs as o', 'o.id', 'c.org_id')).count({ total: '*' }),
    ]);
    return { items: rows.map(toClass), total: Number(total) };
  }

  /** People added, ticked and confirmed, per class. */
  async counts(classIds: readonly number[]): Promise<Map<number, AttendanceCounts>> {
    if (classIds.length === 0) return new Map();
    const rows: { class_id: number; added: number | string; attended: number | string | null; confirmed: number | string }[] = await this.db('class_attendees')
      .whereIn('class_id', classIds)
      .groupBy('class_id')
      .select('class_id')
      .count({ added: '*' })
      .sum({ attended: this.db.raw('case when attended then 1 else 0 end') })
      .count({ confirmed: 'confirmed_hours' });
    const found = new Map(rows.map((r) => [r.class_id, { added: Number(r.added), attended: Number(r.attended ?? 0), confirmed: Number(r.confirmed) }]));
    return new Map(classIds.map((id) => [id, found.get(id) ?? { added: 0, attended: 0, confirmed: 0 }]));
  }

  async attendees(classId: number, show: AttendeeFilter, text: string | undefined, page: number, pageSize: number): Promise<{ items: AttendeeDto[]; total: number }> {
    const where = (q: Knex.QueryBuilder) => {
      q.join('staff as s', 's.id', 'a.staff_id').where('a.class_id', classId);
      SHOWN[show](q);
      if (text) q.where((t) => t.where('s.name', 'like', likeText(text)).orWhere('s.employee_no', 'like', likeText(text.toUpperCase())));
      return q;
    };
    const [rows, [{ total }]] = await Promise.all([
      where(this.db('class_attendees as a'))
        .join('orgs as o', 'o.id', 's.org_id')
        .select('s.id', 's.name', 's.employee_no', 's.org_id', 'o.name as org_name', 's.post_type', 's.phone', 's.email', 'a.attended', 'a.confirmed_hours', 'a.confirmed_at')
        .orderBy([{ column: 'a.added_at' }, { column: 's.employee_no' }])
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      where(this.db('class_attendees as a')).count({ total: '*' }),
    ]);
    return { items: rows.map(toAttendee), total: Number(total) };
  }

  /** Where these people stand on the class's list; everyone listed when no ids are given. */
  async attendance(classId: number, staffIds?: readonly number[]): Promise<Map<number, AttendanceState>> {
    const rows: { staff_id: number; attended: unknown; confirmed_hours: unknown }[] = [];
    const query = () => this.db('class_attendees').where('class_id', classId).select('staff_id', 'attended', 'confirmed_hours');
    if (staffIds) for (const chunk of chunks(staffIds)) rows.push(...(await query().whereIn('staff_id', chunk)));
    else rows.push(...(await query()));
    return new Map(rows.map((r) => [r.staff_id, { attended: Boolean(r.attended), confirmedHours: r.confirmed_hours === null ? null : Number(r.confirmed_hours) }]));
  }

  /** Adds people not yet listed, in the caller's transaction; someone added meanwhile by another request is left as they are. */
  async add(trx: Knex.Transaction, classId: number, staffIds: readonly number[], addedBy: number): Promise<number> {
    const at = new Date();
    let added = 0;
    for (const chunk of chunks(staffIds)) {
      const before = Number((await trx('class_attendees').where('class_id', classId).whereIn('staff_id', chunk).count({ n: '*' }))[0].n);
      await trx('class_attendees')
        .insert(chunk.map((staffId) => ({ class_id: classId, staff_id: staffId, added_by: addedBy, added_at: at })))
        .onConflict(['class_id', 'staff_id'])
        .ignore();
      added += chunk.length - before;
    }
    return added;
  }

  /** Ticks or unticks people; those whose hours got confirmed meanwhile are left alone (T-6). */
  async setAttended(trx: Knex.Transaction, classId: number, staffIds: readonly number[], attended: boolean): Promise<void> {
    for (const chunk of chunks(staffIds)) {
      await trx('class_attendees').where('class_id', classId).whereIn('staff_id', chunk).whereNull('confirmed_hours').update({ attended });
    }
  }

  /** Removes people from the list, never one whose hours are confirmed (T-6). */
  async remove(trx: Knex.Transaction, classId: number, staffIds: readonly number[]): Promise<void> {
    for (const chunk of chunks(staffIds)) {
      await trx('class_attendees').where('class_id', classId).whereIn('staff_id', chunk).whereNull('confirmed_hours').delete();
    }
  }

  /**
   * 学时确认 (T-6): the class's hours for everyone ticked whose hours are not
   * yet confirmed (of `staffIds`, when given), in the caller's transaction.
   * The rows are read with a lock and updated under the same condition, so
   * two confirmations at once still give each person their hours once.
   * Returns who got them.
   */
  async confirm(trx: Knex.Transaction, classId: number, staffIds: readonly number[] | undefined, hours: number, confirmedBy: number): Promise<number[]> {
    const due = (q: Knex.QueryBuilder) => q.where({ class_id: classId, attended: true }).whereNull('confirmed_hours');
    const parts = staffIds ? chunks(staffIds) : [undefined];
    const confirmed: number[] = [];
    for (const chunk of parts) {
      const pick = due(trx('class_attendees'));
      if (chunk) pick.whereIn('staff_id', chunk);
      const rows: { staff_id: number }[] = await forUpdate(pick.select('staff_id'));
      const ids = rows.map((r) => r.staff_id);
      for (const part of chunks(ids)) {
        const change = { confirmed_hours: hours, confirmed_at: new Date(), confirmed_by: confirmedBy };
        await due(trx('class_attendees')).whereIn('staff_id', part).update(change);
      }
      confirmed.push(...ids);
    }
    return confirmed;
  }
}
