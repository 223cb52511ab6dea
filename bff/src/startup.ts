import { demoPasswordHolders, migrateLatest, seedDemo, seedRegistry, type Db } from '@casmooc/db';

export interface StartupOptions {
  /** Demo data and accounts are added to an empty database (DEMO; on by default for the embedded SQLite only). */
  demo: boolean;
  /** A production start over a shared database (NODE_ENV=production with DATABASE_URL): no account may keep the demo password. */
  production: boolean;
}

/** A start that must not go on, with what the operator is to do. */
export class StartupRefused extends Error {}

/**
 * Before a BFF serves: the schema brought up to date, the remote registry
 * filled in, demo data only in demo mode, and a production start refused while a demo account still
 * opens with the demo password.
 */
export async function prepareDatabase(db: Db, options: StartupOptions): Promise<{ migrated: string[]; seeded: boolean }> {
  const migrated = await migrateLatest(db);
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
