import { expect } from '@open-wc/testing';
import { type Position, type WellbeingCheck, aggregateWellbeing } from './index.js';
import { exampleWellbeingCheck } from './examples/index.js';

function checkFor(childId: string, relations: Position, overall: Position = relations, updatedAt = '2026-10-08T13:40:00Z'): WellbeingCheck {
  const check = structuredClone(exampleWellbeingCheck);
  check.id = `wc-${childId}-${updatedAt}`;
  check.child = { ...check.child, id: childId, displayName: childId };
  check.updatedAt = updatedAt;
  check.dimensions[0] = { dimensionId: 'relations', position: relations, justification: 'x' };
  check.overall = { position: overall };
  return check;
}

describe('aggregateWellbeing', () => {
  const group = [
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => checkFor(id, 'green')),
    ...['g', 'h', 'i'].map((id) => checkFor(id, 'yellow')),
    checkFor('j', 'red'),
  ];

  it('counts per dimension in the instrument order, with n', () => {
    const overview = aggregateWellbeing(group, { threshold: 1 });
    expect(overview.n).to.equal(10);
    expect(overview.dimensions.map((r) => r.id)).to.deep.equal(['relations', 'feelings', 'play-learning', 'body-health', 'safety-care']);
    expect(overview.dimensions[0]!.counts).to.deep.equal({ green: 6, yellow: 3, red: 1, 'not-assessed': 0 });
    expect(overview.dimensions[1]!.counts).to.deep.equal({ green: 10, yellow: 0, red: 0, 'not-assessed': 0 });
  });

  it('hides counts below the threshold, and one more so the hidden one cannot be worked out', () => {
    const overview = aggregateWellbeing(group);
    // rød = 1 is hidden; gul = 3 is the next smallest and is hidden with it.
    expect(overview.dimensions[0]!.counts).to.deep.equal({ green: 6, yellow: null, red: null, 'not-assessed': 0 });
    expect(overview.overall.counts).to.deep.equal({ green: 6, yellow: null, red: null, 'not-assessed': 0 });
    expect(aggregateWellbeing(group, { threshold: 5 }).dimensions[0]!.counts).to.deep.equal({ green: 6, yellow: null, red: null, 'not-assessed': 0 });
  });

  it('keeps the default protection when the threshold is not a number', () => {
    for (const threshold of [Number.NaN, Number.POSITIVE_INFINITY, Number('tre')]) {
      expect(aggregateWellbeing(group, { threshold }).overall.counts.red, String(threshold)).to.equal(null);
    }
  });

  it('shows nothing for a group smaller than the threshold', () => {
    expect(aggregateWellbeing(group.slice(0, 2)).suppressed).to.equal(true);
    expect(aggregateWellbeing(group.slice(0, 3)).suppressed).to.equal(false);
  });

  it('counts each child once (newest check) and children without a check as not assessed', () => {
    const again = [...group, checkFor('j', 'green', 'green', '2026-11-20T10:00:00Z')];
    const overview = aggregateWellbeing(again, { threshold: 1, groupSize: 12 });
    expect(overview.n).to.equal(12);
    expect(overview.dimensions[0]!.counts).to.deep.equal({ green: 7, yellow: 3, red: 0, 'not-assessed': 2 });
  });

  it('leaves out checks entered in error', () => {
    const withError = [...group, { ...checkFor('k', 'red'), status: 'entered-in-error' as const }];
    expect(aggregateWellbeing(withError, { threshold: 1 }).n).to.equal(10);
  });
});
