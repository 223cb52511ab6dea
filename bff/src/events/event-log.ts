import type { Knex } from 'knex';
import type { Db } from '@casmooc/db';
import type { EventRepository, NewEvent, RecordedEvent } from './repository';

export type EventListener = (event: RecordedEvent) => void;
export type RecordEvent = <P>(event: NewEvent<P>) => void;

/**
 * Writes a state change and the events announcing it in one transaction,
 * then hands the events to listeners (the Socket.IO push) only after the
 * commit: a rolled-back change is never announced. The events are written
 * at the end of the transaction, where the commit-order lock is taken, so
 * that lock is held for the shortest time and always taken last.
 */
export class EventLog {
  private readonly listeners = new Set<EventListener>();

  constructor(
    private readonly db: Db,
    private readonly events: EventRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async transact<T>(work: (trx: Knex.Transaction, record: RecordEvent) => Promise<T>): Promise<T> {
    let written: RecordedEvent[] = [];
    const result = await this.db.transaction(async (trx) => {
      const pending: NewEvent[] = [];
      const outcome = await work(trx, (event) => void pending.push(event));
      written = await this.events.insertAll(trx, pending, this.now());
      return outcome;
    });
    for (const event of written) this.listeners.forEach((listener) => listener(event));
    return result;
  }
}
