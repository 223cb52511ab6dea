module.exports = require('../jest.remote')('mf-training');
