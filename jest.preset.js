// Shared by every project's jest.config.js: TypeScript/TSX through swc, tests beside the code.
/** @type {import('jest').Config} */
module.exports = {
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  testMatch: ['<rootDir>/**/*.test.ts', '<rootDir>/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // ECharts (and its renderer, zrender) ship ES modules only: compiled like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(echarts|zrender)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // Jest's "soft" cleanup of globals between files recurses on MobX's own globals (the shell's stores run in
  // the fault tests' Node too). One setting for every project: a worker keeps the first it sees.
  testEnvironmentOptions: { globalsCleanup: 'off' },
  // Arco ships ES modules under es/ and the same code as CommonJS under lib/.
  // Stylesheets are the bundler's, not jest's.
  moduleNameMapper: { '^@arco-design/web-react/es/(.*)$': '@arco-design/web-react/lib/$1', '\\.css$': require('node:path').join(__dirname, 'shell/test/file-stub.js') },
};
