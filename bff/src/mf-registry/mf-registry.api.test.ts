import request from 'supertest';
import type { RegistryEntry } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { startTestBff, type TestBff } from '../testing/test-bff';

describe.each(testDialects())('remote registry on %s', (dialect) => {
  let h: TestBff;
  beforeAll(async () => {
    h = await startTestBff(dialect);
  });
  afterAll(() => h.close());

  it('lists every remote with its manifest URL and version, before sign-in', async () => {
    const res = await request(h.bff.app).get('/api/mf-registry').expect(200);
    expect(res.body.map((e: RegistryEntry) => [e.name, e.url])).toEqual([
      ['mf-approvals', '/remotes/mf-approvals/mf-manifest.json'],
      ['mf-plans', '/remotes/mf-plans/mf-manifest.json'],
      ['mf-templates', '/remotes/mf-templates/mf-manifest.json'],
      ['mf-training', '/remotes/mf-training/mf-manifest.json'],
    ]);
  });

  it('the academy admin repoints a remote (deploy or roll back) and it is audited', async () => {
    const admin = await h.signIn('admin');
    const url = 'https://cdn.example.org/mf-plans/1.4.0/mf-manifest.json';
    const res = await admin.put('/api/mf-registry/mf-plans', { url, version: '1.4.0' }).expect(200);
    expect(res.body).toMatchObject({ name: 'mf-plans', url, version: '1.4.0' });
    const event = await h.t.db('events').where({ type: 'mf-registry.updated' }).orderBy('id', 'desc').first();
    expect(JSON.parse(event.payload)).toMatchObject({ url, version: '1.4.0' });
    expect(event.actor_id).toBe(admin.me.id);

    // The remote's origin may now provide scripts.
    const health = await request(h.bff.app).get('/api/health');
    expect(health.headers['content-security-policy']).toContain("script-src 'self' https://cdn.example.org");

    await admin.put('/api/mf-registry/mf-plans', { url: '/remotes/mf-plans/mf-manifest.json', version: '0.1.0' }).expect(200);
    const after = await request(h.bff.app).get('/api/health');
    expect(after.headers['content-security-policy']).not.toContain('cdn.example.org');
  });

  it('only the academy admin may change the registry', async () => {
    const cnic = await h.signIn('cnic_admin');
    const res = await cnic.put('/api/mf-registry/mf-plans', { url: '/x/mf-manifest.json', version: '2' }).expect(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    await request(h.bff.app).put('/api/mf-registry/mf-plans').send({ url: '/x/mf-manifest.json', version: '2' }).expect(401);
  });

  it('refuses unknown remotes and bad URLs', async () => {
    const admin = await h.signIn('admin');
    await admin.put('/api/mf-registry/mf-nothing', { url: '/x/mf-manifest.json', version: '2' }).expect(400);
    const res = await admin.put('/api/mf-registry/mf-plans', { url: 'javascript:alert(1)', version: '2' }).expect(400);
    expect(res.body.error.fields).toHaveProperty('url');
  });
});
