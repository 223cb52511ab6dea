import type { Page } from 'playwright-core';
import { signIn } from '@casmooc/bff/testing';
import { academyYear } from '@casmooc/domain';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { accessibilityViolations } from '../support/accessibility';
import { menuItem, openPage, screenshot, signInAs } from '../support/browser';
import { usePortalAndBrowser } from '../support/portal';

/**
 * SPEC M-1 … M-4 in two browsers: an institute admin saves a plan as a
 * template and shares it with one department; the department's manager
 * sees it arrive live, read-only, and makes next year's plan from it (year
 * and month by P-1 from the template's quarter); the admin deletes it with
 * 批量删除 and it leaves the manager's list live too.
 */
describe('journey: a plan saved as a template, shared, used and deleted', () => {
  const env = usePortalAndBrowser();
  const year = academyYear();

  const row = (page: Page, name: string) => page.locator('.arco-table-tr', { hasText: name });

  it('生成计划模板 → 共享 to 新媒体 → read-only there, a plan from it → 批量删除 leaves both lists', async () => {
    const planName = `${year} 年保密知识培训`;
    const templateName = `${planName}模板`;
    const admin = await signIn(env.portal.bff.app, 'cnic_admin');
    const orgId = (await env.portal.t.db('orgs').where({ name: '计算机网络信息中心' }).first()).id;
    // A second-quarter plan: a plan from its template starts in April.
    const plan = (await admin.post('/api/plans', { plan: examplePlan({ orgId, name: planName, planType: 'added', year, month: `${year}-05` }) }).expect(201)).body;

    const [institute, department] = await Promise.all([openPage(env.browser), openPage(env.browser)]);
    await signInAs(institute.page, env.portal.url, 'cnic_admin');
    await signInAs(department.page, env.portal.url, 'xmt_manager');
    const manager = department.page;
    await manager.goto(`${env.portal.url}/templates`);
    await manager.getByText('暂无计划模板', { exact: false }).waitFor();
    await manager.locator('.portal__live[data-live="online"]').waitFor();

    // The admin saves the plan as a template from its page (M-3).
    const { page } = institute;
    await page.goto(`${env.portal.url}/plans/${plan.id}`);
    await page.getByRole('button', { name: '生成计划模板' }).click();
    await page.getByRole('dialog').getByRole('textbox').waitFor();
    expect(await page.getByRole('dialog').getByRole('textbox').inputValue()).toBe(templateName);
    await page.getByRole('button', { name: '生成模板' }).click();
    await page.getByText(`已生成计划模板“${templateName}”`).waitFor();

    // …opens 计划模板 from the menu and shares it with one department (M-2).
    await menuItem(page, '计划模板').click();
    await row(page, templateName).getByText('第2季度').waitFor();
    await row(page, templateName).getByRole('button', { name: '共享' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('新媒体技术与应用发展部', { exact: true }).click();
    expect(await dialog.getByRole('checkbox', { name: '新媒体技术与应用发展部' }).isChecked()).toBe(true);
    await screenshot(page, 'template-share');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '保存共享' }).click();
    await page.getByText('共享已更新').waitFor();
    await row(page, templateName).getByText('已共享 1 个机构').waitFor();

    // The department's manager sees it arrive without reloading, shared and read-only, and may not select it for deletion.
    const shared = row(manager, templateName);
    await shared.getByText('共享自计算机网络信息中心').waitFor();
    expect(await shared.getByRole('checkbox').isDisabled()).toBe(true);
    await screenshot(manager, 'template-list-shared');
    expect(await accessibilityViolations(manager)).toEqual([]);
    await shared.getByRole('button', { name: '查看' }).click();
    await manager.getByText('只能查看：', { exact: false }).waitFor();
    expect(await manager.getByLabel('模板名称').isDisabled()).toBe(true);
    expect(await accessibilityViolations(manager)).toEqual([]);
    await manager.getByRole('button', { name: '返回' }).click();

    // 新建计划 from it: next year's annual plan in the template's quarter, the rest from the template (M-4).
    await shared.getByRole('button', { name: '新建计划' }).click();
    const form = manager.locator('.plan-form');
    await form.getByText(`按计划模板“${templateName}”填写`, { exact: false }).waitFor();
    await manager.waitForFunction((month) => [...document.querySelectorAll('.plan-form input')].some((i) => (i as HTMLInputElement).value === month), `${year + 1}-04`);
    await form.getByPlaceholder('请输入计划名称').fill(`${year + 1} 年保密知识培训（新媒体）`);
    await screenshot(manager, 'plan-from-template');
    await manager.getByRole('button', { name: '暂存' }).click();
    await row(manager, `${year + 1} 年保密知识培训（新媒体）`).getByText('暂存').waitFor();
    const made = await env.portal.t.db('plans').where({ name: `${year + 1} 年保密知识培训（新媒体）` }).first();
    expect(made).toMatchObject({ plan_type: 'annual', year: year + 1, month: `${year + 1}-04`, category: plan.category, contact_name: plan.contactName });

    // 信息合成新计划 on that plan's page: the template chosen, a preview of where each field comes from, then a new draft (M-3).
    await manager.goto(`${env.portal.url}/plans/${made.id}`);
    await manager.getByRole('button', { name: '信息合成新计划' }).click();
    const compose = manager.getByRole('dialog');
    await compose.getByRole('combobox', { name: '选择模板' }).click();
    await manager.locator('.arco-select-option', { hasText: templateName }).click();
    await compose.getByText('来自模板').first().waitFor();
    await compose.getByText('来自计划').first().waitFor();
    expect(await accessibilityViolations(manager, '.arco-modal')).toEqual([]);
    await screenshot(manager, 'plan-compose');
    await compose.getByRole('button', { name: '生成新计划' }).click();
    await manager.getByText('已合成新的暂存计划，请完善后保存').waitFor();
    await manager.waitForURL(/\/plans\/\d+\/edit$/);
    const composedId = Number(/\/plans\/(\d+)\/edit$/.exec(manager.url())![1]);
    expect(await env.portal.t.db('plans').where({ id: composedId }).first()).toMatchObject({ category: plan.category, edit_state: 'draft' });

    // The admin deletes it with 批量删除: gone from both lists.
    await manager.goto(`${env.portal.url}/templates`);
    await row(manager, templateName).waitFor();
    await row(page, templateName).locator('.arco-checkbox').click();
    await page.getByRole('button', { name: '批量删除（1）' }).click();
    await page.getByText('删除选中的 1 个模板？', { exact: false }).waitFor();
    await page.getByRole('button', { name: '确定' }).click();
    await page.getByText('已删除 1 个模板').waitFor();
    await row(page, templateName).waitFor({ state: 'detached' });
    await row(manager, templateName).waitFor({ state: 'detached' });
    expect(await env.portal.t.db('plan_templates').where({ name: templateName }).first()).toBeUndefined();

    // 新建模板 with the server's field errors on their fields, readable by a screen reader.
    await page.getByRole('button', { name: '新建模板' }).click();
    await page.getByLabel('模板名称').fill('院级通用培训模板');
    await page.getByLabel('联系人电话').fill('abc');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('请填写培训类别').waitFor();
    await page.getByText('请输入正确的电话号码').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'template-form-errors');

    expect([...institute.pageErrors, ...department.pageErrors]).toEqual([]);
    await Promise.all([institute, department].map(({ page: p }) => p.context().close()));
  });
});
