const preset = require('../jest.preset');

/** @type {import('jest').Config} */
module.exports = { ...preset, displayName: 'db', testEnvironment: 'node' };
