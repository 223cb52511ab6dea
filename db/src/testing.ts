import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, type Db, type Dialect } from './connection';
import type { DbConfig } from './config';
import { migrateLatest } from './migrate';
import { seedDemo } from '../seeds/demo';

/**
 * The dialects every repository and API test runs on: SQLite always,
 * MySQL/MariaDB too when `MYSQL_URL` names a server (mysql://root@127.0.0.1:3306).
 */
export function testDialects(): Dialect[] {
  return process.env.MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
}

export interface TestDatabase {
  db: Db;
  config: DbConfig;
  drop(): Promise<void>;
}

/** A fresh, migrated and demo-seeded database of its own, dropped after (or left empty, unmigrated, to migrate step by step). */
export async function createTestDatabase(dialect: Dialect, { seed = true, migrate = true } = {}): Promise<TestDatabase> {
  const name = `casmooc_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  let config: DbConfig;
  let cleanup: () => Promise<void>;
  if (dialect === 'mysql') {
    const server = new URL(process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306');
    const admin = createDb({ dialect: 'mysql', url: `${server.protocol}//${server.username}:${server.password}@${server.host}/` });
    await admin.raw(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    config = { dialect: 'mysql', url: `${server.protocol}//${server.username}:${server.password}@${server.host}/${name}` };
    cleanup = async () => {
      await admin.raw(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.destroy();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casmooc-'));
    config = { dialect: 'sqlite', filename: path.join(dir, `${name}.sqlite`) };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const db = createDb(config);
  if (migrate) await migrateLatest(db);
  if (migrate && seed) await seedDemo(db, { passwordRounds: 4 });
  return {
    db,
    config,
    drop: async () => {
      await db.destroy();
      await cleanup();
    },
  };
}
