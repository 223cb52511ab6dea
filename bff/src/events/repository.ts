import type { Knex } from 'knex';
import { insertReturningId, toIso, type Db } from '@casmooc/db';
import type { DomainEvent, SubjectEventDto } from '@casmooc/domain';

export type NewEvent<P = unknown> = Pick<DomainEvent<P>, 'type' | 'orgPath' | 'subject' | 'payload' | 'actorId'>;

interface EventRow {
  id: number | string;
  type: string;
  org_path: string;
  subject: string;
  payload: string;
  actor_id: number | null;
  created_at: Date | string | number;
}

const toEvent = (row: EventRow): DomainEvent => ({
  id: Number(row.id),
  type: row.type,
  orgPath: row.org_path,
  subject: row.subject,
  payload: JSON.parse(row.payload),
  actorId: row.actor_id,
  createdAt: toIso(row.created_at)!,
});

export class EventRepository {
  constructor(private readonly db: Db) {}

  async insert(trx: Knex.Transaction, event: NewEvent, now: Date): Promise<DomainEvent> {
    const row = {
      type: event.type,
      org_path: event.orgPath,
      subject: event.subject,
      payload: JSON.stringify(event.payload),
      actor_id: event.actorId,
      created_at: now,
    };
    const id = await insertReturningId(trx, 'events', row);
    return toEvent({ ...row, id });
  }

  /** The newest event's id: a fresh client's cursor. */
  async latestId(): Promise<number> {
    const [{ latest }] = await this.db('events').max({ latest: 'id' });
    return Number(latest ?? 0);
  }

  /** A subject's events, oldest first, with the name of who caused each: its audit trail. */
  async forSubject(subject: string): Promise<SubjectEventDto[]> {
    const rows: Array<EventRow & { actor_name: string | null }> = await this.db('events as e')
      .leftJoin('users as u', 'u.id', 'e.actor_id')
      .where('e.subject', subject)
      .orderBy('e.id')
      .select('e.*', 'u.display_name as actor_name');
    return rows.map((row) => ({ ...toEvent(row), actorName: row.actor_name }));
  }

  /** Events after `afterId` whose org lies in one of the subtrees, oldest first. */
  async listVisible(scopePaths: readonly string[], afterId: number, limit: number): Promise<DomainEvent[]> {
    if (scopePaths.length === 0) return [];
    const rows: EventRow[] = await this.db('events')
      .where('id', '>', afterId)
      .andWhere((q) => scopePaths.forEach((path) => q.orWhere('org_path', 'like', `${path}%`)))
      .orderBy('id')
      .limit(limit);
    return rows.map(toEvent);
  }
}
