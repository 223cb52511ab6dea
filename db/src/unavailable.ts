/**
 * Errors that say the database is out of reach (down, restarting, frozen,
 * out of connections), not that a query was wrong: the BFF answers them
 * 503 so that a client retries and a balancer looks elsewhere.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_STATEMENT_TIMEOUT',
  'SQLITE_BUSY',
]);

export function isDatabaseUnavailable(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { name, code, message } = err as { name?: string; code?: string; message?: string };
  // knex: no connection could be acquired in time, or the pool is gone.
  if (name === 'KnexTimeoutError' || /^Unable to acquire a connection/.test(message ?? '')) return true;
  return typeof code === 'string' && UNAVAILABLE_CODES.has(code);
}
