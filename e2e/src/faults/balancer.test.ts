import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { liveClient, signInOver, type LiveClient } from '../support/live-client';
import { bffProcess, privateNginx, privateRedis, waitFor, type OwnProcess } from '../support/servers';
import { visibleSince, writeFlatOut } from '../support/writes';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two BFF processes behind nginx (WebSockets through it) over one
 * database and Redis. One instance is killed during writes, then the
 * other is shut down gracefully: every client reconnects through the
 * balancer to the instance left and catches up with nothing missed, and
 * writes through the balancer keep landing.
 */
describe('behind a real balancer', () => {
  let redis: OwnProcess & { url: string };
  let nginx: OwnProcess & { url: string };
  let a: OwnProcess & { url: string };
  let b: OwnProcess & { url: string };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casmooc-balancer-'));

  beforeAll(async () => {
    redis = await privateRedis();
    const env = { SQLITE_FILE: path.join(dir, 'portal.sqlite'), REDIS_URL: redis.url, TRUST_PROXY: '1' };
    a = await bffProcess(env);
    b = await bffProcess(env);
    nginx = await privateNginx([a.port, b.port]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([nginx?.remove(), a?.remove(), b?.remove(), redis?.remove()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const seenAll = async (clients: LiveClient[], users: string[], start: number) => {
    const report: string[] = [];
    for (const [i, client] of clients.entries()) {
      const { cookie } = await signInOver(nginx.url, users[i]);
      const expected = await visibleSince(nginx.url, cookie, start);
      const seen = new Set(client.delivered);
      const missed = expected.filter((id) => !seen.has(id));
      report.push(`${expected.length - missed.length}/${expected.length}`);
      expect({ user: users[i], missed }).toEqual({ user: users[i], missed: [] });
    }
    return report.join(', ');
  };

  it('an instance killed during writes: its clients reconnect through the balancer to the other and miss nothing', async () => {
    const users = ['admin', 'cnic_admin', 'xmt_manager', 'admin', 'cnic_admin', 'xmt_manager'];
    const clients = await Promise.all(users.map((u) => liveClient(nginx.url, u)));
    const admin = await signInOver(nginx.url, 'admin');
    const start = Math.max(0, ...(await visibleSince(nginx.url, admin.cookie, 0)));
    const writes = writeFlatOut(nginx.url, admin.cookie, admin.me.csrfToken);
    try {
      await delay(1_500);
      const killed = Date.now();
      await a.kill();
      await waitFor('the clients of A to notice', () => clients.some((c) => c.stream.status !== 'online'), 5_000);
      await waitFor('every client connected again', () => clients.every((c) => c.stream.status === 'online'), 15_000);
      console.log(`[balancer] instance A killed; all ${clients.length} clients online again after ${Date.now() - killed} ms`);
      await delay(1_500);
    } finally {
      await writes.stop();
    }
    await delay(1_500);
    console.log(`[balancer] ${writes.writes} writes through nginx (${writes.failures} without a 200); seen: ${await seenAll(clients, users, start)}`);
    clients.forEach((c) => c.close());
  }, 90_000);

  it('an instance shut down gracefully (SIGTERM): it stops taking traffic, finishes, exits 0; no write through the balancer fails', async () => {
    await a.start();
    await waitFor('A ready', async () => (await fetch(`${a.url}/api/health/ready`)).status === 200);
    // nginx tries an instance it saw fail again after fail_timeout (2 s).
    await delay(2_500);
    const users = ['admin', 'cnic_admin'];
    const clients = await Promise.all(users.map((u) => liveClient(nginx.url, u)));
    const admin = await signInOver(nginx.url, 'admin');
    const start = Math.max(0, ...(await visibleSince(nginx.url, admin.cookie, 0)));
    const writes = writeFlatOut(nginx.url, admin.cookie, admin.me.csrfToken);
    let exitCode: number | null = null;
    try {
      await delay(1_000);
      b.signal('SIGTERM');
      exitCode = await b.exited();
      await waitFor('every client connected again', () => clients.every((c) => c.stream.status === 'online'), 15_000);
      await delay(1_500);
    } finally {
      await writes.stop();
    }
    expect(exitCode).toBe(0);
    expect(writes.statuses).toEqual({});
    await delay(1_000);
    console.log(`[balancer] B drained and exited ${exitCode}; ${writes.writes} writes, ${writes.failures} failed; seen: ${await seenAll(clients, users, start)}`);
    clients.forEach((c) => c.close());
  }, 90_000);
});
