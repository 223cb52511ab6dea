const preset = require('../jest.preset');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'e2e',
  testEnvironment: 'node',
  // The fault tests run the shell's MobX stores in Node; Jest's soft cleanup of globals recurses on MobX's own.
  testEnvironmentOptions: { globalsCleanup: 'off' },
  // Real browsers and servers are slower than unit tests (testTimeout is global-only in a multi-project run).
  setupFilesAfterEnv: ['<rootDir>/jest.setup.js'],
};
