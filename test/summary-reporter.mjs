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
      const total = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const own = count(session.testResults?.tests, session.testResults?.suites, { passed: 0, failed: 0, skipped: 0 });
        total.passed += own.passed;
        total.skipped += own.skipped;
        // A file that failed to load (syntax error, missing import) or errored outside a test
        // reports no failed test: it still counts as one failure.
        total.failed += own.failed > 0 ? own.failed : session.passed ? 0 : 1;
      }
      if (file) writeFileSync(file, JSON.stringify(total));
      console.log(`browser: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
    },
  };
}
