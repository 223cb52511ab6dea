import request from 'supertest';
import { testDialects } from '@casmooc/db/testing';
import { startTestBff, type TestBff } from '../testing/test-bff';

describe.each(testDialects())('bad input and error shape on %s', (dialect) => {
  let h: TestBff;
  beforeAll(async () => {
    h = await startTestBff(dialect);
  });
  afterAll(() => h.close());

  const login = () => request(h.bff.app).post('/api/auth/login');

  it('malformed JSON gets 400 MALFORMED_JSON', async () => {
    const res = await login().set('Content-Type', 'application/json').send('{"username": "admin",');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('MALFORMED_JSON');
    expect(res.body.error.message).toBe('请求体不是有效的 JSON');
  });

  it('wrong types get 400 naming the field', async () => {
    const res = await login().send({ username: 42, password: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(res.body.error.fields)).toEqual(['username']);
  });

  it('unknown fields get 400 naming the field', async () => {
    const res = await login().send({ username: 'admin', password: 'x', isAdmin: true });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('isAdmin');
  });

  it('oversized bodies get 400 PAYLOAD_TOO_LARGE', async () => {
    const res = await login().send({ username: 'admin', password: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a write that is not JSON gets 415', async () => {
    const res = await login().type('form').send('username=admin&password=x');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('unknown routes get 404 in the error shape', async () => {
    const res = await request(h.bff.app).get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: '请求的资源不存在' } });
  });

  it('speaks English when asked', async () => {
    const res = await login().set('Accept-Language', 'en-US,en;q=0.9').send({ username: 'admin', password: 'wrong' });
    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({ code: 'INVALID_CREDENTIALS', message: 'Wrong username or password' });
  });

  it('validation messages follow the language too', async () => {
    const zh = await login().send({ username: '', password: 'x' });
    const en = await login().set('Accept-Language', 'en').send({ username: '', password: 'x' });
    expect(zh.body.error.fields.username).toMatch(/[\u4e00-\u9fa5]/);
    expect(en.body.error.fields.username).toMatch(/^[\x20-\x7e]+$/);
  });

  it('sends security headers with a CSP', async () => {
    const res = await request(h.bff.app).get('/api/health');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('health names the dialect', async () => {
    const res = await request(h.bff.app).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: dialect, version: 'test' });
  });
});
