import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { REPO_ROOT, type Dialect } from '@casmooc/db';
import { createTestDatabase, type TestDatabase } from '@casmooc/db/testing';
import { createBff, type Bff } from '@casmooc/bff';
import type { BffConfig } from '@casmooc/bff/config';
import { testConfig } from '@casmooc/bff/testing';

export const DIST_DIR = path.join(REPO_ROOT, 'dist');

export interface Portal {
  url: string;
  bff: Bff;
  t: TestDatabase;
  close(): Promise<void>;
}

/** The built apps must exist: `npm test` builds them first. */
export function assertAppsBuilt(): void {
  for (const app of ['shell', 'mf-plans', 'mf-training', 'mf-approvals', 'mf-templates']) {
    if (!fs.existsSync(path.join(DIST_DIR, app, 'mf-manifest.json'))) {
      throw new Error(`dist/${app} is missing: run \`npm run build\` (npm test does) before the browser journeys`);
    }
  }
}

/** One BFF serving the built portal on a free port, over its own fresh database. */
export async function startPortal(dialect: Dialect = 'sqlite', overrides: Partial<BffConfig> = {}): Promise<Portal> {
  assertAppsBuilt();
  const t = await createTestDatabase(dialect);
  const bff = await createBff(testConfig(t, { distDir: DIST_DIR, ...overrides }), { logger: pino({ level: 'silent' }) });
  const port = await bff.listen(0);
  return {
    url: `http://127.0.0.1:${port}`,
    bff,
    t,
    async close() {
      await bff.close();
      await t.drop();
    },
  };
}
