// Prints the closing line CI reads: "N passed, N failed", from jest's JSON report.
// A suite that could not even run counts as a failure; a missing report as one;
// the second argument adds failures found outside jest (lint).
const fs = require('node:fs');

const file = process.argv[2];
let passed = 0;
let failed = 1;
if (file && fs.existsSync(file)) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
}
failed += Number(process.argv[3] ?? 0);
console.log(`${passed} passed, ${failed} failed`);
