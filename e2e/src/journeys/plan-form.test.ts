import { accessibilityViolations } from '../support/accessibility';
import { openPage, screenshot, signInAs } from '../support/browser';
import { makeGroup } from '../support/people';
import { usePortalAndBrowser } from '../support/portal';

/**
 * A department training manager fills an annual plan asking for funding,
 * with materials and a contact picked with the people picker (loaded by
 * the mf-plans remote from the shell: by department, then from an
 * address-book group), attaches a file, saves a draft, submits it and
 * sees its approval chain.
 */
describe('journey: a department manager reports an annual plan', () => {
  const env = usePortalAndBrowser();

  it('fills, saves as draft, submits and sees the chain', async () => {
    const next = new Date().getFullYear() + 1;
    const name = `${next} 年科研数据管理研修班`;
    const { page, pageErrors } = await openPage(env.browser);
    await signInAs(page, env.portal.url, 'xmt_manager');
    // A deep link into a remote's page loads (the shell's scripts are named absolutely).
    await page.goto(`${env.portal.url}/plans/new`);
    const form = page.locator('.plan-form');
    await form.getByText('新增培训计划').waitFor();

    await form.getByPlaceholder('请输入计划名称').fill(name);
    await form.locator('.arco-picker').click();
    await page.locator('.arco-picker-cell:not(.arco-picker-cell-disabled)', { hasText: '五月' }).click();
    await form.locator('.arco-select', { hasText: '请选择培训类别' }).click();
    await page.locator('.arco-select-option', { hasText: '专业技术研修班' }).click();
    const number = (label: string) => form.locator('.arco-form-item', { hasText: label }).locator('input').first();
    await number('学时').fill('24');
    await number('天数').fill('3');
    await number('人数').fill('50');
    await number('经费（元）').fill('60000');

    // The contact, picked with the shell's picker loaded by this remote: first from the department…
    await form.getByRole('button', { name: '从人员中选择' }).click();
    const picker = page.locator('.picker');
    const someone = picker.locator('.picker__staff-row').first();
    const first = (await someone.locator('.picker__name').textContent())!.trim();
    await someone.locator('.arco-checkbox').click();
    await picker.getByRole('button', { name: '确定（1）' }).click();
    const contactIs = (name: string) => page.waitForFunction((expected) => [...document.querySelectorAll('.plan-form input')].some((i) => (i as HTMLInputElement).value === expected), name);
    await contactIs(first);

    // …then changed to a member of one of the manager's address-book groups.
    const [member] = await env.portal.t.db('staff as s').join('orgs as o', 'o.id', 's.org_id').where('o.name', '新媒体技术与应用发展部').whereNot('s.name', first).limit(1).select('s.id', 's.name');
    await makeGroup(page, env.portal.url, '培训联络人', [member.id]);
    await form.getByRole('button', { name: '从人员中选择' }).click();
    await picker.getByText('从通讯录选择').click();
    await picker.locator('.picker__group', { hasText: '培训联络人' }).click();
    await picker.locator('.arco-tabs-content-item-active .picker__staff-row', { hasText: member.name }).locator('.arco-checkbox').click();
    await picker.getByRole('button', { name: '确定（1）' }).click();
    await contactIs(member.name);
    const contact = member.name;

    // Funding: 精品 appears, and materials are required (P-7, P-9).
    await form.locator('.arco-form-item', { hasText: '是否申请院经费支持' }).getByText('是', { exact: true }).click();
    await form.getByText('资助计划附件').waitFor();
    await page.getByRole('button', { name: '暂存' }).click();
    await form.getByText('请填写资助计划附件').waitFor();
    await form.locator('.rich-text__content .tiptap').click();
    await page.keyboard.type('培训方案：三天研修，邀请五位专家授课；经费预算见下表。');
    await form.getByRole('button', { name: '插入表格' }).click();
    await screenshot(page, 'plan-form-filled');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: '暂存' }).click();
    const row = page.locator('.arco-table-tr', { hasText: name });
    await row.getByText('暂存').waitFor();

    // Attachments go with the saved draft: a real PDF is taken, a program dressed as one is refused (P-9).
    await row.getByRole('button', { name: '编辑' }).click();
    const attachments = page.getByTestId('attachments');
    await attachments.getByText('暂无附件').waitFor();
    const fileInput = attachments.locator('input[type=file]');
    await fileInput.setInputFiles({ name: '培训方案.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n培训方案') });
    await attachments.getByRole('link', { name: '培训方案.pdf' }).waitFor();
    await fileInput.setInputFiles({ name: '经费预算.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 not a pdf') });
    await page.getByText('附件须为 pdf、png、jpg、jpeg、docx、xlsx、pptx、doc、xls、ppt 文件，且内容与扩展名一致').waitFor();
    expect(await attachments.getByRole('link').count()).toBe(1);
    await screenshot(page, 'plan-form-attachments');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '返回' }).click();
    await row.getByRole('button', { name: '提交' }).click();
    await row.getByText('计算机网络信息中心(已上报)').waitFor();
    await row.getByText('中国科学院(待上报)').waitFor();
    await screenshot(page, 'plan-form-submitted');
    expect(await accessibilityViolations(page)).toEqual([]);

    const stored = await env.portal.t.db('plans').where({ name }).first();
    expect(stored).toMatchObject({ contact_name: contact, plan_type: 'annual', year: next, edit_state: 'submitted', approval_state: 'pending' });
    expect(stored.materials).toContain('<table>');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
