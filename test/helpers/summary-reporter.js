// Prints one plain closing line after Jest's own summary, e.g. "jest: 1269 passed, 0 failed, 2 skipped",
// so any CI log reader can tell how many tests ran.
"use strict";

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(
      `jest: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`
    );
  }
}

module.exports = SummaryReporter;
