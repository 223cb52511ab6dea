import type { Knex } from 'knex';
import { insertReturningId, lockRow, type Db } from '@casmooc/db';
import type { AttachmentDto } from '@casmooc/domain';
import { ATTACHMENT_COLUMNS, toAttachmentDto } from '../attachments/rows';

/** How long an upload may wait for the notice it was made for before it is cleared away. */
const UNSENT_KEPT_MS = 24 * 60 * 60 * 1000;

export interface NewNoticeAttachment {
  classId: number;
  name: string;
  mime: string;
  content: Buffer;
  uploadedBy: number;
}

/**
 * Attachments of 培训通知 (T-5), bytes included: their one writer. A file
 * is uploaded while the notice is being written, its uploader's alone,
 * and becomes the notice's when it is sent.
 */
export class NoticeAttachmentRepository {
  constructor(private readonly db: Db) {}

  private listed(conn: Knex | Knex.Transaction = this.db) {
    return conn('notice_attachments as a').join('users as u', 'u.id', 'a.uploaded_by').select(...ATTACHMENT_COLUMNS, 'a.notice_id');
  }

  /** The attachments of each notice, in upload order. */
  async ofNotices(noticeIds: readonly number[]): Promise<Map<number, AttachmentDto[]>> {
    const found = new Map<number, AttachmentDto[]>(noticeIds.map((id) => [id, []]));
    if (!noticeIds.length) return found;
    for (const row of await this.listed().whereIn('a.notice_id', noticeIds).orderBy('a.id')) found.get(row.notice_id)!.push(toAttachmentDto(row));
    return found;
  }

  /** One attachment of a sent notice with its bytes, or null. */
  async find(noticeId: number, id: number): Promise<(AttachmentDto & { content: Buffer }) | null> {
    const row = await this.listed().select('a.content').where({ 'a.notice_id': noticeId, 'a.id': id }).first();
    return row ? { ...toAttachmentDto(row), content: Buffer.from(row.content) } : null;
  }

  /** One of the uploader's files for a class not sent yet, with its bytes, or null. */
  async findUnsent(classId: number, uploadedBy: number, id: number): Promise<(AttachmentDto & { content: Buffer }) | null> {
    const row = await this.listed().select('a.content').where({ 'a.class_id': classId, 'a.uploaded_by': uploadedBy, 'a.id': id }).whereNull('a.notice_id').first();
    return row ? { ...toAttachmentDto(row), content: Buffer.from(row.content) } : null;
  }

  /** Clears uploads left unsent for a day (a notice written and never sent). */
  async clearStale(trx: Knex.Transaction, now: Date): Promise<void> {
    await trx('notice_attachments').whereNull('notice_id').where('uploaded_at', '<', new Date(now.getTime() - UNSENT_KEPT_MS)).delete();
  }

  /** The uploader's files for a class not sent yet, counted behind the class's lock so concurrent uploads cannot pass the limit together. */
  async countUnsentLocked(trx: Knex.Transaction, classId: number, uploadedBy: number): Promise<number> {
    await lockRow(trx, 'training_classes', classId);
    return Number((await trx('notice_attachments').where({ class_id: classId, uploaded_by: uploadedBy }).whereNull('notice_id').count({ n: '*' }))[0].n);
  }

  async insert(trx: Knex.Transaction, a: NewNoticeAttachment, now: Date): Promise<AttachmentDto> {
    const id = await insertReturningId(trx, 'notice_attachments', { class_id: a.classId, name: a.name, mime: a.mime, size: a.content.length, content: a.content, uploaded_by: a.uploadedBy, uploaded_at: now });
    return toAttachmentDto(await this.listed(trx).where('a.id', id).first());
  }

  /** Removes an unsent upload of the uploader's; false when there is none such. */
  async removeUnsent(classId: number, uploadedBy: number, id: number): Promise<boolean> {
    return (await this.db('notice_attachments').where({ id, class_id: classId, uploaded_by: uploadedBy }).whereNull('notice_id').delete()) === 1;
  }

  /** Gives the uploader's unsent files for the class to the notice; false when any of them is not such a file (the caller then rolls back). */
  async claim(trx: Knex.Transaction, noticeId: number, classId: number, uploadedBy: number, ids: readonly number[]): Promise<boolean> {
    if (!ids.length) return true;
    const wanted = [...new Set(ids)];
    const given = await trx('notice_attachments').whereIn('id', wanted).where({ class_id: classId, uploaded_by: uploadedBy }).whereNull('notice_id').update({ notice_id: noticeId });
    return given === wanted.length;
  }
}
