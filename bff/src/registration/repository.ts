import type { Knex } from 'knex';
import { containsPattern, insertReturningId, lockRow, toIso, type Conn, type Db } from '@casmooc/db';
import { ACTIVE_STATES, countSeats, REGISTRATION_STATES, SEAT_STATES, type PostType, type RegistrationState, type SeatCounts, type StaffSummary } from '@casmooc/domain';

/** A registration as stored, with the account to tell about it. */
export interface StoredRegistration {
  id: number;
  classId: number;
  staffId: number;
  userId: number;
  postType: PostType;
  state: RegistrationState;
  queueNo: number;
  registeredAt: string;
  updatedAt: string;
  decidedAt: string | null;
  deciderName: string | null;
  reason: string;
  version: number;
}

export interface ListedRegistration extends StoredRegistration {
  person: StaffSummary;
}

/** Where a class's seats stand: taken (by post type) and how many wait. */
export interface SeatState {
  taken: SeatCounts;
  waitlisted: number;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- row mapping of one table */
const toRegistration = (r: any): StoredRegistration => ({
  id: r.id,
  classId: r.class_id,
  staffId: r.staff_id,
  userId: r.user_id,
  postType: r.post_type,
  state: r.state,
  queueNo: r.queue_no,
  registeredAt: toIso(r.registered_at)!,
  updatedAt: toIso(r.updated_at)!,
  decidedAt: toIso(r.decided_at),
  deciderName: r.decider_name ?? null,
  reason: r.reason,
  version: r.version,
});
const toListed = (r: any): ListedRegistration => ({
  ...toRegistration(r),
  person: { id: r.staff_id, name: r.name, employeeNo: r.employee_no, orgId: r.org_id, orgName: r.org_name, postType: r.staff_post_type, phone: r.phone, email: r.email },
});
/* eslint-enable @typescript-eslint/no-explicit-any */

const noCounts = (): Record<RegistrationState, number> => Object.fromEntries(REGISTRATION_STATES.map((s) => [s, 0])) as Record<RegistrationState, number>;

/** 报名 (T-4): the queue of each class, its one writer. */
export class RegistrationRepository {
  constructor(private readonly db: Db) {}

  /**
   * Holds the class's row until the transaction ends: every change of a
   * class's queue takes it first, so seats are counted and queue numbers
   * taken one writer at a time (the last seat goes to exactly one).
   */
  lockClass(trx: Knex.Transaction, classId: number): Promise<void> {
    return lockRow(trx, 'training_classes', classId);
  }

  private registrations(conn: Conn = this.db) {
    return conn('class_registrations as r').leftJoin('users as d', 'd.id', 'r.decided_by').select('r.*', 'd.display_name as decider_name');
  }

  async findById(id: number, conn: Conn = this.db): Promise<StoredRegistration | null> {
    const row = await this.registrations(conn).where('r.id', id).first();
    return row ? toRegistration(row) : null;
  }

  async findMine(classId: number, staffId: number, conn: Conn = this.db): Promise<StoredRegistration | null> {
    const row = await this.registrations(conn).where({ 'r.class_id': classId, 'r.staff_id': staffId }).first();
    return row ? toRegistration(row) : null;
  }

  /** The caller's registrations for these classes. */
  async mineFor(classIds: readonly number[], staffId: number): Promise<Map<number, StoredRegistration>> {
    if (classIds.length === 0) return new Map();
    const rows = await this.registrations().whereIn('r.class_id', classIds).where('r.staff_id', staffId);
    return new Map(rows.map((r: unknown) => toRegistration(r)).map((r) => [r.classId, r]));
  }

  /** The class ids a person is queued for (or was), newest first. */
  async classIdsOf(staffId: number): Promise<number[]> {
    const rows: { class_id: number }[] = await this.db('class_registrations').where('staff_id', staffId).orderBy('registered_at', 'desc').select('class_id');
    return rows.map((r) => r.class_id);
  }

  /** Seats taken and people waiting, per class, counted in the database. */
  async seats(classIds: readonly number[], conn: Conn = this.db): Promise<Map<number, SeatState>> {
    const grouped = new Map<number, Array<{ state: RegistrationState; postType: PostType; count: number }>>(classIds.map((id) => [id, []]));
    if (classIds.length > 0) {
      const rows: { class_id: number; state: RegistrationState; post_type: PostType; n: number | string }[] = await conn('class_registrations')
        .whereIn('class_id', classIds)
        .whereIn('state', [...SEAT_STATES, 'waitlisted'])
        .groupBy('class_id', 'state', 'post_type')
        .select('class_id', 'state', 'post_type')
        .count({ n: '*' });
      for (const row of rows) grouped.get(row.class_id)?.push({ state: row.state, postType: row.post_type, count: Number(row.n) });
    }
    return new Map(
      [...grouped].map(([id, rows]) => [id, { taken: countSeats(rows), waitlisted: rows.filter((r) => r.state === 'waitlisted').reduce((n, r) => n + r.count, 0) }]),
    );
  }

  async seatsOf(classId: number, conn: Conn = this.db): Promise<SeatState> {
    return (await this.seats([classId], conn)).get(classId)!;
  }

  /** Who waits for a seat, in order: a page of them. */
  async waitlist(classId: number, conn: Conn, offset: number, limit: number): Promise<StoredRegistration[]> {
    return (await this.registrations(conn).where({ 'r.class_id': classId, 'r.state': 'waitlisted' }).orderBy('r.queue_no').offset(offset).limit(limit)).map(toRegistration);
  }

  /** Places on the waitlist (1 = next) of these registrations, those not waiting left out. */
  async waitPositions(classId: number, regs: ReadonlyArray<Pick<StoredRegistration, 'id' | 'state' | 'queueNo'>>): Promise<Map<number, number>> {
    const waiting = regs.filter((r) => r.state === 'waitlisted');
    if (waiting.length === 0) return new Map();
    const queueNos: number[] = (await this.db('class_registrations').where({ class_id: classId, state: 'waitlisted' }).orderBy('queue_no').pluck('queue_no')).map(Number);
    const place = new Map(queueNos.map((n, i) => [n, i + 1]));
    return new Map(waiting.map((r) => [r.id, place.get(r.queueNo)!]));
  }

  /** The accounts of everyone still in the class's queue (to tell them when the class goes). */
  async queuedUserIds(classId: number, conn: Conn = this.db): Promise<number[]> {
    return (await conn('class_registrations').where('class_id', classId).whereIn('state', ACTIVE_STATES).pluck('user_id')).map(Number);
  }

  /** The staff records of everyone registered (已报名) for a class: a notice to "everyone registered" reaches them. */
  async registeredStaffIds(classId: number, conn: Conn = this.db): Promise<number[]> {
    return (await conn('class_registrations').where({ class_id: classId, state: 'registered' }).pluck('staff_id')).map(Number);
  }

  /** The classes a person's calendar holds: those they are registered for (已报名), and those whose attendance list has them. */
  async calendarClassIds(staffId: number): Promise<number[]> {
    const [registered, attending] = await Promise.all([
      this.db('class_registrations').where({ staff_id: staffId, state: 'registered' }).pluck('class_id'),
      this.db('class_attendees').where({ staff_id: staffId }).pluck('class_id'),
    ]);
    return [...new Set([...registered, ...attending].map(Number))];
  }

  async counts(classId: number): Promise<Record<RegistrationState, number>> {
    const rows: { state: RegistrationState; n: number | string }[] = await this.db('class_registrations').where('class_id', classId).groupBy('state').select('state').count({ n: '*' });
    const counts = noCounts();
    for (const row of rows) counts[row.state] = Number(row.n);
    return counts;
  }

  async list(classId: number, state: RegistrationState | undefined, text: string | undefined, page: number, pageSize: number): Promise<{ items: ListedRegistration[]; total: number }> {
    const where = (q: Knex.QueryBuilder) => {
      q.join('staff as s', 's.id', 'r.staff_id').where('r.class_id', classId);
      if (state) q.where('r.state', state);
      if (text) q.where((t) => t.where('s.name', 'like', containsPattern(text)).orWhere('s.employee_no', 'like', containsPattern(text.toUpperCase())));
      return q;
    };
    const [rows, [{ total }]] = await Promise.all([
      where(this.registrations())
        .join('orgs as o', 'o.id', 's.org_id')
        .select('s.name', 's.employee_no', 's.org_id', 'o.name as org_name', 's.post_type as staff_post_type', 's.phone', 's.email')
        .orderBy('r.queue_no')
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      where(this.db('class_registrations as r')).count({ total: '*' }),
    ]);
    return { items: rows.map(toListed), total: Number(total) };
  }

  /** The next place in the class's queue; under the class's lock. */
  private async nextQueueNo(trx: Knex.Transaction, classId: number): Promise<number> {
    const [{ last }] = await trx('class_registrations').where('class_id', classId).max({ last: 'queue_no' });
    return Number(last ?? 0) + 1;
  }

  /**
   * Queues a person at the end: a new row, or their earlier (withdrawn)
   * one taken up again. Under the class's lock.
   */
  async enqueue(trx: Knex.Transaction, entry: { classId: number; staffId: number; userId: number; postType: PostType; state: RegistrationState }, earlier: StoredRegistration | null): Promise<number> {
    const at = new Date();
    const row = { user_id: entry.userId, post_type: entry.postType, state: entry.state, queue_no: await this.nextQueueNo(trx, entry.classId), registered_at: at, updated_at: at, decided_at: null, decided_by: null, reason: '' };
    if (!earlier) return insertReturningId(trx, 'class_registrations', { class_id: entry.classId, staff_id: entry.staffId, ...row });
    await trx('class_registrations').where({ id: earlier.id }).update({ ...row, version: earlier.version + 1 });
    return earlier.id;
  }

  /**
   * Moves registrations on to `state` if each is still at the version
   * read; false (and nothing written by this call for that row) when one
   * moved meanwhile. A decision records who took it and why.
   */
  async move(trx: Knex.Transaction, rows: ReadonlyArray<Pick<StoredRegistration, 'id' | 'version'>>, state: RegistrationState, decision?: { by: number; reason: string }): Promise<boolean> {
    const at = new Date();
    for (const row of rows) {
      const updated = await trx('class_registrations')
        .where({ id: row.id, version: row.version })
        .update({ state, updated_at: at, version: row.version + 1, ...(decision && { decided_at: at, decided_by: decision.by, reason: decision.reason }) });
      if (updated !== 1) return false;
    }
    return true;
  }
}
