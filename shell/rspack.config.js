const { createAppConfig, createSignInConfig } = require('@casmooc/mf-config');

// The portal, and the sign-in page built on its own.
module.exports = [
  createAppConfig({
    app: 'shell',
    dir: __dirname,
    html: true,
    // The contract with the remotes: change these only in a backwards-compatible way.
    exposes: {
      './session': './src/exposed/session.ts',
      './locale': './src/exposed/locale.ts',
      './socket': './src/exposed/socket.ts',
      './http': './src/exposed/http.ts',
      './people-picker': './src/exposed/people-picker.ts',
    },
  }),
  createSignInConfig({ dir: __dirname }),
];
