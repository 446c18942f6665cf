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

// A page with one widget loads its own kind's schema, not every kind's: the model is built one file per
// module, and the widgets validate through their kind's definition (parseRecordOf, openRecordOf, …).
const KIND_MODULES = ['wellbeing-check', 'concern-note', 'network-map', 'referral'];
const KINDS_READ = {
  'wellbeing check': ['wellbeing-check'],
  'wellbeing overview': ['wellbeing-check'],
  'concern note': ['concern-note', 'wellbeing-check'],
  'network map': ['network-map'],
};
for (const page of pages.filter((p) => p.label in KINDS_READ)) {
  test(`the ${page.label}'s first load holds the schemas of ${KINDS_READ[page.label].join(' and ')} only`, () => {
    const loaded = KIND_MODULES.filter((kind) => Object.keys(page.firstInputs).some((file) => file.endsWith(`model/dist/${kind}.js`)));
    assert.deepEqual(loaded.sort(), [...KINDS_READ[page.label]].sort());
  });
}


// Strings travel with the part that shows them: the overview carries none of the wellbeing check's text,
// and the check none of child mode's, the trend's or the overview's (those load with their parts).
const STRINGS_LEFT_OUT = {
  'wellbeing overview': ['wellbeing.js', 'wellbeing-child-mode.js', 'wellbeing-trend.js'],
  'wellbeing check': ['wellbeing-child-mode.js', 'wellbeing-trend.js', 'wellbeing-overview.js'],
};
for (const page of pages.filter((p) => p.label in STRINGS_LEFT_OUT)) {
  test(`the ${page.label}'s first load leaves out the Danish strings of ${STRINGS_LEFT_OUT[page.label].join(', ')}`, () => {
    const carried = STRINGS_LEFT_OUT[page.label].filter((name) => Object.keys(page.firstInputs).some((file) => file.endsWith(`locales/da/${name}`)));
    assert.deepEqual(carried, []);
  });
}
