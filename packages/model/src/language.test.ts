import { expect } from '@open-wc/testing';
import { type LanguageRule, checkLanguage } from './index.js';

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
});
