import type { Knex } from 'knex';
import { insertReturningId, lockEventCommits, prefixSuccessor, toIso, type Db } from '@casmooc/db';
import { pathsDownTo, type Audience, type AudienceEntry, type DomainEvent, type SubjectEventDto, type Viewer } from '@casmooc/domain';

/** An event to record: what happened, to which subject, and who may see it. */
export type NewEvent<P = unknown> = Pick<DomainEvent<P>, 'type' | 'orgPath' | 'subject' | 'payload' | 'actorId'> & { audience: Audience };

/** An event as written: what clients receive, and the audience that decides which clients. */
export type RecordedEvent = DomainEvent & { audience: Audience };

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

interface AudienceRow {
  event_id: number;
  kind: AudienceEntry['kind'];
  role?: string;
  org_path?: string;
  user_id?: number;
}

const audienceRows = (eventId: number, audience: Audience): AudienceRow[] =>
  audience.flatMap((entry): AudienceRow[] =>
    entry.kind === 'user'
      ? [{ event_id: eventId, kind: 'user', user_id: entry.userId }]
      : entry.roles.map((role) => ({ event_id: eventId, kind: entry.kind, role, org_path: entry.orgPath })),
  );


export class EventRepository {
  constructor(private readonly db: Db) {}

  /**
   * Writes a transaction's events with their audiences, last thing before
   * it commits, behind the commit-order lock (so ids follow commit order).
   */
  async insertAll(trx: Knex.Transaction, events: readonly NewEvent[], now: Date): Promise<RecordedEvent[]> {
    if (events.length === 0) return [];
    await lockEventCommits(trx);
    const written: RecordedEvent[] = [];
    for (const event of events) {
      if (event.audience.length === 0) throw new Error(`event ${event.type} names no audience`);
      const row = { type: event.type, org_path: event.orgPath, subject: event.subject, payload: JSON.stringify(event.payload), actor_id: event.actorId, created_at: now };
      const id = await insertReturningId(trx, 'events', row);
      await trx('event_audiences').insert(audienceRows(id, event.audience));
      written.push({ ...toEvent({ ...row, id }), audience: event.audience });
    }
    return written;
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

  /** Events after `afterId` whose audience includes the viewer (the rule of `inAudience`), oldest first. */
  async listVisible({ userId, grants }: Viewer, afterId: number, limit: number): Promise<DomainEvent[]> {
    const rows: EventRow[] = await this.db('events as e')
      .where('e.id', '>', afterId)
      .whereExists((q) =>
        q
          .from('event_audiences as a')
          .whereRaw('a.event_id = e.id')
          .where((who) => {
            who.where({ 'a.kind': 'user', 'a.user_id': userId });
            for (const g of grants) {
              // Reaching: the event's org lies in the grant's subtree. Within: the grant's org lies in the event's.
              who.orWhere((r) => r.where({ 'a.kind': 'reaching', 'a.role': g.role }).where('a.org_path', '>=', g.orgPath).where('a.org_path', '<', prefixSuccessor(g.orgPath)));
              who.orWhere((w) => w.where({ 'a.kind': 'within', 'a.role': g.role }).whereIn('a.org_path', pathsDownTo(g.orgPath)));
            }
          }),
      )
      .orderBy('e.id')
      .limit(limit)
      .select('e.*');
    return rows.map(toEvent);
  }
}
