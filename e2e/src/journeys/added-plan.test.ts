import { accessibilityViolations } from '../support/accessibility';
import { implementPlan, openPage, screenshot, signInAs } from '../support/browser';
import { usePortalAndBrowser } from '../support/portal';

/**
 * An institute admin's added plan needs no approval (P-3): created
 * through the form and submitted, it is published directly and
 * implemented; the plan view shows what happened to it.
 */
describe('journey: an institute admin runs an added plan', () => {
  const env = usePortalAndBrowser();

  it('creates it with the form, publishes it, implements it, and reads its history', async () => {
    const year = new Date().getFullYear();
    const name = `${year} 年科研诚信专题讲座`;
    const { page, pageErrors } = await openPage(env.browser);
    await signInAs(page, env.portal.url, 'cnic_admin');
    await page.goto(`${env.portal.url}/plans/new`);
    const form = page.locator('.plan-form');
    await form.getByText('新增培训计划').waitFor();

    await form.getByPlaceholder('请输入计划名称').fill(name);
    await form.locator('.arco-radio-group').getByText('新增计划', { exact: true }).click();
    // 培训时间 typed, then Tab: the month is taken and the pop-up closes (as on Enter).
    await form.locator('.arco-picker input').fill(`${year}-12`);
    await page.keyboard.press('Tab');
    await page.locator('.arco-picker-container').waitFor({ state: 'hidden' });
    expect(await form.locator('.arco-picker input').inputValue()).toBe(`${year}-12`);
    await form.locator('.arco-select', { hasText: '请选择培训类别' }).click();
    await page.locator('.arco-select-option', { hasText: '系列讲座' }).click();
    const number = (label: string) => form.locator('.arco-form-item', { hasText: label }).locator('input').first();
    await number('学时').fill('8');
    await number('天数').fill('1');
    await number('人数').fill('120');
    await form.locator('.arco-form-item', { hasText: '联系人电话' }).locator('input').fill('010-58812000');
    await page.getByRole('button', { name: '提交' }).click();

    // No chain: it is published and implemented straight from the list.
    const row = page.locator('.arco-table-tr', { hasText: name });
    await row.getByText('无需审批').waitFor();
    await row.getByRole('button', { name: '发布' }).click();
    await row.getByText('已发布').waitFor();
    await implementPlan(page, row);
    await row.getByText('已实施').waitFor();

    // The plan view: its fields, no approval needed, and its history.
    await row.locator('.plan-list__name').click();
    const view = page.locator('.plan-view');
    await view.getByText('无需审批').waitFor();
    await view.getByText('120', { exact: true }).waitFor();
    for (const step of ['新建计划', '提交审批', '发布', '实施']) await view.locator('.arco-timeline-item', { hasText: `网络中心管理员 · ${step}` }).first().waitFor();
    await screenshot(page, 'plan-view');
    expect(await accessibilityViolations(page)).toEqual([]);

    const stored = await env.portal.t.db('plans').where({ name }).first();
    expect(stored).toMatchObject({ plan_type: 'added', year, month: `${year}-12`, approval_state: 'not_required', published: expect.anything(), implemented: expect.anything() });
    expect(Boolean(stored.implemented)).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
