// @ts-check
const fs = require('node:fs');
const path = require('node:path');
const { rspack } = require('@rspack/core');
const { ModuleFederationPlugin } = require('@module-federation/enhanced/rspack');
const { PROVIDED, providedModule, SharedSubsetsPlugin } = require('./shared-subsets');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** @param {string} name */
const rootPackage = (name) => require(path.join(REPO_ROOT, 'node_modules', name, 'package.json')).version;

/** Dev-server ports; the shell's dev server proxies each remote under /remotes/<name>/. */
const DEV_PORTS = { shell: 4200, 'mf-plans': 4201, 'mf-training': 4202, 'mf-approvals': 4203, 'mf-templates': 4204 };
const BFF_DEV_URL = process.env.BFF_URL ?? 'http://localhost:3000';

/**
 * One instance of each of these in the page: React, the router (its
 * context crosses the shell/remote boundary), MobX and Arco (theme, locale
 * and popup containers are global). Subpaths (react/jsx-runtime,
 * react-dom/client) are shared by prefix. Arco and the router are shared
 * in part, as the shell provides them (shared-subsets.js): remotes
 * bring no copy of their own. Arco's icons are not shared: they hold no
 * state, and unshared each app keeps only the icons it uses.
 * @param {boolean} shell  the shell provides; a remote takes
 */
function sharedSingletons(shell) {
  // The version is stated because subpaths shared by prefix, and subsets, have no package.json of their own.
  /** @param {string} name */
  const singleton = (name) => {
    const version = rootPackage(name);
    return { singleton: true, version, requiredVersion: `^${version}` };
  };
  /** @param {keyof typeof PROVIDED} name */
  const subset = (name) => ({ ...singleton(name), import: shell ? providedModule(name) : /** @type {const} */ (false) });
  return {
    react: singleton('react'),
    'react/': singleton('react'),
    'react-dom': singleton('react-dom'),
    'react-dom/': singleton('react-dom'),
    mobx: singleton('mobx'),
    'mobx-react-lite': singleton('mobx-react-lite'),
    ...Object.fromEntries(Object.keys(PROVIDED).map((name) => [name, subset(/** @type {keyof typeof PROVIDED} */ (name))])),
  };
}

/**
 * The federation runtime as ES modules, built for the web: the plugin and
 * the runtime's own packages require its CommonJS builds, which cannot be
 * tree-shaken and carry Node's code paths. Each package (and its CommonJS
 * entry, which the plugin requires by path) is pointed at its ESM build;
 * ENV_TARGET drops the Node branches.
 */
function federationRuntimeAsEsm() {
  /** @type {Record<string, string>} */
  const alias = {};
  for (const pkg of ['sdk', 'runtime', 'runtime-core', 'runtime-tools', 'webpack-bundler-runtime', 'error-codes']) {
    const name = `@module-federation/${pkg}`;
    const cjs = require.resolve(name);
    const esm = cjs.replace(/\.cjs$/, fs.existsSync(cjs.replace(/\.cjs$/, '.mjs')) ? '.mjs' : '.js');
    alias[`${name}$`] = esm;
    alias[cjs] = esm;
  }
  return alias;
}

/** What is worth precompressing: text assets, not maps (fetched by devtools only) nor tiny files. */
const PRECOMPRESS = /\.(js|css|html|json|svg)$/;
const PRECOMPRESS_MIN_BYTES = 1024;

/**
 * Writes a brotli (quality 11) and a gzip (level 9) copy beside each text
 * asset at build time, so the server sends the smallest body without
 * compressing on every request (`bff/src/static/serve-apps.ts`).
 */
class PrecompressPlugin {
  /** @param {import('@rspack/core').Compiler} compiler */
  apply(compiler) {
    const zlib = require('node:zlib');
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('PrecompressPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'PrecompressPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        for (const [name, source] of Object.entries(assets)) {
          if (!PRECOMPRESS.test(name)) continue;
          const body = source.buffer();
          if (body.length < PRECOMPRESS_MIN_BYTES) continue;
          const brotli = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
          compilation.emitAsset(`${name}.br`, new RawSource(brotli));
          compilation.emitAsset(`${name}.gz`, new RawSource(zlib.gzipSync(body, { level: 9 })));
        }
      });
    });
  }
}

/**
 * Where a build writes `parts` (an app's folder): DIST_DIR builds somewhere else (a release's own folder); the
 * BFF serves the apps from the same variable.
 * @param {...string} parts
 */
const outputDir = (...parts) => path.join(path.resolve(REPO_ROOT, process.env.DIST_DIR ?? 'dist'), ...parts);

/**
 * What every build of the portal has in common: mode, sources, source maps.
 * @param {string} dir  the app's folder
 * @param {boolean} production
 * @returns {import('@rspack/core').Configuration}
 */
function commonConfig(dir, production) {
  return {
    mode: production ? 'production' : 'development',
    context: dir,
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    module: moduleRules(production),
    performance: { hints: false },
  };
}

/**
 * Built files are named by their content (cached for good); dev names stay plain.
 * @param {boolean} production
 */
function hashedNames(production) {
  const hash = production ? '.[contenthash:8]' : '';
  return { filename: `[name]${hash}.js`, chunkFilename: `[name]${hash}.js`, cssFilename: `[name]${hash}.css` };
}

/**
 * What a build knows of itself, written into its code.
 * @param {string} version
 */
function buildDefines(version) {
  return new rspack.DefinePlugin({
    'process.env.APP_VERSION': JSON.stringify(version),
    // The federation runtime this build is made with: a remote states it, the shell checks it (runtimeServes).
    'process.env.MF_RUNTIME_VERSION': JSON.stringify(rootPackage('@module-federation/enhanced')),
    // The federation runtime's browser paths only.
    ENV_TARGET: JSON.stringify('web'),
  });
}

/**
 * How sources are compiled (TypeScript and JSX by SWC), styles and assets bundled: the same for every app.
 * @param {boolean} production
 */
function moduleRules(production) {
  return {
    rules: [
      {
        test: /\.[jt]sx?$/,
        exclude: /node_modules/,
        loader: 'builtin:swc-loader',
        options: {
          jsc: {
            parser: { syntax: 'typescript', tsx: true },
            transform: { react: { runtime: 'automatic', development: !production } },
          },
          env: { targets: 'chrome >= 100, firefox >= 100, safari >= 15' },
        },
        type: 'javascript/auto',
      },
      { test: /\.css$/, type: 'css/auto' },
      { test: /\.(png|svg|woff2?|ttf|eot)$/, type: 'asset' },
    ],
  };
}

/**
 * The rspack configuration of one app of the portal.
 * @param {object} options
 * @param {keyof typeof DEV_PORTS} options.app  project name (shell, mf-plans, ...)
 * @param {string} options.dir                   the app's folder (__dirname)
 * @param {Record<string, string>} options.exposes
 * @param {boolean} [options.html]               emit index.html (the shell)
 */
function createAppConfig({ app, dir, exposes, html = false }) {
  const production = process.env.NODE_ENV !== 'development';
  const name = app.replace(/-/g, '_');
  const port = DEV_PORTS[app];
  // A release names its version (RELEASE_VERSION); otherwise it is the app's package version.
  const version = process.env.RELEASE_VERSION ?? require(path.join(dir, 'package.json')).version;

  /** @type {import('@rspack/core').Configuration} */
  const config = {
    ...commonConfig(dir, production),
    name: app,
    entry: html ? { main: './src/index.ts' } : {},
    output: {
      path: outputDir(app),
      publicPath: 'auto',
      uniqueName: name,
      // A release loaded into a page that ran another one (an update offered live) must not take that one's chunks
      // for its own: the global its chunks register in is the release's.
      chunkLoadingGlobal: `webpackChunk_${name}_${version}`,
      ...hashedNames(production),
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'], alias: federationRuntimeAsEsm() },
    // One runtime for the shell's page and its own container: the shell's remoteEntry.js (which remotes load for
    // shell/session and the rest) then carries no federation runtime of its own (27 KiB gzip once more), and its
    // exposed modules are the very instances the page runs.
    ...(html ? { optimization: { runtimeChunk: 'single' } } : {}),
    plugins: [
      new ModuleFederationPlugin({
        name,
        filename: 'remoteEntry.js',
        exposes,
        // Remotes consume the shell's exposed modules (session, locale, socket, http).
        // The shell is always served at the portal's root, on the page's own origin.
        remotes: html ? {} : { shell: 'shell@/mf-manifest.json' },
        shared: sharedSingletons(html),
        shareStrategy: 'loaded-first',
        // One federation runtime in the page: the shell's, handed to the remotes, whose remoteEntry then holds only
        // their own container. The rule that comes with it: the shell is upgraded first (see README).
        ...(html ? { runtimePlugins: [require.resolve('@module-federation/inject-external-runtime-core-plugin')] } : { experiments: { externalRuntime: true } }),
        // The type plugin hangs dev builds; types come from the workspace instead.
        dts: false,
      }),
      buildDefines(version),
      new SharedSubsetsPlugin(dir),
      ...(production ? [new PrecompressPlugin()] : []),
      // The shell is always served at the root: its page names its scripts absolutely, so
      // deep links (/plans/new) load /main.js, not /plans/main.js. Chunks still resolve 'auto'.
      // Only the page's own entry: the shell's remoteEntry is for remotes, loaded when one asks for it.
      ...(html ? [new rspack.HtmlRspackPlugin({ template: './src/index.html', favicon: './src/assets/logo.svg', publicPath: '/', chunks: ['main'] })] : []),
    ],
    devServer: {
      port,
      hot: true,
      // The sign-in page is its own build (createSignInConfig), served at /login as the BFF does.
      historyApiFallback: html ? { rewrites: [{ from: /^\/login/, to: '/sign-in/index.html' }] } : false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      proxy: html
        ? [
            { context: ['/api', '/socket.io'], target: BFF_DEV_URL, ws: true },
            ...Object.entries(DEV_PORTS)
              .filter(([other]) => other !== 'shell')
              .map(([other, otherPort]) => ({
                context: [`/remotes/${other}`],
                target: `http://localhost:${otherPort}`,
                pathRewrite: { [`^/remotes/${other}`]: '' },
              })),
          ]
        : [],
    },
  };
  return config;
}

/**
 * The sign-in page, built apart from the portal: no Module Federation and
 * nothing shared (it is a page of its own, left by a full navigation once
 * signed in), so what loads before sign-in is only what the page uses.
 * Written to dist/shell/sign-in/, which the BFF serves at /login.
 * @param {object} options
 * @param {string} options.dir  the shell's folder
 */
function createSignInConfig({ dir }) {
  const production = process.env.NODE_ENV !== 'development';
  /** @type {import('@rspack/core').Configuration} */
  return {
    ...commonConfig(dir, production),
    name: 'sign-in',
    // Into the shell's folder, after the shell's build has cleaned it.
    dependencies: ['shell'],
    entry: { main: './src/sign-in/index.ts' },
    output: {
      path: outputDir('shell', 'sign-in'),
      publicPath: '/sign-in/',
      uniqueName: 'sign_in',
      ...hashedNames(production),
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
    plugins: [
      buildDefines(require(path.join(dir, 'package.json')).version),
      ...(production ? [new PrecompressPlugin()] : []),
      new rspack.HtmlRspackPlugin({ template: './src/index.html', favicon: './src/assets/logo.svg' }),
    ],
  };
}

module.exports = { createAppConfig, createSignInConfig, DEV_PORTS };
