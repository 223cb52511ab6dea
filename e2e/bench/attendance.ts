/**
 * 实际参会人员 at institute scale: a class, then 3 000 people of one
 * department added in one pick, ticked, and given their hours; prints the
 * time of each request and of reading a page of the list, over HTTP.
 *
 *   npx tsx e2e/bench/attendance.ts                 # SQLite
 *   BENCH_DB=mysql MYSQL_URL=mysql://root@127.0.0.1:3306 npx tsx e2e/bench/attendance.ts
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createTestDatabase } from '@casmooc/db/testing';
import { createBff } from '@casmooc/bff';
import { signIn, testConfig } from '@casmooc/bff/testing';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { since, summary } from './stats';

const PEOPLE = 3000;
const RUNS = 5;

async function main() {
  const dialect = process.env.BENCH_DB === 'mysql' ? 'mysql' : 'sqlite';
  const t = await createTestDatabase(dialect);
  try {
    const org = await t.db('orgs').where({ name: '党群办公室' }).first();
    const rows = Array.from({ length: PEOPLE }, (_, i) => ({
      name: `参训${i}`,
      name_pinyin: 'canxun',
      name_initials: 'cx',
      employee_no: String(8_000_000 + i),
      org_id: org.id,
      post_type: 'research',
      phone: `139${String(i).padStart(8, '0')}`,
      email: `b${i}@cnic.cn`,
    }));
    for (let i = 0; i < rows.length; i += 500) await t.db('staff').insert(rows.slice(i, i + 500));
    const staffIds: number[] = (await t.db('staff').where('employee_no', '>=', '8000000').pluck('id')).map(Number);

    const bff = await createBff(testConfig(t), { db: t.db, logger: pino({ level: 'silent' }) });
    const base = `http://127.0.0.1:${await bff.listen(0)}`;
    const cnic = await signIn(bff.app, 'cnic_admin');
    const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { cookie: cnic.cookie, 'x-csrf-token': cnic.me.csrfToken, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as T;
    };
    const timed = async (samples: number[], work: () => Promise<unknown>) => {
      const started = performance.now();
      await work();
      samples.push(since(started));
    };

    const year = new Date().getFullYear();
    const samples = { add: [] as number[], page: [] as number[], tick: [] as number[], confirm: [] as number[], again: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      const plan = examplePlan({ orgId: org.id, planType: 'added', year, month: `${year}-12`, name: `规模参会测试 ${run}` });
      const created = await call<{ id: number; version: number }>('POST', '/api/plans', { plan, submit: true });
      const published = await call<{ version: number }>('POST', `/api/plans/${created.id}/publish`, { version: created.version });
      await call('POST', `/api/plans/${created.id}/implement`, { version: published.version });
      const cls = await t.db('training_classes').where({ plan_id: created.id }).first();
      const path = `/api/training/classes/${cls.id}`;

      await timed(samples.add, () => call('POST', `${path}/attendees`, { staffIds }));
      for (let p = 1; p <= 10; p++) await timed(samples.page, () => call('GET', `${path}/attendees?page=${p * 10}&pageSize=20`));
      await timed(samples.tick, () => call('POST', `${path}/attendance`, { staffIds, attended: true }));
      await timed(samples.confirm, async () => {
        const answer = await call<{ confirmed: number }>('POST', `${path}/confirm-hours`, {});
        if (answer.confirmed !== PEOPLE) throw new Error(`confirmed ${answer.confirmed}`);
      });
      await timed(samples.again, async () => {
        const answer = await call<{ confirmed: number; already_confirmed: number }>('POST', `${path}/confirm-hours`, {});
        if (answer.confirmed !== 0 || answer.already_confirmed !== PEOPLE) throw new Error(`second confirmation: ${JSON.stringify(answer)}`);
      });
    }
    console.log(`${dialect}: ${RUNS} classes, ${PEOPLE} people each`);
    summary(`add ${PEOPLE} people in one pick`, samples.add);
    summary('read a page of 20 (deep pages)', samples.page);
    summary(`tick ${PEOPLE} as attending`, samples.tick);
    summary(`学时确认 of ${PEOPLE}`, samples.confirm);
    summary('学时确认 again (nothing doubles)', samples.again);
    await bff.close();
  } finally {
    await t.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
