const preset = require('../jest.preset');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'shell',
  testEnvironment: 'jsdom',
  moduleNameMapper: { '\\.(css|svg)$': '<rootDir>/test/file-stub.js' },
};
