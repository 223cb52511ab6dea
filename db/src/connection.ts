import fs from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import type { DbConfig } from './config';

export type Db = Knex;
/** What a repository reads through: the pool, or the transaction a write runs in. */
export type Conn = Db | Knex.Transaction;
export type Dialect = DbConfig['dialect'];

/**
 * How long a request may wait for the database before it is answered 503:
 * for a free connection from the pool, for a new connection, for a
 * statement on the server. A database that is down or frozen never makes
 * a request hang for ever.
 */
export const DB_TIMEOUTS = { acquireMs: 5_000, connectMs: 5_000, statementSeconds: 30 };

/** MariaDB's and MySQL's names for a session's statement time limit; whichever the server knows is set. */
const STATEMENT_LIMITS = [`SET SESSION max_statement_time = ${DB_TIMEOUTS.statementSeconds}`, `SET SESSION max_execution_time = ${DB_TIMEOUTS.statementSeconds * 1000}`];

type MysqlConnection = { query(sql: string, callback: (err: Error | null) => void): void };

function limitStatements(conn: MysqlConnection, done: (err: Error | null, conn: unknown) => void, next = 0): void {
  if (next >= STATEMENT_LIMITS.length) return done(null, conn);
  conn.query(STATEMENT_LIMITS[next], (err) => (err ? limitStatements(conn, done, next + 1) : done(null, conn)));
}

/**
 * Every difference between the two dialects' connections lives here:
 * SQLite needs foreign keys switched on per connection and null defaults;
 * mysql2 must speak UTC, utf8mb4 and return DECIMAL as numbers.
 */
export function createDb(config: DbConfig): Db {
  if (config.dialect === 'sqlite') {
    fs.mkdirSync(path.dirname(config.filename), { recursive: true });
    return knex({
      client: 'better-sqlite3',
      connection: { filename: config.filename },
      useNullAsDefault: true,
      acquireConnectionTimeout: DB_TIMEOUTS.acquireMs,
      pool: {
        afterCreate(conn: { pragma(sql: string): unknown }, done: (err: Error | null, conn: unknown) => void) {
          conn.pragma('foreign_keys = ON');
          // WAL lets several processes (two BFF instances in tests) share one file.
          conn.pragma('journal_mode = WAL');
          conn.pragma('busy_timeout = 5000');
          done(null, conn);
        },
      },
    });
  }
  const url = new URL(config.url);
  return knex({
    client: 'mysql2',
    connection: {
      host: url.hostname,
      port: Number(url.port || 3306),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.replace(/^\//, '') || undefined,
      timezone: 'Z',
      charset: 'utf8mb4',
      decimalNumbers: true,
      supportBigNumbers: true,
      connectTimeout: DB_TIMEOUTS.connectMs,
    },
    acquireConnectionTimeout: DB_TIMEOUTS.acquireMs,
    pool: { min: 0, max: 10, afterCreate: limitStatements },
  });
}

/** The dialect of a connection, a transaction or a query. */
export function dialectOf(db: { client: Knex.Client }): Dialect {
  return db.client.config.client === 'mysql2' ? 'mysql' : 'sqlite';
}

/**
 * Timestamps come back as Date (mysql2), as epoch ms (knex's better-sqlite3
 * binds Date as a number) or as 'YYYY-MM-DD HH:MM:SS' text (SQLite's own
 * CURRENT_TIMESTAMP, which is UTC). All become ISO strings.
 */
export function toIso(value: Date | number | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  const text = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/.test(value) ? `${value.replace(' ', 'T')}Z` : value;
  return new Date(text).toISOString();
}

/**
 * Inserts one row and returns its id: MySQL only reports the insert id,
 * SQLite's `.returning()` would work but one path serves both.
 */
export async function insertReturningId(db: Db | Knex.Transaction, table: string, row: object): Promise<number> {
  const [id] = await db(table).insert(row);
  return Number(id);
}
