/**
 * 学时档案 at Academy scale (H-2): 70 000 staff over 100 institutes and one
 * more institute of 3 000, each person with a year of ledger rows; prints
 * the time of the at-risk list of the 3 000-person institute, the
 * Academy-wide progress (first page) and its export of every person's
 * annual figures, and one person's annual record PDF, over HTTP.
 *
 *   npx tsx e2e/bench/hours.ts                 # SQLite
 *   BENCH_DB=mysql MYSQL_URL=mysql://root@127.0.0.1:3306 npx tsx e2e/bench/hours.ts
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createTestDatabase } from '@casmooc/db/testing';
import { seedLarge } from '@casmooc/db/seeds/large';
import { createBff } from '@casmooc/bff';
import { signIn, testConfig } from '@casmooc/bff/testing';
import { since, summary } from './stats';

const ROWS_PER_PERSON = 8;
const RUNS = 5;

async function main() {
  const dialect = process.env.BENCH_DB === 'mysql' ? 'mysql' : 'sqlite';
  const t = await createTestDatabase(dialect);
  try {
    let started = performance.now();
    await seedLarge(t.db, 100, 70_000);
    await seedLarge(t.db, 1, 3_000);
    const institute = await t.db('orgs').where({ level: 1 }).orderBy('id', 'desc').first();
    const staffIds: number[] = (await t.db('staff').pluck('id')).map(Number);
    const year = new Date().getFullYear();
    const { id: recordedBy } = await t.db('users').where({ username: 'admin' }).first('id');
    // A year of rows per person: classes and activities of 2 to 12 hours, about one in three general.
    let seed = 11;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const rows = staffIds.flatMap((staffId) =>
      Array.from({ length: ROWS_PER_PERSON }, (_, i) => {
        const hours = 2 + Math.floor(random() * 11);
        const general = random() < 0.33;
        return {
          staff_id: staffId,
          year,
          kind: 'credit',
          general_hours: general ? hours : 0,
          professional_hours: general ? 0 : hours,
          activity: 'other',
          title: `规模测试活动 ${i + 1}`,
          activity_date: `${year}-${String(1 + (i % 11)).padStart(2, '0')}-15`,
          evidence: '规模测试',
          recorded_by: recordedBy,
          recorded_at: new Date(Date.UTC(year, i % 11, 15)),
        };
      }),
    );
    // SQLite takes at most 500 rows in one insert.
    for (let i = 0; i < rows.length; i += 500) await t.db('hours_ledger').insert(rows.slice(i, i + 500));
    console.log(`${dialect}: ${staffIds.length} staff, ${rows.length} ledger rows written in ${(since(started) / 1000).toFixed(1)} s`);

    const bff = await createBff(testConfig(t), { db: t.db, logger: pino({ level: 'silent' }) });
    const base = `http://127.0.0.1:${await bff.listen(0)}`;
    const admin = await signIn(bff.app, 'admin');
    const get = async (path: string) => {
      const res = await fetch(`${base}${path}`, { headers: { cookie: admin.cookie } });
      if (!res.ok) throw new Error(`GET ${path} answered ${res.status}: ${await res.text()}`);
      return res;
    };
    const timed = async (samples: number[], work: () => Promise<unknown>) => {
      started = performance.now();
      await work();
      samples.push(since(started));
    };
    const samples = { atRisk: [] as number[], academyPage: [] as number[], academyExport: [] as number[], annualPdf: [] as number[] };
    let atRiskTotal = 0;
    let exported = 0;
    for (let run = 0; run < RUNS; run++) {
      await timed(samples.atRisk, async () => {
        atRiskTotal = ((await (await get(`/api/hours/progress?orgId=${institute.id}&year=${year}&atRisk=true&share=0.75&by=${year}-09-30`)).json()) as { total: number }).total;
      });
      await timed(samples.academyPage, () => get(`/api/hours/progress?year=${year}`).then((r) => r.json()));
      await timed(samples.academyExport, async () => {
        const res = await get(`/api/hours/progress.xlsx?year=${year}`);
        exported = Number(res.headers.get('X-Export-Rows'));
        await res.arrayBuffer();
      });
      await timed(samples.annualPdf, () => get(`/api/hours/people/${staffIds[run * 1000]}/annual-record.pdf?year=${year}`).then((r) => r.arrayBuffer()));
    }
    console.log(`at-risk list of an institute of 3 000 (below 75% by ${year}-09-30): ${atRiskTotal} people`);
    summary('institute at-risk list (3 000 people)', samples.atRisk);
    summary(`Academy-wide progress, first page (${staffIds.length})`, samples.academyPage);
    summary(`Academy-wide annual figures, .xlsx (${exported} rows)`, samples.academyExport);
    summary('one annual record PDF', samples.annualPdf);
    await bff.close();
  } finally {
    await t.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
