import {
  acknowledgeDecision,
  attachmentType,
  MAX_ATTACHMENTS,
  localiseDecision,
  managersOf,
  remindDecision,
  users,
  type InboxNoticeDto,
  type InboxPage,
  type AttachmentDto,
  type Locale,
  type NoticeDto,
  type NoticeEventType,
  type NoticeInput,
  type ReceiptPage,
  type ReceiptQuery,
} from '@casmooc/domain';
import type { Knex } from 'knex';
import type { Actor } from '../auth/actor';
import type { DirectoryRepository } from '../directory/repository';
import { reachableStaff } from '../directory/reachable-staff';
import type { EventLog, RecordEvent } from '../events/event-log';
import { ApiError, conflict, notFound, refused } from '../http/api-error';
import type { Owner } from '../http/api-router';
import { sanitizeMaterials } from '../plans/materials';
import type { RegistrationRepository } from '../registration/repository';
import type { ClassRepository } from '../training/class-repository';
import type { NoticeAttachmentRepository } from './attachment-repository';
import type { NoticeRepository, StoredNotice } from './repository';

const ATTACHMENTS_GONE: Record<Locale, string> = {
  'zh-CN': '附件已失效，请重新上传',
  'en-US': 'An attachment is no longer there: upload it again',
};

export interface NoticeDeps {
  notices: NoticeRepository;
  attachments: NoticeAttachmentRepository;
  classes: ClassRepository;
  registrations: RegistrationRepository;
  directory: DirectoryRepository;
  eventLog: EventLog;
  now?: () => Date;
}

/**
 * 培训通知 (T-5): a class's managers send a notice to people they picked
 * (inside their subtree) and/or everyone registered; recipients read it
 * in their inbox (once) and acknowledge it where asked; the managers see
 * each receipt, live, and remind those who have not read it (rate-limited).
 */
export class NoticeService {
  private readonly now: () => Date;

  constructor(private readonly deps: NoticeDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** A notice's receipts are its class's managers'. */
  async scopeOf(noticeId: number): Promise<Owner | null> {
    const notice = await this.deps.notices.findById(noticeId);
    return notice && { orgPath: notice.orgPath };
  }

  /** An inbox entry is its recipient's own. */
  async receiptOwner(receiptId: number): Promise<Owner | null> {
    const receipt = await this.deps.notices.receipt(receiptId);
    return receipt?.userId ? { userId: receipt.userId } : null;
  }

  private announce(record: RecordEvent, actor: Actor, notice: Pick<StoredNotice, 'id' | 'classId' | 'className' | 'title' | 'orgPath'>, type: NoticeEventType, userIds: readonly number[], payload: object = {}) {
    record({
      type,
      orgPath: notice.orgPath,
      subject: `notice:${notice.id}`,
      payload: { id: notice.id, classId: notice.classId, name: notice.className, title: notice.title, count: userIds.length, ...payload },
      actorId: actor.id,
      audience: [managersOf(notice.orgPath), ...users(...userIds)],
    });
  }

  /** Notices as the API shows them: their receipts counted, and their attachments listed, in one query each for all of them. */
  private async dtos(notices: readonly StoredNotice[], locale: Locale): Promise<NoticeDto[]> {
    const ids = notices.map((n) => n.id);
    const [counts, attachments] = await Promise.all([this.deps.notices.counts(ids), this.deps.attachments.ofNotices(ids)]);
    return notices.map(({ orgPath: _orgPath, ...shown }) => {
      const c = counts.get(shown.id)!;
      const remind = remindDecision(shown.lastRemindedAt ? new Date(shown.lastRemindedAt) : null, c.sent - c.read, this.now());
      return { ...shown, attachments: attachments.get(shown.id)!, counts: c, actions: { remind: localiseDecision(remind, locale) } };
    });
  }

  private async dto(notice: StoredNotice, locale: Locale): Promise<NoticeDto> {
    return (await this.dtos([notice], locale))[0];
  }

  async ofClass(classId: number, locale: Locale): Promise<NoticeDto[]> {
    return this.dtos(await this.deps.notices.ofClass(classId), locale);
  }

  /**
   * An attachment for a notice the actor is writing for the class: its
   * type read from the bytes (as for plans, P-9), at most as many unsent
   * as a notice may carry. Only its uploader sees it until it is sent.
   */
  async upload(actor: Actor, classId: number, name: string, content: Buffer): Promise<AttachmentDto> {
    const type = attachmentType(content, name);
    if (!type) throw new ApiError(400, 'ATTACHMENT_TYPE');
    return this.deps.eventLog.transact(async (trx) => {
      const at = this.now();
      if ((await this.deps.attachments.countUnsentLocked(trx, classId, actor.id)) >= MAX_ATTACHMENTS) throw new ApiError(409, 'NOTICE_ATTACHMENT_LIMIT');
      await this.deps.attachments.clearStale(trx, at);
      return this.deps.attachments.insert(trx, { classId, name, mime: type.mime, content, uploadedBy: actor.id }, at);
    });
  }

  /** An upload not sent yet, for its uploader to look at again. */
  async unsent(actor: Actor, classId: number, id: number) {
    const found = await this.deps.attachments.findUnsent(classId, actor.id, id);
    if (!found) throw notFound();
    return found;
  }

  /** Takes back an upload not sent yet (the uploader's own). */
  async discard(actor: Actor, classId: number, id: number): Promise<void> {
    if (!(await this.deps.attachments.removeUnsent(classId, actor.id, id))) throw notFound();
  }

  /** An attachment of a sent notice, with its bytes. */
  async attachment(noticeId: number, id: number) {
    const found = await this.deps.attachments.find(noticeId, id);
    if (!found) throw notFound();
    return found;
  }

  /** An attachment of the notice a receipt is for: its recipient downloads it from the inbox. */
  async receiptAttachment(receiptId: number, id: number) {
    return this.attachment((await this.deps.notices.receipt(receiptId))!.noticeId, id);
  }

  /**
   * 发送通知: picked people must lie inside the sender's subtree (400
   * otherwise, nothing sent); everyone registered is added; the files the
   * sender uploaded for it go with it (400 if any is no longer theirs to send).
   */
  async send(actor: Actor, classId: number, input: NoticeInput, locale: Locale): Promise<NoticeDto> {
    const found = await this.deps.classes.findById(classId);
    if (!found) throw notFound();
    const picked = input.staffIds.length ? (await reachableStaff(this.deps.directory, actor, input.staffIds, locale)).map((p) => p.id) : [];
    const id = await this.deps.eventLog.transact(async (trx, record) => {
      const registered = input.toRegistered ? await this.deps.registrations.registeredStaffIds(classId, trx) : [];
      const recipients = [...new Set([...picked, ...registered])];
      const sent = await this.deps.notices.send(trx, { classId, title: input.title, body: sanitizeMaterials(input.body), askAck: input.askAck, createdBy: actor.id }, recipients);
      if (!(await this.deps.attachments.claim(trx, sent.id, classId, actor.id, input.attachmentIds))) throw new ApiError(400, 'VALIDATION_FAILED', { attachmentIds: ATTACHMENTS_GONE[locale] });
      this.announce(record, actor, { id: sent.id, classId, className: found.name, title: input.title, orgPath: found.orgPath }, 'notice.sent', sent.userIds, { recipients: recipients.length });
      return sent.id;
    });
    return this.dto((await this.deps.notices.findById(id))!, locale);
  }

  async receipts(noticeId: number, query: ReceiptQuery): Promise<ReceiptPage> {
    const [page, counts] = await Promise.all([this.deps.notices.receipts(noticeId, query.show, query.page, query.pageSize), this.deps.notices.counts([noticeId])]);
    return { ...page, page: query.page, pageSize: query.pageSize, counts: counts.get(noticeId)! };
  }

  allReceipts(noticeId: number) {
    return this.deps.notices.allReceipts(noticeId);
  }

  async notice(noticeId: number, locale: Locale): Promise<NoticeDto> {
    return this.dto((await this.deps.notices.findById(noticeId))!, locale);
  }

  /** 提醒未读: the notice again to those who have not read it, at most once per interval. */
  async remind(actor: Actor, noticeId: number, locale: Locale): Promise<NoticeDto> {
    const notice = (await this.deps.notices.findById(noticeId))!;
    const at = this.now();
    await this.deps.eventLog.transact(async (trx, record) => {
      const unread = await this.deps.notices.unreadUserIds(noticeId, trx);
      const counts = (await this.deps.notices.counts([noticeId], trx)).get(noticeId)!;
      const decision = remindDecision(notice.lastRemindedAt ? new Date(notice.lastRemindedAt) : null, counts.sent - counts.read, at);
      if (!decision.allowed) throw refused(decision);
      if (!(await this.deps.notices.reminded(trx, noticeId, notice.lastRemindedAt, at))) throw conflict();
      this.announce(record, actor, notice, 'notice.reminded', unread);
    });
    return this.notice(noticeId, locale);
  }

  async inbox(actor: Actor, page: number, pageSize: number): Promise<InboxPage> {
    return { ...(await this.deps.notices.inbox(actor.id, page, pageSize)), page, pageSize };
  }

  async unread(actor: Actor): Promise<{ unread: number }> {
    return { unread: await this.deps.notices.unreadCount(actor.id) };
  }

  async open(receiptId: number): Promise<InboxNoticeDto> {
    const item = (await this.deps.notices.inboxItem(receiptId))!;
    return { ...item, attachments: (await this.deps.attachments.ofNotices([item.noticeId])).get(item.noticeId)! };
  }

  /** The notice a receipt belongs to (the route's scope found the receipt, so both exist). */
  private async noticeOf(receiptId: number): Promise<StoredNotice> {
    const receipt = (await this.deps.notices.receipt(receiptId))!;
    return (await this.deps.notices.findById(receipt.noticeId))!;
  }

  /** Opening a notice reads it, once: reading again changes nothing and tells nobody. */
  async read(actor: Actor, receiptId: number): Promise<InboxNoticeDto> {
    await this.change(actor, await this.noticeOf(receiptId), 'notice.read', (trx) => this.deps.notices.markRead(trx, receiptId, this.now()));
    return this.open(receiptId);
  }

  /** 确认收到, where asked; once. */
  async acknowledge(actor: Actor, receiptId: number): Promise<InboxNoticeDto> {
    const notice = await this.noticeOf(receiptId);
    const decision = acknowledgeDecision(notice.askAck);
    if (!decision.allowed) throw refused(decision);
    await this.change(actor, notice, 'notice.acknowledged', (trx) => this.deps.notices.acknowledge(trx, receiptId, this.now()));
    return this.open(receiptId);
  }

  /** A receipt's change and, the first time only, its event: concurrent reads of one notice announce it once. */
  private async change(actor: Actor, notice: StoredNotice, type: 'notice.read' | 'notice.acknowledged', write: (trx: Knex.Transaction) => Promise<boolean>): Promise<void> {
    await this.deps.eventLog.transact(async (trx, record) => {
      if (await write(trx)) this.announce(record, actor, notice, type, [actor.id], { person: actor.user.displayName });
    });
  }
}
