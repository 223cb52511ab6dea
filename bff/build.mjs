// Builds the BFF for production: one JavaScript file per command, started with plain `node` (no TypeScript
// loader, no dev dependencies). Our own workspace packages (@casmooc/*) are bundled in; every other package
// stays a require of node_modules, so a production install (`npm ci --omit=dev`) is all a server needs.
//   dist/bff/main.js  the BFF (API, apps, Socket.IO)
//   dist/bff/cli.js   migrate | seed | create-admin | import-directory
// The files sit two folders below the repository's root, as the sources do, so the paths they find from
// their own location (data/, dist/) are the same.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bare imports of anything but our own packages are left to node_modules. */
const nodeModulesExternal = {
  name: 'node-modules-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@casmooc/') ? undefined : { path: args.path, external: true }));
  },
};

await build({
  entryPoints: { main: path.join(root, 'bff/src/main.ts'), cli: path.join(root, 'db/src/cli.ts') },
  outdir: path.join(root, 'dist/bff'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [nodeModulesExternal],
});
console.log('Built dist/bff/main.js and dist/bff/cli.js');
