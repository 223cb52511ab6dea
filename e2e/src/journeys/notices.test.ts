import { readFile } from 'node:fs/promises';
import { signIn } from '@casmooc/bff/testing';
import { academyYear, type TrainingClassDto } from '@casmooc/domain';
import { accessibilityViolations } from '../support/accessibility';
import { openPage, screenshot, signInAs } from '../support/browser';
import { classOpenForRegistration } from '../support/open-class';
import { usePortalAndBrowser } from '../support/portal';

/**
 * SPEC T-5 in two browsers: the institute admin sends a notice for a class
 * to a department picked with the shared picker and to everyone
 * registered, asking 确认收到, with an attachment; a staff member sees the
 * unread count in the header at once, opens the notice (read), downloads
 * the attachment and acknowledges it; the admin sees the receipts change live.
 */
describe('journey: a notice sent, read and acknowledged, live', () => {
  const env = usePortalAndBrowser();
  const year = academyYear();

  const classOpenTo = async (name: string): Promise<TrainingClassDto> => {
    const c = await classOpenForRegistration(env.portal.bff.app, env.portal.t.db, name);
    // Someone registered already: the notice reaches them as "everyone registered".
    await (await signIn(env.portal.bff.app, 'xmt_manager')).post(`/api/training/open/${c.id}/register`).expect(200);
    return c;
  };

  it('发送通知 with an attachment to a department and the registered → unread in the header → opened, downloaded, acknowledged → receipts live', async () => {
    const name = `${year} 年保密工作专题培训`;
    const c = await classOpenTo(name);
    const [admin, staff] = await Promise.all([openPage(env.browser), openPage(env.browser)]);
    await signInAs(admin.page, env.portal.url, 'cnic_admin');
    await signInAs(staff.page, env.portal.url, 'staff');
    await staff.page.locator('.portal__live[data-live="online"]').waitFor();
    await staff.page.getByRole('button', { name: '打开培训通知' }).waitFor();

    // The admin writes the notice on the class's page and picks the staff member's department.
    const { page } = admin;
    await page.goto(`${env.portal.url}/training/classes/${c.id}`);
    const card = page.locator('.notices-card');
    await card.getByText('还没有发送通知').waitFor();
    await card.getByRole('button', { name: '发送通知' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByPlaceholder('例如：开班通知').fill('开班通知');
    await dialog.locator('.ProseMirror').fill('请于 12 月 30 日 9:00 到中关村园区报到。');
    await dialog.getByText('要求确认收到').click();
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 1)]);
    await dialog.locator('input[type=file]').setInputFiles({ name: '报到须知.pdf', mimeType: 'application/pdf', buffer: pdf });
    await dialog.getByRole('link', { name: '报到须知.pdf' }).waitFor();
    await dialog.getByRole('button', { name: '选择人员' }).click();
    const picker = page.locator('.picker');
    const department = picker.locator('.picker__tree .arco-tree-node', { hasText: '新媒体技术与应用发展部' }).first();
    const size = Number((await department.textContent())!.match(/（(\d+)）/)![1]);
    await department.locator('.arco-checkbox').click();
    await picker.getByRole('button', { name: `确定（${size}）` }).click();
    expect(await accessibilityViolations(page, '.send-notice')).toEqual([]);
    await screenshot(page, 'notice-send');
    await dialog.getByRole('button', { name: '发送' }).click();
    // The department, and the one registered (who is in it too, so once).
    await page.getByText(`通知已发送给 ${size} 人`).waitFor();
    await card.getByRole('link', { name: '报到须知.pdf' }).waitFor();

    // Staff see it arrive in the header without reloading, open it and acknowledge it.
    await staff.page.getByRole('button', { name: /打开培训通知 \d+ 条未读/ }).click();
    const row = staff.page.locator('.inbox .arco-table-tr', { hasText: '开班通知' });
    await row.getByText('未读').waitFor();
    expect(await accessibilityViolations(staff.page)).toEqual([]);
    await row.getByRole('button', { name: '查看 开班通知' }).click();
    await staff.page.getByRole('dialog').getByText('请于 12 月 30 日 9:00 到中关村园区报到。').waitFor();
    await screenshot(staff.page, 'notice-read');
    const [download] = await Promise.all([staff.page.waitForEvent('download'), staff.page.getByRole('dialog').getByRole('link', { name: '报到须知.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('报到须知.pdf');
    expect(Buffer.compare(await readFile((await download.path())!), pdf)).toBe(0);
    await staff.page.getByRole('button', { name: '确认收到' }).click();
    await staff.page.getByRole('dialog').getByText('已于', { exact: false }).waitFor();
    await staff.page.getByRole('button', { name: '关闭' }).click();
    await row.getByText('已确认收到').waitFor();
    await staff.page.getByRole('button', { name: '打开培训通知' }).waitFor();

    // The admin's counts moved without reloading; the receipts name who read it.
    await card.getByText(`发送 ${size} · 已读 1 · 确认 1`).waitFor();
    await card.getByRole('button', { name: '回执' }).click();
    const drawer = page.locator('.arco-drawer');
    await drawer.getByText('已确认', { exact: true }).click();
    await screenshot(page, 'notice-receipts');
    await drawer.locator('.arco-table-tr', { hasText: '唐安莉' }).waitFor();

    expect([...admin.pageErrors, ...staff.pageErrors]).toEqual([]);
    await Promise.all([admin, staff].map(({ page: p }) => p.context().close()));
  });
});
