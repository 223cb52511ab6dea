import { accessibilityViolations } from '../support/accessibility';
import { openPage, screenshot, signInAs } from '../support/browser';
import { postAs } from '../support/people';
import { usePortalAndBrowser } from '../support/portal';

/**
 * 培训项目报表 (T-7): from a class's page its manager opens the report —
 * headcount by post type against the plan, attendance and hours, notices,
 * budget — records what the class cost, exports it and prints it without
 * the portal around it; at 1366 and 1024 px, in both languages.
 */
describe('journey: the class report', () => {
  const env = usePortalAndBrowser();

  it('shows a class from plan to hours, records its spending, exports and prints', async () => {
    const db = env.portal.t.db;
    const year = new Date().getFullYear();
    const { page, pageErrors } = await openPage(env.browser);
    await signInAs(page, env.portal.url, 'cnic_admin');

    // An implemented class with three people attending, their hours confirmed.
    const plan = await db('plans').where({ name: `${year} 年科技云平台运维技术系列讲座` }).first('id', 'version');
    await postAs(page, env.portal.url, `/api/plans/${plan.id}/implement`, { version: plan.version });
    const cls = await db('training_classes').where({ plan_id: plan.id }).first('id', 'version');
    const people: number[] = (await db('staff as s').join('orgs as o', 'o.id', 's.org_id').where('o.name', '党群办公室').orderBy('s.employee_no').limit(3).pluck('s.id')).map(Number);
    await postAs(page, env.portal.url, `/api/training/classes/${cls.id}/attendees`, { staffIds: people });
    await postAs(page, env.portal.url, `/api/training/classes/${cls.id}/attendance`, { staffIds: people, attended: true });
    await postAs(page, env.portal.url, `/api/training/classes/${cls.id}/confirm-hours`, {});
    await postAs(page, env.portal.url, `/api/training/classes/${cls.id}/implement`, { version: cls.version });

    await page.goto(`${env.portal.url}/training/classes/${cls.id}`);
    await page.getByRole('button', { name: '培训项目报表' }).click();
    const report = page.locator('.class-report');
    await report.getByText('参训人数：计划与实际').waitFor();
    await report.getByText('48 学时 · 3 人').waitFor();
    // 60 planned, the 3 who attended.
    expect(await report.getByRole('row', { name: /^合计/ }).textContent()).toBe('合计603');

    // T-7: what it cost, recorded by keyboard.
    const spent = page.getByRole('spinbutton', { name: '实际支出（元）' });
    await spent.fill('12345.6');
    await spent.press('Enter');
    await page.locator('.arco-message', { hasText: '实际支出已保存' }).waitFor();
    await report.getByText(/预算结余/).waitFor();
    await page.locator('.arco-spin-loading').first().waitFor({ state: 'detached' });
    await screenshot(page, 'class-report-1366');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1024, height: 800 });
    await screenshot(page, 'class-report-1024');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // The workbook, and the page printed without the portal's header and menu.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    expect((await download).suggestedFilename()).toBe(`${year} 年科技云平台运维技术系列讲座-培训项目报表.xlsx`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.portal__sider').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // In English too.
    await page.locator('.portal__locale').click();
    await page.getByRole('option', { name: 'English' }).click();
    await report.getByText('Participants: planned and actual').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
