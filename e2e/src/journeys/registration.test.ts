import type { Page } from 'playwright-core';
import { academyYear } from '@casmooc/domain';
import { accessibilityViolations } from '../support/accessibility';
import { menuItem, openPage, screenshot, signInAs, tablesScrollingSideways } from '../support/browser';
import { classOpenForRegistration } from '../support/open-class';
import { usePortalAndBrowser } from '../support/portal';

/**
 * SPEC T-4 in three browsers: an institute's class with one seat, open to
 * the institute, registration needing approval. Staff register from
 * 可报名培训; the institute admin sees it arrive on the class's page and
 * approves; the staff member sees 已报名 without reloading. A manager of
 * the department registers and waits; the staff member withdraws and the
 * waiting manager moves up, told live.
 */
describe('journey: registration, approval and the waitlist, live', () => {
  const env = usePortalAndBrowser();
  const year = academyYear();

  const row = (page: Page, name: string) => page.locator('.arco-table-tr', { hasText: name });

  it('with nothing open yet, the staff member’s empty lists fit 1024 px: no header scrolling sideways with nothing a keyboard can reach', async () => {
    const { page } = await openPage(env.browser);
    await page.setViewportSize({ width: 1024, height: 768 });
    await signInAs(page, env.portal.url, 'staff');
    for (const [entry, empty] of [['可报名培训', '目前没有向您开放报名的培训班'], ['我的培训', '您还没有报名任何培训班'], ['培训通知', '还没有发给您的培训通知']]) {
      await menuItem(page, entry).click();
      await page.getByText(empty).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await tablesScrollingSideways(page)).toBe(0);
    }
    await page.context().close();
  });

  it('报名 → approved live → a second person waits → the first withdraws → the second moves up, told live', async () => {
    const name = `${year} 年科研伦理与学术规范讲座`;
    // One seat, registration needing approval.
    const c = await classOpenForRegistration(env.portal.bff.app, env.portal.t.db, name, { headcount: 1, registrationApproval: true });
    const [staff, admin, waiting] = await Promise.all([openPage(env.browser), openPage(env.browser), openPage(env.browser)]);
    await signInAs(staff.page, env.portal.url, 'staff');
    await signInAs(admin.page, env.portal.url, 'cnic_admin');
    await signInAs(waiting.page, env.portal.url, 'xmt_manager');

    // The admin watches the class's page.
    await admin.page.goto(`${env.portal.url}/training/classes/${c.id}`);
    await admin.page.getByText('还没有人报名').waitFor();
    await admin.page.locator('.portal__live[data-live="online"]').waitFor();

    // Staff open 可报名培训 from the menu and register.
    const { page } = staff;
    await menuItem(page, '可报名培训').click();
    await row(page, name).getByText('剩余 1 / 共 1').waitFor();
    await page.locator('.portal__live[data-live="online"]').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await row(page, name).getByRole('button', { name: '报名', exact: true }).click();
    await page.getByText(`已报名“${name}”，等待培训管理员审批`).waitFor();
    await row(page, name).getByText('待审批').waitFor();
    await screenshot(page, 'registration-open');
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, 'registration-open-1024');

    // It arrives on the admin's page without reloading; the admin approves it.
    const registrations = admin.page.locator('.arco-card', { hasText: '报名情况' });
    await registrations.locator('.arco-table-tr', { hasText: '唐安莉' }).getByText('待审批').waitFor();
    // The whole class page, as wide as a laptop and at 1024 px, where its tables must fit without scrolling sideways.
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    await admin.page.setViewportSize({ width: 1024, height: 768 });
    expect(await accessibilityViolations(admin.page)).toEqual([]);
    expect(await tablesScrollingSideways(admin.page)).toBe(0);
    expect(await registrations.getByRole('checkbox', { name: '选择 唐安莉' }).isDisabled()).toBe(false);
    await registrations.locator('.arco-table-tr', { hasText: '唐安莉' }).locator('.arco-checkbox').click();
    await registrations.getByRole('button', { name: '通过（1）', exact: true }).click();
    await admin.page.getByText('已通过 1 人，已加入实际参会人员').waitFor();
    await screenshot(admin.page, 'registration-manager');

    // The staff member sees 已报名 live; the class is full.
    await row(page, name).getByText('已报名').waitFor();
    await row(page, name).getByText('剩余 0 / 共 1').waitFor();

    // Someone else registers for the full class: they wait, first in line.
    await menuItem(waiting.page, '可报名培训').click();
    await row(waiting.page, name).getByRole('button', { name: '报名', exact: true }).click();
    await waiting.page.getByText(`名额已满，已进入“${name}”的候补，第 1 位`).waitFor();
    await row(waiting.page, name).getByText('候补第 1 位').waitFor();
    await row(page, name).getByText('候补 1 人').waitFor();

    // The first withdraws; the one waiting moves up (awaiting approval, as the class needs it) and sees it at once.
    await row(page, name).getByRole('button', { name: '退出报名' }).click();
    await page.getByRole('button', { name: '确定' }).click();
    await page.getByText(`已退出“${name}”的报名`).waitFor();
    await row(waiting.page, name).getByText('待审批').waitFor();
    await registrations.locator('.arco-table-tr', { hasText: '唐安莉' }).getByText('已退出').waitFor();
    await screenshot(waiting.page, 'registration-promoted');

    // 我的培训 keeps the class with where each stands.
    await menuItem(page, '我的培训').click();
    await row(page, name).getByText('已退出').waitFor();
    // …and a private calendar feed, shown once, that a calendar app reads without a session.
    await page.getByRole('button', { name: '开启日历订阅' }).click();
    const url = (await page.getByTestId('calendar-url').textContent())!.trim();
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'registration-mine');

    expect([...staff.pageErrors, ...admin.pageErrors, ...waiting.pageErrors]).toEqual([]);
    await Promise.all([staff, admin, waiting].map(({ page: p }) => p.context().close()));
  });
});
