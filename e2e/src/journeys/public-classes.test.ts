import { academyYear } from '@casmooc/domain';
import { accessibilityViolations } from '../support/accessibility';
import { openPage, screenshot } from '../support/browser';
import { classOpenForRegistration } from '../support/open-class';
import { usePortalAndBrowser } from '../support/portal';

/**
 * SPEC T-4 对外公开: such a class is also listed publicly, read-only,
 * without signing in; a class open only to the Academy is not.
 */
describe('journey: classes open to the public, without signing in', () => {
  const env = usePortalAndBrowser();
  const year = academyYear();

  it('the sign-in page leads to the public list, which shows the 对外公开 class, its seats and no actions', async () => {
    const shown = `${year} 年科普讲解员公开培训`;
    const hidden = `${year} 年院内保密知识专题培训`;
    await classOpenForRegistration(env.portal.bff.app, env.portal.t.db, shown, { visibility: 'public', headcount: 30 });
    await classOpenForRegistration(env.portal.bff.app, env.portal.t.db, hidden, { visibility: 'academy' });

    const { page, pageErrors } = await openPage(env.browser);
    await page.goto(`${env.portal.url}/login`);
    await page.getByRole('link', { name: '查看对外公开的培训' }).click();
    await page.getByRole('heading', { name: '对外公开的培训' }).waitFor();
    const row = page.locator('.arco-table-tr', { hasText: shown });
    await row.getByText('剩余 30 / 共 30').waitFor();
    expect(await page.locator('.arco-table-tr', { hasText: hidden }).count()).toBe(0);
    expect(await row.getByRole('button').count()).toBe(0);
    expect(await page.title()).toBe('对外公开的培训 · 中国科学院继续教育网');
    await screenshot(page, 'public-classes');
    expect(await accessibilityViolations(page)).toEqual([]);

    // In English at 1024 px.
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.getByRole('combobox', { name: /语言/ }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Classes open to the public' }).waitFor();
    await row.getByText('30 of 30 left').waitFor();
    await screenshot(page, 'public-classes-en-1024');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: /Language/ }).click();
    await page.getByRole('option', { name: '简体中文' }).click();
    await page.getByRole('heading', { name: '对外公开的培训' }).waitFor();

    // Search by name, then back to the sign-in page.
    await page.getByPlaceholder('搜索培训名称').fill('不存在的培训');
    await page.keyboard.press('Enter');
    await page.getByText('暂无对外公开的培训').waitFor();
    await page.getByRole('link', { name: '登录' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
