import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { type Position, type WellbeingCheck, POSITIONS, aggregateWellbeing, defaultInstrument } from './index.js';
import { exampleWellbeingCheck } from './examples/index.js';

/**
 * The group overview must not be decodable. For random groups this checks what a reader can work out
 * from what the overview shows, assuming the reader knows more than is shown: the row total n (the
 * group's size) and the exact number of assessed children a (the element shows it only roughly below
 * 10), so the "ikke vurderet" cell is at least n − a.
 */

const MIN_THRESHOLD = 3;
const DIMENSIONS = defaultInstrument.dimensions.map((d) => d.id);

interface Child {
  positions: Position[];
  overall: Position;
}

function checkOf(child: Child, i: number): WellbeingCheck {
  const check = structuredClone(exampleWellbeingCheck);
  check.id = `wc-prop-${i}`;
  check.child = { ...check.child, id: `prop-child-${i}`, displayName: `Barn ${i}` };
  check.dimensions = DIMENSIONS.map((dimensionId, j) => ({ dimensionId, position: child.positions[j]!, justification: 'x' }));
  check.overall = { position: child.overall };
  return check;
}

/**
 * Every value a hidden cell can take that agrees with the shown cells, the row total and the lower
 * bound on "ikke vurderet", found by enumerating every filling of the hidden cells (no formula shared
 * with the implementation).
 */
function consistentValues(hidden: Position[], rest: number, lowerBound: Record<Position, number>): Map<Position, Set<number>> {
  const values = new Map<Position, Set<number>>(hidden.map((p) => [p, new Set<number>()]));
  const fill = (i: number, left: number, chosen: number[]): void => {
    if (i === hidden.length - 1) {
      if (left < lowerBound[hidden[i]!]) return;
      [...chosen, left].forEach((v, k) => values.get(hidden[k]!)!.add(v));
      return;
    }
    for (let v = lowerBound[hidden[i]!]; v <= left; v++) fill(i + 1, left - v, [...chosen, v]);
  };
  if (hidden.length > 0 && rest >= 0) fill(0, rest, []);
  return values;
}

const childArb = fc.record({
  positions: fc.array(fc.constantFrom(...POSITIONS), { minLength: DIMENSIONS.length, maxLength: DIMENSIONS.length }),
  overall: fc.constantFrom(...POSITIONS),
});

describe('aggregateWellbeing cannot be decoded (property)', () => {
  it('hides no cell that can be worked out, shows no small count, no 0 and no row where everyone shares a position', () => {
    fc.assert(
      fc.property(
        fc.array(childArb, { minLength: 0, maxLength: 40 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        (children, unchecked, requested, giveGroupSize) => {
          const a = children.length;
          const groupSize = giveGroupSize ? a + unchecked : undefined;
          const overview = aggregateWellbeing(children.map(checkOf), { threshold: requested, groupSize });
          const n = a + (giveGroupSize ? unchecked : 0);
          const threshold = Math.max(MIN_THRESHOLD, requested);
          expect(overview.n, 'n').to.equal(n);
          expect(overview.threshold, 'threshold is never below 3').to.equal(threshold);
          const truthRows: [string, Position[]][] = [
            ...DIMENSIONS.map((id, j): [string, Position[]] => [id, children.map((c) => c.positions[j]!)]),
            ['overall', children.map((c) => c.overall)],
          ];
          const rows = [...overview.dimensions, overview.overall];
          for (const [k, [id, positions]] of truthRows.entries()) {
            const row = rows[k]!;
            expect(row.id).to.equal(id);
            const truth: Record<Position, number> = { green: 0, yellow: 0, red: 0, 'not-assessed': n - a };
            for (const p of positions) truth[p]++;
            const shown = POSITIONS.filter((p) => row.counts[p] !== null);
            const hidden = POSITIONS.filter((p) => row.counts[p] === null);
            // Nothing at all may be read from a suppressed overview.
            if (overview.suppressed) {
              expect(shown, `${id}: suppressed overview shows counts`).to.deep.equal([]);
              continue;
            }
            // A row where every child has one position reveals each child's position: no count of it is shown.
            if (n > 0 && POSITIONS.some((p) => truth[p] === n)) expect(shown, `${id}: everyone shares a position (${JSON.stringify(truth)})`).to.deep.equal([]);
            for (const p of shown) {
              expect(row.counts[p], `${id}.${p} is the true count`).to.equal(truth[p]);
              expect(row.counts[p]!, `${id}.${p} = ${row.counts[p]} is shown below ${threshold} (0 counts too)`).to.be.at.least(threshold);
            }
            const rest = n - shown.reduce((sum, p) => sum + truth[p], 0);
            const lowerBound: Record<Position, number> = { green: 0, yellow: 0, red: 0, 'not-assessed': n - a };
            expect(row.suppressed, `${id}: suppressed exactly when every cell is hidden`).to.equal(hidden.length === POSITIONS.length);
            const values = consistentValues(hidden, rest, lowerBound);
            for (const p of hidden) {
              const v = [...values.get(p)!];
              const detail = `${id}.${p} (true ${truth[p]}) can be worked out: consistent values ${JSON.stringify(v)}; counts ${JSON.stringify(row.counts)}, n ${n}, assessed ${a}, threshold ${threshold}`;
              expect(v, detail).to.include(truth[p]);
              expect(v.length, `${detail}: pinned`).to.be.above(1);
              expect(Math.max(...v), `${detail}: known to be below the threshold`).to.be.at.least(threshold);
            }
          }
        },
      ),
      { numRuns: 500, includeErrorInReport: true },
    );
  });

  it('never lets a threshold below 3 switch the protection off, and says so', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 10 }), (requested) => {
        const overview = aggregateWellbeing([], { threshold: requested });
        expect(overview.threshold).to.equal(Math.max(MIN_THRESHOLD, requested));
        expect(overview.thresholdClamped).to.equal(requested < MIN_THRESHOLD);
        expect(overview.requestedThreshold).to.equal(requested < MIN_THRESHOLD ? requested : undefined);
      }),
    );
  });
});
