import pino from 'pino';
import { createDb, DEMO_ACCOUNTS, DEMO_PASSWORD, updateStatistics } from '@casmooc/db';
import { ROLE_LABELS } from '@casmooc/domain';
import { configFromEnv } from './config';
import { createBff } from './server';
import { prepareDatabase, StartupRefused } from './startup';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

async function main() {
  const config = configFromEnv();
  const logger = pino({ level: config.logLevel });
  // A promise nobody awaited must not end the process: it is logged, and the request it belonged to has had its answer.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  const db = createDb(config.db);
  const production = process.env.NODE_ENV === 'production' && config.db.dialect === 'mysql';
  const { migrated, seeded } = await prepareDatabase(db, { migrate: config.migrateOnStart, demo: config.demo, production }).catch(async (err) => {
    await db.destroy();
    throw err;
  });
  if (migrated.length) logger.info({ migrations: migrated }, 'database migrated');
  if (seeded) logger.info('demo data seeded');
  // Cheap at this size, and the planner's choices depend on it.
  await updateStatistics(db);

  const bff = await createBff(config, { db, logger });
  const port = await bff.listen();
  const sweep = setInterval(() => bff.services.auth.sweepExpiredSessions().catch((err) => logger.warn({ err }, 'session sweep failed')), HOUR);
  sweep.unref();
  // Every instance looks; one of them sends each alert (T-4).
  const alert = () => bff.services.underSubscription.sweep().catch((err) => logger.warn({ err }, 'under-subscription sweep failed'));
  const alerts = setInterval(alert, MINUTE);
  alerts.unref();
  void alert();

  const hasDemoUsers = Boolean(await db('users').where({ username: DEMO_ACCOUNTS[0].username }).first());
  const where = config.db.dialect === 'sqlite' ? config.db.filename : 'MySQL';
  console.log(`\nCASMOOC 培训计划门户 ready on http://localhost:${port}  (database: ${config.db.dialect}, ${where})`);
  if (hasDemoUsers) {
    console.log(`Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) {
      console.log(`  ${account.username.padEnd(12)} ${ROLE_LABELS[account.role]['zh-CN']} @ ${account.org}`);
    }
  }

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down: finishing what is in flight');
    clearInterval(sweep);
    clearInterval(alerts);
    await bff.shutdown();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err) => {
  // A refusal is a message for the operator, not a stack trace.
  console.error(err instanceof StartupRefused ? `\n${err.message}\n` : err);
  process.exit(1);
});
