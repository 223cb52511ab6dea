const preset = require('../../jest.preset');

/** @type {import('jest').Config} */
module.exports = { ...preset, displayName: 'ui', testEnvironment: 'jsdom', setupFiles: ['<rootDir>/../../jest.setup-dom.js'] };
