import { dbConfigFromEnv } from './config';
import fs from 'node:fs';
import { createDb } from './connection';
import { createFirstAdmin, FirstAdminRefused } from './first-admin';
import { migrateLatest } from './migrate';
import { readDirectorySheet } from './directory-sheet';
import { DirectoryImportRefused, importDirectory } from './directory-import';
import { seedDemo } from '../seeds/demo';

/** The password for `create-admin`: ADMIN_PASSWORD, else what is piped in (never an argument, which shells keep in their history). */
async function passwordGiven(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (process.stdin.isTTY) throw new FirstAdminRefused('请通过 ADMIN_PASSWORD 或标准输入提供密码（Give the password in ADMIN_PASSWORD or on standard input）');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/**
 * `npm run migrate`: brings the database named by the environment
 * (DATABASE_URL, else the embedded SQLite file) up to date, once, before
 * the BFF instances start. `npm run seed`: adds the demo data and accounts
 * to an empty database. `npm run create-admin -- <username> <name>`: the
 * first academy admin of a real deployment (password from ADMIN_PASSWORD
 * or standard input, checked for strength; the Academy's name from
 * ACADEMY_NAME when the org tree is empty). `npm run import-directory --
 * <file.xlsx>`: the org tree (sheet 机构) and staff (sheet 人员) of a real
 * deployment, all or nothing, again whenever they change.
 */
async function main(command: string | undefined, args: string[]): Promise<void> {
  const config = dbConfigFromEnv();
  const db = createDb(config);
  try {
    if (command === 'migrate') {
      const ran = await migrateLatest(db);
      console.log(ran.length ? `Migrated (${config.dialect}): ${ran.join(', ')}` : `Up to date (${config.dialect}): nothing to migrate`);
    } else if (command === 'seed') {
      await migrateLatest(db);
      console.log((await seedDemo(db)) ? 'Demo data and accounts added' : 'The database holds data already: nothing seeded');
    } else if (command === 'create-admin' && args.length === 2) {
      await migrateLatest(db);
      const [username, displayName] = args;
      await createFirstAdmin(db, { username, displayName, password: await passwordGiven(), academyName: process.env.ACADEMY_NAME ?? '中国科学院' });
      console.log(`Academy admin ${username} created`);
    } else if (command === 'import-directory' && args.length === 1) {
      await migrateLatest(db);
      const done = await importDirectory(db, await readDirectorySheet(fs.readFileSync(args[0])));
      console.log(`导入完成：新增机构 ${done.orgsAdded} 个；人员新增 ${done.staffAdded}、更新 ${done.staffUpdated}、未变 ${done.staffUnchanged}`);
    } else {
      throw new Error(`Usage: cli.ts migrate | seed | create-admin <username> <display name> | import-directory <file.xlsx> (got ${[command, ...args].filter(Boolean).join(' ') || 'nothing'})`);
    }
  } finally {
    await db.destroy();
  }
}

main(process.argv[2], process.argv.slice(3)).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  if (err instanceof DirectoryImportRefused) for (const { sheet, row, message } of err.problems) console.error(`  ${sheet}${row ? ` 第 ${row} 行` : ''}：${message}`);
  process.exit(1);
});
