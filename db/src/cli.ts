import { dbConfigFromEnv } from './config';
import { createDb } from './connection';
import { migrateLatest } from './migrate';
import { seedDemo } from '../seeds/demo';

/**
 * `npm run migrate`: brings the database named by the environment
 * (DATABASE_URL, else the embedded SQLite file) up to date, once, before
 * the BFF instances start. `npm run seed`: adds the demo data and accounts
 * to an empty database.
 */
async function main(command: string | undefined): Promise<void> {
  const config = dbConfigFromEnv();
  const db = createDb(config);
  try {
    if (command === 'migrate') {
      const ran = await migrateLatest(db);
      console.log(ran.length ? `Migrated (${config.dialect}): ${ran.join(', ')}` : `Up to date (${config.dialect}): nothing to migrate`);
    } else if (command === 'seed') {
      await migrateLatest(db);
      console.log((await seedDemo(db)) ? 'Demo data and accounts added' : 'The database holds data already: nothing seeded');
    } else {
      throw new Error(`Usage: cli.ts migrate | seed (got ${command ?? 'nothing'})`);
    }
  } finally {
    await db.destroy();
  }
}

main(process.argv[2]).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
