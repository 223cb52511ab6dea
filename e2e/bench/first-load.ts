/**
 * Prints what the browser downloads for the first pages: every JS and CSS
 * response, raw and as sent (gzip), for the login page, the home page after
 * sign-in, and a remote's page. Needs the built apps (`npm run build`).
 *
 *   npx tsx e2e/bench/first-load.ts
 */
import { DEMO_PASSWORD } from '@casmooc/db';
import { launchBrowser } from '../src/support/browser';
import { startPortal } from '../src/support/portal';

interface Loaded {
  url: string;
  raw: number;
  sent: number;
}

async function main() {
  const portal = await startPortal();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const requests = new Map<string, string>();
    const loaded: Loaded[] = [];
    cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, e.response.url));
    cdp.on('Network.loadingFinished', async (e) => {
      const url = requests.get(e.requestId);
      if (!url || !/\.(js|css)(\?|$)/.test(url)) return;
      const body = await cdp.send('Network.getResponseBody', { requestId: e.requestId }).catch(() => null);
      const raw = body ? Buffer.byteLength(body.body, body.base64Encoded ? 'base64' : 'utf8') : 0;
      loaded.push({ url: url.replace(portal.url, ''), raw, sent: e.encodedDataLength });
    });

    const measure = async (label: string, visit: () => Promise<void>) => {
      loaded.length = 0;
      await visit();
      await page.waitForLoadState('networkidle');
      const js = loaded.filter((l) => /\.js(\?|$)/.test(l.url));
      const css = loaded.filter((l) => /\.css(\?|$)/.test(l.url));
      const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
      const sum = (list: Loaded[], key: 'raw' | 'sent') => list.reduce((total, l) => total + l[key], 0);
      console.log(`${label}: ${js.length} JS files, ${kib(sum(js, 'raw'))} raw, ${kib(sum(js, 'sent'))} sent (gzip); CSS ${kib(sum(css, 'raw'))} raw, ${kib(sum(css, 'sent'))} sent`);
    };

    await measure('login page (cold cache)      ', () => page.goto(`${portal.url}/login`).then(() => undefined));
    await measure('home after sign-in (+ delta)  ', async () => {
      await page.getByPlaceholder('请输入用户名').fill('cnic_admin');
      await page.getByPlaceholder('请输入密码').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByText('您好，网络中心管理员').waitFor();
    });
    await measure('培训计划 remote (+ delta)     ', async () => {
      await page.locator('.portal__sider .arco-menu-item', { hasText: '培训计划' }).click();
      await page.locator('.remote-area[data-remote="mf-plans"]').getByText('本机构计划').waitFor();
    });
  } finally {
    await browser.close();
    await portal.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
