import { expect } from '@open-wc/testing';
import { Cpr, cprBirthDate, isValidCpr, maskCpr, normalizeCpr, parseWith, toJsonSchema } from './index.js';

describe('CPR', () => {
  it('accepts a number with or without the hyphen and stores it with the hyphen', () => {
    expect(parseWith(Cpr, '0106204128')).to.deep.equal({ ok: true, value: '010620-4128' });
    expect(parseWith(Cpr, '010620-4128')).to.deep.equal({ ok: true, value: '010620-4128' });
    expect(parseWith(Cpr, ' 010620-4128 ')).to.deep.equal({ ok: true, value: '010620-4128' });
    expect(normalizeCpr('0106204128')).to.equal('010620-4128');
  });

  it('reads the century from the 7th digit as the CPR table says', () => {
    const cases: [string, string][] = [
      // 0–3: always the 1900s.
      ['010203-0123', '1903-02-01'],
      ['010299-3123', '1999-02-01'],
      // 4 and 9: the 2000s up to YY 36, else the 1900s.
      ['010236-4123', '2036-02-01'],
      ['010237-4123', '1937-02-01'],
      ['010236-9123', '2036-02-01'],
      ['010237-9123', '1937-02-01'],
      // 5–8: the 2000s up to YY 57, else the 1800s.
      ['010257-5123', '2057-02-01'],
      ['010258-5123', '1858-02-01'],
      ['010257-8123', '2057-02-01'],
      ['010299-8123', '1899-02-01'],
    ];
    for (const [cpr, birthDate] of cases) expect(cprBirthDate(cpr), cpr).to.equal(birthDate);
  });

  it('needs no modulus-11: numbers issued since 2007 fail it and are still valid', () => {
    // Weights 4 3 2 7 6 5 4 3 2 1: 010620-4128 sums to 88 (divisible by 11), 010620-4129 to 89 (not).
    expect(isValidCpr('010620-4129')).to.equal(true);
    expect(isValidCpr('010620-4128')).to.equal(true);
  });

  it('rejects a bad format with cpr_invalid and the expected format', () => {
    for (const bad of ['12345', '010620-412', '010620-41289', 'ab0620-4128', '010620 4128', '01-06-20-4128', '']) {
      expect(parseWith(Cpr, bad), bad).to.deep.equal({ ok: false, issues: [{ code: 'cpr_invalid', path: [], params: { format: 'DDMMYY-XXXX' } }] });
      expect(isValidCpr(bad), bad).to.equal(false);
    }
    expect(isValidCpr(1006204128)).to.equal(false);
    const numeric = parseWith(Cpr, 1006204128);
    expect(numeric.ok).to.equal(false);
    expect(!numeric.ok && numeric.issues.map((i) => i.path)).to.deep.equal([[]]);
  });

  it('rejects dates that do not exist: 31 February, day 0, month 13, 29 February in a common year', () => {
    for (const bad of ['310299-1234', '000620-4128', '011320-4128', '320120-4128', '290223-4321', '290200-1234']) {
      expect(parseWith(Cpr, bad), bad).to.deep.equal({ ok: false, issues: [{ code: 'cpr_invalid', path: [], params: { format: 'DDMMYY-XXXX' } }] });
      expect(cprBirthDate(bad), bad).to.equal(undefined);
    }
    // The century decides leap years: 29 Feb 2024 exists, 29 Feb 1900 (digit 0–3, YY 00) does not, 2000 does.
    expect(cprBirthDate('290224-4321')).to.equal('2024-02-29');
    expect(cprBirthDate('290200-4321')).to.equal('2000-02-29');
    expect(cprBirthDate('290200-1234')).to.equal(undefined);
  });

  it('masks the serial for display, and masks everything that is not a CPR number', () => {
    expect(maskCpr('0106204128')).to.equal('010620-••••');
    expect(maskCpr('010620-4128')).to.equal('010620-••••');
    expect(maskCpr('01062-04128')).to.equal('••••••-••••');
    expect(maskCpr('')).to.equal('••••••-••••');
  });

  it('publishes the shape in the JSON Schema of a referral', () => {
    const schema = toJsonSchema('referral') as { properties: { childDetails: { properties: { cpr: { pattern: string } } } } };
    const pattern = new RegExp(schema.properties.childDetails.properties.cpr.pattern);
    expect(pattern.test('010620-4128')).to.equal(true);
    expect(pattern.test('0106204128')).to.equal(true);
    expect(pattern.test('010620-412')).to.equal(false);
  });
});
