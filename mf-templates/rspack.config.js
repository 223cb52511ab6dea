const { createAppConfig } = require('@casmooc/mf-config');

module.exports = createAppConfig({
  app: 'mf-templates',
  dir: __dirname,
  exposes: { './routes': './src/routes.tsx' },
});
