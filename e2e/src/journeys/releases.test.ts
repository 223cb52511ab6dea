import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { REPO_ROOT } from '@casmooc/db';
import { signIn } from '@casmooc/bff/testing';
import { accessibilityViolations } from '../support/accessibility';
import { openPage, screenshot, signInAs } from '../support/browser';
import { usePortalAndBrowser } from '../support/portal';

const RELEASES = ['1.0.0', '2.0.0'] as const;

/** Builds mf-templates as a release of its own, into `<folder>/mf-templates`, as its team's pipeline would. */
function buildRelease(version: string, folder: string): void {
  const build = spawnSync('npx', ['rspack', 'build'], {
    cwd: path.join(REPO_ROOT, 'mf-templates'),
    env: { ...process.env, NODE_ENV: 'production', RELEASE_VERSION: version, DIST_DIR: folder },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`building mf-templates ${version} failed:\n${build.stdout}\n${build.stderr}`);
}

/** A static host on an origin of its own (a CDN), serving each release at /mf-templates/<version>/, and the paths it was asked for. */
async function startCdn(root: string): Promise<{ origin: string; requested: string[]; close(): Promise<void> }> {
  const requested: string[] = [];
  const app = express();
  app.use((req, res, next) => {
    requested.push(req.path);
    res.set('Access-Control-Allow-Origin', '*');
    next();
  });
  for (const version of RELEASES) app.use(`/mf-templates/${version}`, express.static(path.join(root, version, 'mf-templates')));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requested,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A remote across deployments: the 计划模板 team builds two releases
 * (visibly different: each page says which version it runs), a CDN serves
 * both, and the academy admin points the registry at the new one and back.
 * An open portal hears of each change live; its area offers the new version
 * and loads it only when asked, so what a user is typing is never lost to a
 * reload. A lazy chunk that fails to load is tried again.
 */
describe('journey: releasing a remote and rolling it back, live', () => {
  const env = usePortalAndBrowser();
  let releases: string;
  let cdn: Awaited<ReturnType<typeof startCdn>>;

  beforeAll(async () => {
    releases = fs.mkdtempSync(path.join(os.tmpdir(), 'casmooc-releases-'));
    for (const version of RELEASES) buildRelease(version, path.join(releases, version));
    cdn = await startCdn(releases);
  }, 180_000);
  afterAll(async () => {
    await cdn?.close();
    fs.rmSync(releases, { recursive: true, force: true });
  });

  const release = async (version: string) => {
    const admin = await signIn(env.portal.bff.app, 'admin');
    await admin.put('/api/mf-registry/mf-templates', { url: `${cdn.origin}/mf-templates/${version}/mf-manifest.json`, version }).expect(200);
  };

  it('2.0.0 is offered in the open form and loaded when asked; the rollback to 1.0.0 the same way', async () => {
    await release('1.0.0');
    const { page, pageErrors } = await openPage(env.browser);
    await signInAs(page, env.portal.url, 'cnic_admin');
    await page.goto(`${env.portal.url}/templates/new`);
    const area = page.locator('.remote-area[data-remote="mf-templates"]');
    await area.getByText('计划模板 · 版本 1.0.0').waitFor();
    await page.locator('.portal__live[data-live="online"]').waitFor();
    const name = page.getByLabel('模板名称');
    await name.fill('填写中的模板');
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    await release('2.0.0');
    const offer = area.getByRole('status');
    await offer.getByText('“计划模板”已更新为 2.0.0 版').waitFor();
    // Nothing reloads by itself: the page still runs 1.0.0 and the form keeps what was typed.
    expect(await name.inputValue()).toBe('填写中的模板');
    expect(await area.getByText('计划模板 · 版本 1.0.0').isVisible()).toBe(true);
    expect(cdn.requested.filter((p) => p.startsWith('/mf-templates/2.0.0/'))).toEqual([]);
    await screenshot(page, 'release-offered');
    expect(await accessibilityViolations(page)).toEqual([]);

    await offer.getByRole('button', { name: '加载新版本' }).click();
    await area.getByText('计划模板 · 版本 2.0.0').waitFor();
    await offer.waitFor({ state: 'detached' });
    await page.getByLabel('模板名称').waitFor();
    expect(cdn.requested).toContain('/mf-templates/2.0.0/mf-manifest.json');
    expect(cdn.requested.some((p) => /^\/mf-templates\/2\.0\.0\/template-form\.[0-9a-f]+\.js$/.test(p))).toBe(true);

    // The rollback reaches the open page the same way.
    await release('1.0.0');
    await offer.getByText('“计划模板”已更新为 1.0.0 版').waitFor();
    await offer.getByRole('button', { name: '加载新版本' }).click();
    await area.getByText('计划模板 · 版本 1.0.0').waitFor();
    await area.getByRole('heading', { name: '新建模板' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('a page whose chunk fails to load twice still opens, without the user doing anything', async () => {
    await release('2.0.0');
    const { page, pageErrors } = await openPage(env.browser);
    await signInAs(page, env.portal.url, 'cnic_admin');
    let failed = 0;
    await page.route(/\/template-form\.[0-9a-f]+\.js$/, (route) => (failed++ < 2 ? route.abort('connectionreset') : route.continue()));
    await page.goto(`${env.portal.url}/templates/new`);
    await page.getByLabel('模板名称').waitFor();
    expect(failed).toBe(3);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
