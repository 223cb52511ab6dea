import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { liveClient, signInOver } from '../support/live-client';
import { bffProcess, privateRedis, waitFor, type OwnProcess } from '../support/servers';
import { visibleSince, writeFlatOut } from '../support/writes';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two BFF processes over one database and a Redis of the test's own,
 * which is killed while events are written and started again: both
 * instances live on, sign-in keeps working (and limited), and once Redis
 * is back events cross instances again, with none lost for a client.
 */
describe('Redis restarted under two BFF instances', () => {
  let redis: OwnProcess & { url: string };
  let a: OwnProcess & { url: string };
  let b: OwnProcess & { url: string };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casmooc-redis-fault-'));

  beforeAll(async () => {
    redis = await privateRedis();
    const env = { SQLITE_FILE: path.join(dir, 'portal.sqlite'), REDIS_URL: redis.url, LOGIN_MAX_ATTEMPTS: '3' };
    a = await bffProcess(env);
    b = await bffProcess(env);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a?.remove(), b?.remove(), redis?.remove()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('both instances survive, sign-in works during the outage, and every change reaches a client on the other instance', async () => {
    const watcher = await liveClient(b.url, 'cnic_admin');
    const writer = await signInOver(a.url, 'admin');
    const { cookie } = await signInOver(b.url, 'cnic_admin');
    const start = Math.max(0, ...(await visibleSince(b.url, cookie, 0)));
    const writes = writeFlatOut(a.url, writer.cookie, writer.me.csrfToken);
    try {
      await delay(1_000);
      await redis.kill();
      const outage = Date.now();
      await delay(500);
      // Sign-in on either instance, and the limit still counts (on each instance alone while Redis is away).
      for (const instance of [a, b]) await signInOver(instance.url, 'xmt_manager');
      const wrong = () => fetch(`${a.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'iphy_admin', password: 'wrong' }) });
      expect([(await wrong()).status, (await wrong()).status, (await wrong()).status, (await wrong()).status]).toEqual([401, 401, 401, 429]);
      // A release recorded on A while its word cannot cross: B follows it once Redis is back.
      const release = await fetch(`${a.url}/api/mf-registry/mf-templates`, { method: 'PUT', headers: { 'Content-Type': 'application/json', cookie: writer.cookie, 'x-csrf-token': writer.me.csrfToken }, body: JSON.stringify({ url: 'https://cdn.example.org/mf-templates/2.0.0/mf-manifest.json', version: '2.0.0' }) });
      expect(release.status).toBe(200);
      await delay(2_000);
      expect([a.running, b.running]).toEqual([true, true]);

      await redis.start();
      await waitFor('both instances ready again', async () => (await Promise.all([a, b].map((i) => fetch(`${i.url}/api/health/ready`)))).every((r) => r.status === 200));
      console.log(`[redis restarted] outage ${Date.now() - outage} ms; both instances ready again`);
      const cspOfB = async () => String((await fetch(`${b.url}/api/health/live`)).headers.get('content-security-policy'));
      await waitFor('B’s CSP to follow the release made while Redis was away', async () => (await cspOfB()).includes('https://cdn.example.org'), 10_000);
      await delay(2_000);
    } finally {
      await writes.stop();
    }
    await delay(1_500);
    const expected = await visibleSince(b.url, cookie, start);
    const seen = new Set(watcher.delivered);
    const missed = expected.filter((id) => !seen.has(id));
    console.log(`[redis restarted] ${writes.writes} writes on A; the client on B saw ${expected.length - missed.length}/${expected.length}`);
    expect(missed).toEqual([]);

    // And live again: one more write on A reaches B's client at once, no reconnect, no catch-up asked for.
    const before = watcher.delivered.length;
    await fetch(`${a.url}/api/settings/plans`, { method: 'PUT', headers: { 'Content-Type': 'application/json', cookie: writer.cookie, 'x-csrf-token': writer.me.csrfToken }, body: JSON.stringify({ reportingPeriod: null, fundingLimit: 5 }) });
    await waitFor('the write on A to reach B live', () => watcher.delivered.length > before, 2_000);
    expect([a.running, b.running]).toEqual([true, true]);
    watcher.close();
  }, 90_000);
});
