// `npm test` runs every project's tests in one jest run (one summary, one JSON report).
/** @type {import('jest').Config} */
module.exports = {
  projects: ['libs/domain', 'libs/ui', 'db', 'bff', 'shell', 'mf-plans', 'mf-training', 'mf-approvals', 'mf-templates', 'e2e'],
};
