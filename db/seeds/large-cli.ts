import { dbConfigFromEnv } from '../src/config';
import { createDb } from '../src/connection';
import { migrateLatest } from '../src/migrate';
import { seedDemo } from './demo';
import { seedLarge } from './large';

async function main() {
  const config = dbConfigFromEnv();
  const db = createDb(config);
  try {
    await migrateLatest(db);
    await seedDemo(db);
    const started = Date.now();
    const { orgs, staff } = await seedLarge(db, Number(process.env.INSTITUTES ?? 100), Number(process.env.STAFF ?? 70000));
    console.log(`seed:large wrote ${orgs} orgs and ${staff} staff to ${config.dialect} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
