import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import pino from 'pino';
import { REPO_ROOT, type Dialect } from '@casmooc/db';
import { createTestDatabase, type TestDatabase } from '@casmooc/db/testing';
import { createBff, type Bff } from '@casmooc/bff';
import type { BffConfig } from '@casmooc/bff/config';
import { testConfig } from '@casmooc/bff/testing';
import { launchBrowser } from './browser';

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

/**
 * For a journey file: a portal and a Chromium for all its tests, started
 * before and closed after. Read them inside tests (`env.portal`).
 */
export function usePortalAndBrowser(): { portal: Portal; browser: Browser } {
  const env = {} as { portal: Portal; browser: Browser };
  beforeAll(async () => {
    [env.portal, env.browser] = await Promise.all([startPortal(), launchBrowser()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.portal?.close();
  });
  return env;
}
