const preset = require('./jest.preset');

/**
 * A remote's jest config: the DOM, the shell's exposed modules as the
 * federation runtime provides them in the browser (stylesheets are stubbed by the preset).
 * @param {string} name the remote's project name
 * @returns {import('jest').Config}
 */
module.exports = function remoteJestConfig(name) {
  return {
    ...preset,
    displayName: name,
    testEnvironment: 'jsdom',
    setupFiles: ['<rootDir>/../jest.setup-dom.js'],
    moduleNameMapper: {
      ...preset.moduleNameMapper,
      '^shell/(.*)$': '<rootDir>/../shell/src/exposed/$1',
    },
  };
};
