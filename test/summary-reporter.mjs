// web-test-runner prints its summary inside a progress display; CI needs one plain line it can read.
import { writeFileSync } from 'node:fs';

function count(tests, suites, acc) {
  for (const t of tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suites ?? []) count(s.tests, s.suites, acc);
  return acc;
}

export function summaryReporter({ file } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, filesFailed: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults.tests, session.testResults.suites, acc);
        // A file that failed to load (syntax error, missing import) has no tests: count it as a failure.
        if (!session.passed && (!session.testResults || acc.failed === 0)) {
          const hasFailedTest = session.testResults && count(session.testResults.tests, session.testResults.suites, { passed: 0, failed: 0, skipped: 0 }).failed > 0;
          if (!hasFailedTest) acc.filesFailed++;
        }
      }
      const failed = acc.failed + acc.filesFailed;
      if (file) writeFileSync(file, JSON.stringify({ passed: acc.passed, failed, skipped: acc.skipped }));
      console.log(`browser: ${acc.passed} passed, ${failed} failed${acc.skipped ? `, ${acc.skipped} skipped` : ''}`);
    },
  };
}
