import fs from 'node:fs';
import { accessibilityViolations } from '../support/accessibility';
import { openPage, screenshot, signInAs } from '../support/browser';
import { postAs } from '../support/people';
import { usePortalAndBrowser } from '../support/portal';

/**
 * 学时档案 (SPEC §3a), live: a staff member watches 我的学时 while a manager
 * watches the at-risk list; hours confirmed for a class appear at once in
 * both, a correction (a reversal and its new row, H-1) and another
 * activity recorded by the manager too; the list exports to Excel. The
 * class's certificate downloads, its QR code opens the public verification
 * page, and the correction revokes it (H-3).
 */
describe('journey: the continuing-education record', () => {
  const env = usePortalAndBrowser();

  it('hours confirmed and corrected reach 我的学时 and the at-risk list live', async () => {
    const db = env.portal.t.db;
    const year = new Date().getFullYear();
    const staff = await openPage(env.browser);
    await signInAs(staff.page, env.portal.url, 'staff');
    const manager = await openPage(env.browser);
    await signInAs(manager.page, env.portal.url, 'cnic_admin');
    const { page } = manager;
    const mine = staff.page.locator('.hours-summary');

    // The demo's staff member has a class and a conference this year: 32 of 90 hours.
    await staff.page.goto(`${env.portal.url}/training/hours`);
    await mine.getByText('32.0').waitFor();
    expect(await accessibilityViolations(staff.page)).toEqual([]);

    // H-2: below half of the requirement, she is on the manager's at-risk list.
    await page.goto(`${env.portal.url}/training/hours/people`);
    await page.getByLabel('姓名 / 工号').fill('唐安莉');
    await page.getByText('只看预警人员').click();
    await page.getByRole('button', { name: '查询' }).click();
    const herRow = page.locator('.arco-table-tr', { hasText: '唐安莉' });
    await herRow.getByText('预警').waitFor();
    await screenshot(page, 'hours-at-risk');
    expect(await accessibilityViolations(page)).toEqual([]);

    // T-6: the manager confirms her hours of another class (16 学时, 专业科目) on its page.
    const plan = await db('plans').where({ name: `${year} 年科技云平台运维技术系列讲座` }).first('id', 'version');
    await postAs(page, env.portal.url, `/api/plans/${plan.id}/implement`, { version: plan.version });
    const cls = await db('training_classes').where({ plan_id: plan.id }).first('id');
    const { staff_id: staffId } = await db('users').where({ username: 'staff' }).first('staff_id');
    await postAs(page, env.portal.url, `/api/training/classes/${cls.id}/attendees`, { staffIds: [staffId] });
    await postAs(page, env.portal.url, `/api/training/classes/${cls.id}/attendance`, { staffIds: [staffId], attended: true });
    const classPage = await page.context().newPage();
    await classPage.goto(`${env.portal.url}/training/classes/${cls.id}`);
    await classPage.getByRole('button', { name: '学时确认（全部已参会人员）' }).click();
    await classPage.locator('.arco-popconfirm').getByRole('button', { name: '确定' }).click();
    await classPage.getByTestId('attendance-counts').filter({ hasText: '已确认学时 1 人' }).waitFor();

    // Both pages learn of it without a reload: 48 hours, 32 of them professional; she is no longer at risk.
    await mine.getByText('48.0').waitFor();
    await staff.page.locator('.hours-entries').getByText(`${year} 年科技云平台运维技术系列讲座`).waitFor();
    await page.getByText('没有符合条件的人员').waitFor();

    // H-3: her certificate of the class downloads; its QR code (a link in the PDF too) opens the public verification page.
    const certificate = staff.page.waitForEvent('download');
    await staff.page.getByRole('button', { name: `结业证书 ${year} 年科技云平台运维技术系列讲座` }).click();
    const pdf = fs.readFileSync((await (await certificate).path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const verifyUrl = /\/URI \((http[^)]+\/verify\/[^)]+)\)/.exec(pdf.toString('latin1'))![1];
    const verifier = await openPage(env.browser);
    await verifier.page.goto(verifyUrl);
    await verifier.page.getByText('证书有效').waitFor();
    await verifier.page.getByText('唐*莉').waitFor();
    expect(await verifier.page.getByText('唐安莉').count()).toBe(0);
    await screenshot(verifier.page, 'hours-verify-valid');
    expect(await accessibilityViolations(verifier.page)).toEqual([]);

    // H-1: the manager corrects the class's row to 8 hours: a reversal and its new row, with the reason.
    await page.goto(`${env.portal.url}/training/hours/people/${staffId}`);
    await page.getByRole('button', { name: `冲销 / 更正 ${year} 年科技云平台运维技术系列讲座`, exact: false }).click();
    const reversal = page.getByRole('dialog');
    await reversal.getByLabel('原因').fill('实际参加半天');
    await reversal.getByLabel('专业科目').fill('8');
    await reversal.getByRole('button', { name: '确认冲销' }).click();
    await reversal.waitFor({ state: 'hidden' });
    await mine.getByText('40.0').waitFor();
    const entries = staff.page.locator('.hours-entries');
    await entries.getByText('冲销', { exact: true }).waitFor();
    await entries.getByText('更正', { exact: true }).waitFor();
    expect(await entries.getByText('实际参加半天').count()).toBe(2);
    // The correction revoked the certificate the QR code points to.
    await verifier.page.reload();
    await verifier.page.getByText('证书已作废').waitFor();
    await verifier.page.context().close();

    // H-1: another activity, with its evidence, typed by keyboard.
    await page.getByRole('button', { name: '记入其他学时' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('活动名称').fill('科研诚信在线课程');
    await form.getByRole('combobox', { name: '学时类别' }).click();
    await page.getByRole('option', { name: '公需科目' }).click();
    await form.getByLabel('学时', { exact: true }).fill('10');
    await form.getByLabel('证明材料').fill('中国科学院继续教育网结业记录');
    await form.getByRole('button', { name: '记入' }).click();
    await form.waitFor({ state: 'hidden' });
    await mine.getByText('50.0').waitFor();
    // Its evidence, a scanned certificate, added to the row; the staff member's page shows it live.
    await page.getByRole('button', { name: '证明材料（0） 科研诚信在线课程' }).click();
    const evidence = page.getByRole('dialog');
    await evidence.locator('input[type="file"]').setInputFiles({ name: '结业证明.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
    await evidence.getByRole('link', { name: '结业证明.pdf' }).waitFor();
    await evidence.getByRole('button', { name: /关闭|Close/ }).first().click();
    await staff.page.getByRole('button', { name: '证明材料（1） 科研诚信在线课程' }).waitFor();
    await screenshot(staff.page, 'hours-mine');
    expect(await accessibilityViolations(staff.page)).toEqual([]);
    await screenshot(page, 'hours-person');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The list as filtered exports to a workbook.
    await page.goto(`${env.portal.url}/training/hours/people`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/^计算机网络信息中心-\d{4}-学时\.xlsx$/);

    expect([...staff.pageErrors, ...manager.pageErrors]).toEqual([]);
    await staff.page.context().close();
    await page.context().close();
  });
});
