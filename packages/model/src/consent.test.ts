import { expect } from '@open-wc/testing';
import { type Consent as ConsentRecord, Consent, isConsentActive, parseWith, withdrawConsent } from './index.js';

const consent: ConsentRecord = {
  id: 'con-lene',
  parentId: 'par-lene',
  givenBy: { name: 'Lene Nielsen', relation: 'mother' },
  scope: 'Indstilling til PPR med trivselsvurdering som bilag.',
  purpose: 'At PPR vurderer, hvordan Ida bedst støttes i fællesskabet.',
  givenAt: '2026-11-12T15:10:00Z',
  method: 'written',
};

function issues(input: unknown): string[][] {
  const result = parseWith(Consent, input);
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
}

describe('Consent', () => {
  it('accepts who, scope, purpose, when and how, with recipients optional', () => {
    expect(issues(consent)).to.deep.equal([]);
    expect(issues({ ...consent, recipients: 'PPR Eksempel Kommune' })).to.deep.equal([]);
  });

  it('rejects a consent without scope or purpose, an unknown relation or method, and a date without offset', () => {
    expect(issues({ ...consent, scope: '  ', purpose: undefined })).to.deep.equal([
      ['required', 'scope'],
      ['required', 'purpose'],
    ]);
    expect(issues({ ...consent, givenBy: { name: 'Lene Nielsen', relation: 'aunt' }, method: 'sms' })).to.deep.equal([
      ['invalid_value', 'givenBy.relation'],
      ['invalid_value', 'method'],
    ]);
    expect(issues({ ...consent, givenAt: '2026-11-12 15:10' })).to.deep.equal([['invalid_date', 'givenAt']]);
  });

  it('cannot be withdrawn before it was given', () => {
    const result = parseWith(Consent, { ...consent, withdrawnAt: '2026-11-01T00:00:00Z' });
    expect(result).to.deep.equal({ ok: false, issues: [{ code: 'date_order', path: ['withdrawnAt'], params: { after: consent.givenAt } }] });
    expect(issues({ ...consent, withdrawnAt: consent.givenAt })).to.deep.equal([]);
  });

  it('is active from the moment it is given until the moment it is withdrawn', () => {
    expect(isConsentActive(consent, '2026-11-12T15:09:59Z')).to.equal(false);
    expect(isConsentActive(consent, '2026-11-12T15:10:00Z')).to.equal(true);
    expect(isConsentActive(consent, new Date('2030-01-01T00:00:00Z'))).to.equal(true);
    const withdrawn = withdrawConsent(consent, '2026-11-21T09:00:00Z');
    expect(isConsentActive(withdrawn, '2026-11-21T08:59:59Z')).to.equal(true);
    expect(isConsentActive(withdrawn, '2026-11-21T09:00:00Z')).to.equal(false);
    expect(isConsentActive(withdrawn)).to.equal(false);
  });

  it('withdraws into a new object, never mutating, and keeps the first withdrawal', () => {
    const original = structuredClone(consent);
    const withdrawn = withdrawConsent(consent, new Date('2026-11-21T09:00:00Z'));
    expect(consent).to.deep.equal(original);
    expect(withdrawn).to.not.equal(consent);
    expect(withdrawn).to.deep.equal({ ...consent, withdrawnAt: '2026-11-21T09:00:00.000Z' });
    const again = withdrawConsent(withdrawn, '2026-12-01T00:00:00Z');
    expect(again.withdrawnAt).to.equal('2026-11-21T09:00:00.000Z');
    expect(again).to.not.equal(withdrawn);
    expect(issues(withdrawn)).to.deep.equal([]);
  });
});
