// The one test command (`npm test`): set-up, type check, build, Node tests of the built packages,
// then every browser test in real Chromium. Ends with the plain line `N passed, N failed` for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let passed = 0;
let failed = 0;

function step(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, ...options.env } });
  if (options.capture) process.stdout.write(result.stdout ?? '');
  if (result.status !== 0 && !options.counted) {
    console.log(`✗ ${title} failed (exit ${result.status ?? result.signal})`);
    failed++;
  }
  return result;
}

function finish() {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

// A fresh checkout has no node_modules: install the locked versions (npm ci fails here, see README).
if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  const install = step('npm install (first run)', npm, ['install', '--no-audit', '--no-fund']);
  if (install.status !== 0) finish();
}

try {
  process.env.CHROME_PATH = ensureChromium();
  console.log(`Chromium: ${process.env.CHROME_PATH}`);
} catch (error) {
  console.error(String(error.message ?? error));
  failed++;
  finish();
}

step('type check (tsc)', 'npx', ['tsc', '-p', 'tsconfig.json']);
const build = step('build every package', npm, ['run', 'build']);

// The packages as a vendor gets them: packed (their prepack runs) and installed in a scratch project
// outside the repository, for the packed-package tests in Node and in Chromium.
const packed = build.status === 0 ? step('pack the packages and install them in a scratch project', process.execPath, ['test/packed/prepare.mjs']) : build;

// Node's own test runner over the built packages: proves the model runs in plain Node, no DOM.
if (build.status === 0 && packed.status === 0) {
  const node = step('Node tests (built packages)', process.execPath, ['--test', '--test-reporter=tap', 'test/node/'], { capture: true, counted: true });
  const out = node.stdout ?? '';
  const pass = Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0);
  passed += pass;
  failed += fail + (node.status !== 0 && fail === 0 ? 1 : 0);
  console.log(`node: ${pass} passed, ${fail} failed`);
}

const summaryFile = join(mkdtempSync(join(tmpdir(), 'spire-wtr-')), 'summary.json');
const browser = step('browser tests (web-test-runner, Chromium)', 'npx', ['wtr', '--config', 'test/web-test-runner.config.mjs'], {
  counted: true,
  env: { SPIRE_WTR_SUMMARY: summaryFile, CI: 'true' },
});
if (existsSync(summaryFile)) {
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  passed += summary.passed;
  failed += summary.failed + (browser.status !== 0 && summary.failed === 0 ? 1 : 0);
} else {
  console.log('✗ web-test-runner ended without a summary');
  failed++;
}

finish();
