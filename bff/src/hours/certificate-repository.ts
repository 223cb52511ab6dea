import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { toIso, type Db } from '@casmooc/db';
import { formatSerial, type CertificateKind, type HoursByKind } from '@casmooc/domain';

/** A certificate as stored (H-3), with its holder. */
export interface StoredCertificate extends HoursByKind {
  id: number;
  serial: string;
  kind: CertificateKind;
  staffId: number;
  year: number;
  classId: number | null;
  entryId: number | null;
  title: string;
  issuer: string;
  issuedAt: string;
  revokedAt: string | null;
  holder: { name: string; employeeNo: string; orgName: string; orgPath: string };
}

export interface NewCertificate extends HoursByKind {
  kind: CertificateKind;
  staffId: number;
  year: number;
  classId?: number;
  entryId?: number;
  title: string;
  issuer: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- row mapping of one table */
const toCertificate = (r: any): StoredCertificate => ({
  id: r.id,
  serial: r.serial,
  kind: r.kind,
  staffId: r.staff_id,
  year: r.year,
  classId: r.class_id,
  entryId: r.entry_id,
  title: r.title,
  generalHours: Number(r.general_hours),
  professionalHours: Number(r.professional_hours),
  issuer: r.issuer,
  issuedAt: toIso(r.issued_at)!,
  revokedAt: toIso(r.revoked_at),
  holder: { name: r.holder_name, employeeNo: r.holder_employee_no, orgName: r.holder_org_name, orgPath: r.holder_org_path },
});
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Twelve characters of a serial, from the system's random source: a serial cannot be guessed. */
const serialOf = (year: number, kind: CertificateKind) => formatSerial(year, kind, [...crypto.randomBytes(12)]);

/** Certificates (H-3): issued with a serial, revoked by a reversal, never deleted. */
export class CertificateRepository {
  constructor(private readonly db: Db) {}

  private certificates(conn: Db | Knex.Transaction = this.db) {
    return conn('certificates as c')
      .join('staff as s', 's.id', 'c.staff_id')
      .join('orgs as o', 'o.id', 's.org_id')
      .select('c.*', 's.name as holder_name', 's.employee_no as holder_employee_no', 'o.name as holder_org_name', 'o.path as holder_org_path');
  }

  /** Issues certificates in the caller's transaction (a class's thousands in a few statements); returns their ids in order. */
  async issue(trx: Knex.Transaction, certificates: readonly NewCertificate[], at: Date): Promise<number[]> {
    const rows = certificates.map((c) => ({
      serial: serialOf(c.year, c.kind),
      kind: c.kind,
      staff_id: c.staffId,
      year: c.year,
      class_id: c.classId ?? null,
      entry_id: c.entryId ?? null,
      title: c.title,
      general_hours: c.generalHours,
      professional_hours: c.professionalHours,
      issuer: c.issuer,
      issued_at: at,
    }));
    const ids = new Map<string, number>();
    // MySQL reports only the first id of a multi-row insert: the ids are read back by serial.
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await trx('certificates').insert(chunk);
      const written: { id: number; serial: string }[] = await trx('certificates').whereIn('serial', chunk.map((r) => r.serial)).select('id', 'serial');
      for (const w of written) ids.set(w.serial, Number(w.id));
    }
    return rows.map((r) => ids.get(r.serial)!);
  }

  /** H-3: revokes the certificate of a ledger row, and the person's annual records of that year, in the reversal's transaction. */
  async revokeFor(trx: Knex.Transaction, entry: { id: number; staffId: number; year: number }, reason: string, at: Date): Promise<void> {
    await trx('certificates')
      .whereNull('revoked_at')
      .where((q) => q.where('entry_id', entry.id).orWhere((a) => a.where({ kind: 'annual', staff_id: entry.staffId, year: entry.year })))
      .update({ revoked_at: at, revoked_reason: reason });
  }

  async findById(id: number): Promise<StoredCertificate | null> {
    const row = await this.certificates().where('c.id', id).first();
    return row ? toCertificate(row) : null;
  }

  async findBySerial(serial: string): Promise<StoredCertificate | null> {
    const row = await this.certificates().where('c.serial', serial).first();
    return row ? toCertificate(row) : null;
  }

  /** The certificates of these ledger rows, by row. */
  async ofEntries(entryIds: readonly number[]): Promise<Map<number, StoredCertificate>> {
    if (entryIds.length === 0) return new Map();
    const rows = await this.certificates().whereIn('c.entry_id', entryIds);
    return new Map(rows.map((r: unknown) => toCertificate(r)).map((c: StoredCertificate) => [c.entryId!, c]));
  }

  /** A class's certificates still valid, in its attendance's order of employee numbers. */
  async validOfClass(classId: number): Promise<StoredCertificate[]> {
    const rows = await this.certificates().where('c.class_id', classId).whereNull('c.revoked_at').orderBy('s.employee_no');
    return rows.map(toCertificate);
  }

  /** The newest valid annual record of a person's year, in the caller's transaction. */
  async latestAnnual(trx: Knex.Transaction, staffId: number, year: number): Promise<StoredCertificate | null> {
    const row = await this.certificates(trx).where({ 'c.kind': 'annual', 'c.staff_id': staffId, 'c.year': year }).whereNull('c.revoked_at').orderBy('c.id', 'desc').first();
    return row ? toCertificate(row) : null;
  }
}
