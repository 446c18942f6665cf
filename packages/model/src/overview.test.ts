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
  /** A group with the counts given for relations (and overall), the other dimensions green. */
  const groupOf = (counts: Partial<Record<Position, number>>): WellbeingCheck[] =>
    Object.entries(counts).flatMap(([position, count]) => Array.from({ length: count }, (_, i) => checkFor(`${position}-${i}`, position as Position)));

  it('counts per dimension in the instrument order, with n and how many were assessed', () => {
    const overview = aggregateWellbeing(group);
    expect(overview.n).to.equal(10);
    expect(overview.assessed).to.equal(10);
    expect(overview.assessedRough).to.deep.equal({ exact: 10 });
    expect(aggregateWellbeing(group.slice(0, 9)).assessedRough).to.deep.equal({ below: 10 });
    expect(overview.dimensions.map((r) => r.id)).to.deep.equal(['relations', 'feelings', 'play-learning', 'body-health', 'safety-care']);
    const big = aggregateWellbeing(groupOf({ green: 8, yellow: 5, red: 4, 'not-assessed': 3 }));
    expect(big.dimensions[0]!.counts).to.deep.equal({ green: 8, yellow: 5, red: 4, 'not-assessed': 3 });
  });

  it('hides counts below the threshold, 0 included, and enough others that none can be worked out', () => {
    const overview = aggregateWellbeing(group);
    // rød = 1 and ikke vurderet = 0 are hidden; their sum 1 would tell both are small, so gul = 3 goes too.
    expect(overview.dimensions[0]!.counts).to.deep.equal({ green: 6, yellow: null, red: null, 'not-assessed': null });
    expect(overview.overall.counts).to.deep.equal({ green: 6, yellow: null, red: null, 'not-assessed': null });
  });

  it('does not let hidden counts be recovered by subtraction (14 + 4 + hidden + hidden = 22)', () => {
    // Before: gul 4 shown, rød 2 and ikke vurderet 2 hidden; "hidden" meant 1 or 2, so both were 2.
    const row = aggregateWellbeing(groupOf({ green: 14, yellow: 4, red: 2, 'not-assessed': 2 })).dimensions[0]!;
    const shown = (['green', 'yellow', 'red', 'not-assessed'] as const).filter((p) => row.counts[p] !== null);
    expect(row.counts.red).to.equal(null);
    // Whatever is shown, the hidden rest is at least the threshold and spread over at least two cells.
    const rest = row.n - shown.reduce((sum, p) => sum + row.counts[p]!, 0);
    expect(4 - shown.length).to.be.at.least(2);
    expect(rest).to.be.at.least(3);
  });

  it('gives a row with one small cell a second hidden cell, the smallest other one', () => {
    // rød 1 alone: hidden with the next smallest, gul 4 (rest 5, so rød could be anything from 0 to 4).
    const row = aggregateWellbeing(groupOf({ green: 10, yellow: 4, red: 1, 'not-assessed': 5 })).dimensions[0]!;
    expect(row.counts).to.deep.equal({ green: 10, yellow: null, red: null, 'not-assessed': 5 });
  });

  it('suppresses a row where everyone shares one position, and never shows a 0', () => {
    const overview = aggregateWellbeing(groupOf({ red: 6 }));
    expect(overview.suppressed).to.equal(false);
    expect(overview.dimensions[0]).to.deep.include({ suppressed: true, counts: { green: null, yellow: null, red: null, 'not-assessed': null } });
    // every other dimension is green for all six: suppressed too
    expect(overview.dimensions[1]!.suppressed).to.equal(true);
  });

  it('never uses a threshold below 3 and says when it raised one', () => {
    for (const threshold of [0, 1, 2, -4]) {
      const overview = aggregateWellbeing(group, { threshold });
      expect(overview.threshold, String(threshold)).to.equal(3);
      expect(overview.thresholdClamped).to.equal(true);
      expect(overview.requestedThreshold).to.equal(threshold);
      expect(overview.dimensions[0]!.counts.red).to.equal(null);
    }
    const five = aggregateWellbeing(group, { threshold: 5 });
    expect([five.threshold, five.thresholdClamped, five.requestedThreshold]).to.deep.equal([5, false, undefined]);
  });

  it('keeps the default protection when the threshold is not a number', () => {
    for (const threshold of [Number.NaN, Number.POSITIVE_INFINITY, Number('tre')]) {
      const overview = aggregateWellbeing(group, { threshold });
      expect(overview.overall.counts.red, String(threshold)).to.equal(null);
      expect([overview.threshold, overview.thresholdClamped]).to.deep.equal([3, false]);
    }
  });

  it('shows nothing when fewer children than the threshold were assessed', () => {
    const small = aggregateWellbeing(group.slice(0, 2), { groupSize: 20 });
    expect(small.suppressed).to.equal(true);
    expect([small.overall, ...small.dimensions].every((r) => r.suppressed && Object.values(r.counts).every((c) => c === null))).to.equal(true);
    expect(aggregateWellbeing(group.slice(0, 3)).suppressed).to.equal(false);
  });

  it('counts each child once (newest check) and children without a check as not assessed', () => {
    const again = [...group, checkFor('j', 'green', 'green', '2026-11-20T10:00:00Z')];
    const overview = aggregateWellbeing(again, { groupSize: 12 });
    expect([overview.n, overview.assessed]).to.deep.equal([12, 10]);
    // gul 3, rød 0, ikke vurderet 2: 0 and 2 hidden, and gul with them, else their sum 2 would tell both are small.
    expect(overview.dimensions[0]!.counts).to.deep.equal({ green: 7, yellow: null, red: null, 'not-assessed': null });
  });

  it('counts only completed or amended joint assessments, never drafts, individual ones or those entered in error', () => {
    const draft = { ...checkFor('k', 'red'), status: 'draft' as const };
    const individual = { ...checkFor('l', 'red'), assessment: { type: 'individual' as const, participants: [] } };
    const error = { ...checkFor('m', 'red'), status: 'entered-in-error' as const };
    const amended = { ...checkFor('n', 'red'), status: 'amended' as const };
    const overview = aggregateWellbeing([...group, draft, individual, error, amended]);
    expect(overview.assessed).to.equal(11);
    // a newer draft does not replace a child's completed check
    const newerDraft = { ...checkFor('a', 'red', 'red', '2026-12-01T10:00:00Z'), status: 'draft' as const };
    expect(aggregateWellbeing([...group, newerDraft]).dimensions[0]!.counts.green).to.equal(6);
  });

  it('counts per setting: a later check in another setting does not override, and the setting is chosen', () => {
    const inSfo = (c: WellbeingCheck): WellbeingCheck => ({ ...c, child: { ...c.child, context: 'sfo' }, updatedAt: '2026-11-30T10:00:00Z' });
    const sfo = ['a', 'b', 'c', 'd'].map((id) => inSfo(checkFor(id, 'red')));
    const both = [...group, ...sfo];
    const school = aggregateWellbeing(both);
    expect([school.context, school.assessed, school.dimensions[0]!.counts.green]).to.deep.equal(['skole', 10, 6]);
    const afterSchool = aggregateWellbeing(both, { context: 'sfo' });
    expect([afterSchool.context, afterSchool.assessed]).to.deep.equal(['sfo', 4]);
    expect(aggregateWellbeing(both, { context: 'hjem' })).to.deep.include({ context: 'hjem', assessed: 0, suppressed: true });
    // by default the setting most checks are from
    expect(aggregateWellbeing([...group.slice(0, 3), ...sfo]).context).to.equal('sfo');
    expect(aggregateWellbeing([]).context).to.equal(undefined);
  });
});
