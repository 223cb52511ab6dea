/**
 * A-5 at scale: connects 1 000+ sockets (the creator's department, the
 * institute and the Academy, all of whom must hear a decision), then
 * times each decision from the moment its HTTP request is sent to the
 * moment each socket receives the event. Run against one BFF process, then
 * two BFF processes behind Redis with the sockets split between them, then
 * against the floor: two bare WebSocket servers (bare-push-server.ts) that
 * write the same event to the same sockets with nothing of ours in the way.
 *
 * The sockets are thin Engine.IO clients (thin-socket.ts), so the figure is
 * the server's fan-out and the network, not thousands of clients' parsing
 * queued on this process's one core; CLIENT=socket.io uses socket.io-client.
 *
 *   npx tsx e2e/bench/approvals-live.ts            # 1 200 sockets, 30 decisions
 *   SOCKETS=5000 DECISIONS=50 npx tsx e2e/bench/approvals-live.ts
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { SOCKET_EVENT, type DomainEvent } from '@casmooc/domain';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { signIn, startBff, startProcess, stopProcesses } from './processes';
import { since, summary } from './stats';
import { connectThin, type EventListener } from './thin-socket';

const SOCKETS = Number(process.env.SOCKETS ?? 1200);
const DECISIONS = Number(process.env.DECISIONS ?? 30);
/** Decisions made first and not counted: the fan-out's first runs compile it (the first took ~240 ms, the tenth ~110). */
const WARMUP = 5;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const CLIENT = process.env.CLIENT === 'socket.io' ? 'socket.io-client' : 'thin';
const nextYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())) + 1;

async function call<T>(base: string, who: { cookie: string; csrf: string }, method: string, url: string, body?: object): Promise<T> {
  const res = await fetch(`${base}${url}`, { method, headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  if (res.status >= 300) throw new Error(`${method} ${url} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

function connectSocketIo(base: string, cookie: string, onEvent: EventListener): Promise<Socket> {
  const socket = io(base, { path: '/socket.io', transports: ['websocket'], reconnection: false, extraHeaders: { cookie, origin: base } });
  socket.on(SOCKET_EVENT, (event: unknown) => onEvent(SOCKET_EVENT, event));
  return new Promise((resolve, reject) => {
    socket.once('hello', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

const connect = CLIENT === 'thin' ? connectThin : connectSocketIo;

/** The sockets of one run and, per event subject, when each of them heard `plan.decided` on it. */
class Listeners {
  readonly sockets: Array<{ close(): void }> = [];
  /** The last event heard, which the floor run sends again (the same bytes). */
  lastEvent: DomainEvent | null = null;
  private readonly arrivals = new Map<string, number[]>();
  private readonly waiters = new Map<string, () => void>();

  private readonly heard: EventListener = (name, data) => {
    const event = data as DomainEvent;
    if (name !== SOCKET_EVENT || event.type !== 'plan.decided') return;
    const at = performance.now();
    const list = this.arrivals.get(event.subject) ?? [];
    list.push(at);
    this.arrivals.set(event.subject, list);
    this.lastEvent = event;
    if (list.length === SOCKETS) this.waiters.get(event.subject)?.();
  };

  /** SOCKETS sockets, spread over `bases` in turn, each signed in with the next of `cookies`. */
  async connect(label: string, bases: string[], cookies: string[]) {
    const started = performance.now();
    for (let i = 0; i < SOCKETS; i += 100) {
      const batch = Array.from({ length: Math.min(100, SOCKETS - i) }, (_, j) => connect(bases[(i + j) % bases.length], cookies[(i + j) % cookies.length], this.heard));
      this.sockets.push(...(await Promise.all(batch)));
    }
    console.log(`\n${label}: ${SOCKETS} sockets (${CLIENT}) connected in ${(since(started) / 1000).toFixed(1)} s`);
  }

  /** Runs `send` and resolves with how long after it started each socket heard `subject`. */
  async time(subject: string, send: () => Promise<void>): Promise<number[]> {
    const allHeard = new Promise<void>((resolve, reject) => {
      this.waiters.set(subject, resolve);
      setTimeout(() => reject(new Error(`${subject}: ${this.arrivals.get(subject)?.length ?? 0}/${SOCKETS} sockets heard it within 10 s`)), 10_000).unref();
    });
    const sent = performance.now();
    await send();
    await allHeard;
    return this.arrivals.get(subject)!.map((at) => at - sent);
  }

  close() {
    this.sockets.forEach((s) => s.close());
  }
}

/** Decisions on `instances` BFFs sharing one database and Redis; returns the last event heard. */
async function run(instances: number): Promise<DomainEvent> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casmooc-bench-'));
  const sqliteFile = path.join(dir, 'bench.sqlite');
  const prefix = `casmooc-bench-${process.pid}-${instances}`;
  const ports = [3300, 3301].slice(0, instances);
  const children: ChildProcess[] = [];
  const listeners = new Listeners();
  try {
    // One after the other: the first migrates and seeds the file the second then opens.
    for (const port of ports) children.push(await startBff(port, sqliteFile, { REDIS_URL, REDIS_PREFIX: prefix }));
    const bases = ports.map((p) => `http://127.0.0.1:${p}`);
    const writer = bases[0];
    const users = { manager: await signIn(writer, 'xmt_manager'), cnic: await signIn(writer, 'cnic_admin'), academy: await signIn(writer, 'admin') };

    const orgs = await call<Array<{ id: number; name: string }>>(writer, users.manager, 'GET', '/api/orgs');
    const orgId = orgs.find((o) => o.name === '新媒体技术与应用发展部')!.id;
    const planIds: number[] = [];
    for (let i = 0; i < WARMUP + DECISIONS; i++) {
      const plan = examplePlan({ orgId, name: `${nextYear} 年度推送压测计划 ${i + 1}`, year: nextYear, month: `${nextYear}-06` });
      planIds.push((await call<{ id: number }>(writer, users.manager, 'POST', '/api/plans', { plan, submit: true })).id);
    }

    // Everyone who must hear a decision on a department's plan: the department, the institute, the Academy.
    await listeners.connect(`${instances} BFF instance(s)`, bases, [users.manager.cookie, users.cnic.cookie, users.academy.cookie]);

    const latencies: number[] = [];
    const requests: number[] = [];
    for (const [n, id] of planIds.entries()) {
      const { items } = await call<{ items: Array<{ subjectId: number; version: number }> }>(writer, users.cnic, 'GET', '/api/approvals/pending?pageSize=100');
      const version = items.find((i) => i.subjectId === id)!.version;
      const heard = await listeners.time(`plan:${id}`, async () => {
        const sent = performance.now();
        await call(writer, users.cnic, 'POST', `/api/approvals/plan/${id}/decision`, { version, verdict: 'approve' });
        if (n >= WARMUP) requests.push(since(sent));
      });
      if (n >= WARMUP) latencies.push(...heard);
    }
    summary(`decision HTTP request (${DECISIONS} after ${WARMUP})`, requests);
    summary('decision → delivery to each socket', latencies);
    return listeners.lastEvent!;
  } finally {
    listeners.close();
    await stopProcesses(children);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The floor: two bare WebSocket servers write `event` (under a new subject each time) to the same number of sockets. */
async function runBare(event: DomainEvent) {
  const children: ChildProcess[] = [];
  const listeners = new Listeners();
  try {
    for (const port of [3302, 3303]) children.push(await startProcess('e2e/bench/bare-push-server.ts', { PORT: String(port) }));
    await listeners.connect('floor, 2 bare WebSocket servers', ['http://127.0.0.1:3302', 'http://127.0.0.1:3303'], ['']);
    const latencies: number[] = [];
    for (let i = 0; i < WARMUP + DECISIONS; i++) {
      const subject = `plan:bare-${i}`;
      const heard = await listeners.time(subject, async () => children.forEach((c) => c.send({ event: { ...event, subject } })));
      if (i >= WARMUP) latencies.push(...heard);
    }
    summary('push → delivery to each socket', latencies);
  } finally {
    listeners.close();
    await stopProcesses(children);
  }
}

async function main() {
  await run(1);
  await runBare(await run(2));
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
