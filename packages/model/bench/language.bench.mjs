// Speed benchmark for the language nudges, which run on every keystroke of a long note.
// Bundles the model from source with esbuild and prints time per check. Figures, not a pass/fail.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const out = await build({ entryPoints: [src], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
const { checkLanguage } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

const sentence =
  'Ida kom glad ind om morgenen og hjalp de mindste med at finde deres tøj. I frikvarteret stod hun alene ved hegnet, og hun sagde at de andre altid leger heste. ';
function note(chars) {
  let text = '';
  while (text.length < chars) text += sentence;
  return text.slice(0, chars);
}

function time(label, text, iterations) {
  checkLanguage(text, 'da'); // compile and warm up
  const start = process.hrtime.bigint();
  let findings = 0;
  for (let i = 0; i < iterations; i++) findings = checkLanguage(text, 'da').length;
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / iterations;
  console.log(`${label.padEnd(32)} ${ms.toFixed(3).padStart(8)} ms per check  (${findings} findings)`);
}

console.log('checkLanguage, Danish default rules');
time('500-character note', note(500), 5000);
time('5,000-character note', note(5000), 1000);
time('20,000-character note', note(20000), 200);
console.log('One keystroke has about 16 ms per frame; a check far below that keeps typing smooth.');
