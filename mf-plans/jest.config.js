module.exports = require('../jest.remote')('mf-plans');
