import { signIn } from '@casmooc/bff/testing';
import { menuItem, openPage, screenshot, signInAs } from '../support/browser';
import { usePortalAndBrowser } from '../support/portal';

/**
 * Journey 2: one remote's registry entry points at a dead URL. The portal
 * still loads, the other remotes work, the broken one shows its fallback;
 * fixing the entry and pressing retry brings it back without a reload.
 */
describe('journey: a remote that is down', () => {
  const env = usePortalAndBrowser();

  const pointTemplatesAt = async (url: string) => {
    const admin = await signIn(env.portal.bff.app, 'admin');
    await admin.put('/api/mf-registry/mf-templates', { url, version: url.includes('127.0.0.1:9') ? 'broken' : '0.1.0' }).expect(200);
  };

  it('keeps the portal working and recovers on retry', async () => {
    // Port 9 (discard) has nothing listening: the manifest fetch is refused.
    await pointTemplatesAt('http://127.0.0.1:9/mf-manifest.json');
    const { page, pageErrors } = await openPage(env.browser);
    await signInAs(page, env.portal.url, 'cnic_admin');

    await menuItem(page, '计划模板').click();
    const templates = page.locator('.remote-area[data-remote="mf-templates"]');
    await templates.getByText('“计划模板”模块暂时无法加载').waitFor({ timeout: 20_000 });
    expect(await templates.getAttribute('data-remote-state')).toBe('failed');
    await screenshot(page, 'broken-remote-fallback');

    // The rest of the portal keeps working.
    await menuItem(page, '本机构计划').click();
    await page.locator('.remote-area[data-remote="mf-plans"]').getByText('本机构计划').waitFor();
    await menuItem(page, '计划模板').click();
    await templates.getByRole('button', { name: '重试' }).waitFor({ timeout: 20_000 });

    // Fix the entry; retry must bring the remote back without reloading the page.
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await pointTemplatesAt('/remotes/mf-templates/mf-manifest.json');
    await templates.getByRole('button', { name: '重试' }).click();
    await templates.getByRole('heading', { name: '计划模板' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await screenshot(page, 'broken-remote-recovered');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
