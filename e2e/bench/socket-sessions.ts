/**
 * What reading sockets' sessions costs everyone else, on one BFF with 100
 * sessions while a client asks GET /api/me every 20 ms:
 * - a storm: SOCKETS / 2 sockets connecting at once (an instance gone, its
 *   clients moving to this one), each handshake reading its session;
 * - the periodic recheck (each socket's session and roles read again), with
 *   SOCKETS open, once every 3 s and once out of the 9 s window.
 *
 *   SOCKETS=5000 npx tsx e2e/bench/socket-sessions.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { signIn, startBff, stopProcesses } from './processes';
import { since, summary } from './stats';
import { connectThin } from './thin-socket';

const SOCKETS = Number(process.env.SOCKETS ?? 5000);
const USERS = ['xmt_manager', 'cnic_admin', 'admin', 'staff'];
const BASE = 'http://127.0.0.1:3310';

/** Runs `work` while GET /api/me is asked every 20 ms (and for 300 ms after); prints its percentiles under `label`. */
async function whileAsking(label: string, cookie: string, work: () => Promise<void>) {
  const latencies: number[] = [];
  let done = false;
  const asking = (async () => {
    while (!done) {
      const sent = performance.now();
      const res = await fetch(`${BASE}/api/me`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`/api/me answered ${res.status}`);
      await res.arrayBuffer();
      latencies.push(since(sent));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  await work();
  await new Promise((resolve) => setTimeout(resolve, 300));
  done = true;
  await asking;
  summary(label, latencies);
}

async function run(recheckMs: number, storm: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casmooc-bench-'));
  const bff = await startBff(3310, path.join(dir, 'bench.sqlite'), { SOCKET_RECHECK_MS: String(recheckMs) });
  const sockets: Array<{ close(): void }> = [];
  try {
    const sessions: Array<{ cookie: string }> = [];
    for (let i = 0; i < 100; i++) sessions.push(await signIn(BASE, USERS[i % USERS.length]));
    const connect = (n: number) => Array.from({ length: n }, (_, j) => connectThin(BASE, sessions[j % sessions.length].cookie, () => {}));
    if (storm) {
      const started = performance.now();
      await whileAsking(`GET /api/me, ${SOCKETS / 2} sockets connecting at once`, sessions[0].cookie, async () => void sockets.push(...(await Promise.all(connect(SOCKETS / 2)))));
      console.log(`  (all ${SOCKETS / 2} connected in ${(since(started) / 1000).toFixed(1)} s)`);
      return;
    }
    for (let i = 0; i < SOCKETS; i += 100) sockets.push(...(await Promise.all(connect(Math.min(100, SOCKETS - i)))));
    const label = `GET /api/me, ${SOCKETS} sockets, ${recheckMs > 9_000 ? 'no recheck' : `recheck every ${recheckMs / 1000} s`}`;
    await whileAsking(label, sessions[0].cookie, () => new Promise((resolve) => setTimeout(resolve, 9_000)));
  } finally {
    sockets.forEach((s) => s.close());
    await stopProcesses([bff]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  await run(600_000, true);
  await run(3_000, false);
  await run(600_000, false);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
