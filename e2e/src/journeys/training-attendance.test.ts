import { accessibilityViolations } from '../support/accessibility';
import { implementPlan, openPage, screenshot, signInAs } from '../support/browser';
import { importMixedSheet, makeGroup, postAs } from '../support/people';
import { usePortalAndBrowser } from '../support/portal';

/**
 * An institute admin implements a published project plan, opens the class
 * it became (T-1) in the mf-training remote, and fills its attendance with
 * the shell's people picker loaded by that remote: a whole department, an
 * address-book group, and a sheet with good and bad rows (T-6). Then ticks
 * who attended and confirms their hours, which a second confirmation does
 * not double.
 */
describe('journey: attendance of a training class', () => {
  const env = usePortalAndBrowser();

  it('implements a plan, adds people three ways, ticks attendees and confirms their hours', async () => {
    const year = new Date().getFullYear();
    const name = `${year} 年科技云平台运维技术系列讲座`;
    const db = env.portal.t.db;
    const { page, pageErrors } = await openPage(env.browser);
    await signInAs(page, env.portal.url, 'cnic_admin');

    // P-10 / T-1: implementing the published project plan creates its class.
    await page.goto(`${env.portal.url}/plans`);
    const planRow = page.locator('.arco-table-tr', { hasText: name });
    await implementPlan(page, planRow);
    await planRow.getByText('已实施').waitFor();

    // The plan's history leads to its class.
    await planRow.locator('.plan-list__name').click();
    await page.locator('.plan-view').getByText('查看培训班与参会人员').click();
    await page.locator('.class-summary').getByText('计划参加人数').waitFor();
    const counts = page.getByTestId('attendance-counts');
    await counts.filter({ hasText: '已添加 0 人' }).waitFor();
    const picker = page.locator('.picker');
    const added = (text: string) => page.locator('.arco-message', { hasText: text }).waitFor();

    // 1. 其他人员添加, by department: the whole 党群办公室.
    await page.getByRole('button', { name: '其他人员添加' }).click();
    const party = picker.locator('.picker__tree .arco-tree-node', { hasText: '党群办公室' }).first();
    const partyCount = Number((await party.textContent())!.match(/（(\d+)）/)![1]);
    await party.locator('.arco-checkbox').click();
    await picker.getByRole('button', { name: `确定（${partyCount}）` }).click();
    await added(`已添加 ${partyCount} 人`);
    await counts.filter({ hasText: `已添加 ${partyCount} 人` }).waitFor();

    // 2. By address-book group: two new people and one already listed.
    const staffOf = (org: string, n: number) => db('staff as s').join('orgs as o', 'o.id', 's.org_id').where('o.name', org).orderBy('s.employee_no').limit(n).pluck('s.id');
    await makeGroup(page, env.portal.url, '运维讲座学员', [...(await staffOf('新媒体技术与应用发展部', 2)), ...(await staffOf('党群办公室', 1))]);
    await page.getByRole('button', { name: '其他人员添加' }).click();
    await picker.getByText('从通讯录选择').click();
    await picker.locator('.picker__group', { hasText: '运维讲座学员' }).click();
    await picker.getByText('全选（3 人）').click();
    await picker.getByRole('button', { name: '确定（3）' }).click();
    await added('已添加 2 人，1 人已在名单中');
    await counts.filter({ hasText: `已添加 ${partyCount + 2} 人` }).waitFor();

    // 3. 其他人员导入: the picker opens at the sheet import; only the matched row is added.
    await page.getByRole('button', { name: '其他人员导入' }).click();
    await importMixedSheet(picker, db, '基地办公室');
    await screenshot(page, 'attendance-import-preview');
    expect(await accessibilityViolations(page)).toEqual([]);
    await picker.getByRole('button', { name: '添加 1 位已匹配人员' }).click();
    await picker.getByRole('button', { name: '确定（1）' }).click();
    await added('已添加 1 人');
    const total = partyCount + 3;
    await counts.filter({ hasText: `已添加 ${total} 人` }).waitFor();
    await page.getByText(`共 ${total} 人`).waitFor();

    // T-6: tick three people on the page as attending, then confirm everyone ticked.
    const rows = page.locator('.arco-card', { hasText: '实际参会人员' }).locator('tbody .arco-table-tr');
    for (let i = 0; i < 3; i++) await rows.nth(i).locator('.arco-checkbox').click();
    await page.getByRole('button', { name: '标记参会（3）' }).click();
    await counts.filter({ hasText: '已参会 3 人 · 已确认学时 0 人' }).waitFor();
    await page.getByRole('button', { name: '学时确认（全部已参会人员）' }).click();
    await page.locator('.arco-popconfirm', { hasText: '每人 16 学时' }).getByRole('button', { name: '确定' }).click();
    await added('已为 3 人确认学时');
    await counts.filter({ hasText: '已参会 3 人 · 已确认学时 3 人' }).waitFor();
    await page.locator('.arco-radio-group').getByText('已确认学时', { exact: true }).click();
    await page.getByText('共 3 人').waitFor();
    expect(await rows.locator('.arco-checkbox-disabled').count()).toBe(3);
    expect(await page.getByRole('button', { name: '学时确认（全部已参会人员）' }).isDisabled()).toBe(true);
    await screenshot(page, 'attendance-confirmed');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '返回培训班列表' }).click();
    await page.locator('.arco-table-tr', { hasText: name }).getByText('3 / 3').waitFor();

    // A second confirmation through the API gives nobody hours twice.
    const cls = await db('training_classes').where({ name }).first();
    expect(await postAs(page, env.portal.url, `/api/training/classes/${cls.id}/confirm-hours`, {})).toMatchObject({ confirmed: 0, already_confirmed: 3 });
    const [{ hours }] = await db('class_attendees').where({ class_id: cls.id }).sum({ hours: 'confirmed_hours' });
    expect(Number(hours)).toBe(3 * 16);
    expect(await db('class_attendees').where({ class_id: cls.id }).count({ n: '*' }).then(([r]) => Number(r.n))).toBe(total);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
