// Speed benchmark for the language nudges, which run on every keystroke of a long note.
// Bundles the model from source with esbuild and prints time per check: the default rules, and the
// largest and the most hostile rule sets `LANGUAGE_RULE_LIMITS` allows; for each rule set also the time
// to compile it (checked against the schema and built), and at the end the worst of them. Figures, not a
// pass/fail.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The index and the language check's own entry point (`@spire/model/language-check`), in one bundle.
const src = fileURLToPath(new URL('../src', import.meta.url));
const out = await build({
  stdin: { contents: "export * from './index.ts'; export * from './language-check.ts';", resolveDir: src, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const { checkLanguage, LANGUAGE_RULE_LIMITS: L, LanguageRules, parseWith } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

// The bundle and rule sets as files, for compiles in fresh processes.
const scratch = mkdtempSync(join(tmpdir(), 'spire-language-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const bundle = join(scratch, 'model.mjs');
writeFileSync(bundle, out.outputFiles[0].text);

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

const worst = { check: [0, ''], compile: [0, ''], coldCompile: [0, ''] };

/**
 * Time to compile a rule set: the first time (code not yet optimised for it, as on a page's first
 * keystroke) and the median of nine more, each a fresh copy (rule sets are cached by identity), checked
 * on one word so the figure is the compile alone.
 */
function compileTime(rules) {
  const once = () => {
    const copy = structuredClone(rules);
    const start = process.hrtime.bigint();
    checkLanguage('x', 'da', { rules: copy });
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const cold = coldCompile(rules);
  const first = once();
  const runs = Array.from({ length: 9 }, once).sort((a, b) => a - b);
  return { cold, first, median: runs[4] };
}

/**
 * The compile in a fresh Node process, with nothing warmed (not even the defaults): the slowest a page's
 * first keystroke with these rules can be. The median of five processes.
 */
function coldCompile(rules) {
  const file = join(scratch, 'rules.json');
  writeFileSync(file, JSON.stringify(rules));
  const child = `import { readFileSync } from 'node:fs';
const { checkLanguage } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
const rules = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));
const start = performance.now();
checkLanguage('x', 'da', { rules });
console.log(performance.now() - start);`;
  const runs = Array.from({ length: 5 }, () => Number(spawnSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' }).stdout)).sort((a, b) => a - b);
  return runs[2];
}

/** Time per check: the median of nine batches (and the fastest–slowest), the first check, and the compile alone. */
function time(label, text, rules, iterations) {
  const options = { rules };
  const compiled = rules ? compileTime(rules) : undefined;
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
  const [best, ms, slowest] = [batches[0], batches[4], batches[8]];
  const compileText = compiled ? `  compile ${compiled.cold.toFixed(1).padStart(5)} ms cold, ${compiled.first.toFixed(1).padStart(5)} ms first, ${compiled.median.toFixed(1).padStart(5)} ms again` : '';
  console.log(`${label.padEnd(58)} ${ms.toFixed(3).padStart(6)} ms per check (${best.toFixed(3)}–${slowest.toFixed(3)})  ${compileMs.toFixed(1).padStart(5)} ms first check${compileText}  ${String(findings).padStart(3)} findings`);
  if (rules && text.length === 4000 && ms > worst.check[0]) worst.check = [ms, label];
  if (compiled && compiled.median > worst.compile[0]) worst.compile = [compiled.median, label];
  if (compiled && compiled.cold > worst.coldCompile[0]) worst.coldCompile = [compiled.cold, label];
  return ms;
}

/** A rule set at every limit; `make(rule, i)` fills in the words. Checked against the schema first. */
function ruleSet(label, make) {
  const rules = Array.from({ length: L.rules }, (_, r) => make(r));
  const parsed = parseWith(LanguageRules, rules);
  if (!parsed.ok) throw new Error(`${label}: the schema rejects it: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  return parsed.value;
}
/** The first of several rule sets the schema accepts: the worst case differs as the limits change. */
function firstAllowed(label, ...makes) {
  for (const make of makes) {
    try {
      return ruleSet(label, make);
    } catch {
      // Not allowed by these limits: the next, milder one.
    }
  }
  throw new Error(`${label}: the schema rejects every variant`);
}
/** Words from `unit(i)` joined by spaces, as many as fit in `length` characters and `words` words. */
const fill = (length, unit, words = L.phraseTokens ?? Infinity) => {
  let text = '';
  for (let i = 0; i < words && text.length + unit(i).length + (text ? 1 : 0) <= length; i++) text += (text ? ' ' : '') + unit(i);
  return text;
};
const word = (seed, length = 6) => Array.from({ length }, (_, i) => String.fromCharCode(97 + ((seed * 7 + i * 13 + (seed >> 3)) % 26))).join('');

const long = note(4000);
/** Endings per rule with every phrase used: as many as the limit on forms (phrases × endings) leaves. */
const endingsPerRule = Math.max(1, Math.min(L.endings, Math.floor((L.forms ?? Infinity) / L.phrases)));

console.log('checkLanguage, Danish (Node, this machine)');
time('default rules, 500-character note', note(500), undefined, 2000);
time('default rules, 4,000-character note', long, undefined, 300);
time('default rules, 20,000-character note', note(20000), undefined, 60);
time('default rules, a pasted 1,000,000-character note', note(1_000_000), undefined, 60);

// The largest rule set: every limit used, with words a note does not contain.
const largest = ruleSet('largest', (r) => ({
  id: `k-${r}`,
  locale: 'da',
  kind: 'label',
  phrases: Array.from({ length: L.phrases }, (_, p) => fill(L.phraseLength, (i) => word(r * 1000 + p * 10 + i))),
  endings: Array.from({ length: endingsPerRule }, (_, e) => 'e'.repeat(e).slice(0, L.endingLength)),
  after: Array.from({ length: L.after }, (_, a) => fill(L.afterLength, (i) => word(r * 100 + a * 7 + i, 4), L.afterTokens)),
  between: Array.from({ length: L.between }, (_, b) => word(r + b * 31, 8)),
  notBefore: Array.from({ length: L.notBefore }, (_, b) => word(r + b * 17, 5)),
  suggestion: 'x'.repeat(1000),
}));
time(`largest rule set (${L.rules * L.phrases} phrases × ${endingsPerRule} endings), 4,000 chars`, long, largest, 300);

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
  after: Array.from({ length: L.after }, (_, a) => fill(L.afterLength - 5, (i) => noteWords[(a + i) % noteWords.length], (L.afterTokens ?? L.phraseTokens ?? Infinity) - 1) + ` zz${r}`),
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
  phrases: Array.from({ length: L.phrases }, (_, p) => '!'.repeat(Math.max(1, Math.min(L.phraseLength, L.phraseTokens ?? Infinity) - 1 - (p % 5))) + String.fromCharCode(97 + r % 26)),
  after: Array.from({ length: L.after }, (_, a) => '!'.repeat(Math.max(1, Math.min(L.afterLength, L.afterTokens ?? L.phraseTokens ?? Infinity) - 1 - (a % 5))) + 'z'),
  suggestion: 'x',
}));
time('hostile rules and a note of 4,000 signs', signs, signRules, 100);

// The rule set that is slowest to compile: every phrase as many tokens as it may hold (one character
// each, letters and signs in turn, so none share a path), every ending on every phrase (of signs where
// allowed, each sign a token more), every `after` phrase and word list distinct per rule.
const signChars = '!#%&()*+,./:;<=>?@[]^_{|}~';
const tokensPerPhrase = Math.min(L.phraseTokens ?? L.phraseLength, L.phraseLength);
const manyTokens = (first, count, length) => {
  let phrase = first;
  for (let i = 0; phrase.length < length && i + 1 < count; i++) phrase += i % 2 ? 'a' : signChars[i % signChars.length];
  return phrase;
};
const compileHeavy = (endings) => (r) => ({
  id: `c-${r}`,
  locale: 'da',
  kind: 'label',
  phrases: Array.from({ length: L.phrases }, (_, p) => manyTokens(String.fromCharCode(0x4e00 + r * 64 + p), tokensPerPhrase, L.phraseLength)),
  endings: Array.from({ length: endingsPerRule }, (_, e) => endings(e)),
  after: Array.from({ length: L.after }, (_, a) => manyTokens(String.fromCharCode(0x5e00 + r * 64 + a), L.afterTokens ?? L.phraseTokens ?? L.afterLength, L.afterLength)),
  between: Array.from({ length: L.between }, (_, b) => `w${r}x${b}`),
  notBefore: Array.from({ length: L.notBefore }, (_, b) => `n${r}x${b}`),
  suggestion: 'x'.repeat(1000),
});
const heaviest = firstAllowed(
  'heaviest to compile',
  compileHeavy((e) => (signChars[e] + '!'.repeat(L.endingLength)).slice(0, L.endingLength)),
  compileHeavy((e) => String.fromCharCode(97 + e).repeat(L.endingLength)),
);
time('rule set heaviest to compile, 4,000 chars', long, heaviest, 200);

console.log('');
console.log('Worst case the limits allow (a compile: checked against the schema and built; cold: in a fresh process):');
console.log(`  compile ${worst.compile[0].toFixed(1)} ms (${worst.compile[1]}), ${worst.coldCompile[0].toFixed(1)} ms cold (${worst.coldCompile[1]})`);
console.log(`  check   ${worst.check[0].toFixed(3)} ms on a 4,000-character note (${worst.check[1]})`);
console.log('One keystroke has about 16 ms per frame; the aim is below 1 ms per check for every rule set the limits allow, and a compile well under 50 ms.');
