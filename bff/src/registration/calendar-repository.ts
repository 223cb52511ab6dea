import { toIso, type Db } from '@casmooc/db';

/** Private calendar feeds: who has one, found by the hash of its token. Their one writer. */
export class CalendarFeedRepository {
  constructor(private readonly db: Db) {}

  async createdAt(userId: number): Promise<string | null> {
    const row = await this.db('calendar_feeds').where({ user_id: userId }).first('created_at');
    return row ? toIso(row.created_at) : null;
  }

  /** The staff record of the feed's owner, or null when no feed has this token (or its owner is no staff member). */
  async staffByHash(tokenHash: string): Promise<number | null> {
    const row = await this.db('calendar_feeds as f').join('users as u', 'u.id', 'f.user_id').where('f.token_hash', tokenHash).first('u.staff_id');
    return row?.staff_id ?? null;
  }

  /** A new token for the user: the old one stops working at once. */
  async replace(userId: number, tokenHash: string): Promise<void> {
    // One statement: two renewals at once leave one row, the later token's.
    await this.db('calendar_feeds').insert({ user_id: userId, token_hash: tokenHash, created_at: new Date() }).onConflict('user_id').merge(['token_hash', 'created_at']);
  }

  async remove(userId: number): Promise<void> {
    await this.db('calendar_feeds').where({ user_id: userId }).delete();
  }
}
