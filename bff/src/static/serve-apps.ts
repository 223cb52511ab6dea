import fs from 'node:fs';
import path from 'node:path';
import express, { Router, type Response } from 'express';
import { REMOTE_APPS } from '@casmooc/domain';

/** Entry files must always be revalidated; hashed chunks can be cached for good. */
function setCacheHeaders(res: Response, filePath: string): void {
  const name = path.basename(filePath);
  const isEntry = name === 'index.html' || name === 'mf-manifest.json' || name === 'remoteEntry.js' || name === 'mf-stats.json';
  res.setHeader('Cache-Control', isEntry ? 'no-cache' : 'public, max-age=31536000, immutable');
}

/**
 * Serves the built shell at `/` and each built remote at `/remotes/<name>/`,
 * with the shell's index.html for client-side routes.
 */
export function serveApps(distDir: string): Router {
  const router = Router();
  const options = { setHeaders: setCacheHeaders, index: false as const };
  for (const app of REMOTE_APPS) {
    router.use(`/remotes/${app}`, express.static(path.join(distDir, app), options));
  }
  const shellDir = path.join(distDir, 'shell');
  router.use(express.static(shellDir, options));
  const indexHtml = path.join(shellDir, 'index.html');
  router.get(/^\/(?!api\/|remotes\/|socket\.io\/).*/, (req, res, next) => {
    // A missing file (a script, an image) is a 404, never the page: only routes get index.html.
    if (path.extname(req.path) || !req.accepts('html') || !fs.existsSync(indexHtml)) return next();
    setCacheHeaders(res, indexHtml);
    res.sendFile(indexHtml);
  });
  return router;
}
