import { expect } from '@open-wc/testing';
import { LANGUAGE_RULE_LIMITS, type LanguageRule, LanguageRules, TEXT_LIMITS, parseWith } from './index.js';
import { DEFAULT_LANGUAGE_RULES, checkLanguage } from './language-check.js';

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

  it('catches common Danish labels, inflected', () => {
    const text = 'Han er aggressiv. Aggressive børn. Det var aggressivt. Hun er doven og uopdragen, forkælet og asocial. Et problembarn. Et svært barn. Han er udadreagerende.';
    expect(found(text, 'da')).to.deep.equal([
      ['aggressiv', 'label'],
      ['Aggressive', 'label'],
      ['aggressivt', 'label'],
      ['doven', 'label'],
      ['uopdragen', 'label'],
      ['forkælet', 'label'],
      ['asocial', 'label'],
      ['problembarn', 'label'],
      ['svært barn', 'label'],
      ['udadreagerende', 'label'],
    ]);
  });

  it('catches a Danish word that is a label only about a person, with the words that make it one', () => {
    expect(found('Hun er sur. Drengen var altid så sur. Han bliver hurtigt tvær. Pigen er sure, surt, sure!', 'da').map(([m]) => m)).to.deep.equal([
      'Hun er sur',
      'Drengen var altid så sur',
      'altid',
      'Han bliver hurtigt tvær',
      'Pigen er sure',
    ]);
    expect(found('Hun er sky. Han er meget sky. Ida er så sky, og hun så sky ud. Han kan være lidt sky.', 'da').map(([m]) => m)).to.deep.equal([
      'er sky',
      'meget sky',
      'så sky',
      'så sky',
      'lidt sky',
    ]);
    expect(found('Han er et problem. Hun har mange problemer. Han er dum. Barnet er helt vild. En sur dreng og et vildt barn.', 'da').map(([m, k]) => `${m}:${k}`)).to.deep.equal([
      'Han er et problem:label',
      'Hun har mange problemer:label',
      'Han er dum:label',
      'Barnet er helt vild:label',
      'sur dreng:label',
      'vildt barn:label',
    ]);
  });

  it('leaves ordinary Danish sentences alone', () => {
    for (const sentence of [
      'Vi gik en tur under en grå sky.',
      'Der var mange skyer, og solen gik bag en sky.',
      'Mælken var sur, så vi hældte den ud.',
      'Han var glad og legede med de andre.',
      'Han er vild med dinosaurer og vild efter at komme ud.',
      'Det er et problem, at bussen kommer for sent.',
      'Det var besværligt at komme derhen, og det er dumt, at hun ikke kan komme.',
      'Det er umuligt at sige, om det hjalp.',
      'Vi har haft mange problemer med bussen.',
      'Det var surt for Ida, at turen blev aflyst.',
    ]) expect(found(sentence, 'da'), sentence).to.deep.equal([]);
  });

  it('catches common English labels, and leaves ordinary sentences alone', () => {
    expect(found('He is aggressive and naughty. A difficult child? He is a problem. She is so shy. He seems moody and sulky. He is such a handful. She is impossible.', 'en').map(([m]) => m)).to.deep.equal([
      'aggressive',
      'naughty',
      'difficult child',
      'He is a problem',
      'shy',
      'moody',
      'sulky',
      'He is such a handful',
      'She is impossible',
    ]);
    for (const sentence of [
      'It is impossible to say whether it helped.',
      'There was a problem with the bus.',
      'It was difficult to find the room.',
      'He is wild about dinosaurs.',
      'A handful of children stayed inside.',
      'He tends to shy away from the climbing frame.',
      'The sky was grey and the milk had gone sour.',
    ]) expect(found(sentence, 'en'), sentence).to.deep.equal([]);
  });

  it('catches a diagnosis used as a description with words in between, not a diagnosis stated as a fact', () => {
    expect(found('Han er jo ADHD. Hun er helt klart autist, og han er nok lidt autistisk. Hun er et ADHD-barn.', 'da')).to.deep.equal([
      ['er jo ADHD', 'diagnosis'],
      ['er helt klart autist', 'diagnosis'],
      ['er nok lidt autistisk', 'diagnosis'],
      ['er et ADHD-barn', 'diagnosis'],
    ]);
    expect(found("She is obviously ADHD. He is clearly autistic. He's probably on the spectrum. She's so OCD.", 'en')).to.deep.equal([
      ['is obviously ADHD', 'diagnosis'],
      ['is clearly autistic', 'diagnosis'],
      ["He's probably on the spectrum", 'diagnosis'],
      ["She's so OCD", 'diagnosis'],
    ]);
    for (const sentence of ['Hun har fået diagnosen ADHD.', 'Han er i udredning for ADHD.', 'Hun er ADHD-udredt.', 'Han er ikke ADHD, siger lægen.', 'Han er glad for sin ven med ADHD.'])
      expect(found(sentence, 'da'), sentence).to.deep.equal([]);
    for (const sentence of ['She has been diagnosed with ADHD by the hospital.', 'He is being assessed for autism.', 'She is not ADHD, the doctor says.'])
      expect(found(sentence, 'en'), sentence).to.deep.equal([]);
  });

  it('reports exact positions with æ, ø and å and with several findings', () => {
    const text = 'Søren (7 år) er forkælet og doven. Pædagogen skrev: «Hun er altid så sur, og hun er sky.» Æblet var surt. Ø-drengen er jo ADHD.';
    const at = (match: string) => [match, text.indexOf(match), text.indexOf(match) + match.length];
    expect(checkLanguage(text, 'da').map((f) => [f.match, f.start, f.end])).to.deep.equal([
      at('forkælet'),
      at('doven'),
      at('Hun er altid så sur'),
      at('altid'),
      at('er sky'),
      at('er jo ADHD'),
    ]);
  });

  it('finds words typed with decomposed letters, at their place in the text as written', () => {
    const text = 'Hun er altid så sur og forkælet.'.normalize('NFD');
    const findings = checkLanguage(text, 'da');
    expect(findings.map((f) => f.match.normalize('NFC'))).to.deep.equal(['Hun er altid så sur', 'altid', 'forkælet']);
    for (const f of findings) expect(text.slice(f.start, f.end)).to.equal(f.match);
  });

  it('keeps every finding at its place in the text, in reading order', () => {
    const text = 'Ærligt talt er Åse altid sur, hun er meget sky og gider ikke. Han er helt klart autist og aggressiv – problembørnene! Hele tiden.';
    const findings = checkLanguage(text, 'da');
    expect(findings.length).to.be.greaterThan(5);
    for (const f of findings) expect(text.slice(f.start, f.end)).to.equal(f.match);
    expect(findings.map((f) => f.start)).to.deep.equal([...findings.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('reads a note only as far as the longest text a record holds, never cutting a word in two', () => {
    const max = TEXT_LIMITS.description;
    const filler = (length: number) => 'ord '.repeat(length / 4);
    // "doven" at the start, one ending exactly at the limit, one across it, one far past it.
    const note = `Han er doven. ${filler(max - 20)}`.slice(0, max - 6) + ' doven dovent ' + filler(1_000_000) + ' doven';
    expect(note.length).to.be.greaterThan(1_000_000);
    const findings = checkLanguage(note, 'da');
    expect(findings.map((f) => [f.match, f.end <= max])).to.deep.equal([
      ['doven', true],
      ['doven', true],
    ]);
    expect(findings[1]!.start).to.equal(max - 5);
    // Exactly at the limit, the last word is read whole; one letter more ("dovent" would be "doven" cut
    // at the limit) and it is left out, not cut.
    expect(checkLanguage(`${'x'.repeat(max - 6)} doven`, 'da').map((f) => f.match)).to.deep.equal(['doven']);
    expect(checkLanguage(`${'x'.repeat(max - 6)} dovent`, 'da')).to.deep.equal([]);
  });

  it("lets a municipality's own rule ask for the words around it", () => {
    const rules: LanguageRule[] = [
      { id: 'k-kontekst', locale: 'da', kind: 'label', phrases: ['vimset'], endings: ['', 'e'], after: ['hun', 'han'], between: ['er', 'lidt'], notBefore: ['af'], suggestion: 'Beskriv situationen.' },
    ];
    expect(found('Hun er lidt vimset. Vimset er også et ord. Han er vimset af glæde.', 'da', rules)).to.deep.equal([['Hun er lidt vimset', 'label']]);
    // At most three words in between.
    expect(found('Han er lidt lidt lidt vimset', 'da', rules)).to.deep.equal([]);
    expect(found('Han er lidt lidt vimset', 'da', rules)).to.deep.equal([['Han er lidt lidt vimset', 'label']]);
  });

  it('bounds the rules a municipality may give, with a clear issue for each limit', () => {
    const L = LANGUAGE_RULE_LIMITS;
    const rule = (id: string, extra: Partial<LanguageRule> = {}): LanguageRule => ({ id, locale: 'da', kind: 'label', phrases: ['vimset'], suggestion: 'Beskriv situationen.', ...extra });
    const issues = (input: unknown) => {
      const result = parseWith(LanguageRules, input);
      return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
    };
    expect(issues(Array.from({ length: L.rules }, (_, i) => rule(`k-${i}`)))).to.deep.equal([]);
    expect(issues(Array.from({ length: L.rules + 1 }, (_, i) => rule(`k-${i}`)))).to.deep.equal([['too_big', '']]);
    expect(issues([rule('a', { phrases: Array.from({ length: L.phrases + 1 }, (_, i) => `ord${i}`) })])).to.deep.equal([['too_big', '0.phrases']]);
    expect(issues([rule('a', { phrases: ['ord '.repeat(98).trim()] })])).to.deep.equal([['too_long', '0.phrases.0']]);
    expect(issues([rule('a', { endings: Array.from({ length: L.endings + 1 }, (_, i) => 'e'.repeat(i % 3)) })])).to.deep.equal([['too_big', '0.endings']]);
    expect(issues([rule('a', { endings: ['e'.repeat(L.endingLength + 1)] })])).to.deep.equal([['too_long', '0.endings.0']]);
    expect(issues([rule('a', { after: Array.from({ length: L.after + 1 }, (_, i) => `ord${i}`) })])).to.deep.equal([['too_big', '0.after']]);
    expect(issues([rule('a', { after: ['x'.repeat(L.afterLength + 1)], between: ['to ord', ''] })])).to.deep.equal([
      ['too_long', '0.after.0'],
      ['invalid_format', '0.between.0'],
      ['required', '0.between.1'],
    ]);
    expect(issues([rule('a', { notBefore: Array.from({ length: L.notBefore + 1 }, (_, i) => `ord${i}`) })])).to.deep.equal([['too_big', '0.notBefore']]);
  });

  it('bounds the words and signs in a phrase, and allows endings of letters only', () => {
    const L = LANGUAGE_RULE_LIMITS;
    const rule = (extra: Partial<LanguageRule>): LanguageRule => ({ id: 'a', locale: 'da', kind: 'label', phrases: ['vimset'], suggestion: 'x', ...extra });
    const words = (n: number) => Array.from({ length: n }, (_, i) => `o${i}`).join(' ');
    const result = (input: LanguageRule) => {
      const parsed = parseWith(LanguageRules, [input]);
      return parsed.ok ? [] : parsed.issues.map((i) => [i.code, i.path.join('.'), i.params]);
    };
    expect(result(rule({ phrases: [words(L.phraseTokens), "can't be bothered"], after: [words(L.afterTokens), "they're"] }))).to.deep.equal([]);
    expect(result(rule({ phrases: ['vimset', words(L.phraseTokens + 1)], after: ['han', words(L.afterTokens + 1), 'a-b-c-d-e'] }))).to.deep.equal([
      ['too_big', '0.phrases.1', { maximum: L.phraseTokens, origin: 'tokens' }],
      ['too_big', '0.after.1', { maximum: L.afterTokens, origin: 'tokens' }],
      ['too_big', '0.after.2', { maximum: L.afterTokens, origin: 'tokens' }],
    ]);
    // Phrases × endings: each form is a word to compile.
    const phrases = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`);
    const endings = ['', 'e', 't', 'ene', 'et', 'er', 'erne', 's'];
    expect(result(rule({ phrases: phrases(L.forms / endings.length), endings }))).to.deep.equal([]);
    expect(result(rule({ phrases: phrases(L.forms / endings.length + 1), endings }))).to.deep.equal([['too_big', '0.endings', { maximum: L.forms, origin: 'forms' }]]);
    expect(result(rule({ phrases: phrases(L.phrases) }))).to.deep.equal([]);
    expect(result(rule({ endings: ['', 'e', 'erne', 'é', '-s', 'e s', "'s"] })).map(([code, path]) => [code, path])).to.deep.equal([
      ['invalid_format', '0.endings.4'],
      ['invalid_format', '0.endings.5'],
      ['invalid_format', '0.endings.6'],
    ]);
  });

  it('adds endings to the last word of a phrase, or after a last sign as a word of its own', () => {
    const rules: LanguageRule[] = [
      { id: 'k-endelser', locale: 'da', kind: 'label', phrases: ['helt umulig', 'nej!', 'vimse'], endings: ['', 't', 'ne'], suggestion: 'x' },
    ];
    const text = 'Helt   umuligt. Helt umulig. Helt umuligne. Nej!ne og nej! Vimsene vimset vimse helt-umulig umuligt';
    const matches = checkLanguage(text, 'da', { rules, replaceDefaults: true }).map((f) => f.match);
    expect(matches).to.deep.equal(['Helt   umuligt', 'Helt umulig', 'Helt umuligne', 'Nej!ne', 'nej!', 'Vimsene', 'vimset', 'vimse']);
  });

  it('uses only rules within the limits: a rule past them, or one too large, is left out', () => {
    const L = LANGUAGE_RULE_LIMITS;
    const many = Array.from({ length: L.rules + 1 }, (_, i): LanguageRule => ({ id: `k-${i}`, locale: 'da', kind: 'label', phrases: [`ord${i}`], suggestion: 'x' }));
    expect(found(`ord0 ord${L.rules - 1} ord${L.rules}`, 'da', many).map(([m]) => m)).to.deep.equal(['ord0', `ord${L.rules - 1}`]);
    const tooLarge: LanguageRule[] = [{ id: 'k-x', locale: 'da', kind: 'label', phrases: ['vimset', 'ord '.repeat(98).trim()], suggestion: 'x' }];
    expect(found('vimset', 'da', tooLarge)).to.deep.equal([]);
  });
});
