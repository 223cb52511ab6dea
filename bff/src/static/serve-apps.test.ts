import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import request from 'supertest';
import { serveApps } from './serve-apps';

/** A built app as the build leaves it: hashed chunks with their brotli and gzip copies, the entry files unhashed. */
function writeBuild(dir: string, files: Record<string, string>): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), text);
    fs.writeFileSync(path.join(dir, `${name}.br`), zlib.brotliCompressSync(text));
    fs.writeFileSync(path.join(dir, `${name}.gz`), zlib.gzipSync(text));
  }
}

describe('serving the built apps', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'casmooc-dist-'));
  const chunk = `console.log(${JSON.stringify('计划'.repeat(500))});`;
  writeBuild(path.join(dist, 'shell'), { 'main.1a2b3c4d.js': chunk, 'remoteEntry.js': 'var shell;', 'index.html': '<div id="root"></div>' });
  writeBuild(path.join(dist, 'mf-plans'), { 'mf-manifest.json': '{}', 'plan-form.5e6f7a8b.js': chunk });
  const app = express().use(serveApps(dist));
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('sends the build’s brotli copy to a browser that takes it, else its gzip copy, else the file, and says it varies', async () => {
    // Nothing here compresses on the fly: an encoded answer is the build's copy (supertest decodes it).
    const br = await request(app).get('/main.1a2b3c4d.js').set('Accept-Encoding', 'gzip, deflate, br').expect(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(br.text).toBe(chunk);
    expect(Number(br.headers['content-length'])).toBe(fs.statSync(path.join(dist, 'shell', 'main.1a2b3c4d.js.br')).size);

    const gz = await request(app).get('/remotes/mf-plans/plan-form.5e6f7a8b.js').set('Accept-Encoding', 'gzip').expect(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(chunk);
    expect(Number(gz.headers['content-length'])).toBe(fs.statSync(path.join(dist, 'mf-plans', 'plan-form.5e6f7a8b.js.gz')).size);

    const plain = await request(app).get('/main.1a2b3c4d.js').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(chunk);
  });

  it('caches hashed files for good and revalidates the page, the manifests and remoteEntry.js', async () => {
    const cache = async (url: string, accept = '*/*') => (await request(app).get(url).set('Accept', accept).set('Accept-Encoding', 'br').expect(200)).headers['cache-control'];
    expect(await cache('/main.1a2b3c4d.js')).toBe('public, max-age=31536000, immutable');
    expect(await cache('/remotes/mf-plans/plan-form.5e6f7a8b.js')).toBe('public, max-age=31536000, immutable');
    expect(await cache('/remoteEntry.js')).toBe('no-cache');
    expect(await cache('/remotes/mf-plans/mf-manifest.json')).toBe('no-cache');
    expect(await cache('/plans/new', 'text/html')).toBe('no-cache');
  });
});
