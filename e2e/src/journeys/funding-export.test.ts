import ExcelJS from 'exceljs';
import { accessibilityViolations } from '../support/accessibility';
import type { Page } from 'playwright-core';
import { openPage, screenshot, signInAs } from '../support/browser';
import { usePortalAndBrowser } from '../support/portal';

const rankedNames = (page: Page) => page.locator('.funding-ranking__item .arco-typography').allTextContents();

/**
 * Moves the first plan of the open ranking down one place with the keyboard, and returns the new order.
 * Each step waits for dnd-kit's screen-reader announcement to change (it follows the step), then for two
 * frames: dnd-kit measures the items and listens for the next key in effects after announcing, and a key
 * pressed before that (no person is that fast) is lost.
 */
async function moveFirstDownByKeyboard(page: Page): Promise<string[]> {
  const before = await rankedNames(page);
  const announcement = () => page.evaluate(() => [...document.querySelectorAll('[aria-live]')].map((n) => n.textContent).join('|'));
  const step = async (key: string) => {
    const before = await announcement();
    await page.keyboard.press(key);
    await page.waitForFunction((previous) => [...document.querySelectorAll('[aria-live]')].map((n) => n.textContent).join('|') !== previous, before);
    await page.evaluate(() => new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled))));
  };
  // A click (no drag: the pointer must move 4 px first) focuses it once the modal's opening animation has settled.
  await page.locator('.funding-ranking__item').first().click();
  await step('Space');
  await step('ArrowDown');
  // The picked-up plan is shown one place lower before it is dropped there.
  await page.waitForFunction(() => /translate3d\(0px, [1-9]/.test((document.querySelector('.funding-ranking__item') as HTMLElement).style.transform));
  await step('Space');
  // Dropped: the first two have changed places, and the list shows it.
  const moved = [before[1], before[0], ...before.slice(2)];
  await page.waitForFunction((names) => [...document.querySelectorAll('.funding-ranking__item .arco-typography')].map((n) => n.textContent).join('|') === names.join('|'), moved);
  return moved;
}

/**
 * 资助计划筛选 and 导出 (P-14) as the institute admin does them before
 * handing in the year's plans: reorder the funded plans with the keyboard,
 * save, export, and find that order in the downloaded workbook.
 */
describe('journey: an institute admin ranks funded plans, exports the year and closes what was not held', () => {
  const env = usePortalAndBrowser();

  it('reorders with the keyboard, saves, and the export follows the order', async () => {
    const next = new Date().getFullYear() + 1;
    const { page, pageErrors } = await openPage(env.browser);
    await signInAs(page, env.portal.url, 'cnic_admin');
    await page.goto(`${env.portal.url}/plans`);

    await page.getByRole('button', { name: '资助计划筛选' }).click();
    const items = page.locator('.funding-ranking__item');
    await items.first().waitFor();
    const before = await rankedNames(page);
    expect(before.length).toBeGreaterThanOrEqual(3);

    const expected = await moveFirstDownByKeyboard(page);
    await screenshot(page, 'funding-ranking');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '保存排序' }).click();
    await page.getByText('排序已保存，导出时按此顺序排列').waitFor();
    await page.locator('.funding-ranking').waitFor({ state: 'detached' });

    // Export the year: the funded plans come first, in the saved order.
    await page.getByRole('button', { name: '导出' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByText(`导出 ${next} 年度计划`).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`计算机网络信息中心 ${next} 年度培训计划.xlsx`);
    await page.getByText('导出完成').waitFor();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe(`计算机网络信息中心 ${next} 年度培训计划`);
    const names = expected.map((_, i) => sheet.getRow(4 + i).getCell(3).value);
    expect(names).toEqual(expected);

    // At the year's end, 关闭未实施计划 revokes this year's unimplemented plans with one reason (P-11).
    const year = next - 1;
    const published = page.locator('.arco-table-tr', { hasText: `${year} 年科技云平台运维技术系列讲座` });
    await published.getByText('未撤销').waitFor();
    await page.getByRole('button', { name: '关闭未实施计划' }).click();
    const dialog = page.locator('.arco-modal', { hasText: '关闭说明' });
    // It says how many it will close before it does.
    const count = Number((await dialog.getByText(/将关闭 \d+ 个未实施计划/).textContent())!.match(/将关闭 (\d+) 个/)![1]);
    expect(count).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: `关闭 ${count} 个计划` }).click();
    await dialog.getByText('请填写关闭说明').waitFor();
    await dialog.locator('textarea').fill(`${year} 年度结束，未实施计划统一关闭`);
    await screenshot(page, 'close-unimplemented');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: `关闭 ${count} 个计划` }).click();
    await page.getByText(`已关闭 ${count} 个未实施计划`).waitFor();
    await published.getByText('已撤销').waitFor();
    await page.locator('.arco-table-tr', { hasText: `${year} 年保密知识培训` }).getByText('已实施').waitFor();
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('the Academy orders its own priority across institutes; the institute’s order stays as the institute saved it', async () => {
    const { page, pageErrors } = await openPage(env.browser);
    await signInAs(page, env.portal.url, 'admin');
    await page.goto(`${env.portal.url}/plans`);
    await page.getByRole('button', { name: '资助计划筛选' }).click();
    await page.locator('.funding-ranking__item').first().waitFor();
    await page.getByText('各所的所内排序不受影响', { exact: false }).waitFor();
    expect(await page.locator('.funding-ranking__item').first().getByText(/所内第 \d+ 位|所内未排序/).count()).toBe(1);
    await page.getByRole('tab', { name: '各所排序' }).click();
    const cnic = page.locator('.funding-ranking__institute', { hasText: '计算机网络信息中心' });
    const instituteOrder = await cnic.locator('li').allTextContents();
    await screenshot(page, 'funding-ranking-academy-institutes');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: '院级优先级' }).click();

    const priority = await moveFirstDownByKeyboard(page);
    await screenshot(page, 'funding-ranking-academy');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '保存排序' }).click();
    await page.getByText('院级优先级已保存，各所的所内排序未改变').waitFor();
    await page.locator('.funding-ranking').waitFor({ state: 'detached' });

    // Opened again: the Academy's priority is kept, and the institute's own order is what it was.
    await page.getByRole('button', { name: '资助计划筛选' }).click();
    await page.locator('.funding-ranking__item').first().waitFor();
    expect(await rankedNames(page)).toEqual(priority);
    await page.getByRole('tab', { name: '各所排序' }).click();
    expect(await cnic.locator('li').allTextContents()).toEqual(instituteOrder);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
