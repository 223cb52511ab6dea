/**
 * What the portal weighs as it opens, against issue 18's targets: every
 * script and stylesheet by its real body (true gzip-6 and brotli-11, not
 * what the server negotiated with Chromium), each measurement waiting
 * until nothing is in flight. Needs the built apps (`npm run build`).
 * Sizes are compared as gzip (the targets'); brotli, what the BFF sends a
 * browser that takes it, is printed beside them.
 *
 *   npx tsx e2e/bench/first-load.ts
 *   LIST_FILES=1 npx tsx e2e/bench/first-load.ts   # and every file of the journey, largest first
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@casmooc/db';
import { REMOTE_APPS } from '@casmooc/domain';
import { launchBrowser } from '../src/support/browser';
import { PageRecorder, weigh, type Weight } from '../src/support/page-weight';
import { DIST_DIR, startPortal } from '../src/support/portal';

const KIB = 1024;
const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;

async function freshPage(browser: Browser, storageState?: BrowserContextOptions['storageState']) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN', storageState });
  const page = await context.newPage();
  return { context, page, recorder: await PageRecorder.attach(context, page) };
}

async function signIn(page: Page) {
  await page.getByPlaceholder('请输入用户名').fill('cnic_admin');
  await page.getByPlaceholder('请输入密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('您好，网络中心管理员').waitFor();
}

/** The page's largest contentful paint and its layout shifts so far, as the browser recorded them. */
const paintAndShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ lcp: number; cls: number }>((resolve) => {
        let lcp = 0;
        let cls = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => (lcp = Math.max(lcp, e.startTime)))).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => {
            const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
            if (!shift.hadRecentInput) cls += shift.value;
          }),
        ).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve({ lcp, cls }), 100);
      }),
  );

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const portal = await startPortal();
  const browser = await launchBrowser();
  const rows: Array<[string, string, string, string, boolean]> = [];
  const row = (figure: string, value: number, target: number, show: (n: number) => string, brotli = '') => rows.push([figure, show(value), brotli, show(target), value <= target]);
  /** A size against its target in gzip, with its brotli beside it. */
  const size = (figure: string, weight: Weight, target: number) => row(figure, weight.gzip, target * KIB, kib, kib(weight.brotli));
  try {
    // The sign-in page, cold.
    const login = await freshPage(browser);
    await login.page.goto(`${portal.url}/login`);
    await login.recorder.settle();
    const loginJs = login.recorder.weight('js');
    const loginCss = login.recorder.weight('css');
    size(`sign-in page JS (${loginJs.files} files)`, loginJs, 110);
    size(`sign-in page CSS (${loginCss.files} files)`, loginCss, 15);

    // Its LCP on Lighthouse's desktop network, cold each time (median of 5).
    const paints: number[] = [];
    for (let i = 0; i < 5; i++) {
      const cold = await freshPage(browser);
      await cold.recorder.emulateDesktopNetwork();
      await cold.page.goto(`${portal.url}/login`);
      await cold.recorder.settle();
      paints.push((await paintAndShift(cold.page)).lcp);
      await cold.context.close();
    }
    row('sign-in page LCP (desktop network, median of 5)', median(paints), 800, (ms) => `${Math.round(ms)} ms`);

    // Each remote's remoteEntry.js as built.
    for (const app of REMOTE_APPS) size(`${app} remoteEntry.js`, weigh(fs.readFileSync(path.join(DIST_DIR, app, 'remoteEntry.js'))), 10);

    // The whole journey, one tab: login → home → plans → approvals → training.
    await signIn(login.page);
    const session = await login.context.storageState();
    const visit = async (label: string, to: string, ready: string) => {
      const from = login.recorder.elapsed();
      await login.page.locator('.portal__sider .arco-menu-item', { hasText: new RegExp(`^${label}`) }).first().click();
      await login.page.waitForURL((u) => u.pathname.startsWith(to));
      await login.page.getByText(ready).first().waitFor();
      const rendered = login.recorder.elapsed();
      await login.recorder.settle();
      return login.recorder.weight('js', from, rendered);
    };
    await login.recorder.settle();
    const plansDelta = await visit('本机构计划', '/plans', '计划名称');
    size(`/plans from home: JS before the list renders (${plansDelta.files} files)`, plansDelta, 120);
    await visit('审批', '/approvals', '待我审批');
    await visit('培训班管理', '/training', '共 ');
    const journeyJs = login.recorder.weight('js');
    if (process.env.LIST_FILES) for (const l of [...login.recorder.loaded].sort((a, b) => b.gzip - a.gzip)) console.log(kib(l.gzip).padStart(10), l.url);
    size(`journey login → home → plans → approvals → training, JS (${journeyJs.files} files)`, journeyJs, 700);
    await login.context.close();

    // /plans opened cold (signed in): how much its layout shifts as it loads.
    const plans = await freshPage(browser, session);
    await plans.page.goto(`${portal.url}/plans?scope=own`);
    await plans.page.locator('.arco-table-tr').nth(1).waitFor();
    await plans.recorder.settle();
    row('/plans opened cold: cumulative layout shift', (await paintAndShift(plans.page)).cls, 0.1, (n) => n.toFixed(3));
    await plans.context.close();
  } finally {
    await browser.close();
    await portal.close();
  }

  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`\n${'figure'.padEnd(width)}  ${'now (gzip)'.padStart(10)}  ${'brotli'.padStart(10)}  ${'target'.padStart(12)}`);
  for (const [figure, now, brotli, target, met] of rows) console.log(`${figure.padEnd(width)}  ${now.padStart(10)}  ${brotli.padStart(10)}  ${('≤ ' + target).padStart(12)}  ${met ? 'met' : 'NOT MET'}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
