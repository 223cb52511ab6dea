import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@casmooc/db';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps dialling out on a closed network.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** A page that records uncaught errors, so a journey can assert there were none. */
export async function openPage(browser: Browser): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { page, pageErrors };
}

export async function signInAs(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByPlaceholder('请输入用户名').fill(username);
  await page.getByPlaceholder('请输入密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** A menu entry by its label alone (下级培训审批 contains 审批; 审批 may carry its pending-count badge). */
export function menuItem(page: Page, label: string) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.locator('.portal__sider .arco-menu-item').filter({ hasText: new RegExp(`^${escaped}\\s*\\d*$`) });
}

export async function menuItems(page: Page): Promise<string[]> {
  await page.locator('.portal__sider .arco-menu-item').first().waitFor();
  // The labels only: the 审批 entry may carry its pending-count badge.
  return page.locator('.portal__sider .arco-menu-item').evaluateAll((items) =>
    items.map((item) => [...item.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('arco-badge'))).map((n) => n.textContent).join('').trim()),
  );
}

/** 实施 on a plan's row, confirmed in the dialog that asks first (it cannot be taken back). */
export async function implementPlan(page: Page, row: Locator): Promise<void> {
  await row.getByRole('button', { name: '实施' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '不能撤销' });
  await dialog.getByRole('button', { name: '实施' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** How many tables on the page scroll sideways (at 1024 px a list should fit, or scroll with its actions reachable). */
export function tablesScrollingSideways(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('.arco-table-content-inner')].filter((e) => e.scrollWidth > e.clientWidth + 1).length);
}

/** Saves a screenshot under reports/screenshots when SCREENSHOTS=1, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  const dir = path.resolve(__dirname, '..', '..', '..', 'reports', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

