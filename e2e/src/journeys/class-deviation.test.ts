import { accessibilityViolations } from '../support/accessibility';
import type { Page } from 'playwright-core';
import { signIn } from '@casmooc/bff/testing';
import { academyYear, type PlanDto } from '@casmooc/domain';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { openPage, screenshot, signInAs, tablesScrollingSideways } from '../support/browser';
import { usePortalAndBrowser } from '../support/portal';

/**
 * SPEC T-2, T-3, A-7 in two browsers: an institute admin moves a class to
 * another quarter and raises its headcount, sees the redline and the chain,
 * presses 实施; the Academy sees it arrive live in 下级培训审批 with the
 * redline and returns it; the admin fixes it and implements again; the
 * Academy approves; the admin implements it. A class as planned is
 * implemented at once.
 */
describe('journey: a class that deviates from its plan goes up for approval', () => {
  const env = usePortalAndBrowser();
  const year = academyYear();

  /** An institute admin's added plan (no approval needed), published and implemented: its class awaits the form. */
  const implementedPlan = async (name: string): Promise<PlanDto> => {
    const admin = await signIn(env.portal.bff.app, 'cnic_admin');
    const orgId = (await env.portal.t.db('orgs').where({ name: '计算机网络信息中心' }).first()).id;
    const plan = examplePlan({ orgId, name, planType: 'added', year, month: `${year}-03`, headcount: 40, days: 2, budget: 30000 });
    const created = (await admin.post('/api/plans', { plan, submit: true }).expect(201)).body;
    const published = (await admin.post(`/api/plans/${created.id}/publish`, { version: created.version }).expect(200)).body;
    return (await admin.post(`/api/plans/${created.id}/implement`, { version: published.version }).expect(200)).body;
  };

  const row = (page: Page, name: string) => page.locator('.arco-table-tr', { hasText: name });
  const field = (page: Page, label: string) => page.locator('.class-form .arco-form-item', { has: page.getByText(label, { exact: true }) }).locator('input').first();
  /** Types a moment into a date picker and commits it with Enter, as a person at the keyboard would. */
  const typeTime = async (page: Page, label: string, value: string) => {
    const input = field(page, label);
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  };
  const openForm = async (page: Page, name: string) => {
    await page.goto(`${env.portal.url}/training`);
    await row(page, name).getByRole('link', { name: '编辑' }).click();
    await page.waitForFunction((expected) => [...document.querySelectorAll('.class-form input')].some((i) => (i as HTMLInputElement).value === expected), name);
  };

  it('redline and chain → 实施 submits → the Academy returns it live → fixed and resubmitted → approved → implemented; a class as planned is implemented at once', async () => {
    const name = `${year} 年科研数据管理研修班`;
    const planned = `${year} 年网络安全意识培训`;
    await implementedPlan(name);
    await implementedPlan(planned);
    const [institute, academy] = await Promise.all([openPage(env.browser), openPage(env.browser)]);
    await signInAs(institute.page, env.portal.url, 'cnic_admin');
    await signInAs(academy.page, env.portal.url, 'admin');
    await academy.page.goto(`${env.portal.url}/approvals/classes`);
    await academy.page.getByText('下级培训审批', { exact: true }).first().waitFor();
    await academy.page.locator('.portal__live[data-live="online"]').waitFor();

    // The admin moves the class from the first quarter to the second and raises its headcount: the redline shows both, and the chain.
    const { page } = institute;
    await openForm(page, name);
    await typeTime(page, '培训开始时间', `${year}-05-11 09:00`);
    await typeTime(page, '培训结束时间', `${year}-05-12 17:00`);
    await field(page, '计划参加人数').fill('60');
    await field(page, '联系人Email').fill('wangxia@cnic.cn');
    const redline = page.getByTestId('deviation-redline');
    await redline.locator('del', { hasText: `${year} 年第一季度` }).waitFor();
    await redline.locator('ins', { hasText: `${year} 年第二季度` }).waitFor();
    await redline.locator('ins', { hasText: '60' }).waitFor();
    await page.getByText('实施时将提交审批：中国科学院').waitFor();
    await screenshot(page, 'class-form-deviation');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '实施（提交审批）' }).click();
    await page.getByText('中国科学院(已上报)').waitFor();
    await page.getByTestId('why-class.edit').waitFor();

    // The Academy sees it arrive without reloading, with the redline, and returns it.
    const item = row(academy.page, name);
    await item.waitFor();
    await item.getByRole('button', { name: '审批' }).click();
    const drawer = academy.page.getByTestId('decision-drawer');
    await drawer.locator('del', { hasText: '40' }).waitFor();
    await drawer.locator('ins', { hasText: '60' }).waitFor();
    await screenshot(academy.page, 'class-approval-drawer');
    expect(await accessibilityViolations(academy.page)).toEqual([]);
    await drawer.getByText('驳回修改', { exact: true }).click();
    await drawer.locator('textarea').fill('人数请控制在 50 人以内');
    await drawer.getByRole('button', { name: '提交' }).click();
    await academy.page.getByText('已提交审批意见：驳回修改').waitFor();

    // The admin sees 驳回修改 live on the class page, with the comment in its history; fixes it and implements again.
    await page.getByText('中国科学院(驳回修改)').waitFor();
    await page.getByText('人数请控制在 50 人以内').waitFor();
    await page.getByRole('button', { name: '编辑' }).click();
    await page.waitForFunction((expected) => [...document.querySelectorAll('.class-form input')].some((i) => (i as HTMLInputElement).value === expected), name);
    await field(page, '计划参加人数').fill('50');
    await page.getByRole('button', { name: '实施（提交审批）' }).click();
    await page.getByText('中国科学院(已上报)').waitFor();

    // Round two reaches the Academy, which sees what changed and approves.
    await item.getByText('第 2 次上报').waitFor();
    await item.getByRole('button', { name: '审批' }).click();
    await drawer.locator('del', { hasText: '60' }).first().waitFor();
    await drawer.getByText('审批通过', { exact: true }).click();
    await drawer.getByRole('button', { name: '提交' }).click();
    await academy.page.getByText('已提交审批意见：审批通过').waitFor();

    // Approved: the admin implements it.
    await page.getByText('中国科学院(审批通过)').waitFor();
    await page.getByText('调整已审批通过，可以实施').waitFor();
    await page.getByRole('button', { name: '实施', exact: true }).click();
    await page.getByText('培训已实施').first().waitFor();
    await page.locator('.class-view .arco-tag', { hasText: '已实施' }).waitFor();
    await screenshot(page, 'class-view-implemented');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A class as planned: 实施 from the form implements it at once.
    await openForm(page, planned);
    await field(page, '联系人Email').fill('wangxia@cnic.cn');
    await page.getByText('与计划一致：实施时无需审批').waitFor();
    await page.getByRole('button', { name: '实施', exact: true }).click();
    await page.getByText('培训已实施').first().waitFor();
    await page.goto(`${env.portal.url}/training`);
    await row(page, planned).getByText('已实施').waitFor();
    await row(page, name).getByText('已实施').waitFor();
    await screenshot(page, 'class-list');
    expect(await accessibilityViolations(page)).toEqual([]);
    // At 1440 px every column of 培训班管理 fits without scrolling sideways.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.waitForFunction(() => window.innerWidth === 1440);
    expect(await tablesScrollingSideways(page)).toBe(0);

    expect([...institute.pageErrors, ...academy.pageErrors]).toEqual([]);
    await Promise.all([institute, academy].map(({ page: p }) => p.context().close()));
  });
});
