import type { Knex } from 'knex';
import { containsPattern, forUpdate, toIso, type Db } from '@casmooc/db';
import type { AttendanceCounts, AttendanceState, AttendeeDto, AttendeeFilter, PostType } from '@casmooc/domain';

/* eslint-disable @typescript-eslint/no-explicit-any -- row mapping of one table */
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

/** A class's attendance (实际参会人员, T-6): who is listed, who attended, whose hours are confirmed. */
export class AttendanceRepository {
  constructor(private readonly db: Db) {}

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

  /** T-7: who attended, by post type. */
  async attendedByPostType(classId: number): Promise<Partial<Record<PostType, number>>> {
    const rows: { post_type: PostType; n: number | string }[] = await this.db('class_attendees as a')
      .join('staff as s', 's.id', 'a.staff_id')
      .where({ 'a.class_id': classId, 'a.attended': true })
      .groupBy('s.post_type')
      .select('s.post_type')
      .count({ n: '*' });
    return Object.fromEntries(rows.map((r) => [r.post_type, Number(r.n)]));
  }

  async attendees(classId: number, show: AttendeeFilter, text: string | undefined, page: number, pageSize: number): Promise<{ items: AttendeeDto[]; total: number }> {
    const where = (q: Knex.QueryBuilder) => {
      q.join('staff as s', 's.id', 'a.staff_id').where('a.class_id', classId);
      SHOWN[show](q);
      if (text) q.where((t) => t.where('s.name', 'like', containsPattern(text)).orWhere('s.employee_no', 'like', containsPattern(text.toUpperCase())));
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

  /** Of these classes, those where this person's hours are confirmed. */
  async confirmedIn(staffId: number, classIds: readonly number[]): Promise<Set<number>> {
    if (classIds.length === 0) return new Set();
    const rows: number[] = await this.db('class_attendees').where('staff_id', staffId).whereIn('class_id', classIds).whereNotNull('confirmed_hours').pluck('class_id');
    return new Set(rows.map(Number));
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
