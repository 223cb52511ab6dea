module.exports = require('../jest.remote')('mf-approvals');
