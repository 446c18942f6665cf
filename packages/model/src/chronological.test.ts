import { expect } from '@open-wc/testing';
import { type WellbeingCheck, chronologicalChecks } from './index.js';
import { exampleWellbeingCheck } from './examples/index.js';

function check(id: string, createdAt: string, dueOn?: string, status: WellbeingCheck['status'] = 'completed'): WellbeingCheck {
  const round = { label: id, ...(dueOn ? { dueOn } : {}) };
  return { ...structuredClone(exampleWellbeingCheck), id, createdAt, status, round };
}

describe('chronologicalChecks', () => {
  it('orders by the round due date when known, else the day the check was created', () => {
    const spring = check('spring', '2026-06-20T10:00:00Z', '2026-04-01');
    const autumn = check('autumn', '2025-11-02T10:00:00Z');
    const winter = check('winter', '2026-01-15T10:00:00Z');
    expect(chronologicalChecks([spring, winter, autumn]).map((c) => c.id)).to.deep.equal(['autumn', 'winter', 'spring']);
  });

  it('compares days, not instants, keeps the given order for the same day, and leaves the input alone', () => {
    const late = check('late', '2026-01-15T23:00:00Z');
    const early = check('early', '2026-01-15T01:00:00Z');
    const input = [late, early];
    expect(chronologicalChecks(input).map((c) => c.id)).to.deep.equal(['late', 'early']);
    expect(input.map((c) => c.id)).to.deep.equal(['late', 'early']);
    expect(chronologicalChecks(input)[0]).to.equal(late);
  });

  it('leaves out checks entered in error, and anything that is not a check', () => {
    const ok = check('ok', '2026-01-15T10:00:00Z');
    const error = check('error', '2025-01-15T10:00:00Z', undefined, 'entered-in-error');
    const junk = [null, 'x', {}, { round: null }, new Proxy({}, { ownKeys: () => { throw new Error('no'); } })] as unknown as WellbeingCheck[];
    expect(chronologicalChecks([error, ok, ...junk]).map((c) => c.id)).to.deep.equal(['ok']);
    expect(chronologicalChecks(null as never)).to.deep.equal([]);
  });
});
