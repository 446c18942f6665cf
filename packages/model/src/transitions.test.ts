import { expect } from '@open-wc/testing';
import { type WellbeingCheck, checkCompletion, completeRecord, createWellbeingCheck, isRequiredAtCompletion, openRecord, parseRecord } from './index.js';
import { exampleAuthor, exampleChild, exampleIndstilling, exampleUnderretning, exampleWellbeingCheck } from './examples/index.js';

const by = { name: 'Mette Holm', role: 'pædagog' };
const at = new Date('2026-11-23T10:00:00Z');

describe('completeRecord', () => {
  it('completes a draft with a completed history entry, appended', () => {
    const draft = { ...structuredClone(exampleWellbeingCheck), status: 'draft' as const };
    const result = completeRecord(draft, by, at);
    expect(result.ok && result.value.status).to.equal('completed');
    expect(result.ok && result.value.history.at(-1)).to.deep.equal({ at: at.toISOString(), by, action: 'completed' });
    expect(result.ok && result.value.history.slice(0, -1)).to.deep.equal(draft.history);
    expect(result.ok && result.value.updatedAt).to.equal(at.toISOString());
  });

  it('amends a completed or amended record with an amended history entry', () => {
    for (const status of ['completed', 'amended'] as const) {
      const result = completeRecord({ ...structuredClone(exampleWellbeingCheck), status }, by, at);
      expect(result.ok && result.value.status, status).to.equal('amended');
      expect(result.ok && result.value.history.at(-1)!.action, status).to.equal('amended');
    }
  });

  it('refuses a record entered in error', () => {
    const result = completeRecord({ ...structuredClone(exampleWellbeingCheck), status: 'entered-in-error' }, by, at);
    expect(!result.ok && result.issues[0]!.code).to.equal('illegal_transition');
  });

  it('sends a referral in draft (status history too), and amends one already sent without moving its status', () => {
    const draft = { ...structuredClone(exampleIndstilling), status: 'draft' as const, statusHistory: [exampleIndstilling.statusHistory[0]!] };
    const sent = completeRecord(draft, by, at);
    expect(sent.ok && sent.value.status).to.equal('sent');
    expect(sent.ok && sent.value.statusHistory.at(-1)).to.deep.equal({ status: 'sent', at: at.toISOString() });
    expect(sent.ok && sent.value.history.at(-1)!.action).to.equal('completed');
    const again = completeRecord(sent.ok ? sent.value : draft, by, new Date('2026-11-24T10:00:00Z'));
    expect(again.ok && again.value.status).to.equal('sent');
    expect(again.ok && again.value.history.at(-1)!.action).to.equal('amended');
  });
});

describe('isRequiredAtCompletion', () => {
  const fresh = (): WellbeingCheck => createWellbeingCheck({ id: 'wc-req', author: exampleAuthor, child: exampleChild, now: at });

  it('follows the wellbeing check rules', () => {
    const check = fresh();
    expect(isRequiredAtCompletion(check, 'round.label')).to.equal(true);
    expect(isRequiredAtCompletion(check, 'assessment.type'), 'a choice with no empty option').to.equal(true);
    expect(isRequiredAtCompletion(check, 'nextStep')).to.equal(false);
    expect(isRequiredAtCompletion(check, 'strengths')).to.equal(false);
    expect(isRequiredAtCompletion(check, 'round.dueOn')).to.equal(false);
    expect(isRequiredAtCompletion(check, 'dimensions.0.justification')).to.equal(false);
    const yellow = { ...check, dimensions: check.dimensions.map((d, i) => (i === 0 ? { ...d, position: 'yellow' as const } : d)) };
    expect(isRequiredAtCompletion(yellow, 'dimensions.0.justification')).to.equal(true);
    expect(isRequiredAtCompletion(yellow, 'dimensions.1.justification')).to.equal(false);
    const agreement = { ...check, agreements: [{ id: 'a1', goal: '', action: '', responsible: '', followUpOn: '' }] };
    for (const field of ['goal', 'action', 'responsible', 'followUpOn']) expect(isRequiredAtCompletion(agreement, `agreements.0.${field}`), field).to.equal(true);
  });

  it('answers from a cache that follows choices, not stale ones', () => {
    const check = fresh();
    const red = { ...check, dimensions: check.dimensions.map((d, i) => (i === 2 ? { ...d, position: 'red' as const } : d)) };
    expect(isRequiredAtCompletion(check, 'dimensions.2.justification')).to.equal(false);
    expect(isRequiredAtCompletion(red, 'dimensions.2.justification')).to.equal(true);
    expect(isRequiredAtCompletion({ ...red, dimensions: check.dimensions }, 'dimensions.2.justification')).to.equal(false);
  });
});

describe('isRequiredAtCompletion with choices that look alike', () => {
  it('tells an underretning (ground required) from an indstilling', () => {
    const underretning = { ...structuredClone(exampleUnderretning), status: 'draft' as const, statusHistory: [exampleUnderretning.statusHistory[0]!] };
    const indstilling = { ...underretning, referralType: 'indstilling' as const };
    expect([isRequiredAtCompletion(underretning, 'ground'), isRequiredAtCompletion(indstilling, 'ground')]).to.deep.equal([true, false]);
  });

  it('follows the suggested position for the override reason', () => {
    const check = createWellbeingCheck({ id: 'wc-sugg', author: exampleAuthor, child: exampleChild, now: at });
    const green = { ...check, overall: { position: 'green' as const, suggested: 'green' as const } };
    const red = { ...check, overall: { position: 'green' as const, suggested: 'red' as const } };
    expect([isRequiredAtCompletion(green, 'overall.overrideReason'), isRequiredAtCompletion(red, 'overall.overrideReason')]).to.deep.equal([false, true]);
  });

  it('never throws: a cycle, null, an invalid date', () => {
    const cyclic = structuredClone(exampleWellbeingCheck) as unknown as Record<string, unknown>;
    cyclic.self = cyclic;
    expect(isRequiredAtCompletion(cyclic as unknown as WellbeingCheck, 'round.label')).to.equal(false);
    expect(completeRecord(null as unknown as WellbeingCheck, by).ok).to.equal(false);
    const result = completeRecord({ ...structuredClone(exampleWellbeingCheck), status: 'draft' }, by, new Date('nope'));
    expect(result.ok && !Number.isNaN(Date.parse(result.value.updatedAt))).to.equal(true);
  });
});

describe('openRecord', () => {
  it('opens a valid record as parseRecord reads it', () => {
    const result = openRecord(exampleWellbeingCheck, 'wellbeing-check');
    expect(result.ok && result.issues).to.deep.equal([]);
  });

  it('opens someone\'s unfinished work with its content issues (empty texts, completion rules)', () => {
    const completedButEmpty = { ...fresh(), status: 'completed', round: { label: '' } };
    const result = openRecord(completedButEmpty, 'wellbeing-check');
    expect(result.ok).to.equal(true);
    expect(result.issues.map((i) => i.code)).to.include('overall_position_required');
    expect(parseRecord(completedButEmpty).ok).to.equal(false);
  });

  it('refuses a broken structure, naming where', () => {
    const check = structuredClone(exampleWellbeingCheck);
    const cases: [unknown, string][] = [
      [{ ...check, round: null }, 'round'],
      [{ ...check, status: 'weird' }, 'status'],
      [{ ...check, dimensions: [null] }, 'dimensions.0'],
      [{ ...check, strengths: 12345 }, 'strengths'],
      [{ ...check, overall: { position: '__proto__' } }, 'overall.position'],
    ];
    for (const [input, path] of cases) {
      const result = openRecord(input, 'wellbeing-check');
      expect(result.ok, path).to.equal(false);
      expect(result.issues[0]!.path.join('.'), path).to.equal(path);
    }
  });

  it('refuses a malformed id or date, which no one could fix in a form, and opens a date not filled in yet', () => {
    const check = structuredClone(exampleWellbeingCheck);
    const cases: [unknown, string][] = [
      [{ ...check, id: '<img src=x onerror=alert(1)>' }, 'id'],
      [{ ...check, id: '' }, 'id'],
      [{ ...check, id: 'A'.repeat(20_000) }, 'id'],
      [{ ...check, dimensions: [{ ...check.dimensions[0]!, dimensionId: 'x'.repeat(129) }, ...check.dimensions.slice(1)] }, 'dimensions.0.dimensionId'],
      [{ ...check, child: { ...check.child, id: 'a b' } }, 'child.id'],
      [{ ...check, updatedAt: '"><svg onload=alert(1)>' }, 'updatedAt'],
      [{ ...check, agreements: [{ ...check.agreements[0]!, id: 'javascript:alert(1)//' }] }, 'agreements.0.id'],
      [{ ...check, round: { ...check.round, dueOn: 'i går' } }, 'round.dueOn'],
      [{ ...check, history: [{ ...check.history[0]!, at: '2026-11-12 15:10' }, check.history[1]!] }, 'history.0.at'],
    ];
    for (const [input, path] of cases) {
      const result = openRecord(input, 'wellbeing-check');
      expect(result.ok, path).to.equal(false);
      expect(result.issues[0]!.path.join('.'), path).to.equal(path);
    }
    const notYet = openRecord({ ...fresh(), agreements: [{ ...check.agreements[0]!, followUpOn: '' }] }, 'wellbeing-check');
    expect(notYet.ok, 'an agreement without its follow-up date yet').to.equal(true);
  });

  function fresh(): WellbeingCheck {
    return createWellbeingCheck({ id: 'wc-open', author: exampleAuthor, child: exampleChild, now: at });
  }
});

describe('checkCompletion', () => {
  const draftOf = (patch: Partial<WellbeingCheck> = {}): WellbeingCheck => ({ ...structuredClone(exampleWellbeingCheck), status: 'draft', ...patch });
  const codes = (record: WellbeingCheck) => {
    const result = checkCompletion(record, by, at);
    return result.ok ? [] : result.issues.map((i) => `${i.code}@${i.path.join('.')}`);
  };

  it('completes a draft that meets every rule, as completeRecord makes it', () => {
    const result = checkCompletion(draftOf(), by, at);
    expect(result.ok && result.value.status).to.equal('completed');
    expect(result.ok && result.value.history.at(-1)?.action).to.equal('completed');
  });

  it('asks for at least one assessed area, and for when the parents were informed or why not', () => {
    const check = draftOf({ parentPerspective: { view: 'Glade for samarbejdet.' } });
    check.dimensions = check.dimensions.map((d) => ({ dimensionId: d.dimensionId, position: 'not-assessed' as const }));
    expect(codes(check)).to.deep.equal(['dimension_required@dimensions', 'parents_informed_required@parentPerspective.informedOn']);
  });

  it('takes a written reason or the safeguarding choice instead of the date', () => {
    expect(codes(draftOf({ parentPerspective: { notInformedReason: 'Mor er på hospitalet; vi ringer mandag.' } }))).to.deep.equal([]);
    expect(codes(draftOf({ parentPerspective: { notInformedBecause: 'suspected-abuse-by-parent' } }))).to.deep.equal([]);
    expect(codes(draftOf({ parentPerspective: { notInformedReason: '   ' } }))).to.deep.equal(['parents_informed_required@parentPerspective.informedOn']);
    expect(codes(draftOf({ parentPerspective: undefined }))).to.deep.equal(['parents_informed_required@parentPerspective.informedOn']);
  });

  it('reports the schema and the completion rules together, in one go', () => {
    const check = draftOf({ parentPerspective: undefined, childPerspective: undefined });
    expect(codes(check)).to.deep.equal(['child_perspective_required@childPerspective', 'parents_informed_required@parentPerspective.informedOn']);
  });

  it('leaves a check completed before the rules a valid record, asking them when it is amended', () => {
    const legacy = { ...structuredClone(exampleWellbeingCheck), parentPerspective: undefined };
    expect(parseRecord(legacy).ok).to.equal(true);
    expect(codes(legacy)).to.deep.equal(['parents_informed_required@parentPerspective.informedOn']);
  });

  it('marks the parents date required until a reason is written, and the reason always optional', () => {
    const check = draftOf({ parentPerspective: {} });
    expect(isRequiredAtCompletion(check, 'parentPerspective.informedOn')).to.equal(true);
    expect(isRequiredAtCompletion(check, 'parentPerspective.notInformedReason')).to.equal(false);
    expect(isRequiredAtCompletion(draftOf({ parentPerspective: { notInformedReason: 'Vi ringer mandag.' } }), 'parentPerspective.informedOn')).to.equal(false);
  });

  it('never throws on a record the rules cannot read', () => {
    const broken = { ...draftOf(), dimensions: 'nope' } as unknown as WellbeingCheck;
    expect(() => checkCompletion(broken, by, at)).not.to.throw();
    expect(checkCompletion(broken, by, at).ok).to.equal(false);
  });
});

describe('isRequiredAtCompletion where the part is missing', () => {
  it('marks the parents date required on a check with no parents section yet', () => {
    const check = { ...structuredClone(exampleWellbeingCheck), status: 'draft' as const, parentPerspective: undefined };
    expect(isRequiredAtCompletion(check, 'parentPerspective.informedOn')).to.equal(true);
    expect(isRequiredAtCompletion(check, 'parentPerspective.view')).to.equal(false);
  });
});
