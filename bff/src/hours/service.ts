import {
  academyDate,
  academyDayStart,
  academyYear,
  ADMIN_ROLES,
  classCredit,
  creditOfKind,
  externalActivityDecision,
  isAtRisk,
  localiseDecision,
  MANAGER_ROLES,
  managersOf,
  evidenceDecision,
  ownRecordDecision,
  pathIds,
  progressOf,
  refuse,
  reversalDecision,
  reversed,
  users,
  type ExternalEntryInput,
  type HoursProgressPage,
  type HoursProgressQuery,
  type HoursByKind,
  type HoursRecordDto,
  type LedgerEntryDto,
  type Locale,
  type PersonProgressDto,
  type ReversalInput,
} from '@casmooc/domain';
import type { Knex } from 'knex';
import type { Actor } from '../auth/actor';
import type { EventLog } from '../events/event-log';
import type { DirectoryRepository } from '../directory/repository';
import { notFound, refused } from '../http/api-error';
import type { OrgRepository } from '../orgs/repository';
import type { StoredClass } from '../training/class-repository';
import type { CertificateRepository, StoredCertificate } from './certificate-repository';
import type { EvidenceRepository } from './evidence-repository';
import type { LedgerRepository, NewEntry, PersonHours, StoredEntry } from './ledger-repository';
import type { RequirementRepository } from './requirement-repository';
import { inForce } from './requirement-service';

export interface HoursDeps {
  ledger: LedgerRepository;
  requirements: RequirementRepository;
  certificates: CertificateRepository;
  evidence: EvidenceRepository;
  orgs: OrgRepository;
  directory: DirectoryRepository;
  eventLog: EventLog;
  now?: () => Date;
}

const KEPT_BY_MANAGERS = refuse('H-1', '学时档案由培训主管或管理员更正', 'Training managers and admins correct the record');

const certificateRef = (c: StoredCertificate | undefined) => (c ? { id: c.id, serial: c.serial, revoked: c.revokedAt !== null } : null);


/**
 * The continuing-education record (学时档案, SPEC §3a): the ledger written
 * by 学时确认 and by managers (H-1), each person's progress against the
 * requirement in force and a subtree's at-risk list (H-2).
 */
export class HoursService {
  private readonly now: () => Date;

  constructor(private readonly deps: HoursDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** The org path of a person: whose managers reach their record. */
  async staffOrgPath(staffId: number): Promise<string | null> {
    return (await this.deps.directory.byIds([staffId]))[0]?.orgPath ?? null;
  }

  /** The org path of the person a ledger row is of. */
  entryOrgPath(entryId: number): Promise<string | null> {
    return this.deps.ledger.orgPathOf(entryId);
  }

  /**
   * T-6, T-8: the credits of a class's 学时确认 for the people who got their
   * hours, in the confirmation's own transaction, by the class's category,
   * each with its certificate (H-3).
   */
  async creditClass(trx: Knex.Transaction, c: StoredClass, staffIds: readonly number[], recordedBy: number): Promise<void> {
    const credit = classCredit(c);
    const date = (c.endAt || `${c.month}-01`).slice(0, 10);
    const key = (staffId: number) => `class:${c.id}:staff:${staffId}`;
    const at = this.now();
    await this.deps.ledger.appendAll(
      trx,
      staffIds.map((staffId) => ({ staffId, year: c.year, kind: 'credit', ...credit, classId: c.id, title: c.name, date, confirmationKey: key(staffId), recordedBy })),
      at,
    );
    // H-3: each credit its 结业证书, issued with it.
    const entries = await this.deps.ledger.idsByConfirmation(trx, staffIds.map(key));
    await this.deps.certificates.issue(
      trx,
      staffIds.map((staffId) => ({ kind: 'class', staffId, year: c.year, classId: c.id, entryId: entries.get(key(staffId))!, title: c.name, issuer: c.orgName, ...credit })),
      at,
    );
  }

  /** T-7: the hours a class put on the record (reversals included), and for how many people they still count. */
  async classTotals(classId: number): Promise<{ people: number; generalHours: number; professionalHours: number; totalHours: number }> {
    const people = await this.deps.ledger.classHours(classId);
    const sum = (pick: (p: HoursByKind) => number) => Math.round(people.reduce((total, p) => total + pick(p), 0) * 10) / 10;
    const generalHours = sum((p) => p.generalHours);
    const professionalHours = sum((p) => p.professionalHours);
    return { people: people.filter((p) => p.generalHours + p.professionalHours > 0).length, generalHours, professionalHours, totalHours: Math.round((generalHours + professionalHours) * 10) / 10 };
  }

  /** 我的学时: the caller's own record of a year. */
  async myRecord(actor: Actor, year: number | undefined, locale: Locale): Promise<HoursRecordDto> {
    const staff = actor.user.staff;
    if (!staff) throw notFound();
    return this.recordOf(actor, staff.id, year ?? academyYear(this.now()), locale, false);
  }

  /** A person's record, for the managers of their org and those above (the route has checked the reach). */
  personRecord(actor: Actor, staffId: number, year: number | undefined, locale: Locale): Promise<HoursRecordDto> {
    return this.recordOf(actor, staffId, year ?? academyYear(this.now()), locale, true);
  }

  private async recordOf(actor: Actor, staffId: number, year: number, locale: Locale, managing: boolean): Promise<HoursRecordDto> {
    const [person, entries, years, overrides] = await Promise.all([
      this.deps.ledger.personHours(staffId, year),
      this.deps.ledger.entriesOf(staffId, year),
      this.deps.ledger.yearsOf(staffId),
      this.deps.requirements.all(),
    ]);
    if (!person) throw notFound();
    const ids = entries.map((e) => e.id);
    const [certificates, files] = await Promise.all([this.deps.certificates.ofEntries(ids), this.deps.evidence.ofEntries(ids)]);
    const requirement = inForce(person.orgPath, overrides);
    const reversedBy = new Map(entries.filter((e) => e.reversesId !== null).map((e) => [e.reversesId!, e.id]));
    const own = ownRecordDecision(actor.user.staff?.id ?? null, staffId);
    // Whoever may not change this record at all: the person themselves, or a manager who is the person.
    const kept = !managing ? KEPT_BY_MANAGERS : own.allowed ? null : own;
    const entryDto = (e: StoredEntry): LedgerEntryDto => ({
      id: e.id,
      kind: e.kind,
      year: e.year,
      generalHours: e.generalHours,
      professionalHours: e.professionalHours,
      source: e.classId !== null ? { type: 'class', classId: e.classId } : { type: 'external', activity: e.activity!, evidence: e.evidence ?? '', files: files.get(e.id) ?? [] },
      title: e.title,
      date: e.date,
      recordedBy: e.recordedBy,
      recordedAt: e.recordedAt,
      reason: e.reason,
      refersTo: e.reversesId ?? e.correctsId,
      reversedBy: reversedBy.get(e.id) ?? null,
      certificate: certificateRef(certificates.get(e.id)),
      actions: {
        reverse: localiseDecision(kept ?? reversalDecision({ kind: e.kind, reversed: reversedBy.has(e.id) }), locale),
        addEvidence: localiseDecision(kept ?? evidenceDecision({ kind: e.kind, external: e.classId === null, reversed: reversedBy.has(e.id) }), locale),
      },
    });
    const { orgPath: _path, generalHours, professionalHours, ...who } = person;
    return {
      person: who,
      year,
      years: [...new Set([academyYear(this.now()), ...years])].sort((a, b) => b - a),
      requirement,
      progress: progressOf({ generalHours, professionalHours }, requirement),
      entries: entries.map(entryDto),
      actions: { record: localiseDecision(managing ? own : KEPT_BY_MANAGERS, locale) },
    };
  }

  /** The org a progress list is of: the one asked for, else the top of what the caller manages. */
  private async progressOrg(actor: Actor, orgId: number | undefined) {
    const id = orgId ?? pathIds(actor.scopePaths(MANAGER_ROLES)[0] ?? '/').at(-1);
    const org = id === undefined ? null : await this.deps.orgs.findById(id);
    if (!org) throw notFound();
    actor.assertReaches(org.path, MANAGER_ROLES);
    return org;
  }

  /**
   * H-2: everyone of an org's subtree with their hours of the year recorded
   * by the chosen day, against the requirement in force for each; the
   * at-risk list keeps those below the chosen share, the furthest behind first.
   */
  async progress(actor: Actor, query: HoursProgressQuery): Promise<HoursProgressPage & { all: PersonProgressDto[] }> {
    const org = await this.progressOrg(actor, query.orgId);
    const today = academyDate(this.now());
    const year = query.year ?? academyYear(this.now());
    const by = query.by ?? (String(year) < today.slice(0, 4) ? `${year}-12-31` : today);
    const before = new Date(academyDayStart(by).getTime() + 86_400_000);
    const [people, overrides] = await Promise.all([this.deps.ledger.subtreeHours(org.path, year, before, query.q), this.deps.requirements.all()]);
    const rows = people.map(({ orgPath, generalHours, professionalHours, ...who }: PersonHours): PersonProgressDto => {
      const requirement = inForce(orgPath, overrides);
      const progress = progressOf({ generalHours, professionalHours }, requirement);
      return { ...who, progress, requirement, atRisk: isAtRisk(progress, query.share) };
    });
    const all = query.atRisk ? rows.filter((r) => r.atRisk).sort((a, b) => a.progress.completion - b.progress.completion || a.employeeNo.localeCompare(b.employeeNo)) : rows;
    const start = (query.page - 1) * query.pageSize;
    return {
      items: all.slice(start, start + query.pageSize),
      all,
      total: all.length,
      page: query.page,
      pageSize: query.pageSize,
      year,
      by,
      org: { id: org.id, name: org.name },
      requirement: inForce(org.path, overrides),
      canSetRequirement: actor.reaches(org.path, ADMIN_ROLES),
    };
  }

  /** The audience of a change to a person's record: the managers who reach them, and the person. */
  private async concerning(staffId: number, orgPath: string) {
    return [managersOf(orgPath), ...users(...(await this.deps.directory.userIdsOf([staffId])))];
  }

  /** H-1: an external activity with its evidence, recorded for a person by a manager who reaches them. */
  async addExternal(actor: Actor, staffId: number, input: ExternalEntryInput, locale: Locale): Promise<HoursRecordDto> {
    const [person] = await this.deps.directory.byIds([staffId]);
    if (!person) throw notFound();
    for (const decision of [ownRecordDecision(actor.user.staff?.id ?? null, staffId), externalActivityDecision(input.date, academyDate(this.now()))]) {
      if (!decision.allowed) throw refused(decision);
    }
    const audience = await this.concerning(staffId, person.orgPath);
    const year = Number(input.date.slice(0, 4));
    await this.deps.eventLog.transact(async (trx, record) => {
      const entry: NewEntry = { staffId, year, kind: 'credit', ...creditOfKind(input.kind, input.hours), activity: input.activity, title: input.title, date: input.date, evidence: input.evidence, recordedBy: actor.id };
      const [id] = await this.deps.ledger.append(trx, [entry], this.now());
      record({ type: 'hours.recorded', orgPath: person.orgPath, subject: `staff:${staffId}`, payload: { staffId, entryId: id, year, title: input.title, hours: input.hours }, actorId: actor.id, audience });
    });
    return this.recordOf(actor, staffId, year, locale, true);
  }

  /**
   * H-1: a correction is a reversal of the row, with a reason, and the row
   * that stands in its place when hours are given; both in one transaction,
   * with the certificates they affect (H-3). The row is locked first, so
   * that two corrections at once reverse it once.
   */
  async reverse(actor: Actor, entryId: number, input: ReversalInput, locale: Locale): Promise<HoursRecordDto> {
    const original = await this.deps.ledger.findById(entryId);
    if (!original) throw notFound();
    const own = ownRecordDecision(actor.user.staff?.id ?? null, original.staffId);
    if (!own.allowed) throw refused(own);
    const orgPath = (await this.staffOrgPath(original.staffId))!;
    const audience = await this.concerning(original.staffId, orgPath);
    await this.deps.eventLog.transact(async (trx, record) => {
      const reversal = await this.deps.ledger.reversalOf(trx, entryId);
      const decision = reversalDecision({ kind: original.kind, reversed: reversal !== null });
      if (!decision.allowed) throw refused(decision);
      const same = { staffId: original.staffId, year: original.year, classId: original.classId ?? undefined, activity: original.activity ?? undefined, title: original.title, date: original.date, evidence: original.evidence ?? undefined, reason: input.reason, recordedBy: actor.id };
      const entries: NewEntry[] = [{ ...same, kind: 'reversal', ...reversed(original), reversesId: entryId }];
      if (input.replacement) entries.push({ ...same, kind: 'correction', ...input.replacement, correctsId: entryId });
      const at = this.now();
      const [reversalId, correctionId] = await this.deps.ledger.append(trx, entries, at);
      // H-3: what the row certified is revoked; a class's corrected row gets its certificate anew.
      await this.deps.certificates.revokeFor(trx, original, input.reason, at);
      if (correctionId && original.classId !== null && input.replacement) {
        const issuer = (await this.deps.ledger.classInfo(original.classId, trx)).orgName;
        await this.deps.certificates.issue(trx, [{ kind: 'class', staffId: original.staffId, year: original.year, classId: original.classId, entryId: correctionId, title: original.title, issuer, ...input.replacement }], at);
      }
      record({
        type: 'hours.reversed',
        orgPath,
        subject: `staff:${original.staffId}`,
        payload: { staffId: original.staffId, entryId, reversalId, correctionId: correctionId ?? null, year: original.year, title: original.title, reason: input.reason },
        actorId: actor.id,
        audience,
      });
    });
    return this.recordOf(actor, original.staffId, original.year, locale, true);
  }
}
