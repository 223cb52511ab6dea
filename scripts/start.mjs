// `npm start`: builds whatever app is not built yet and the BFF (always: it takes a fraction of a second),
// then runs the built BFF with node, as production does. It migrates and (on first run) seeds the database,
// serves the apps and the API on one port, and prints the demo accounts.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const apps = ['shell', 'mf-plans', 'mf-training', 'mf-approvals', 'mf-templates'];
const distDir = path.resolve(root, process.env.DIST_DIR ?? 'dist');
const missing = apps.filter((app) => !existsSync(path.join(distDir, app, 'mf-manifest.json')));

if (missing.length > 0) {
  console.log(`Building ${missing.join(', ')} …`);
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', `--projects=${missing.join(',')}`], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const built = spawnSync(process.execPath, ['bff/build.mjs'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const bff = spawn(process.execPath, ['dist/bff/main.js'], { cwd: root, stdio: 'inherit', env: { NODE_ENV: 'production', ...process.env } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => bff.kill(signal));
bff.on('exit', (code) => process.exit(code ?? 0));
