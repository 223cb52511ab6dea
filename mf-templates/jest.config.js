module.exports = require('../jest.remote')('mf-templates');
