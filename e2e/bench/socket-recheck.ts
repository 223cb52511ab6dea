/**
 * What the sockets' periodic recheck (each socket's session and roles read
 * again) costs everyone else: one BFF holds SOCKETS thin sockets over 100
 * sessions while a client asks GET /api/me every 20 ms for 9 s, once
 * with the recheck every 3 s and once with it out of the window.
 *
 *   SOCKETS=5000 npx tsx e2e/bench/socket-recheck.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { signIn, startBff } from './processes';
import { summary } from './stats';
import { connectThin } from './thin-socket';

const SOCKETS = Number(process.env.SOCKETS ?? 5000);
const USERS = ['xmt_manager', 'cnic_admin', 'admin', 'staff'];

async function run(recheckMs: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casmooc-bench-'));
  const bff = await startBff(3310, path.join(dir, 'bench.sqlite'), { SOCKET_RECHECK_MS: String(recheckMs) });
  const sockets: Array<{ close(): void }> = [];
  try {
    const base = 'http://127.0.0.1:3310';
    const sessions = await Promise.all(Array.from({ length: 100 }, (_, i) => signIn(base, USERS[i % USERS.length])));
    for (let i = 0; i < SOCKETS; i += 100) {
      sockets.push(...(await Promise.all(Array.from({ length: Math.min(100, SOCKETS - i) }, (_, j) => connectThin(base, sessions[(i + j) % sessions.length].cookie, () => {})))));
    }
    const latencies: number[] = [];
    const until = performance.now() + 9_000;
    while (performance.now() < until) {
      const sent = performance.now();
      const res = await fetch(`${base}/api/me`, { headers: { cookie: sessions[0].cookie } });
      if (res.status !== 200) throw new Error(`/api/me answered ${res.status}`);
      await res.arrayBuffer();
      latencies.push(performance.now() - sent);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    summary(`GET /api/me, ${SOCKETS} sockets, ${recheckMs > 9_000 ? 'no recheck' : `recheck every ${recheckMs / 1000} s`}`, latencies);
  } finally {
    sockets.forEach((s) => s.close());
    bff.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  await run(3_000);
  await run(600_000);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
