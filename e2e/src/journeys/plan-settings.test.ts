import { accessibilityViolations } from '../support/accessibility';
import { openPage, screenshot, signInAs } from '../support/browser';
import { usePortalAndBrowser } from '../support/portal';

/** P-2 and P-6 settings: the academy admin limits the reporting period and the funded plans; others see them read-only. */
describe('journey: the academy admin changes the plan settings', () => {
  const env = usePortalAndBrowser();

  it('sets a reporting period and a funding limit, which the API then holds', async () => {
    const { page, pageErrors } = await openPage(env.browser);
    await signInAs(page, env.portal.url, 'admin');
    await page.goto(`${env.portal.url}/plans`);
    await page.getByRole('button', { name: '计划设置' }).click();
    const form = page.locator('.plan-settings');
    await form.getByText('限定年度计划上报时间').waitFor();

    await form.locator('.arco-switch').click();
    await form.locator('.arco-picker').click();
    // Two days of the month shown first: a period of this month.
    const days = page.locator('.arco-panel-date').first().locator('.arco-picker-cell-in-view');
    await days.nth(0).click();
    await days.nth(27).click();
    const funding = form.locator('.arco-form-item', { hasText: '每个院所资助计划上限' }).locator('input');
    await funding.fill('3');
    await funding.blur();
    await screenshot(page, 'plan-settings');
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('设置已保存，立即生效').waitFor();

    const saved = (await (await page.request.get(`${env.portal.url}/api/settings/plans`)).json()) as { reportingPeriod: { from: string; to: string }; fundingLimit: number };
    expect(saved.fundingLimit).toBe(3);
    expect(saved.reportingPeriod.from).toMatch(/^\d{2}-01$/);
    expect(saved.reportingPeriod.to).toMatch(/^\d{2}-28$/);

    // By keyboard: each end typed, Tab to the next field; the period commits without Enter.
    const [start, end] = [form.locator('.arco-picker input').nth(0), form.locator('.arco-picker input').nth(1)];
    await start.click();
    await start.fill('03-05');
    await page.keyboard.press('Tab');
    await end.fill('04-20');
    await page.keyboard.press('Tab');
    await page.locator('.arco-picker-container').waitFor({ state: 'hidden' });
    await form.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('设置已保存，立即生效').last().waitFor();
    await page.waitForFunction(async (url) => (await (await fetch(url)).json()).reportingPeriod?.from === '03-05', `${env.portal.url}/api/settings/plans`);
    const typed = (await (await page.request.get(`${env.portal.url}/api/settings/plans`)).json()) as { reportingPeriod: { from: string; to: string } };
    expect(typed.reportingPeriod).toEqual({ from: '03-05', to: '04-20' });

    // An institute admin sees them, and cannot change them.
    const other = await openPage(env.browser);
    await signInAs(other.page, env.portal.url, 'cnic_admin');
    await other.page.goto(`${env.portal.url}/plans/settings`);
    await other.page.getByText('培训计划设置由院管理员维护，您可以查看当前设置').waitFor();
    expect(await other.page.getByRole('button', { name: '保存设置' }).count()).toBe(0);
    expect(await other.page.locator('.plan-settings .arco-form-item', { hasText: '每个院所资助计划上限' }).locator('input').inputValue()).toBe('3');

    expect([...pageErrors, ...other.pageErrors]).toEqual([]);
    await page.context().close();
    await other.page.context().close();
  });
});
