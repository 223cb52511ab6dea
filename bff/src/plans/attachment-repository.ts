import type { Knex } from 'knex';
import { insertReturningId, lockRow, type Db } from '@casmooc/db';
import type { AttachmentDto } from '@casmooc/domain';
import { ATTACHMENT_COLUMNS, toAttachmentDto } from '../attachments/rows';

export interface NewAttachment {
  planId: number;
  name: string;
  mime: string;
  content: Buffer;
  uploadedBy: number;
}

/** Funding-material attachments of plans, bytes included. */
export class AttachmentRepository {
  constructor(private readonly db: Db) {}

  private listed() {
    return this.db('plan_attachments as a').join('users as u', 'u.id', 'a.uploaded_by').select(...ATTACHMENT_COLUMNS);
  }

  async list(planId: number): Promise<AttachmentDto[]> {
    return (await this.listed().where('a.plan_id', planId).orderBy('a.id')).map(toAttachmentDto);
  }

  /** One attachment of a plan with its bytes, or null. */
  async find(planId: number, id: number): Promise<(AttachmentDto & { content: Buffer }) | null> {
    const row = await this.listed().select('a.content').where({ 'a.plan_id': planId, 'a.id': id }).first();
    return row ? { ...toAttachmentDto(row), content: Buffer.from(row.content) } : null;
  }

  /** A plan's attachments, counted after locking the plan's row: the count holds until the transaction ends. */
  async countLocked(trx: Knex.Transaction, planId: number): Promise<number> {
    await lockRow(trx, 'plans', planId);
    return Number((await trx('plan_attachments').where({ plan_id: planId }).count({ n: '*' }))[0].n);
  }

  async insert(trx: Knex.Transaction, a: NewAttachment): Promise<number> {
    return insertReturningId(trx, 'plan_attachments', { plan_id: a.planId, name: a.name, mime: a.mime, size: a.content.length, content: a.content, uploaded_by: a.uploadedBy, uploaded_at: new Date() });
  }

  async remove(trx: Knex.Transaction, planId: number, id: number): Promise<boolean> {
    return (await trx('plan_attachments').where({ plan_id: planId, id }).delete()) === 1;
  }
}
