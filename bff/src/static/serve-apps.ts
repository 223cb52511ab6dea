import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { REMOTE_APPS } from '@casmooc/domain';

/** A build's content-hashed name (`main.1a2b3c4d.js`): its bytes never change under that name. */
const HASHED = /\.[0-9a-f]{8}\.[a-z0-9]+$/;

/**
 * Hashed files are cached for good; everything else (index.html, the
 * manifests, remoteEntry.js, the favicon) is revalidated on every use, so
 * a release is seen at once. A precompressed copy is judged by its original.
 */
function setCacheHeaders(res: ServerResponse, filePath: string): void {
  const name = path.basename(filePath).replace(/\.(br|gz)$/, '');
  res.setHeader('Cache-Control', HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/** A built app's folder, each file sent as its build's brotli or gzip copy when the browser takes it (with `Vary: Accept-Encoding`). */
const builtFiles = (dir: string) =>
  expressStaticGzip(dir, { enableBrotli: true, orderPreference: ['br', 'gz'], index: false, serveStatic: { setHeaders: setCacheHeaders, index: false } });

/**
 * Serves the built shell at `/` and each built remote at `/remotes/<name>/`,
 * with the shell's index.html for client-side routes.
 */
export function serveApps(distDir: string): Router {
  const router = Router();
  for (const app of REMOTE_APPS) {
    router.use(`/remotes/${app}`, builtFiles(path.join(distDir, app)));
  }
  const shellDir = path.join(distDir, 'shell');
  router.use(builtFiles(shellDir));
  const indexHtml = path.join(shellDir, 'index.html');
  // The sign-in page is a build of its own (dist/shell/sign-in): what loads before sign-in is that page alone.
  const signInHtml = path.join(shellDir, 'sign-in', 'index.html');
  router.get('/login', (req, res, next) => {
    if (!req.accepts('html') || !fs.existsSync(signInHtml)) return next();
    setCacheHeaders(res, signInHtml);
    res.sendFile(signInHtml);
  });
  router.get(/^\/(?!api\/|remotes\/|socket\.io\/).*/, (req, res, next) => {
    // A missing file (a script, an image) is a 404, never the page: only routes get index.html.
    if (path.extname(req.path) || !req.accepts('html') || !fs.existsSync(indexHtml)) return next();
    setCacheHeaders(res, indexHtml);
    res.sendFile(indexHtml);
  });
  return router;
}
