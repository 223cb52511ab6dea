const preset = require('../jest.preset');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'mf-plans',
  testEnvironment: 'jsdom',
  // The shell's exposed modules, as the federation runtime provides them in the browser.
  moduleNameMapper: { '^shell/(.*)$': '<rootDir>/../shell/src/exposed/$1' },
};
