// What jsdom lacks and the UI's libraries use: react-router needs TextEncoder,
// Arco's responsive layout asks matchMedia.
const { TextEncoder, TextDecoder } = require('node:util');

Object.assign(globalThis, { TextEncoder, TextDecoder });
window.matchMedia ??= (query) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener() {},
  removeListener() {},
  addEventListener() {},
  removeEventListener() {},
  dispatchEvent: () => false,
});

// What the build defines (libs/mf-config): the federation runtime a build is made with.
process.env.MF_RUNTIME_VERSION = require(require('node:path').join(__dirname, 'node_modules/@module-federation/enhanced/package.json')).version;
// …and what the shell provides of the packages shared in part.
process.env.SHARED_PROVIDED = JSON.stringify(require('./libs/mf-config/shared-subsets').PROVIDED);
