import { accessibilityViolations } from '../support/accessibility';
import type { Page } from 'playwright-core';
import { openPage, screenshot, signInAs } from '../support/browser';
import { usePortalAndBrowser } from '../support/portal';

/**
 * SPEC §4 in three browsers at once: a department manager submits, the
 * institute admin sees it arrive without reloading and approves it, the
 * Academy sees it arrive and returns it with a comment, the manager sees
 * 驳回修改 live, edits and resubmits, and the institute admin sees the diff.
 */
describe('journey: a plan climbs its chain live', () => {
  const env = usePortalAndBrowser();

  const row = (page: Page, name: string) => page.locator('.arco-table-tr', { hasText: name });
  const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

  /** Opens a row's drawer, picks the decision, writes the comment and sends it. */
  const decide = async (page: Page, name: string, verdict: string, comment: string) => {
    await row(page, name).getByRole('button', { name: '审批' }).click();
    const drawer = page.getByTestId('decision-drawer');
    await drawer.getByText(verdict, { exact: true }).click();
    await drawer.locator('textarea').fill(comment);
    await drawer.getByRole('button', { name: '提交' }).click();
    await page.getByText(`已提交审批意见：${verdict}`).waitFor();
  };

  it('submit → institute approves → Academy returns → manager resubmits → institute sees the diff', async () => {
    const name = `${new Date().getFullYear() + 1} 年短视频制作技能实训`;
    const [manager, institute, academy] = await Promise.all([openPage(env.browser), openPage(env.browser), openPage(env.browser)]);
    await signInAs(manager.page, env.portal.url, 'xmt_manager');
    await signInAs(institute.page, env.portal.url, 'cnic_admin');
    await signInAs(academy.page, env.portal.url, 'admin');
    await manager.page.goto(`${env.portal.url}/plans`);
    await Promise.all([institute.page, academy.page].map((p) => p.goto(`${env.portal.url}/approvals`)));
    for (const { page } of [manager, institute, academy]) {
      await page.locator('.portal__live[data-live="online"]').waitFor();
      await markDocument(page);
    }
    const badge = institute.page.getByTestId('approvals-badge');
    const pendingBefore = Number((await badge.count()) ? await badge.textContent() : 0);

    // The manager submits the draft; it appears at the institute, and the menu badge counts it.
    await row(manager.page, name).getByRole('button', { name: '提交' }).click();
    await row(manager.page, name).getByText('计算机网络信息中心(已上报)').waitFor();
    await row(institute.page, name).waitFor();
    await institute.page.waitForFunction((before) => Number(document.querySelector('[data-testid="approvals-badge"]')?.textContent ?? 0) === before + 1, pendingBefore);
    await screenshot(institute.page, 'approvals-queue');
    expect(await accessibilityViolations(institute.page)).toEqual([]);

    // The institute approves; it arrives at the Academy.
    await decide(institute.page, name, '审批通过', '同意上报');
    await row(academy.page, name).waitFor();
    await row(manager.page, name).getByText('中国科学院(已上报)').waitFor();

    // The Academy returns it with a comment; the manager's list shows it live.
    await decide(academy.page, name, '驳回修改', '请将学时压缩到 12 学时以内');
    await row(manager.page, name).getByText('中国科学院(驳回修改)').waitFor();
    await institute.page.getByTestId('bell').click();
    await institute.page.getByText(`《${name}》：中国科学院驳回修改`).waitFor();
    await screenshot(institute.page, 'approvals-bell');
    expect(await accessibilityViolations(institute.page)).toEqual([]);
    await institute.page.keyboard.press('Escape');

    // The manager edits and resubmits from the form.
    await row(manager.page, name).getByRole('button', { name: '编辑' }).click();
    // Wait for the plan to load into the form before changing it, or the load would overwrite the change.
    await manager.page.waitForFunction((expected) => [...document.querySelectorAll('.plan-form input')].some((i) => (i as HTMLInputElement).value === expected), name);
    const hours = manager.page.locator('.plan-form .arco-form-item', { hasText: '学时' }).locator('input').first();
    await hours.fill('12');
    await hours.blur();
    await manager.page.getByRole('button', { name: '提交' }).click();
    await row(manager.page, name).getByText('计算机网络信息中心(已上报)').waitFor();

    // Round two reaches the institute, which sees what changed and the history.
    const resubmitted = row(institute.page, name);
    await resubmitted.getByText('第 2 次上报').waitFor();
    await resubmitted.getByRole('button', { name: '审批' }).click();
    const drawer = institute.page.getByTestId('decision-drawer');
    await drawer.getByText('与退回版本相比的修改（第 1 次 → 第 2 次上报）').waitFor();
    await drawer.locator('del', { hasText: '16' }).waitFor();
    await drawer.locator('ins', { hasText: '12' }).waitFor();
    await drawer.getByText('请将学时压缩到 12 学时以内').waitFor();
    await screenshot(institute.page, 'approvals-diff');
    expect(await accessibilityViolations(institute.page)).toEqual([]);

    // The manager's plan view: both submissions with the Academy's comment, and what happened to the plan.
    await row(manager.page, name).locator('.plan-list__name').click();
    const view = manager.page.locator('.plan-view');
    await view.getByText('中国科学院 · 中科院管理员 · 驳回修改').waitFor();
    await view.getByText('孙健英 第 2 次上报').waitFor();
    await view.locator('.arco-timeline-item', { hasText: '网络中心管理员 · 计算机网络信息中心：审批通过' }).waitFor();
    await screenshot(manager.page, 'plan-view-approvals');
    expect(await accessibilityViolations(manager.page)).toEqual([]);

    for (const { page } of [manager, institute, academy]) expect(await sameDocument(page)).toBe(true);
    expect([...manager.pageErrors, ...institute.pageErrors, ...academy.pageErrors]).toEqual([]);
    await Promise.all([manager, institute, academy].map(({ page }) => page.context().close()));
  });
});
