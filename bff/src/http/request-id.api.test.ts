import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '@casmooc/db/testing';
import { createBff, type Bff } from '../server';
import { testConfig } from '../testing/test-bff';

describe('request ids', () => {
  let t: TestDatabase;
  let bff: Bff;
  const lines: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    t = await createTestDatabase('sqlite');
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    bff = await createBff(testConfig(t), { db: t.db, logger: pino({ level: 'info' }, sink) });
  });
  afterAll(async () => {
    await bff.close();
    await t.drop();
  });

  it('every answer names its request, errors included, and so does each line the request logged', async () => {
    const res = await request(bff.app).get('/api/plans/nonsense/words').expect(404);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const logged = lines.filter((l) => l.reqId === id);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.every((l) => l.reqId === id)).toBe(true);

    const ok = await request(bff.app).get('/api/health').expect(200);
    expect(ok.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(ok.headers['x-request-id']).not.toBe(id);
  });

  it('takes the id a proxy gave, if it is plain; otherwise makes its own', async () => {
    const given = await request(bff.app).post('/api/auth/login').set('X-Request-Id', 'lb-7f3a.42').send({ username: 'admin', password: 'wrong' }).expect(401);
    expect(given.headers['x-request-id']).toBe('lb-7f3a.42');
    expect(lines.some((l) => l.reqId === 'lb-7f3a.42')).toBe(true);
    const odd = await request(bff.app).get('/api/me').set('X-Request-Id', '<script>alert(1)</script>').expect(401);
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
