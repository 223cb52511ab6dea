import pino from 'pino';
import { createBff, type Bff } from '@casmooc/bff';
import { testConfig } from '@casmooc/bff/testing';
import { createTestDatabase, testDialects, type TestDatabase } from '@casmooc/db/testing';
import { liveClient, signInOver, type LiveClient } from '../support/live-client';
import { visibleSince, writeFlatOut } from '../support/writes';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The portal's own event stream (the shell's EventStream) misses nothing
 * after reconnects: ten 2-second drops per client while events are written
 * at full speed, and every change is seen.
 */
describe.each(testDialects())('no change is missed across reconnects, on %s', (dialect) => {
  let t: TestDatabase;
  let bff: Bff;
  let url: string;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    bff = await createBff(testConfig(t), { logger: pino({ level: 'silent' }) });
    url = `http://127.0.0.1:${await bff.listen(0)}`;
  });
  afterAll(async () => {
    await bff.close();
    await t.drop();
  });

  it('ten 2-second drops of each client at full write speed: 100 % of changes seen', async () => {
    const users = ['admin', 'cnic_admin', 'xmt_manager'];
    const clients: LiveClient[] = await Promise.all(users.map((u) => liveClient(url, u)));
    const start = Number((await t.db('events').max({ latest: 'id' }))[0].latest);
    const writer = await signInOver(url, 'admin');
    const writes = writeFlatOut(url, writer.cookie, writer.me.csrfToken);
    try {
      for (let round = 0; round < 10; round++) {
        clients.forEach((client) => client.drop(2_000));
        await delay(2_600);
      }
    } finally {
      await writes.stop();
    }
    await delay(1_000);
    const report: string[] = [];
    for (const [i, client] of clients.entries()) {
      const { cookie } = await signInOver(url, users[i]);
      const expected = await visibleSince(url, cookie, start);
      const seen = new Set(client.delivered);
      const missed = expected.filter((id) => !seen.has(id));
      report.push(`${users[i]}: ${expected.length - missed.length}/${expected.length} seen`);
      expect({ user: users[i], missed }).toEqual({ user: users[i], missed: [] });
      expect(new Set(client.delivered).size).toBe(client.delivered.length);
      client.close();
    }
    console.log(`[reconnects on ${dialect}] ${writes.writes} writes during ten 2 s drops; ${report.join('; ')}`);
    expect(writes.writes).toBeGreaterThan(100);
  }, 90_000);
});
