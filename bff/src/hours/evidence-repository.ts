import type { Knex } from 'knex';
import { insertReturningId, lockRow, type Db } from '@casmooc/db';
import type { AttachmentDto } from '@casmooc/domain';
import { ATTACHMENT_COLUMNS, toAttachmentDto } from '../attachments/rows';

/** The evidence of external activities in the ledger (H-1), bytes included: their one writer. */
export class EvidenceRepository {
  constructor(private readonly db: Db) {}

  private listed(conn: Knex | Knex.Transaction = this.db) {
    return conn('hours_evidence as a').join('users as u', 'u.id', 'a.uploaded_by').select(...ATTACHMENT_COLUMNS, 'a.entry_id');
  }

  /** The files of each row, in upload order. */
  async ofEntries(entryIds: readonly number[]): Promise<Map<number, AttachmentDto[]>> {
    const found = new Map<number, AttachmentDto[]>(entryIds.map((id) => [id, []]));
    for (let i = 0; i < entryIds.length; i += 500) {
      for (const row of await this.listed().whereIn('a.entry_id', entryIds.slice(i, i + 500)).orderBy('a.id')) found.get(row.entry_id)!.push(toAttachmentDto(row));
    }
    return found;
  }

  /** One file of a row, with its bytes, or null. */
  async find(entryId: number, id: number): Promise<(AttachmentDto & { content: Buffer }) | null> {
    const row = await this.listed().select('a.content').where({ 'a.entry_id': entryId, 'a.id': id }).first();
    return row ? { ...toAttachmentDto(row), content: Buffer.from(row.content) } : null;
  }

  /** A row's files, counted behind the row's lock so that concurrent uploads cannot pass the limit together. */
  async countLocked(trx: Knex.Transaction, entryId: number): Promise<number> {
    await lockRow(trx, 'hours_ledger', entryId);
    return Number((await trx('hours_evidence').where({ entry_id: entryId }).count({ n: '*' }))[0].n);
  }

  async insert(trx: Knex.Transaction, file: { entryId: number; name: string; mime: string; content: Buffer; uploadedBy: number }, at: Date): Promise<AttachmentDto> {
    const id = await insertReturningId(trx, 'hours_evidence', { entry_id: file.entryId, name: file.name, mime: file.mime, size: file.content.length, content: file.content, uploaded_by: file.uploadedBy, uploaded_at: at });
    return toAttachmentDto(await this.listed(trx).where('a.id', id).first());
  }
}
