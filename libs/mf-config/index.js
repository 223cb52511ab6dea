// @ts-check
const path = require('node:path');
const { rspack } = require('@rspack/core');
const { ModuleFederationPlugin } = require('@module-federation/enhanced/rspack');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** @param {string} name */
const rootPackage = (name) => require(path.join(REPO_ROOT, 'node_modules', name, 'package.json')).version;

/** Dev-server ports; the shell's dev server proxies each remote under /remotes/<name>/. */
const DEV_PORTS = { shell: 4200, 'mf-plans': 4201, 'mf-training': 4202, 'mf-approvals': 4203, 'mf-templates': 4204 };
const BFF_DEV_URL = process.env.BFF_URL ?? 'http://localhost:3000';

/**
 * One instance of each of these in the page: React, the router (its
 * context crosses the shell/remote boundary), MobX and Arco (theme,
 * locale and popup containers are global). Subpaths (react/jsx-runtime,
 * react-dom/client) are shared by prefix. Arco's icons are not shared:
 * they hold no state, and unshared each app keeps only the icons it uses.
 */
function sharedSingletons() {
  // The version is stated because subpaths shared by prefix have no package.json of their own.
  /** @param {string} name */
  const singleton = (name) => {
    const version = rootPackage(name);
    return { singleton: true, version, requiredVersion: `^${version}` };
  };
  return {
    react: singleton('react'),
    'react/': singleton('react'),
    'react-dom': singleton('react-dom'),
    'react-dom/': singleton('react-dom'),
    'react-router': singleton('react-router'),
    'react-router-dom': singleton('react-router-dom'),
    mobx: singleton('mobx'),
    'mobx-react-lite': singleton('mobx-react-lite'),
    '@arco-design/web-react': singleton('@arco-design/web-react'),
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
    mode: production ? 'production' : 'development',
    context: dir,
    entry: html ? { main: './src/index.ts' } : {},
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    output: {
      // DIST_DIR builds somewhere else (a release's own folder); the BFF serves the apps from the same variable.
      path: path.join(path.resolve(REPO_ROOT, process.env.DIST_DIR ?? 'dist'), app),
      publicPath: 'auto',
      uniqueName: name,
      // A release loaded into a page that ran another one (an update offered live) must not take that one's chunks
      // for its own: the global its chunks register in is the release's.
      chunkLoadingGlobal: `webpackChunk_${name}_${version}`,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      cssFilename: production ? '[name].[contenthash:8].css' : '[name].css',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
    module: {
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
    },
    plugins: [
      new ModuleFederationPlugin({
        name,
        filename: 'remoteEntry.js',
        exposes,
        // Remotes consume the shell's exposed modules (session, locale, socket, http).
        // The shell is always served at the portal's root, on the page's own origin.
        remotes: html ? {} : { shell: 'shell@/mf-manifest.json' },
        shared: sharedSingletons(),
        shareStrategy: 'loaded-first',
        // The type plugin hangs dev builds; types come from the workspace instead.
        dts: false,
      }),
      new rspack.DefinePlugin({ 'process.env.APP_VERSION': JSON.stringify(version) }),
      // The shell is always served at the root: its page names its scripts absolutely, so
      // deep links (/plans/new) load /main.js, not /plans/main.js. Chunks still resolve 'auto'.
      ...(html ? [new rspack.HtmlRspackPlugin({ template: './src/index.html', favicon: './src/assets/logo.svg', publicPath: '/' })] : []),
    ],
    performance: { hints: false },
    devServer: {
      port,
      hot: true,
      historyApiFallback: html,
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

module.exports = { createAppConfig, DEV_PORTS };
