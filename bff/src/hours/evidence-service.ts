import { attachmentType, evidenceDecision, MANAGER_ROLES, MAX_ATTACHMENTS, managersOf, ownRecordDecision, users, type AttachmentDto } from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import type { DirectoryRepository } from '../directory/repository';
import type { EventLog } from '../events/event-log';
import type { Owner } from '../http/api-router';
import { ApiError, notFound, refused } from '../http/api-error';
import type { EvidenceRepository } from './evidence-repository';
import type { LedgerRepository } from './ledger-repository';

export interface EvidenceDeps {
  evidence: EvidenceRepository;
  ledger: LedgerRepository;
  directory: DirectoryRepository;
  eventLog: EventLog;
  now?: () => Date;
}

/**
 * H-1: the evidence of an external activity, added to its row by a manager
 * who reaches the person (never their own), typed by its bytes as plan
 * attachments are; downloaded by the person and their managers.
 */
export class EvidenceService {
  private readonly now: () => Date;

  constructor(private readonly deps: EvidenceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** A row's evidence is its person's and their managers': to anyone else it does not exist. */
  async scopeOf(entryId: number, actor: Actor): Promise<Owner | null> {
    const entry = await this.deps.ledger.findById(entryId);
    const orgPath = entry && (await this.deps.ledger.orgPathOf(entryId));
    if (!entry || !orgPath) return null;
    return actor.user.staff?.id === entry.staffId || actor.reaches(orgPath, MANAGER_ROLES) ? { userId: actor.id } : null;
  }

  async add(actor: Actor, entryId: number, name: string, content: Buffer): Promise<AttachmentDto> {
    const entry = await this.deps.ledger.findById(entryId);
    const orgPath = await this.deps.ledger.orgPathOf(entryId);
    if (!entry || !orgPath) throw notFound();
    const type = attachmentType(content, name);
    if (!type) throw new ApiError(400, 'ATTACHMENT_TYPE');
    const audience = [managersOf(orgPath), ...users(...(await this.deps.directory.userIdsOf([entry.staffId])))];
    return this.deps.eventLog.transact(async (trx, record) => {
      const count = await this.deps.evidence.countLocked(trx, entryId);
      const reversed = (await this.deps.ledger.reversalOf(trx, entryId)) !== null;
      for (const decision of [ownRecordDecision(actor.user.staff?.id ?? null, entry.staffId), evidenceDecision({ kind: entry.kind, external: entry.classId === null, reversed })]) {
        if (!decision.allowed) throw refused(decision);
      }
      if (count >= MAX_ATTACHMENTS) throw new ApiError(409, 'EVIDENCE_LIMIT');
      const file = await this.deps.evidence.insert(trx, { entryId, name, mime: type.mime, content, uploadedBy: actor.id }, this.now());
      record({ type: 'hours.evidence-added', orgPath, subject: `staff:${entry.staffId}`, payload: { staffId: entry.staffId, entryId, title: entry.title, name }, actorId: actor.id, audience });
      return file;
    });
  }

  async file(entryId: number, id: number) {
    const found = await this.deps.evidence.find(entryId, id);
    if (!found) throw notFound();
    return found;
  }
}
