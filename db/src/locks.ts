import type { Knex } from 'knex';
import { dialectOf } from './connection';

/**
 * Locks a row until the transaction ends, so that a check made after it
 * (a count against a limit, say) still holds when the transaction commits:
 * concurrent writers that lock the same row go one after the other. On
 * MySQL a locking read; SQLite has one writer at a time already.
 */
export async function lockRow(trx: Knex.Transaction, table: string, id: number): Promise<void> {
  await forUpdate(trx(table).where({ id }).select('id'));
}

/**
 * Takes the lock that makes event ids follow commit order. MySQL assigns
 * an auto-increment id at insert, so two transactions can commit in the
 * other order than their ids, and a reader who saw the later id would skip
 * the earlier one. With every event insert behind this lock, an id is
 * taken only after every earlier one committed or rolled back.
 */
export function lockEventCommits(trx: Knex.Transaction): Promise<void> {
  return lockRow(trx, 'event_commit_lock', 1);
}

/** A select that locks the rows it reads until the transaction ends (MySQL); SQLite has one writer at a time already. */
export function forUpdate<Q extends Knex.QueryBuilder>(query: Q): Q {
  return (dialectOf(query) === 'mysql' ? query.forUpdate() : query) as Q;
}
