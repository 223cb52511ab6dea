import { demoPasswordHolders, migrateLatest, pendingMigrations, seedDemo, seedRegistry, type Db } from '@casmooc/db';

export interface StartupOptions {
  /** Bring the schema up to date on start (MIGRATE_ON_START; by default only for the embedded SQLite). Otherwise a schema behind refuses the start. */
  migrate: boolean;
  /** Demo data and accounts are added to an empty database (DEMO; on by default for the embedded SQLite only). */
  demo: boolean;
  /** A production start over a shared database (NODE_ENV=production with DATABASE_URL): no account may keep the demo password. */
  production: boolean;
}

/** A start that must not go on, with what the operator is to do. */
export class StartupRefused extends Error {}

/**
 * Before a BFF serves: the schema brought up to date (or, where instances
 * do not migrate, checked to be), the remote registry filled in, demo data
 * only in demo mode, and a production start refused while a demo account
 * still opens with the demo password.
 */
export async function prepareDatabase(db: Db, options: StartupOptions): Promise<{ migrated: string[]; seeded: boolean }> {
  let migrated: string[] = [];
  if (options.migrate) migrated = await migrateLatest(db);
  else {
    // Instances behind a balancer do not migrate: the operator runs `npm run migrate` once, before them.
    const pending = await pendingMigrations(db);
    if (pending.length) throw new StartupRefused(`Refusing to start: the database is ${pending.length} migration(s) behind (first: ${pending[0]}). Run \`npm run migrate\` first, or set MIGRATE_ON_START=true.`);
  }
  // The remotes' first registry entries (each served by the BFF itself) are no demo data: every start has them.
  await seedRegistry(db);
  const seeded = options.demo ? await seedDemo(db) : false;
  if (options.production) {
    const open = await demoPasswordHolders(db);
    if (open.length) {
      throw new StartupRefused(
        `Refusing to start in production: the demo account(s) ${open.join(', ')} still have the demo password. ` +
          'Change their passwords or remove them (a real deployment needs no demo data; DEMO is off for DATABASE_URL unless set to true).',
      );
    }
  }
  return { migrated, seeded };
}
