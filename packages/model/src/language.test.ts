import { expect } from '@open-wc/testing';
import { DEFAULT_LANGUAGE_RULES, type LanguageRule, LanguageRules, checkLanguage, parseWith } from './index.js';

const found = (text: string, locale: 'da' | 'en', rules?: LanguageRule[]) => checkLanguage(text, locale, { rules }).map((f) => [f.match, f.kind]);

describe('checkLanguage', () => {
  it('finds each kind in Danish', () => {
    expect(found('Han er umulig. Hun er ADHD. Det sker altid. Hun gør det med vilje.', 'da')).to.deep.equal([
      ['umulig', 'label'],
      ['er ADHD', 'diagnosis'],
      ['altid', 'absolute'],
      ['gør det med vilje', 'blame'],
    ]);
  });

  it('finds each kind in English', () => {
    expect(found("He is lazy. She's autistic. It never works. It's attention-seeking.", 'en')).to.deep.equal([
      ['lazy', 'label'],
      ["She's autistic", 'diagnosis'],
      ['never', 'absolute'],
      ['attention-seeking', 'blame'],
    ]);
  });

  it('knows Danish inflections and ignores case', () => {
    expect(found('umuligt, UMULIGE, dovne, Problembørnene, problembarnet, Hele Tiden', 'da').map(([m]) => m)).to.deep.equal([
      'umuligt', 'UMULIGE', 'dovne', 'Problembørnene', 'problembarnet', 'Hele Tiden',
    ]);
  });

  it('never flags inside other words, æ, ø and å included', () => {
    expect(found('umuligheden, altidens, aldrigheden, ualtid, dumpe, ådoven, Ødum', 'da')).to.deep.equal([]);
    expect(found('alwaysness, nevertheless, blazy', 'en')).to.deep.equal([]);
  });

  it('does not treat a diagnosis mentioned as a fact as a description', () => {
    expect(found('Hun har fået en ADHD-diagnose i foråret.', 'da')).to.deep.equal([]);
    expect(found('He was diagnosed with ADHD last year.', 'en')).to.deep.equal([]);
  });

  it('reports exact positions, and matches only the locale asked for', () => {
    const [finding] = checkLanguage('Ida er altid glad', 'da');
    expect(finding).to.include({ start: 7, end: 12, match: 'altid', ruleId: 'da-absolut' });
    expect(finding!.suggestion).to.contain('Hvor ofte');
    expect(checkLanguage('Ida er altid glad', 'en')).to.deep.equal([]);
  });

  it("extends with a municipality's own rules, kept literal", () => {
    const rules: LanguageRule[] = [
      { id: 'k-1', locale: 'da', kind: 'label', phrases: ['vildbasse'], endings: ['', 'n'], suggestion: 'Beskriv situationen.' },
      { id: 'k-2', locale: 'da', kind: 'label', phrases: ['a.b (c)+'], suggestion: 'x' },
    ];
    expect(found('En vildbassen i 0.B', 'da', rules)).to.deep.equal([['vildbassen', 'label']]);
    expect(found('a.b (c)+ og axb cc', 'da', rules)).to.deep.equal([['a.b (c)+', 'label']]);
    expect(checkLanguage('altid', 'da', { rules, replaceDefaults: true })).to.deep.equal([]);
  });

  it('checks a municipality’s rules before use: an empty phrase is rejected, and never matches anywhere', () => {
    const empty: LanguageRule[] = [{ id: 'k-3', locale: 'da', kind: 'label', phrases: ['', '  '], suggestion: 'x' }];
    const result = parseWith(LanguageRules, empty);
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.')])).to.deep.equal([
      ['required', '0.phrases.0'],
      ['required', '0.phrases.1'],
    ]);
    expect(found('Hun er glad. Og sød!', 'da', empty)).to.deep.equal([]);
    const bad = parseWith(LanguageRules, [{ id: 'k-4', locale: 'de', kind: 'insult', phrases: 'dum', suggestion: '' }]);
    expect(!bad.ok && bad.issues.map((i) => [i.code, i.path.join('.')])).to.deep.include.members([
      ['invalid_value', '0.locale'],
      ['invalid_value', '0.kind'],
      ['invalid_type', '0.phrases'],
      ['required', '0.suggestion'],
    ]);
    expect(parseWith(LanguageRules, DEFAULT_LANGUAGE_RULES).ok).to.equal(true);
  });
});
