import type { Db } from './connection';
import { MIGRATION_NAMES, migrateLatest, migrateUpTo } from './migrate';
import { seedDemo } from '../seeds/demo';
import { createTestDatabase, testDialects } from './testing';

/** The tables the demo writes, read whole: what a migration must leave as it was. */
const TABLES = ['orgs', 'staff', 'users', 'role_grants', 'plans', 'approval_rounds', 'training_classes', 'class_attendees', 'events'];
/** How each is read in a stable order: by id, or by its key where it has no id. */
const ORDER: Record<string, string[]> = { class_attendees: ['class_id', 'staff_id'] };

const snapshot = async (db: Db) => Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, await db(table).orderBy(ORDER[table] ?? ['id']).select('*')] as const)));

/** Each row as it was, read again after the migration: only the columns it had before. */
const sameColumns = (before: Record<string, unknown>[], after: Record<string, unknown>[]) => after.map((row, i) => Object.fromEntries(Object.keys(before[i] ?? row).map((key) => [key, row[key]])));

/**
 * The migrations that change tables holding data, each run over the demo's
 * rows written at the schema before it: every row is still there, its
 * columns unchanged, and what the migration adds is empty.
 */
const count = async (query: Promise<Array<{ n: number | string }>>) => Number((await query)[0].n);
type Snapshot = Awaited<ReturnType<typeof snapshot>>;
const CASES: ReadonlyArray<{ migration: string; added: (db: Db) => Promise<number>; expected?: (before: Snapshot) => number }> = [
  { migration: '20261202120000_add-academy-funding-rank', added: (db) => count(db('plans').whereNotNull('academy_funding_rank').count({ n: '*' })) },
  { migration: '20261203090000_create-notice-attachments', added: (db) => count(db('notice_attachments').count({ n: '*' })) },
  { migration: '20261203100000_add-under-subscription-alert', added: (db) => count(db('training_classes').whereNotNull('under_subscribed_for').count({ n: '*' })) },
  // Hours confirmed before the ledger are carried over into it, one credit per person and class.
  {
    migration: '20261204090000_create-hours-ledger',
    added: (db) => count(db('hours_ledger').where({ kind: 'credit' }).whereNotNull('confirmation_key').count({ n: '*' })),
    expected: (before) => before.class_attendees.filter((a) => a.confirmed_hours !== null).length,
  },
  { migration: '20261204100000_add-class-spending', added: (db) => count(db('training_classes').whereNotNull('spent').count({ n: '*' })) },
  // Class credits already in the ledger get their certificates.
  {
    migration: '20261204110000_create-certificates',
    added: (db) => count(db('certificates').where({ kind: 'class' }).count({ n: '*' })),
    expected: (before) => before.class_attendees.filter((a) => a.confirmed_hours !== null).length,
  },
];

describe.each(testDialects())('migrations over data on %s', (dialect) => {
  it.each(CASES)('$migration keeps every row written before it', async ({ migration, added, expected }) => {
    const t = await createTestDatabase(dialect, { migrate: false });
    try {
      await migrateUpTo(t.db, MIGRATION_NAMES[MIGRATION_NAMES.indexOf(migration) - 1]);
      expect(await seedDemo(t.db, { passwordRounds: 4 })).toBe(true);
      const before = await snapshot(t.db);
      expect(before.training_classes.length).toBeGreaterThan(0);

      expect(await migrateUpTo(t.db, migration)).toEqual([migration]);
      const after = await snapshot(t.db);
      for (const table of TABLES) expect([table, sameColumns(before[table], after[table])]).toEqual([table, before[table]]);
      expect(await added(t.db)).toBe(expected?.(before) ?? 0);
      // And on to the latest, as a deployment would go.
      await migrateLatest(t.db);
    } finally {
      await t.drop();
    }
    // Each case builds a database from nothing, seeds it and migrates it: seconds on MariaDB, more on a busy machine.
  }, 60_000);
});
