import { DEMO_PASSWORD } from '@casmooc/db';
import { accessibilityViolations } from '../support/accessibility';
import { menuItem, menuItems, openPage, screenshot, signInAs } from '../support/browser';
import { usePortalAndBrowser } from '../support/portal';

/** Journey 1: each demo role signs in, sees its menu, opens each remote's landing page, signs out. */
const ROLES = [
  { username: 'admin', menu: ['首页', '本机构计划', '下级机构计划', '计划模板', '可报名培训', '我的培训', '培训通知', '我的学时', '培训班管理', '人员学时', '下级培训审批', '审批', '通讯录'] },
  { username: 'cnic_admin', menu: ['首页', '本机构计划', '下级机构计划', '计划模板', '可报名培训', '我的培训', '培训通知', '我的学时', '培训班管理', '人员学时', '下级培训审批', '审批', '通讯录'] },
  { username: 'xmt_manager', menu: ['首页', '本机构计划', '计划模板', '可报名培训', '我的培训', '培训通知', '我的学时', '培训班管理', '人员学时', '下级培训审批', '审批', '通讯录'] },
  { username: 'staff', menu: ['首页', '可报名培训', '我的培训', '培训通知', '我的学时', '通讯录'] },
];

type Area = { remote: string; title: string };
/** The menu's pages follow the manual: 培训计划 › 本机构计划 / 下级机构计划 / 计划模板, 培训实施 › 培训班管理. */
const AREAS: Record<string, Area> = {
  本机构计划: { remote: 'mf-plans', title: '本机构计划' },
  培训班管理: { remote: 'mf-training', title: '培训班管理' },
  我的学时: { remote: 'mf-training', title: '我的学时' },
  人员学时: { remote: 'mf-training', title: '人员学时' },
  审批: { remote: 'mf-approvals', title: '培训计划审批' },
  计划模板: { remote: 'mf-templates', title: '计划模板' },
};
/** Staff manage no classes: their 培训实施 is the classes they may register for, and their own. */
const STAFF_AREAS: Record<string, Area> = { 可报名培训: { remote: 'mf-training', title: '可报名培训' }, 我的培训: { remote: 'mf-training', title: '我的培训' }, 培训通知: { remote: 'mf-training', title: '培训通知' }, 我的学时: { remote: 'mf-training', title: '我的学时' } };

describe('journey: every role through the portal', () => {
  const env = usePortalAndBrowser();

  it.each(ROLES)('$username signs in, sees its menu and every remote it may use, and signs out', async ({ username, menu }) => {
    const { page, pageErrors } = await openPage(env.browser);
    await signInAs(page, env.portal.url, username);
    expect(await menuItems(page)).toEqual(menu);
    // The one socket connects, under the CSP the BFF sends.
    await page.locator('.portal__live[data-live="online"]').waitFor();
    await screenshot(page, `roles-${username}-home`);

    const areas = username === 'staff' ? STAFF_AREAS : AREAS;
    for (const item of menu.filter((m) => areas[m])) {
      const area = page.locator(`.remote-area[data-remote="${areas[item].remote}"]`);
      await menuItem(page, item).click();
      await area.getByText(areas[item].title, { exact: true }).first().waitFor();
      expect(await page.locator('.portal__breadcrumb').textContent()).toContain(item);
      // The tab's title names the page (WCAG 2.4.2).
      expect(await page.title()).toMatch(new RegExp(`^${item} · .*培训计划管理平台 · 中国科学院继续教育网$`));
      // Each area as this role first sees it, loaded (no spinner left), passes WCAG 2.1 A/AA.
      await page.locator('.arco-spin-loading').first().waitFor({ state: 'detached' });
      expect(await accessibilityViolations(page)).toEqual([]);
    }
    await screenshot(page, `roles-${username}-last-area`);

    await page.getByTestId('user-menu').click();
    await page.getByText('退出登录').click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    await page.goto(`${env.portal.url}/training`);
    await page.getByRole('button', { name: '登录' }).waitFor();
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('staff typing the address of an area they may not use get a clear refusal', async () => {
    const { page } = await openPage(env.browser);
    await signInAs(page, env.portal.url, 'staff');
    await page.goto(`${env.portal.url}/plans`);
    await page.getByText('无权访问').waitFor();
    await page.context().close();
  });

  it('a language chosen on the login page stays after sign-in and follows the account to another browser', async () => {
    const { page } = await openPage(env.browser);
    await page.goto(`${env.portal.url}/login`);
    await page.getByRole('button', { name: '登录' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // The language is chosen with the keyboard: the page's select (the browser's own) moves with the arrows.
    const language = page.getByRole('combobox', { name: /语言/ });
    await language.focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('combobox', { name: 'Language: English' }).waitFor();
    await page.getByPlaceholder('Enter your username').fill('xmt_manager');
    await page.getByPlaceholder('Enter your password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Hello, 孙健英').waitFor();
    await menuItem(page, 'Approvals').click();
    await page.locator('.remote-area[data-remote="mf-approvals"]').getByText('Plan approvals', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Awaiting me' }).waitFor();
    await screenshot(page, 'roles-english');
    expect(await page.title()).toBe('Approvals · Training plan portal · CAS Continuing Education');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();

    const other = await openPage(env.browser);
    await signInAs(other.page, env.portal.url, 'xmt_manager');
    await other.page.getByText('Hello, 孙健英').waitFor();
    await other.page.context().close();
  });
});
