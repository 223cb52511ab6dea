import path from 'node:path';

export type DbConfig =
  | { dialect: 'sqlite'; filename: string }
  | { dialect: 'mysql'; url: string };

/** The repository root, so `./data/` means the same wherever a command runs. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * `DATABASE_URL=mysql://user:pass@host:3306/db` selects MySQL/MariaDB;
 * otherwise the embedded SQLite file (`SQLITE_FILE`, default `data/casmooc.sqlite`).
 */
export function dbConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^mysql:\/\//.test(url)) throw new Error(`DATABASE_URL must be a mysql:// URL, got ${url.split(':')[0]}:`);
    return { dialect: 'mysql', url };
  }
  return { dialect: 'sqlite', filename: path.resolve(REPO_ROOT, env.SQLITE_FILE ?? 'data/casmooc.sqlite') };
}
