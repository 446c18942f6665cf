// Speed benchmark for the language nudges, which run on every keystroke of a long note.
// Bundles the model from source with esbuild and prints time per check: the default rules, and the
// largest and the most hostile rule sets `LANGUAGE_RULE_LIMITS` allows. Figures, not a pass/fail.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const out = await build({ entryPoints: [src], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
const { checkLanguage, LANGUAGE_RULE_LIMITS: L, LanguageRules, parseWith } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

const sentences = [
  'Ida kom glad ind om morgenen og hjalp de mindste med at finde deres tøj. ',
  'I frikvarteret stod hun alene ved hegnet, og hun sagde at de andre altid leger heste. ',
  'Hun er meget sky over for nye voksne, og hun var sur, da vi skulle ind. ',
  'Mor fortæller, at Ida sover dårligt og er jo lidt ADHD, siger farmor. ',
  'Vi aftalte, at en voksen tager imod hende ved lågen hver dag i uge 45. ',
];
function note(chars) {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += sentences[i % sentences.length];
  return text.slice(0, chars);
}

/** Time per check: the median of nine batches (and the fastest–slowest), and the first check, which compiles. */
function time(label, text, rules, iterations) {
  const options = { rules };
  const compileStart = process.hrtime.bigint();
  checkLanguage(text, 'da', options); // the first check compiles the rule set (cached by identity)
  const compileMs = Number(process.hrtime.bigint() - compileStart) / 1e6;
  for (let i = 0; i < Math.min(iterations, 200); i++) checkLanguage(text, 'da', options); // warm up
  const batches = [];
  let findings = 0;
  for (let b = 0; b < 9; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) findings = checkLanguage(text, 'da', options).length;
    batches.push(Number(process.hrtime.bigint() - start) / 1e6 / iterations);
  }
  batches.sort((a, b) => a - b);
  const [best, ms, worst] = [batches[0], batches[4], batches[8]];
  console.log(`${label.padEnd(58)} ${ms.toFixed(3).padStart(6)} ms per check (${best.toFixed(3)}–${worst.toFixed(3)})  ${compileMs.toFixed(1).padStart(5)} ms first check  ${String(findings).padStart(3)} findings`);
  return ms;
}

/** A rule set at every limit; `make(rule, i)` fills in the words. Checked against the schema first. */
function ruleSet(label, make) {
  const rules = Array.from({ length: L.rules }, (_, r) => make(r));
  const parsed = parseWith(LanguageRules, rules);
  if (!parsed.ok) throw new Error(`${label}: the schema rejects it: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  return parsed.value;
}
const fill = (length, unit) => {
  let text = '';
  for (let i = 0; text.length + unit(i).length + (text ? 1 : 0) <= length; i++) text += (text ? ' ' : '') + unit(i);
  return text;
};
const word = (seed, length = 6) => Array.from({ length }, (_, i) => String.fromCharCode(97 + ((seed * 7 + i * 13 + (seed >> 3)) % 26))).join('');

const long = note(4000);

console.log('checkLanguage, Danish (Node, this machine)');
time('default rules, 500-character note', note(500), undefined, 2000);
time('default rules, 4,000-character note', long, undefined, 300);
time('default rules, 20,000-character note', note(20000), undefined, 60);

// The largest rule set: every limit used, with words a note does not contain.
const largest = ruleSet('largest', (r) => ({
  id: `k-${r}`,
  locale: 'da',
  kind: 'label',
  phrases: Array.from({ length: L.phrases }, (_, p) => fill(L.phraseLength, (i) => word(r * 1000 + p * 10 + i))),
  endings: Array.from({ length: L.endings }, (_, e) => 'e'.repeat(e).slice(0, L.endingLength)),
  after: Array.from({ length: L.after }, (_, a) => fill(L.afterLength, (i) => word(r * 100 + a * 7 + i, 4))),
  between: Array.from({ length: L.between }, (_, b) => word(r + b * 31, 8)),
  notBefore: Array.from({ length: L.notBefore }, (_, b) => word(r + b * 17, 5)),
  suggestion: 'x'.repeat(1000),
}));
time('largest rule set (1,200 phrases × 8 endings), 4,000 chars', long, largest, 300);

// The most hostile rule set for an ordinary note: every rule holds the note's own word sequences
// (so the walk goes as deep as a phrase can be and hits at every word), needs an `after` that is never
// there, and lets the note's words stand between (so every hit looks back the full three words).
const noteWords = [...new Set(long.toLowerCase().match(/[\p{L}\p{N}]+/gu))];
const allWords = long.match(/[\p{L}\p{N}]+/gu);
const grams = [];
for (let i = 0; grams.length < L.phrases && i < allWords.length; i++) {
  const gram = fill(L.phraseLength, (j) => allWords[i + j] ?? 'x');
  if (!grams.includes(gram.toLowerCase())) grams.push(gram.toLowerCase());
}
const shortGrams = noteWords.slice(0, L.phrases);
const hostile = ruleSet('hostile', (r) => ({
  id: `h-${r}`,
  locale: 'da',
  kind: 'label',
  phrases: r % 2 ? grams : shortGrams,
  endings: [''],
  after: Array.from({ length: L.after }, (_, a) => fill(L.afterLength - 5, (i) => noteWords[(a + i) % noteWords.length]) + ` zz${r}`),
  between: noteWords.slice(0, L.between),
  suggestion: 'x',
}));
time('hostile rule set built from the note itself, 4,000 chars', long, hostile, 200);

// Hostile rules and a hostile note together: a note of one repeated sign, phrases of that sign.
const signs = '!'.repeat(4000);
const signRules = ruleSet('signs', (r) => ({
  id: `s-${r}`,
  locale: 'da',
  kind: 'label',
  phrases: Array.from({ length: L.phrases }, (_, p) => '!'.repeat(L.phraseLength - 1 - (p % 5)) + String.fromCharCode(97 + r % 26)),
  after: Array.from({ length: L.after }, (_, a) => '!'.repeat(L.afterLength - 1 - (a % 5)) + 'z'),
  suggestion: 'x',
}));
time('hostile rules and a note of 4,000 signs', signs, signRules, 100);

console.log('One keystroke has about 16 ms per frame; the aim is below 1 ms per check for every rule set the limits allow.');
