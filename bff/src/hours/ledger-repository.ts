import type { Knex } from 'knex';
import { containsPattern, forUpdate, insertReturningId, startsWith, toIso, type Db } from '@casmooc/db';
import type { ExternalActivity, HoursByKind, LedgerEntryKind, PersonDto } from '@casmooc/domain';

/** A ledger row as stored (H-1), with the name of who recorded it. */
export interface StoredEntry extends HoursByKind {
  id: number;
  staffId: number;
  year: number;
  kind: LedgerEntryKind;
  classId: number | null;
  activity: ExternalActivity | null;
  title: string;
  date: string;
  evidence: string | null;
  reversesId: number | null;
  correctsId: number | null;
  reason: string | null;
  recordedBy: string;
  recordedAt: string;
}

/** A row to append: a credit, a reversal or a correction. */
export interface NewEntry extends HoursByKind {
  staffId: number;
  year: number;
  kind: LedgerEntryKind;
  classId?: number;
  activity?: ExternalActivity;
  title: string;
  date: string;
  evidence?: string;
  reversesId?: number;
  correctsId?: number;
  reason?: string;
  /** Set on a class's credit: one per person and class (T-6, confirming twice never doubles). */
  confirmationKey?: string;
  recordedBy: number;
}

/** A person of a subtree with their hours of a year up to a moment. */
export interface PersonHours extends PersonDto, HoursByKind {
  orgPath: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- row mapping of one table */
const toEntry = (r: any): StoredEntry => ({
  id: r.id,
  staffId: r.staff_id,
  year: r.year,
  kind: r.kind,
  generalHours: Number(r.general_hours),
  professionalHours: Number(r.professional_hours),
  classId: r.class_id,
  activity: r.activity,
  title: r.title,
  date: r.activity_date,
  evidence: r.evidence,
  reversesId: r.reverses_id,
  correctsId: r.corrects_id,
  reason: r.reason,
  recordedBy: r.recorded_by_name,
  recordedAt: toIso(r.recorded_at)!,
});
const toPersonHours = (r: any): PersonHours => ({
  id: r.id,
  name: r.name,
  employeeNo: r.employee_no,
  orgId: r.org_id,
  orgName: r.org_name,
  orgPath: r.org_path,
  postType: r.post_type,
  generalHours: Number(r.general_hours ?? 0),
  professionalHours: Number(r.professional_hours ?? 0),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

const toRow = (e: NewEntry, at: Date) => ({
  staff_id: e.staffId,
  year: e.year,
  kind: e.kind,
  general_hours: e.generalHours,
  professional_hours: e.professionalHours,
  class_id: e.classId ?? null,
  activity: e.activity ?? null,
  title: e.title,
  activity_date: e.date,
  evidence: e.evidence ?? null,
  reverses_id: e.reversesId ?? null,
  corrects_id: e.correctsId ?? null,
  reason: e.reason ?? null,
  confirmation_key: e.confirmationKey ?? null,
  recorded_by: e.recordedBy,
  recorded_at: at,
});

const ENTRY_COLUMNS = ['l.*', 'u.display_name as recorded_by_name'];

/** The continuing-education ledger (学时档案, H-1): rows are appended, never edited or deleted. */
export class LedgerRepository {
  constructor(private readonly db: Db) {}

  /** Appends rows in the caller's transaction; returns their ids in order. */
  async append(trx: Knex.Transaction, entries: readonly NewEntry[], at: Date = new Date()): Promise<number[]> {
    const ids: number[] = [];
    // One insert per row: MySQL reports only the first id of a multi-row insert.
    for (const entry of entries) ids.push(await insertReturningId(trx, 'hours_ledger', toRow(entry, at)));
    return ids;
  }

  /** Appends many credits at once (a class's 学时确认 of thousands), in the caller's transaction. */
  async appendAll(trx: Knex.Transaction, entries: readonly NewEntry[], at: Date = new Date()): Promise<void> {
    for (let i = 0; i < entries.length; i += 500) await trx('hours_ledger').insert(entries.slice(i, i + 500).map((e) => toRow(e, at)));
  }

  /** The rows written for these class confirmations (`class:<id>:staff:<id>`), in the caller's transaction. */
  async idsByConfirmation(trx: Knex.Transaction, keys: readonly string[]): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    for (let i = 0; i < keys.length; i += 500) {
      const rows: { id: number; confirmation_key: string }[] = await trx('hours_ledger').whereIn('confirmation_key', keys.slice(i, i + 500)).select('id', 'confirmation_key');
      for (const r of rows) found.set(r.confirmation_key, Number(r.id));
    }
    return found;
  }

  /** A class's name, and who organised it (its org's name: the issuer of its certificates). */
  async classInfo(classId: number, trx?: Knex.Transaction): Promise<{ name: string; orgName: string }> {
    const row = await (trx ?? this.db)('training_classes as c').join('orgs as o', 'o.id', 'c.org_id').where('c.id', classId).first('c.name', 'o.name as org_name');
    return { name: row.name, orgName: row.org_name };
  }

  async findById(id: number, trx?: Knex.Transaction): Promise<StoredEntry | null> {
    const row = await (trx ?? this.db)('hours_ledger as l').join('users as u', 'u.id', 'l.recorded_by').where('l.id', id).first(ENTRY_COLUMNS);
    return row ? toEntry(row) : null;
  }

  /** The org path of the person a row is of: whose managers reach it. */
  async orgPathOf(id: number): Promise<string | null> {
    const row = await this.db('hours_ledger as l').join('staff as s', 's.id', 'l.staff_id').join('orgs as o', 'o.id', 's.org_id').where('l.id', id).first('o.path');
    return row?.path ?? null;
  }

  /** The id of the reversal of a row, read with a lock so that two reversals at once go one after the other. */
  async reversalOf(trx: Knex.Transaction, id: number): Promise<number | null> {
    await forUpdate(trx('hours_ledger').where({ id }).select('id'));
    const row = await trx('hours_ledger').where({ reverses_id: id }).first('id');
    return row ? Number(row.id) : null;
  }

  /** A class's hours in the ledger, per person, reversals included (T-7). */
  async classHours(classId: number): Promise<Array<{ staffId: number } & HoursByKind>> {
    const rows: { staff_id: number; general_hours: unknown; professional_hours: unknown }[] = await this.db('hours_ledger')
      .where({ class_id: classId })
      .groupBy('staff_id')
      .select('staff_id')
      .sum({ general_hours: 'general_hours', professional_hours: 'professional_hours' });
    return rows.map((r) => ({ staffId: r.staff_id, generalHours: Number(r.general_hours ?? 0), professionalHours: Number(r.professional_hours ?? 0) }));
  }

  /** A person's rows of a year, in the order they were recorded. */
  async entriesOf(staffId: number, year: number): Promise<StoredEntry[]> {
    const rows = await this.db('hours_ledger as l').join('users as u', 'u.id', 'l.recorded_by').where({ 'l.staff_id': staffId, 'l.year': year }).orderBy([{ column: 'l.recorded_at' }, { column: 'l.id' }]).select(ENTRY_COLUMNS);
    return rows.map(toEntry);
  }

  /** The years a person has rows in. */
  async yearsOf(staffId: number): Promise<number[]> {
    const rows: number[] = await this.db('hours_ledger').where({ staff_id: staffId }).distinct('year').pluck('year');
    return rows.map(Number);
  }

  /**
   * People with their hours of `year` (recorded before `before`, when
   * given), reversals included, so a reversed row counts nothing. The sums
   * are taken over these people's rows only (the (staff_id, year) index),
   * not over the whole year's ledger.
   */
  private people(year: number, who: (q: Knex.QueryBuilder) => void, before?: Date) {
    const staff = this.db('staff as s').join('orgs as o', 'o.id', 's.org_id').modify(who);
    const sums = this.db('hours_ledger')
      .where('year', year)
      .whereIn('staff_id', staff.clone().select('s.id'))
      .modify((q) => void (before && q.where('recorded_at', '<', before)))
      .groupBy('staff_id')
      .select('staff_id')
      .sum({ general_hours: 'general_hours', professional_hours: 'professional_hours' })
      .as('t');
    return staff
      .leftJoin(sums, 't.staff_id', 's.id')
      .select('s.id', 's.name', 's.employee_no', 's.org_id', 'o.name as org_name', 'o.path as org_path', 's.post_type', 't.general_hours', 't.professional_hours');
  }

  /** Everyone of a subtree with their hours, in employee-number order; `text` narrows by name or employee no. */
  async subtreeHours(orgPath: string, year: number, before: Date, text?: string): Promise<PersonHours[]> {
    const who = (q: Knex.QueryBuilder) => {
      q.where((w) => startsWith(w, 'o.path', orgPath));
      if (text) q.where((t) => t.where('s.name', 'like', containsPattern(text)).orWhere('s.employee_no', 'like', containsPattern(text.toUpperCase())));
    };
    return (await this.people(year, who, before).orderBy('s.employee_no')).map(toPersonHours);
  }

  /** One person with their hours of a year so far. */
  async personHours(staffId: number, year: number): Promise<PersonHours | null> {
    const row = await this.people(year, (q) => void q.where('s.id', staffId)).first();
    return row ? toPersonHours(row) : null;
  }
}
