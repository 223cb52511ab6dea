/**
 * 报名 at scale (T-4): one class with 2 000 seats, 3 000 staff accounts
 * registering over HTTP, 25 at a time; then 100 of the seated withdraw and
 * the waitlist moves up. Prints the time of the whole run and of each
 * request, and checks the seat count is exact and the queue has no gaps.
 *
 *   npx tsx e2e/bench/registrations.ts                 # SQLite
 *   BENCH_DB=mysql MYSQL_URL=mysql://root@127.0.0.1:3306 npx tsx e2e/bench/registrations.ts
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { insertReturningId } from '@casmooc/db';
import { createTestDatabase } from '@casmooc/db/testing';
import { createBff } from '@casmooc/bff';
import { signIn, testConfig, type SignedIn } from '@casmooc/bff/testing';
import { classOpenForRegistration } from '../src/support/open-class';
import { since, summary } from './stats';

const PEOPLE = 3000;
const SEATS = 2000;
const AT_ONCE = 25;
const WITHDRAWING = 100;

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

async function main() {
  const dialect = process.env.BENCH_DB === 'mysql' ? 'mysql' : 'sqlite';
  const t = await createTestDatabase(dialect);
  try {
    const org = await t.db('orgs').where({ name: '新媒体技术与应用发展部' }).first();
    const { password_hash: hash } = await t.db('users').where({ username: 'staff' }).first('password_hash');
    for (let i = 0; i < PEOPLE; i++) {
      const staffId = await insertReturningId(t.db, 'staff', { name: `报名${i}`, employee_no: String(7_000_000 + i), org_id: org.id, post_type: 'research' });
      const userId = await insertReturningId(t.db, 'users', { username: `bench${i}`, password_hash: hash, display_name: `报名${i}`, staff_id: staffId });
      await t.db('role_grants').insert({ user_id: userId, role: 'staff', org_id: org.id });
    }

    const bff = await createBff(testConfig(t, { loginLimit: { attempts: PEOPLE * 2, windowMs: 60_000 } }), { db: t.db, logger: pino({ level: 'silent' }) });
    const base = `http://127.0.0.1:${await bff.listen(0)}`;
    const call = async <T>(who: SignedIn, method: string, path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { cookie: who.cookie, 'x-csrf-token': who.me.csrfToken, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as T;
    };

    // The class: open to the institute now, 2 000 seats, no approval.
    const admin = await signIn(bff.app, 'cnic_admin');
    const c = await classOpenForRegistration(bff.app, t.db, '规模报名测试', { headcount: SEATS });

    const people: SignedIn[] = [];
    const signingIn = performance.now();
    await inBatches(Array.from({ length: PEOPLE }, (_, i) => `bench${i}`), AT_ONCE, async (username) => void people.push(await signIn(bff.app, username)));
    console.log(`${dialect}: ${PEOPLE} accounts signed in in ${(since(signingIn) / 1000).toFixed(1)} s`);

    const samples: number[] = [];
    const states = new Map<string, number>();
    const started = performance.now();
    await inBatches(people, AT_ONCE, async (who) => {
      const at = performance.now();
      const { state } = await call<{ state: string }>(who, 'POST', `/api/training/open/${c.id}/register`);
      samples.push(since(at));
      states.set(state, (states.get(state) ?? 0) + 1);
    });
    const total = since(started);
    console.log(`${PEOPLE} registrations for ${SEATS} seats, ${AT_ONCE} at a time: ${(total / 1000).toFixed(1)} s (${((PEOPLE / total) * 1000).toFixed(0)} per second); answers ${JSON.stringify(Object.fromEntries(states))}`);
    summary('one registration', samples);

    const seated = await t.db('class_registrations').where({ class_id: c.id, state: 'registered' }).count({ n: '*' });
    const queue = (await t.db('class_registrations').where('class_id', c.id).orderBy('queue_no').pluck('queue_no')).map(Number);
    const attendees = await t.db('class_attendees').where('class_id', c.id).count({ n: '*' });
    const exact = Number(seated[0].n) === SEATS && Number(attendees[0].n) === SEATS && queue.every((n, i) => n === i + 1) && queue.length === PEOPLE;
    console.log(`seats taken ${seated[0].n} / ${SEATS}, on the attendance list ${attendees[0].n}, queue 1…${queue.length} without gaps: ${exact ? 'exact' : 'WRONG'}`);

    const leaving: number[] = [];
    await inBatches(people.slice(0, WITHDRAWING), AT_ONCE, async (who) => {
      const at = performance.now();
      await call(who, 'POST', `/api/training/open/${c.id}/withdraw`);
      leaving.push(since(at));
    });
    summary(`withdraw (each promotes one of ${PEOPLE - SEATS})`, leaving);
    const after: { state: string; n: number | string }[] = await t.db('class_registrations').where({ class_id: c.id }).groupBy('state').select('state').count({ n: '*' });
    console.log(`after ${WITHDRAWING} withdrawals: ${JSON.stringify(Object.fromEntries(after.map((r) => [r.state, Number(r.n)])))}`);

    const list: number[] = [];
    for (let p = 1; p <= 10; p++) {
      const at = performance.now();
      await call(admin, 'GET', `/api/training/classes/${c.id}/registrations?state=waitlisted&page=${p * 5}&pageSize=20`);
      list.push(since(at));
    }
    summary('a page of the registrations (deep pages)', list);
    await bff.close();
    if (!exact) process.exitCode = 1;
  } finally {
    await t.drop();
  }
}

void main();
