// `npm run bench`: builds the packages (the size benchmark measures what we ship), runs every benchmark in
// turn, echoes what each prints, and writes the figures with the machine, the Chromium and the date to
// test/bench/RESULTS.md, which is committed so that a change in a figure shows in review. Figures are this
// machine's and vary from run to run: compare runs on one machine.
//   node test/bench/run.mjs              all of them, then RESULTS.md
//   node test/bench/run.mjs render size  only those (by name), echoed; RESULTS.md is left as it is
// A build or benchmark that fails is reported and RESULTS.md is not written; the exit code is 1.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from '../chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BENCHES = [
  { name: 'size', file: 'test/bench/size.mjs', what: 'Each page’s first load (min + gzip) of the built packages, and its lazy chunks', needsBuild: true },
  { name: 'language', file: 'packages/model/bench/language.bench.mjs', what: 'The language check per keystroke and rule-set compile (Node)' },
  { name: 'render', file: 'test/bench/render.bench.mjs', what: 'Each widget’s first render beside the same DOM parsed natively' },
  { name: 'keystroke', file: 'test/bench/keystroke.bench.mjs', what: 'One keystroke in a long note, beside a bare `<textarea>`' },
  { name: 'network-map', file: 'test/bench/network-map.bench.mjs', what: 'The network map with 300 people: first render, one keyboard move' },
  { name: 'memory', file: 'test/bench/memory.bench.mjs', what: 'Memory left behind per mount/unmount cycle of each widget' },
  { name: 'crash-loss', file: 'test/bench/crash-loss.bench.mjs', what: 'Characters a renderer crash takes from a draft being typed' },
];

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !BENCHES.some((b) => b.name === name));
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; there are: ${BENCHES.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
const chosen = asked.length ? BENCHES.filter((b) => asked.includes(b.name)) : BENCHES;

/** Runs one benchmark in its own Node process; its output goes to the terminal and is kept. */
function run({ file }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [file], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      out += chunk;
    });
    child.on('close', (code, signal) => resolve({ code: code ?? signal, out: out.trimEnd(), seconds: (Date.now() - started) / 1000 }));
  });
}

function chromiumVersion() {
  try {
    return execFileSync(ensureChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function gitHead() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

const load = loadavg()[0];
if (chosen.some((b) => b.needsBuild)) {
  console.log('▶ npm run build (the size benchmark measures packages/*/dist)');
  const started = Date.now();
  const built = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) {
    process.stdout.write(built.stdout ?? '');
    process.stderr.write(built.stderr ?? '');
    console.log(`npm run build failed (exit ${built.status ?? built.signal}): no benchmark run, RESULTS.md not written.`);
    process.exit(1);
  }
  console.log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
const results = [];
for (const bench of chosen) {
  console.log(`\n▶ ${bench.name} (${bench.file})`);
  results.push({ ...bench, ...(await run(bench)) });
}
const failed = results.filter((r) => r.code !== 0);
console.log(`\n${results.map((r) => `${r.name} ${r.code === 0 ? `${r.seconds.toFixed(0)} s` : `FAILED (exit ${r.code})`}`).join(' · ')}`);
if (failed.length) {
  console.log(`RESULTS.md not written: ${failed.map((r) => r.name).join(', ')} failed.`);
  process.exit(1);
}
if (asked.length) process.exit(0);

const cpu = cpus();
const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Linux ${release()}, Node ${process.version}`;
const lines = [
  '# Benchmark results',
  '',
  'Written by `npm run bench` (test/bench/run.mjs) from its latest run; do not edit by hand. One run on one',
  'machine: figures move from run to run (on a busy 2-core machine by up to 1.5×), so compare runs on the',
  'same machine, and look at the ratios to the floors more than at the milliseconds.',
  '',
  `- date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
  `- machine: ${machine}; load average ${load.toFixed(2)} when the run began`,
  `- browser: ${chromiumVersion()}, headless`,
  `- source: commit ${gitHead()} and the working tree's changes at the time`,
  '',
];
for (const r of results) {
  lines.push(`## ${r.name}`, '', `${r.what} — \`node ${r.file}\`, ${r.seconds.toFixed(0)} s`, '', '```text', r.out, '```', '');
}
writeFileSync(new URL('RESULTS.md', import.meta.url), lines.join('\n'));
console.log('Wrote test/bench/RESULTS.md');
