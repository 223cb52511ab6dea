import type { Knex } from 'knex';
import type { Db } from '@casmooc/db';
import type { DomainEvent } from '@casmooc/domain';
import type { EventRepository, NewEvent } from './repository';

export type EventListener = (event: DomainEvent) => void;
export type RecordEvent = <P>(event: NewEvent<P>) => Promise<DomainEvent<P>>;

/**
 * Writes a state change and the events announcing it in one transaction,
 * then hands the events to listeners (the Socket.IO push) only after the
 * commit: a rolled-back change is never announced.
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
    const recorded: DomainEvent[] = [];
    const result = await this.db.transaction(async (trx) => {
      const record = async <P>(event: NewEvent<P>): Promise<DomainEvent<P>> => {
        const stored = await this.events.insert(trx, event, this.now());
        recorded.push(stored);
        return stored as DomainEvent<P>;
      };
      return work(trx, record);
    });
    for (const event of recorded) this.listeners.forEach((listener) => listener(event));
    return result;
  }
}
