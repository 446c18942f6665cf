import { expect } from '@open-wc/testing';
import {
  type Referral,
  Consent,
  Cpr,
  canTransition,
  cprBirthDate,
  createReferral,
  exampleIndstilling,
  exampleUnderretning,
  isConsentActive,
  maskCpr,
  parseRecord,
  parseWith,
  transitionReferral,
  withdrawConsent,
} from './index.js';

function codes(input: unknown): string[][] {
  const result = parseRecord(input);
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
}
const clone = (r: Referral): Referral => structuredClone(r);

describe('CPR', () => {
  it('accepts valid numbers with or without the hyphen and stores them with it', () => {
    expect(parseWith(Cpr, '0106204128')).to.deep.equal({ ok: true, value: '010620-4128' });
    expect(cprBirthDate('010620-4128')).to.equal('2020-06-01');
    expect(cprBirthDate('010203-1234')).to.equal('1903-02-01');
    expect(cprBirthDate('010260-5123')).to.equal('1860-02-01');
    expect(cprBirthDate('290224-4321')).to.equal('2024-02-29');
  });

  it('rejects a bad format, an impossible date and 29 February in a common year', () => {
    for (const bad of ['12345', '010620-412', 'ab0620-4128', '310299-1234', '290223-4321', '001020-4128', '011320-4128']) {
      const result = parseWith(Cpr, bad);
      expect(result.ok, bad).to.equal(false);
      expect(!result.ok && result.issues[0]!.code).to.equal('cpr_invalid');
    }
  });

  it('masks the serial for display', () => {
    expect(maskCpr('0106204128')).to.equal('010620-••••');
  });
});

describe('Consent', () => {
  const consent = exampleIndstilling.consents[0]!;
  it('is active from given until withdrawn, and withdrawing never mutates', () => {
    expect(isConsentActive(consent, '2026-11-12T15:00:00Z')).to.equal(false);
    expect(isConsentActive(consent, '2026-11-20T00:00:00Z')).to.equal(true);
    const withdrawn = withdrawConsent(consent, '2026-11-21T09:00:00Z');
    expect(consent.withdrawnAt).to.equal(undefined);
    expect(isConsentActive(withdrawn, '2026-11-20T00:00:00Z')).to.equal(true);
    expect(isConsentActive(withdrawn, '2026-11-22T00:00:00Z')).to.equal(false);
  });
  it('cannot be withdrawn before it was given', () => {
    const result = parseWith(Consent, { ...consent, withdrawnAt: '2026-11-01T00:00:00Z' });
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.')])).to.deep.equal([['date_order', 'withdrawnAt']]);
  });
});

describe('Referral', () => {
  it('accepts the examples and a fresh draft of either type', () => {
    expect(codes(exampleIndstilling)).to.deep.equal([]);
    expect(codes(exampleUnderretning)).to.deep.equal([]);
    const author = { name: 'Mette Holm', role: 'pædagog', institution: 'Østervang Skole' };
    const child = { id: 'child-1', displayName: 'Ida', context: 'skole' as const };
    expect(codes(createReferral({ author, child, referralType: 'underretning' }))).to.deep.equal([]);
    expect(codes(createReferral({ author, child, referralType: 'indstilling' }))).to.deep.equal([]);
  });

  it('an underretning needs a § 133 ground, and no consent', () => {
    const referral = clone(exampleUnderretning);
    delete referral.ground;
    expect(codes(referral)).to.deep.equal([['ground_required', 'ground']]);
    expect(exampleUnderretning.consents).to.have.length(0);
  });

  it('an indstilling needs consent from every custody holder', () => {
    const none = clone(exampleIndstilling);
    none.consents = [];
    expect(codes(none)).to.deep.equal([['consent_required', 'consents']]);
    const one = clone(exampleIndstilling);
    one.consents = one.consents.slice(0, 1);
    const result = parseRecord(one);
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.'), i.params.name])).to.deep.equal([['consent_missing_holder', 'parents.1', 'Anders Nielsen']]);
    // A parent without custody does not need to consent.
    one.parents[1]!.custody = false;
    expect(codes(one)).to.deep.equal([]);
  });

  it('a consent withdrawn before sending does not count', () => {
    const referral = clone(exampleIndstilling);
    referral.consents[1] = withdrawConsent(referral.consents[1]!, '2026-11-14T10:00:00Z');
    expect(codes(referral)).to.deep.equal([['consent_missing_holder', 'parents.1']]);
  });

  it("requires the child's perspective, the child's resources and contact with the parents before sending", () => {
    const referral = clone(exampleIndstilling);
    referral.childPerspective = { statement: 'Ida siger …' };
    delete referral.resources;
    referral.parentContact = { contacted: false };
    expect(codes(referral)).to.deep.equal([
      ['child_perspective_required', 'childPerspective'],
      ['resources_required', 'resources'],
      ['parent_contact_required', 'parentContact'],
    ]);
    referral.childPerspective = { notInvolvedReason: 'Ida var syg i perioden; hun inddrages ved første møde.' };
    referral.resources = 'Kreativ og hjælpsom.';
    referral.parentContact = { contacted: false, exception: 'suspected-abuse-by-parent' };
    expect(codes(referral)).to.deep.equal([]);
  });

  it('asks for the work address, never a private one, before sending', () => {
    const referral = clone(exampleIndstilling);
    delete referral.reporter.workAddress;
    expect(codes(referral)).to.deep.equal([['required', 'reporter.workAddress']]);
  });

  it('rejects an invalid CPR but never requires one', () => {
    const referral = clone(exampleUnderretning);
    referral.childDetails.cpr = '310299-1234';
    expect(codes(referral)).to.deep.equal([['cpr_invalid', 'childDetails.cpr']]);
    delete referral.childDetails.cpr;
    expect(codes(referral)).to.deep.equal([]);
  });

  it('moves only along draft → sent → receipt-confirmed → outcome', () => {
    expect(canTransition('draft', 'sent')).to.equal(true);
    expect(canTransition('draft', 'outcome')).to.equal(false);
    expect(canTransition('sent', 'draft')).to.equal(false);

    const skipped = transitionReferral(exampleIndstilling, 'outcome', '2026-11-20T10:00:00Z', { kind: 'support-started' });
    expect(skipped).to.deep.equal({ ok: false, issues: [{ code: 'illegal_transition', path: ['status'], params: { from: 'sent', to: 'outcome' } }] });
    const back = transitionReferral(exampleIndstilling, 'draft');
    expect(!back.ok && back.issues[0]!.code).to.equal('illegal_transition');

    const confirmed = transitionReferral(exampleIndstilling, 'receipt-confirmed', '2026-11-18T09:00:00Z');
    expect(confirmed.ok).to.equal(true);
    if (!confirmed.ok) return;
    expect(confirmed.value.statusHistory.map((e) => e.status)).to.deep.equal(['draft', 'sent', 'receipt-confirmed']);
    const done = transitionReferral(confirmed.value, 'outcome', '2026-11-25T09:00:00Z', { kind: 'investigation-started' });
    expect(done.ok && done.value.outcome).to.deep.equal({ kind: 'investigation-started', at: '2026-11-25T09:00:00Z' });
    expect(done.ok && codes(done.value)).to.deep.equal([]);
    expect(transitionReferral(confirmed.value, 'outcome').ok).to.equal(false);
  });

  it('rejects a stored history that skips a step', () => {
    const referral = clone(exampleIndstilling);
    referral.status = 'outcome';
    referral.outcome = { kind: 'no-action', at: '2026-11-20T10:00:00Z' };
    referral.statusHistory.push({ status: 'outcome', at: '2026-11-20T10:00:00Z' });
    expect(codes(referral)).to.deep.equal([['illegal_transition', 'statusHistory.2.status']]);
  });
});
