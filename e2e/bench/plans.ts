/**
 * Plans at academy scale: 100 000 plans over ~800 departments. Lists and
 * filters them through the API (the academy admin sees them all) and runs
 * the same list queries (the repository's SQL) straight through knex, printing both throughputs and
 * their ratio; then CLIENTS (default 50) clients list at once, each one
 * request after another, for throughput and percentiles under load; then
 * times the implementation-rate aggregation (P-12).
 *
 *   npx tsx e2e/bench/plans.ts
 *   BENCH_DB=mysql MYSQL_URL=mysql://root@127.0.0.1:3306 npx tsx e2e/bench/plans.ts
 */
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { createTestDatabase } from '@casmooc/db/testing';
import { seedLarge } from '@casmooc/db/seeds/large';
import { seedLargePlans } from '@casmooc/db/seeds/large-plans';
import { createBff } from '@casmooc/bff';
import { signIn, testConfig } from '@casmooc/bff/testing';
// The repository itself, so the raw side runs exactly the SQL the API runs.
import { PlanRepository, type PlanFilter } from '../../bff/src/plans/repository';
import { since, summary } from './stats';

const PLANS = Number(process.env.PLANS ?? 100_000);
const REQUESTS = Number(process.env.REQUESTS ?? 300);
const CLIENTS = Number(process.env.CLIENTS ?? 50);
/** Requests each concurrent client makes, one after another. */
const PER_CLIENT = Number(process.env.PER_CLIENT ?? 20);
const thisYear = new Date().getFullYear();

interface Filter {
  year?: number;
  category?: string;
  approval?: string;
  published?: boolean;
  implemented?: boolean;
  name?: string;
  page: number;
}

/** The lists a manager actually asks for: a year, a category, a state, a name, deep pages. */
const FILTERS: Filter[] = [
  { year: thisYear + 1, page: 1 },
  { year: thisYear, category: 'lecture_series', page: 1 },
  { year: thisYear + 1, approval: 'pending', page: 3 },
  { year: thisYear, published: true, implemented: false, page: 1 },
  { name: '网络安全', page: 1 },
  { year: thisYear, page: 50 },
];
const PAGE_SIZE = 20;

/** The API's own list query (the same SQL, built by its repository) run straight through knex: no HTTP, session, actions or JSON. */
function rawList(repo: PlanRepository, scope: string, { page, ...filter }: Filter) {
  return repo.list({ scopePaths: [scope], ...filter } as PlanFilter, page, PAGE_SIZE);
}

async function main() {
  const dialect = process.env.BENCH_DB === 'mysql' ? 'mysql' : 'sqlite';
  const t = await createTestDatabase(dialect);
  try {
    let started = performance.now();
    await seedLarge(t.db, 100, 2000);
    const plans = await seedLargePlans(t.db, PLANS, thisYear);
    console.log(`${dialect}: seeded ${plans} plans over ${(await t.db('orgs').where('level', 2).count({ n: '*' }))[0].n} departments in ${(since(started) / 1000).toFixed(1)} s`);

    const bff = await createBff(testConfig(t), { db: t.db, logger: pino({ level: 'silent' }) });
    const base = `http://127.0.0.1:${await bff.listen(0)}`;
    const admin = await signIn(bff.app, 'admin');
    const scope = admin.me.roles[0].orgPath;
    const repo = new PlanRepository(t.db);

    const api = async (f: Filter) => {
      const query = new URLSearchParams(Object.entries({ ...f, pageSize: PAGE_SIZE }).map(([k, v]) => [k, String(v)]));
      const res = await fetch(`${base}/api/plans?${query}`, { headers: { cookie: admin.cookie } });
      if (res.status !== 200) throw new Error(`list answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as { total: number };
    };
    // The two must agree before they are compared.
    for (const f of FILTERS) {
      const [{ total }, viaApi] = await Promise.all([rawList(repo, scope, f), api(f)]);
      if (total !== viaApi.total) throw new Error(`API and raw totals differ for ${JSON.stringify(f)}: ${viaApi.total} vs ${total}`);
    }

    const time = async (label: string, run: (f: Filter) => Promise<unknown>) => {
      for (const f of FILTERS) await run(f); // warm up
      const samples: number[] = [];
      started = performance.now();
      for (let i = 0; i < REQUESTS; i++) {
        const t0 = performance.now();
        await run(FILTERS[i % FILTERS.length]);
        samples.push(since(t0));
      }
      const perSecond = REQUESTS / (since(started) / 1000);
      summary(label, samples);
      return perSecond;
    };
    const viaApi = await time('list + filter over HTTP (API, with actions)', api);
    const raw = await time('the same queries raw through knex', (f) => rawList(repo, scope, f));
    console.log(`throughput: API ${viaApi.toFixed(0)} req/s, raw knex ${raw.toFixed(0)} queries/s, ratio API/raw = ${(viaApi / raw).toFixed(2)}`);

    // Many managers at once: each client asks for the next list when its last one has arrived.
    const concurrent: number[] = [];
    started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        for (let i = 0; i < PER_CLIENT; i++) {
          const t0 = performance.now();
          await api(FILTERS[(client + i) % FILTERS.length]);
          concurrent.push(since(t0));
        }
      }),
    );
    summary(`list + filter, ${CLIENTS} clients at once`, concurrent);
    console.log(`throughput with ${CLIENTS} clients: ${(concurrent.length / (since(started) / 1000)).toFixed(0)} req/s`);

    const rateSamples: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/plans/rate?year=${thisYear}`, { headers: { cookie: admin.cookie } });
      if (res.status !== 200) throw new Error(`rate answered ${res.status}`);
      await res.json();
      rateSamples.push(since(t0));
    }
    summary(`P-12 rate over ${plans / 2} plans of ${thisYear}, by org and category`, rateSamples);
    await bff.close();
  } finally {
    await t.drop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
