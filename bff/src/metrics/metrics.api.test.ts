import request from 'supertest';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { startTestBff, type SignedIn, type TestBff } from '../testing/test-bff';

describe('Prometheus metrics', () => {
  let h: TestBff;
  let manager: SignedIn;
  const scrape = (auth?: string) => {
    const req = request(h.bff.app).get('/metrics');
    return auth ? req.set('Authorization', auth) : req;
  };

  beforeAll(async () => {
    h = await startTestBff('sqlite', { metricsToken: 'scrape-secret' });
    manager = await h.signIn('xmt_manager');
  });
  afterAll(() => h.close());

  it('are not public: without the token, or with a wrong one, there is no such page', async () => {
    await scrape().expect(404);
    await scrape('Bearer wrong').expect(404);
    await scrape('scrape-secret').expect(404);
  });

  it('count requests by route (not by id) and status, errors by code, events pushed, the pool and the sockets', async () => {
    await manager.get('/api/plans/987654').expect(404);
    await manager.get('/api/plans/987655').expect(404);
    const orgId = (await h.t.db('orgs').where({ name: '新媒体技术与应用发展部' }).first()).id;
    await manager.post('/api/plans', { plan: examplePlan({ orgId }) }).expect(201);

    const res = await scrape('Bearer scrape-secret').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.text;
    expect(text).toMatch(/casmooc_http_request_duration_seconds_count\{method="GET",route="\/api\/plans\/:id",status="404"\} 2/);
    expect(text).toMatch(/casmooc_http_request_duration_seconds_count\{method="POST",route="\/api\/plans",status="201"\} 1/);
    // The two plans not found, and the three scrapes refused above.
    expect(text).toMatch(/casmooc_api_errors_total\{code="NOT_FOUND"\} 5/);
    expect(text).toMatch(/casmooc_event_push_lag_seconds_count [1-9]/);
    expect(text).toMatch(/casmooc_db_pool_used \d+/);
    expect(text).toMatch(/casmooc_sockets_open 0/);
    expect(text).toMatch(/casmooc_process_resident_memory_bytes \d+/);
  });
});

describe('without a metrics token', () => {
  it('there is no metrics endpoint at all', async () => {
    const h = await startTestBff('sqlite');
    await request(h.bff.app).get('/metrics').set('Authorization', 'Bearer ').expect(404);
    await h.close();
  });
});
