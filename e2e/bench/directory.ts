/**
 * People directory at academy scale: seeds ~70 000 staff into a fresh
 * database, then prints search latency percentiles (over HTTP and in the
 * repository alone) and the time to match a 3 000-row import.
 *
 *   npx tsx e2e/bench/directory.ts                 # SQLite
 *   BENCH_DB=mysql MYSQL_URL=mysql://root@127.0.0.1:3306 npx tsx e2e/bench/directory.ts
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createTestDatabase } from '@casmooc/db/testing';
import { seedLarge } from '@casmooc/db/seeds/large';
import { createBff } from '@casmooc/bff';
import { signIn, testConfig } from '@casmooc/bff/testing';
import { makeSheet } from '@casmooc/bff/sheets';
import { XLSX_MIME } from '@casmooc/domain';
import { summary } from './stats';

async function main() {
  const dialect = process.env.BENCH_DB === 'mysql' ? 'mysql' : 'sqlite';
  const t = await createTestDatabase(dialect);
  try {
    let started = performance.now();
    const { staff } = await seedLarge(t.db, 100, 70_000);
    console.log(`${dialect}: seeded ${staff} staff (+ demo) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const bff = await createBff(testConfig(t), { db: t.db, logger: pino({ level: 'silent' }) });
    const base = `http://127.0.0.1:${await bff.listen(0)}`;
    const admin = await signIn(bff.app, 'admin');

    // Real terms: names, pinyin and initials of people in the large seed, numbers and phones.
    const sample = await t.db('staff').orderByRaw(dialect === 'mysql' ? 'rand()' : 'random()').limit(100).select('name', 'name_pinyin', 'name_initials', 'employee_no', 'phone');
    const terms = sample.flatMap((s) => [s.name.slice(0, 2), s.name_pinyin.slice(0, 5), s.name_initials, s.employee_no.slice(0, 5), s.phone.slice(0, 7)]);

    const http = async (q: string) => {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/directory/staff?q=${encodeURIComponent(q)}&pageSize=20`, { headers: { cookie: admin.cookie } });
      await res.json();
      if (res.status !== 200) throw new Error(`search answered ${res.status}`);
      return performance.now() - t0;
    };
    for (const q of terms.slice(0, 20)) await http(q); // warm up
    const httpSamples: number[] = [];
    for (let round = 0; round < 2; round++) for (const q of terms) httpSamples.push(await http(q));
    summary('search over HTTP, academy admin (70k scope)', httpSamples);

    const repoSamples: number[] = [];
    const scope = ['/'];
    for (const q of terms) {
      const t0 = performance.now();
      await bff.services.directory.search({ scopePaths: scope, text: q, postTypes: [] }, 1, 20);
      repoSamples.push(performance.now() - t0);
    }
    summary('search in the repository alone', repoSamples);

    const institute = await t.db('orgs').where('name', 'like', '规模测试研究所001').first();
    const instituteSamples: number[] = [];
    for (const q of terms) {
      const t0 = performance.now();
      await bff.services.directory.search({ scopePaths: [institute.path], text: q, postTypes: [] }, 1, 20);
      instituteSamples.push(performance.now() - t0);
    }
    summary('search in one institute (~700 staff)', instituteSamples);

    // 3 000 rows: names with employee numbers, every tenth by phone instead.
    const rows = await t.db('staff').where('employee_no', '>=', '9000000').orderBy('id').limit(3000).select('name', 'employee_no', 'phone');
    const sheet = await makeSheet(rows.map((r, i) => (i % 10 === 0 ? [r.name, '', r.phone, ''] : [r.name, r.employee_no, '', ''])));
    const importSamples: number[] = [];
    for (let run = 0; run < 5; run++) {
      started = performance.now();
      const res = await fetch(`${base}/api/directory/import`, {
        method: 'POST',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.me.csrfToken, 'content-type': XLSX_MIME },
        body: new Uint8Array(sheet),
      });
      const body = await res.json();
      importSamples.push(performance.now() - started);
      if (run === 0) console.log(`import of ${rows.length} rows (${(sheet.length / 1024).toFixed(0)} KiB): ${JSON.stringify(body.counts)}`);
    }
    summary('import 3 000 rows, upload to classified answer', importSamples);
    await bff.close();
  } finally {
    await t.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
