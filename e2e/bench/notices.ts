/**
 * 培训通知 at scale (T-5): one notice sent to 3 000 people picked at once,
 * then its receipts read page by page while 300 of them read it. Prints
 * the send time and the receipts page's percentiles, over HTTP.
 *
 *   npx tsx e2e/bench/notices.ts                 # SQLite
 *   BENCH_DB=mysql MYSQL_URL=mysql://root@127.0.0.1:3306 npx tsx e2e/bench/notices.ts
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createTestDatabase } from '@casmooc/db/testing';
import { createBff } from '@casmooc/bff';
import { signIn, testConfig } from '@casmooc/bff/testing';
import { academyYear } from '@casmooc/domain';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { since, summary } from './stats';

const PEOPLE = 3000;
const READERS = 300;
const RUNS = 3;

async function main() {
  const dialect = process.env.BENCH_DB === 'mysql' ? 'mysql' : 'sqlite';
  const t = await createTestDatabase(dialect);
  try {
    const org = await t.db('orgs').where({ name: '党群办公室' }).first();
    const rows = Array.from({ length: PEOPLE }, (_, i) => ({ name: `收件${i}`, employee_no: String(6_000_000 + i), org_id: org.id, post_type: 'support' }));
    for (let i = 0; i < rows.length; i += 500) await t.db('staff').insert(rows.slice(i, i + 500));
    const staffIds: number[] = (await t.db('staff').where('employee_no', '>=', '6000000').where('employee_no', '<', '7000000').pluck('id')).map(Number);
    // A tenth of them have accounts (and are told live); the rest are sent the notice only.
    const { password_hash: hash } = await t.db('users').where({ username: 'staff' }).first('password_hash');
    await t.db('users').insert(staffIds.slice(0, READERS).map((staffId, i) => ({ username: `reader${i}`, password_hash: hash, display_name: `收件${i}`, staff_id: staffId })));

    const bff = await createBff(testConfig(t, { loginLimit: { attempts: READERS * 2, windowMs: 60_000 } }), { db: t.db, logger: pino({ level: 'silent' }) });
    const base = `http://127.0.0.1:${await bff.listen(0)}`;
    const admin = await signIn(bff.app, 'cnic_admin');
    const call = async <T>(who: typeof admin, method: string, path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${base}${path}`, { method, headers: { cookie: who.cookie, 'x-csrf-token': who.me.csrfToken, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as T;
    };

    const year = academyYear();
    const cnic = await t.db('orgs').where({ name: '计算机网络信息中心' }).first();
    const plan = examplePlan({ orgId: cnic.id, planType: 'added', year, month: `${year}-12`, name: '规模通知测试' });
    const created = await call<{ id: number; version: number }>(admin, 'POST', '/api/plans', { plan, submit: true });
    const published = await call<{ version: number }>(admin, 'POST', `/api/plans/${created.id}/publish`, { version: created.version });
    await call(admin, 'POST', `/api/plans/${created.id}/implement`, { version: published.version });
    const cls = await t.db('training_classes').where({ plan_id: created.id }).first();

    const readers = [];
    for (let i = 0; i < READERS; i += 25) readers.push(...(await Promise.all(Array.from({ length: Math.min(25, READERS - i) }, (_, j) => signIn(bff.app, `reader${i + j}`)))));

    const sends: number[] = [];
    const pages: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      let started = performance.now();
      const notice = await call<{ id: number; counts: { sent: number } }>(admin, 'POST', `/api/training/classes/${cls.id}/notices`, { title: `规模通知 ${run}`, body: '<p>请准时参加</p>', askAck: true, staffIds });
      sends.push(since(started));
      if (notice.counts.sent !== PEOPLE) throw new Error(`sent to ${notice.counts.sent}`);
      // Readers open it while the manager pages through the receipts.
      const reading = Promise.all(
        readers.map(async (who) => {
          const inbox = await call<{ items: Array<{ id: number; noticeId: number }> }>(who, 'GET', '/api/inbox?pageSize=5');
          await call(who, 'POST', `/api/inbox/${inbox.items.find((i) => i.noticeId === notice.id)!.id}/read`);
        }),
      );
      for (let p = 1; p <= 20; p++) {
        started = performance.now();
        await call(admin, 'GET', `/api/training/notices/${notice.id}/receipts?page=${p * 7}&pageSize=20`);
        pages.push(since(started));
      }
      await reading;
      const counts = (await call<{ counts: { read: number } }>(admin, 'GET', `/api/training/notices/${notice.id}/receipts?pageSize=1`)).counts;
      if (counts.read !== READERS) throw new Error(`read by ${counts.read}`);
    }
    console.log(`${dialect}: ${RUNS} notices, ${PEOPLE} recipients each (${READERS} with accounts, who read it meanwhile)`);
    summary(`send to ${PEOPLE}`, sends);
    summary('a page of receipts (deep pages, while read)', pages);
    await bff.close();
  } finally {
    await t.drop();
  }
}

void main();
