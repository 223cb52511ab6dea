import request from 'supertest';
import { startTestBff, type TestBff } from '../testing/test-bff';

describe('the OpenAPI description', () => {
  let h: TestBff;
  beforeAll(async () => {
    h = await startTestBff('sqlite');
  });
  afterAll(() => h.close());

  const document = async () => (await request(h.bff.app).get('/api/openapi.json').expect(200)).body;

  it('describes every registered route, itself included, by method and path', async () => {
    const { openapi, paths } = await document();
    expect(openapi).toBe('3.1.0');
    const described = Object.entries(paths as Record<string, object>).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
    const registered = h.bff.routes.map((r) => `${r.method} /api${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(registered.length).toBeGreaterThan(80);
    expect(described.sort()).toEqual([...registered].sort());
    expect(described).toContain('get /api/openapi.json');
  });

  it('is made from the routes’ own schemas: parameters, bodies, uploads and who may call', async () => {
    const { paths } = await document();
    const create = paths['/api/plans'].post;
    expect(create['x-access']).not.toBe('public');
    expect(create.requestBody.content['application/json'].schema.properties).toHaveProperty('plan');
    const upload = paths['/api/plans/{id}/attachments'].post;
    expect(upload.requestBody.content).toHaveProperty(['application/octet-stream']);
    expect(upload.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'id', in: 'path', required: true }), expect.objectContaining({ name: 'name', in: 'query', required: true })]));
    expect(upload.responses).toHaveProperty('201');
    const receipts = paths['/api/training/notices/{noticeId}/receipts'].get;
    expect(receipts.parameters.find((p: { name: string }) => p.name === 'show').schema.enum).toEqual(['all', 'unread', 'read', 'acknowledged']);
    expect(paths['/api/public/classes'].get['x-access']).toBe('public');
  });
});
