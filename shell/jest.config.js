const preset = require('../jest.preset');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  displayName: 'shell',
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/../jest.setup-dom.js'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '\\.(css|svg)$': '<rootDir>/test/file-stub.js',
  },
};
