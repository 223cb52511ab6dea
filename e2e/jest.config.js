const preset = require('../jest.preset');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'e2e',
  testEnvironment: 'node',
  // Real browsers and servers are slower than unit tests (testTimeout is global-only in a multi-project run).
  setupFilesAfterEnv: ['<rootDir>/jest.setup.js'],
};
