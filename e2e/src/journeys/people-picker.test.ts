import { accessibilityViolations } from '../support/accessibility';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { menuItem, openPage, screenshot, signInAs } from '../support/browser';
import { importMixedSheet } from '../support/people';
import { usePortalAndBrowser } from '../support/portal';

/**
 * The people picker in a real browser, from the 通讯录 page: by department
 * (with pinyin search), by address-book group, and by importing a sheet
 * with good and bad rows.
 */
describe('journey: picking people', () => {
  const env = usePortalAndBrowser();

  it('a training manager builds groups with all three ways of picking', async () => {
    const { page, pageErrors } = await openPage(env.browser);
    await signInAs(page, env.portal.url, 'cnic_admin');
    await menuItem(page, '通讯录').click();

    const createGroup = async (name: string) => {
      await page.getByRole('button', { name: '新建分组' }).click();
      await page.getByPlaceholder('如：新媒体骨干').fill(name);
      await page.getByRole('button', { name: '确定' }).click();
      await page.locator('.contacts__members').getByText(`${name}（0 人）`).waitFor();
    };

    // 1. By department: tick a whole department, then add one more person found by pinyin.
    await createGroup('党群骨干');
    await page.getByRole('button', { name: '添加成员' }).click();
    const picker = page.locator('.picker');
    // .first(): while the tree expands, Arco renders a node twice for the animation.
    const party = picker.locator('.picker__tree .arco-tree-node', { hasText: '党群办公室' }).first();
    const partyCount = Number((await party.textContent())!.match(/（(\d+)）/)![1]);
    await party.locator('.arco-checkbox').click();
    await picker.getByTestId('picker-count').filter({ hasText: `已选 ${partyCount} 人` }).waitFor();
    const someone = await env.portal.t.db('staff as s').join('orgs as o', 'o.id', 's.org_id').where('o.name', '广州中心运维组').first('s.name', 's.name_pinyin');
    await picker.locator('.picker__tree .arco-tree-node', { hasText: '计算机网络信息中心' }).first().locator('.arco-tree-node-title').click();
    await picker.getByPlaceholder('搜索姓名、拼音、工号、手机或邮箱').fill(someone.name_pinyin);
    await picker.locator('.picker__staff-row', { hasText: someone.name }).first().locator('.arco-checkbox').click();
    await picker.getByTestId('picker-count').filter({ hasText: `已选 ${partyCount + 1} 人` }).waitFor();
    await screenshot(page, 'picker-by-department');
    expect(await accessibilityViolations(page)).toEqual([]);
    await picker.getByRole('button', { name: `确定（${partyCount + 1}）` }).click();
    await page.locator('.contacts__members').getByText(`党群骨干（${partyCount + 1} 人）`).waitFor();

    // 2. By group: a second group filled from the first.
    await createGroup('联络人');
    await page.getByRole('button', { name: '添加成员' }).click();
    await picker.getByText('从通讯录选择').click();
    await picker.locator('.picker__group', { hasText: '党群骨干' }).click();
    await picker.getByText(`全选（${partyCount + 1} 人）`).click();
    await picker.getByRole('button', { name: `确定（${partyCount + 1}）` }).click();
    await page.locator('.contacts__members').getByText(`联络人（${partyCount + 1} 人）`).waitFor();

    // 3. By Excel: good and bad rows, each with its reason; only the matched are added.
    await createGroup('导入名单');
    await page.getByRole('button', { name: '添加成员' }).click();
    await picker.getByText('从Excel导入').click();
    const known = await importMixedSheet(picker, env.portal.t.db, '新媒体技术与应用发展部');
    await screenshot(page, 'picker-import-preview');
    expect(await accessibilityViolations(page)).toEqual([]);
    await picker.getByRole('button', { name: '添加 1 位已匹配人员' }).click();
    await picker.getByRole('button', { name: '确定（1）' }).click();
    await page.locator('.contacts__members').getByText('导入名单（1 人）').waitFor();
    await page.locator('.contacts__members').getByText(known.employee_no, { exact: true }).waitFor();

    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('refuses a file that is not an Excel workbook, adding nothing', async () => {
    const { page } = await openPage(env.browser);
    await signInAs(page, env.portal.url, 'xmt_manager');
    await page.goto(`${env.portal.url}/contacts`);
    await page.getByRole('button', { name: '新建分组' }).click();
    await page.getByPlaceholder('如：新媒体骨干').fill('测试');
    await page.getByRole('button', { name: '确定' }).click();
    await page.getByRole('button', { name: '添加成员' }).click();
    await page.locator('.picker').getByText('从Excel导入').click();
    const fake = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casmooc-sheet-')), '名单.xlsx');
    fs.writeFileSync(fake, '姓名,工号\n张三,1');
    await page.locator('.picker__import input[type=file]').setInputFiles(fake);
    await page.locator('.picker').getByText('请上传 .xlsx 格式的 Excel 文件（可先下载导入模板）').waitFor();
    expect(await page.getByTestId('picker-count').textContent()).toBe('已选 0 人');
    await page.context().close();
  });
});
