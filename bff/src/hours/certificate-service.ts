import type { Writable } from 'node:stream';
import JSZip from 'jszip';
import { MANAGER_ROLES, maskName, pathIds, SERIAL_PATTERN, users, type CertificateVerificationDto, type Locale } from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import type { EventLog } from '../events/event-log';
import type { Owner } from '../http/api-router';
import { notFound } from '../http/api-error';
import type { OrgRepository } from '../orgs/repository';
import { annualRecordPdf, classCertificatePdf } from './certificate-pdf';
import type { CertificateRepository, StoredCertificate } from './certificate-repository';
import type { LedgerRepository } from './ledger-repository';
import type { HoursService } from './service';

export interface CertificateDeps {
  certificates: CertificateRepository;
  ledger: LedgerRepository;
  hours: HoursService;
  orgs: OrgRepository;
  eventLog: EventLog;
  now?: () => Date;
}

/** A PDF to send, under the name it is saved as. */
export interface NamedPdf {
  filename: string;
  pdf: Buffer;
}

const sameHours = (a: { generalHours: number; professionalHours: number }, b: { generalHours: number; professionalHours: number }) =>
  a.generalHours === b.generalHours && a.professionalHours === b.professionalHours;

/**
 * Certificates that can be checked (H-3): a class's 结业证书 and a person's
 * annual record as PDF with a serial and a QR code to the public page that
 * verifies them; a class's certificates as one zip.
 */
export class CertificateService {
  private readonly now: () => Date;

  constructor(private readonly deps: CertificateDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** A certificate is its holder's, and their managers': to anyone else it does not exist. */
  async scopeOf(id: number, actor: Actor): Promise<Owner | null> {
    const c = await this.deps.certificates.findById(id);
    if (!c) return null;
    const own = actor.user.staff?.id === c.staffId;
    return own || actor.reaches(c.holder.orgPath, MANAGER_ROLES) ? { userId: actor.id } : null;
  }

  private async classPdf(c: StoredCertificate, origin: string): Promise<NamedPdf> {
    const entry = c.entryId === null ? null : await this.deps.ledger.findById(c.entryId);
    return { filename: `${c.holder.employeeNo}-${c.holder.name}-${c.title}-结业证书.pdf`, pdf: await classCertificatePdf(c, entry?.date ?? c.issuedAt.slice(0, 10), origin) };
  }

  async certificatePdf(id: number, origin: string): Promise<NamedPdf> {
    const c = await this.deps.certificates.findById(id);
    if (!c || c.kind !== 'class') throw notFound();
    return this.classPdf(c, origin);
  }

  /**
   * A person's annual record of a year, issued with the figures it states:
   * the newest one still valid is sent again while the figures are the
   * same; a new one is issued once they changed. Reversals revoke them.
   */
  async annualRecordPdf(actor: Actor, staffId: number, year: number, locale: Locale, origin: string): Promise<NamedPdf> {
    const record = await this.deps.hours.personRecord(actor, staffId, year, locale);
    const hours = { generalHours: record.progress.generalHours, professionalHours: record.progress.professionalHours };
    const org = await this.deps.orgs.findById(record.person.orgId);
    // The institute issues it: the org at level 1 of the person's path (the Academy for its own staff).
    const instituteId = org ? (pathIds(org.path)[1] ?? pathIds(org.path)[0]) : record.person.orgId;
    const issuer = (await this.deps.orgs.findById(instituteId))?.name ?? record.person.orgName;
    const id = await this.deps.eventLog.transact(async (trx, recordEvent) => {
      const latest = await this.deps.certificates.latestAnnual(trx, staffId, year);
      if (latest && sameHours(latest, hours)) return latest.id;
      const [issued] = await this.deps.certificates.issue(trx, [{ kind: 'annual', staffId, year, title: `${year} 年度继续教育学时`, issuer, ...hours }], this.now());
      recordEvent({ type: 'certificate.issued', orgPath: org?.path ?? '/', subject: `staff:${staffId}`, payload: { staffId, year, certificateId: issued }, actorId: actor.id, audience: users(actor.id) });
      return issued;
    });
    const c = (await this.deps.certificates.findById(id))!;
    return { filename: `${c.holder.employeeNo}-${c.holder.name}-${year}-年度学时证明.pdf`, pdf: await annualRecordPdf(c, record.entries, record.requirement, record.progress, origin) };
  }

  /** Every valid certificate of a class, as one zip: its name, and the writer that streams it to `out`. */
  async classZip(classId: number, origin: string): Promise<{ filename: string; write(out: Writable): Promise<void> }> {
    const [{ name }, certificates] = await Promise.all([this.deps.ledger.classInfo(classId), this.deps.certificates.validOfClass(classId)]);
    return { filename: `${name}-结业证书.zip`, write: (out) => this.zip(certificates, origin, out) };
  }

  private async zip(certificates: readonly StoredCertificate[], origin: string, out: Writable): Promise<void> {
    const zip = new JSZip();
    for (const c of certificates) {
      const { filename, pdf } = await this.classPdf(c, origin);
      zip.file(filename, pdf);
    }
    // PDFs are compressed already: stored as they are, streamed as they are added.
    await new Promise<void>((resolve, reject) => {
      zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'STORE' }).on('error', reject).pipe(out).on('finish', resolve).on('error', reject);
    });
  }

  /** H-3: what the public page says of a serial; a forged or mistyped one is not found. */
  async verify(serial: string): Promise<CertificateVerificationDto> {
    const normalised = serial.trim().toUpperCase();
    const c = SERIAL_PATTERN.test(normalised) ? await this.deps.certificates.findBySerial(normalised) : null;
    if (!c) throw notFound();
    return {
      serial: c.serial,
      kind: c.kind,
      state: c.revokedAt ? 'revoked' : 'valid',
      holder: maskName(c.holder.name),
      title: c.title,
      year: c.year,
      generalHours: c.generalHours,
      professionalHours: c.professionalHours,
      totalHours: Math.round((c.generalHours + c.professionalHours) * 10) / 10,
      issuer: c.issuer,
      issuedAt: c.issuedAt,
      revokedAt: c.revokedAt,
    };
  }
}
