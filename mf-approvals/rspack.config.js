const { createAppConfig } = require('@casmooc/mf-config');

module.exports = createAppConfig({
  app: 'mf-approvals',
  dir: __dirname,
  exposes: { './routes': './src/routes.tsx' },
});
