// Issue 14's size budgets, enforced: each page's first load (a widget's define module as an app bundles
// the built packages, min + gzip) must stay within its ceiling in test/bench/size.mjs, the one place the
// budgets are kept (`npm run bench` prints the same figures). Sizes are deterministic: the same build
// gives the same bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ISSUE_BUDGETS, measurePages } from '../bench/size.mjs';

// Like every test here, over the packages `npm test` has just built.
const pages = await measurePages({ checkBuild: false });

for (const page of pages) {
  test(`first load of the ${page.label} stays within ${page.ceiling} kB gzip`, () => {
    assert.ok(
      page.first.gz <= page.ceiling,
      `${page.entry}: ${page.first.gz.toFixed(1)} kB gzip > ceiling ${page.ceiling} kB (test/bench/size.mjs) — make it smaller, or raise the ceiling there on purpose`,
    );
  });
}

test("a ceiling is above the issue's budget only while the budget is not met", () => {
  for (const page of pages) {
    const budget = page.everything ? undefined : page.allFour ? ISSUE_BUDGETS.allFour : ISSUE_BUDGETS.oneWidget;
    if (budget !== undefined && page.first.gz <= budget) assert.ok(page.ceiling <= budget, `${page.label} meets the issue budget (${page.first.gz.toFixed(1)} ≤ ${budget} kB): lower its ceiling to ${budget} kB`);
  }
});
