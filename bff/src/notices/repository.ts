import type { Knex } from 'knex';
import { insertReturningId, toIso, type Conn, type Db } from '@casmooc/db';
import type { InboxItemDto, NoticeDto, ReceiptCounts, ReceiptDto, ReceiptFilter } from '@casmooc/domain';

/** A notice as stored: what the API shows of it but its receipts, attachments and actions, and its class's org (whose managers see the receipts). */
export type StoredNotice = Omit<NoticeDto, 'counts' | 'actions' | 'attachments'> & { orgPath: string };

/** A receipt, as the inbox needs it to check and change it. */
export interface StoredReceipt {
  id: number;
  noticeId: number;
  userId: number | null;
  readAt: string | null;
  acknowledgedAt: string | null;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- row mapping of two tables */
const toNotice = (r: any): StoredNotice => ({
  id: r.id,
  classId: r.class_id,
  className: r.class_name,
  orgPath: r.org_path,
  title: r.title,
  body: r.body,
  askAck: Boolean(r.ask_ack),
  senderName: r.sender_name,
  sentAt: toIso(r.created_at)!,
  lastRemindedAt: toIso(r.last_reminded_at),
  reminders: r.reminders,
});
const toInboxItem = (r: any): InboxItemDto => ({
  id: r.id,
  noticeId: r.notice_id,
  classId: r.class_id,
  className: r.class_name,
  title: r.title,
  senderName: r.sender_name,
  sentAt: toIso(r.created_at)!,
  askAck: Boolean(r.ask_ack),
  readAt: toIso(r.read_at),
  acknowledgedAt: toIso(r.acknowledged_at),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

const SHOWN: Record<ReceiptFilter, (q: Knex.QueryBuilder) => void> = {
  all: () => {},
  unread: (q) => q.whereNull('r.read_at'),
  read: (q) => q.whereNotNull('r.read_at'),
  acknowledged: (q) => q.whereNotNull('r.acknowledged_at'),
};

const CHUNK = 500;

/** 培训通知 and their receipts (T-5): their one writer. */
export class NoticeRepository {
  constructor(private readonly db: Db) {}

  private notices(conn: Conn = this.db) {
    return conn('class_notices as n')
      .join('training_classes as c', 'c.id', 'n.class_id')
      .join('orgs as o', 'o.id', 'c.org_id')
      .join('users as u', 'u.id', 'n.created_by')
      .select('n.*', 'c.name as class_name', 'o.path as org_path', 'u.display_name as sender_name');
  }

  async findById(id: number, conn: Conn = this.db): Promise<StoredNotice | null> {
    const row = await this.notices(conn).where('n.id', id).first();
    return row ? toNotice(row) : null;
  }

  async ofClass(classId: number): Promise<StoredNotice[]> {
    return (await this.notices().where('n.class_id', classId).orderBy('n.id', 'desc')).map(toNotice);
  }

  /** Sent, read and acknowledged, per notice. */
  async counts(noticeIds: readonly number[], conn: Conn = this.db): Promise<Map<number, ReceiptCounts>> {
    const rows: { notice_id: number; sent: number | string; read: number | string; acknowledged: number | string }[] = noticeIds.length
      ? await conn('notice_receipts').whereIn('notice_id', noticeIds).groupBy('notice_id').select('notice_id').count({ sent: '*' }).count({ read: 'read_at' }).count({ acknowledged: 'acknowledged_at' })
      : [];
    const found = new Map(rows.map((r) => [r.notice_id, { sent: Number(r.sent), read: Number(r.read), acknowledged: Number(r.acknowledged) }]));
    return new Map(noticeIds.map((id) => [id, found.get(id) ?? { sent: 0, read: 0, acknowledged: 0 }]));
  }

  /**
   * A notice and a receipt for each recipient, each with their account
   * where they have one, in the caller's transaction. Returns the notice's
   * id and the accounts to tell.
   */
  async send(trx: Knex.Transaction, notice: { classId: number; title: string; body: string; askAck: boolean; createdBy: number }, staffIds: readonly number[]): Promise<{ id: number; userIds: number[] }> {
    const at = new Date();
    const id = await insertReturningId(trx, 'class_notices', { class_id: notice.classId, title: notice.title, body: notice.body, ask_ack: notice.askAck, created_by: notice.createdBy, created_at: at });
    const userIds: number[] = [];
    for (let i = 0; i < staffIds.length; i += CHUNK) {
      const chunk = staffIds.slice(i, i + CHUNK);
      const accounts: { id: number; staff_id: number }[] = await trx('users').whereIn('staff_id', chunk).select('id', 'staff_id').orderBy('id');
      const accountOf = new Map<number, number>();
      for (const a of accounts) if (!accountOf.has(a.staff_id)) accountOf.set(a.staff_id, a.id);
      await trx('notice_receipts').insert(chunk.map((staffId) => ({ notice_id: id, staff_id: staffId, user_id: accountOf.get(staffId) ?? null, sent_at: at })));
      userIds.push(...accountOf.values());
    }
    return { id, userIds };
  }

  async receipts(noticeId: number, show: ReceiptFilter, page: number, pageSize: number): Promise<{ items: ReceiptDto[]; total: number }> {
    const where = (q: Knex.QueryBuilder) => {
      q.join('staff as s', 's.id', 'r.staff_id').where('r.notice_id', noticeId);
      SHOWN[show](q);
      return q;
    };
    const [rows, [{ total }]] = await Promise.all([
      where(this.db('notice_receipts as r'))
        .join('orgs as o', 'o.id', 's.org_id')
        .select('s.id', 's.name', 's.employee_no', 's.org_id', 'o.name as org_name', 's.post_type', 's.phone', 's.email', 'r.user_id', 'r.read_at', 'r.acknowledged_at')
        .orderBy('r.id')
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      where(this.db('notice_receipts as r')).count({ total: '*' }),
    ]);
    return {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- row mapping
      items: rows.map((r: any) => ({
        person: { id: r.id, name: r.name, employeeNo: r.employee_no, orgId: r.org_id, orgName: r.org_name, postType: r.post_type, phone: r.phone, email: r.email },
        hasAccount: r.user_id !== null,
        readAt: toIso(r.read_at),
        acknowledgedAt: toIso(r.acknowledged_at),
      })),
      total: Number(total),
    };
  }

  /** Every receipt, for the export. */
  async allReceipts(noticeId: number): Promise<ReceiptDto[]> {
    const { total } = await this.receipts(noticeId, 'all', 1, 1);
    return (await this.receipts(noticeId, 'all', 1, Math.max(total, 1))).items;
  }

  /** The accounts of those who have not read it yet. */
  async unreadUserIds(noticeId: number, conn: Conn = this.db): Promise<number[]> {
    return (await conn('notice_receipts').where('notice_id', noticeId).whereNull('read_at').whereNotNull('user_id').pluck('user_id')).map(Number);
  }

  /** A reminder sent: when, and how many so far; false when another reminder got there first (the one read at `lastRemindedAt`). */
  async reminded(trx: Knex.Transaction, noticeId: number, lastRemindedAt: string | null, at: Date): Promise<boolean> {
    const q = trx('class_notices').where('id', noticeId);
    if (lastRemindedAt) q.where('last_reminded_at', new Date(lastRemindedAt));
    else q.whereNull('last_reminded_at');
    return (await q.update({ last_reminded_at: at, reminders: trx.raw('reminders + 1') })) === 1;
  }

  async receipt(id: number, conn: Conn = this.db): Promise<StoredReceipt | null> {
    const row = await conn('notice_receipts').where({ id }).first();
    return row ? { id: row.id, noticeId: row.notice_id, userId: row.user_id, readAt: toIso(row.read_at), acknowledgedAt: toIso(row.acknowledged_at) } : null;
  }

  /** Read, once: a second read changes nothing (true only the first time). */
  async markRead(trx: Knex.Transaction, receiptId: number, at: Date): Promise<boolean> {
    return (await trx('notice_receipts').where({ id: receiptId }).whereNull('read_at').update({ read_at: at })) === 1;
  }

  /** 确认收到, once; it reads the notice too. True only the first time. */
  async acknowledge(trx: Knex.Transaction, receiptId: number, at: Date): Promise<boolean> {
    await trx('notice_receipts').where({ id: receiptId }).whereNull('read_at').update({ read_at: at });
    return (await trx('notice_receipts').where({ id: receiptId }).whereNull('acknowledged_at').update({ acknowledged_at: at })) === 1;
  }

  private inboxOf(userId: number) {
    return this.db('notice_receipts as r')
      .join('class_notices as n', 'n.id', 'r.notice_id')
      .join('training_classes as c', 'c.id', 'n.class_id')
      .join('users as u', 'u.id', 'n.created_by')
      .where('r.user_id', userId);
  }

  async inbox(userId: number, page: number, pageSize: number): Promise<{ items: InboxItemDto[]; total: number; unread: number }> {
    const [rows, [{ total }], unread] = await Promise.all([
      this.inboxOf(userId)
        .select('r.id', 'r.notice_id', 'r.read_at', 'r.acknowledged_at', 'n.class_id', 'n.title', 'n.ask_ack', 'n.created_at', 'c.name as class_name', 'u.display_name as sender_name')
        .orderBy('r.id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize),
      this.inboxOf(userId).count({ total: '*' }),
      this.unreadCount(userId),
    ]);
    return { items: rows.map(toInboxItem), total: Number(total), unread };
  }

  async unreadCount(userId: number): Promise<number> {
    const [{ n }] = await this.db('notice_receipts').where('user_id', userId).whereNull('read_at').count({ n: '*' });
    return Number(n);
  }

  async inboxItem(receiptId: number): Promise<(InboxItemDto & { body: string }) | null> {
    const row = await this.db('notice_receipts as r')
      .join('class_notices as n', 'n.id', 'r.notice_id')
      .join('training_classes as c', 'c.id', 'n.class_id')
      .join('users as u', 'u.id', 'n.created_by')
      .where('r.id', receiptId)
      .first('r.id', 'r.notice_id', 'r.read_at', 'r.acknowledged_at', 'n.class_id', 'n.title', 'n.body', 'n.ask_ack', 'n.created_at', 'c.name as class_name', 'u.display_name as sender_name');
    return row ? { ...toInboxItem(row), body: row.body } : null;
  }
}
