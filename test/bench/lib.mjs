// What the browser benchmarks share: the page bundle (bench-page.ts with every Spire element, built with
// esbuild as an app would: minified, production builds of every dependency, @spire/model from source),
// the headless Chromium the tests use, and the statistics they print.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, ensureChromium } from '../chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Our packages from source: every `exports` subpath of @spire/model and @spire/elements to its
 * workspace source file (the `spire-source` condition); every other dependency as an app gets it (production
 * builds, not `development`).
 */
export function sourceAliases() {
  const alias = {};
  for (const name of ['model', 'elements']) {
    const { exports } = JSON.parse(readFileSync(`${root}/packages/${name}/package.json`, 'utf8'));
    for (const [subpath, target] of Object.entries(exports)) {
      const source = target['spire-source'];
      if (source) alias[`@spire/${name}${subpath.slice(1)}`] = `${root}/packages/${name}/${source.slice(2)}`;
    }
  }
  return alias;
}

/**
 * How a benchmark page's script is bundled: one minified script that puts its exports on `window.bench`,
 * our packages from source, every dependency's production build, decorators as the project compiles them.
 */
export function pageBundle() {
  return { bundle: true, minify: true, format: 'iife', globalName: 'bench', target: 'es2022', alias: sourceAliases(), tsconfig: `${root}/tsconfig.json`, logLevel: 'error' };
}

/**
 * Builds the page into a temporary directory: `index.html` loads the bundle (global `bench`), `blank.html`
 * is an empty page of the same language, for what the browser does without any script. Returns the two
 * URLs and a function that removes the directory.
 */
export async function buildPages(name) {
  const dir = mkdtempSync(join(tmpdir(), `spire-${name}-bench-`));
  await build({ ...pageBundle(), entryPoints: [join(root, 'test/bench/bench-page.ts')], outfile: join(dir, 'bench.js') });
  const head = '<!doctype html><html lang="da"><meta charset="utf-8"><title>Spire bench</title>';
  writeFileSync(join(dir, 'index.html'), `${head}<body><script src="bench.js"></script></body></html>`);
  writeFileSync(join(dir, 'blank.html'), `${head}<body></body></html>`);
  return {
    page: pathToFileURL(join(dir, 'index.html')).href,
    blank: pathToFileURL(join(dir, 'blank.html')).href,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Headless Chromium as the tests launch it, without its 60 Hz frame limit: a frame figure is the work
 * (style, layout, paint), not time spent waiting for the next vsync.
 */
export function launch(extraArgs = []) {
  return puppeteer.launch({
    executablePath: ensureChromium(),
    headless: true,
    args: [...chromeArgs, '--disable-frame-rate-limit', '--disable-gpu-vsync', ...extraArgs],
    protocolTimeout: 600_000,
  });
}

/** A new page of the usual size that collects page errors into `problems`. */
export async function openPage(browser, url, problems = []) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(url);
  return page;
}

export function median(xs) {
  return percentile(xs, 50);
}

/** The p-th percentile, interpolated between the two nearest values. */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const at = ((s.length - 1) * p) / 100;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo] + (s[hi] - s[lo]) * (at - lo);
}

export const ms = (x) => `${x.toFixed(1)} ms`;
export const ms2 = (x) => `${x.toFixed(2)} ms`;
