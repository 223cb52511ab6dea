const preset = require('../jest.preset');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'mf-approvals',
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/../jest.setup-dom.js'],
  // The shell's exposed modules, as the federation runtime provides them in the browser.
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '^shell/(.*)$': '<rootDir>/../shell/src/exposed/$1',
    '\\.css$': '<rootDir>/../shell/test/file-stub.js',
  },
};
