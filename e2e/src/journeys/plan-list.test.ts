import { accessibilityViolations } from '../support/accessibility';
import { implementPlan, openPage, screenshot, signInAs } from '../support/browser';
import { usePortalAndBrowser } from '../support/portal';

/** The plan list in the browser: own and subordinate orgs' plans, refusals explained, revoke with a reason, implement, live in another browser. */
describe('journey: the plan list', () => {
  const env = usePortalAndBrowser();

  it('an institute admin revokes and implements plans; the Academy sees it live', async () => {
    const year = new Date().getFullYear();
    const admin = await openPage(env.browser);
    const academy = await openPage(env.browser);
    await signInAs(admin.page, env.portal.url, 'cnic_admin');
    await signInAs(academy.page, env.portal.url, 'admin');
    await Promise.all([admin.page.goto(`${env.portal.url}/plans`), academy.page.goto(`${env.portal.url}/plans`)]);

    const row = (page: typeof admin.page, name: string) => page.locator('.arco-table-tr', { hasText: name });
    const published = `${year} 年科技云平台运维技术系列讲座`;
    const reported = `${year + 1} 年科学传播与新媒体写作研修班`;
    await row(admin.page, published).waitFor();
    await academy.page.locator('.portal__live[data-live="online"]').waitFor();

    // The admin's list holds several orgs: it names each plan's 所属机构; at 1440 px every column fits without scrolling sideways.
    await admin.page.locator('.arco-table-th', { hasText: '所属机构' }).waitFor();
    await admin.page.setViewportSize({ width: 1440, height: 900 });
    const sideways = () => admin.page.locator('.plan-list .arco-table-content-inner').evaluate((inner) => inner.scrollWidth - inner.clientWidth);
    await admin.page.waitForFunction(() => window.innerWidth === 1440);
    expect(await sideways()).toBeLessThanOrEqual(0);

    // 本机构计划 and 下级机构计划 split the list at the admin's own org.
    await admin.page.getByRole('tab', { name: '下级机构计划' }).click();
    await row(admin.page, reported).waitFor();
    await row(admin.page, published).waitFor({ state: 'detached' });
    await admin.page.getByRole('tab', { name: '本机构计划' }).click();
    await row(admin.page, published).waitFor();
    await row(admin.page, reported).waitFor({ state: 'detached' });
    await admin.page.getByRole('tab', { name: '全部计划' }).click();
    await row(admin.page, reported).waitFor();

    // A refused action explains itself (P-13).
    const refused = row(admin.page, reported).locator('.rule-button--disabled', { hasText: '发布' }).first();
    await refused.hover();
    await admin.page.getByText('需审批的计划获得最终审批通过后才能发布 (P-4)').waitFor();
    // …to the keyboard too: focused, the refused button stays reachable and is described by its reason.
    await admin.page.mouse.move(0, 0);
    await admin.page.getByText('需审批的计划获得最终审批通过后才能发布 (P-4)').waitFor({ state: 'hidden' });
    await refused.focus();
    await admin.page.getByText('需审批的计划获得最终审批通过后才能发布 (P-4)').waitFor();
    expect(await refused.getAttribute('aria-description')).toBe('需审批的计划获得最终审批通过后才能发布 (P-4)');

    // By keyboard: Enter opens the revoke dialog, Esc closes it, and focus is back on 撤销.
    await row(admin.page, published).getByRole('button', { name: '撤销' }).focus();
    await admin.page.keyboard.press('Enter');
    await admin.page.getByPlaceholder(/请说明撤销原因/).waitFor();
    // Arco's own close button is named in the page's language.
    await admin.page.waitForFunction(() => document.querySelector('.arco-modal-close-icon')?.getAttribute('aria-label') === '关闭');
    await admin.page.keyboard.press('Escape');
    await admin.page.getByPlaceholder(/请说明撤销原因/).waitFor({ state: 'hidden' });
    await admin.page.waitForFunction(() => document.activeElement?.textContent === '撤销');

    // Revoke asks for the reason (P-11).
    await row(admin.page, published).getByRole('button', { name: '撤销' }).click();
    await admin.page.getByRole('button', { name: '确定' }).click();
    await admin.page.getByText('请填写撤销说明').waitFor();
    await admin.page.getByPlaceholder(/请说明撤销原因/).fill('讲师出国访问，本年度无法举办');
    await admin.page.getByRole('button', { name: '确定' }).click();
    await row(admin.page, published).getByText('已撤销').waitFor();

    // The Academy's open list shows it without a reload.
    await academy.page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await row(academy.page, published).getByText('已撤销').waitFor();
    expect(await academy.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    // Implement an "other" plan of this year (P-10); the Academy's rate overview follows live (P-12).
    const rate = academy.page.getByTestId('rate-value');
    await rate.waitFor();
    const before = await rate.textContent();
    const other = `${year} 年学习贯彻党的理论专题讲座`;
    await implementPlan(admin.page, row(admin.page, other));
    await row(admin.page, other).getByText('已实施').waitFor();
    await academy.page.waitForFunction((previous) => document.querySelector('[data-testid="rate-value"]')?.textContent !== previous, before);
    await screenshot(academy.page, 'plan-rate-live');
    expect(await accessibilityViolations(academy.page)).toEqual([]);
    await screenshot(admin.page, 'plan-list');
    expect(await accessibilityViolations(admin.page)).toEqual([]);

    expect([...admin.pageErrors, ...academy.pageErrors]).toEqual([]);
    await admin.page.context().close();
    await academy.page.context().close();
  });

  it('a department manager, whose department has no orgs below, sees neither 下级机构计划 nor 所属机构', async () => {
    const { page, pageErrors } = await openPage(env.browser);
    await signInAs(page, env.portal.url, 'xmt_manager');
    await page.goto(`${env.portal.url}/plans`);
    await page.locator('.plan-list .arco-table-tr').nth(1).waitFor();
    expect(await page.locator('.plan-list__scopes [role=tab]').allTextContents()).toEqual(['全部计划', '本机构计划']);
    expect(await page.locator('.arco-table-th', { hasText: '所属机构' }).count()).toBe(0);
    await screenshot(page, 'plan-list-department');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
