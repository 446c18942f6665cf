// Size benchmark: everything a page loads for all of Spire (elements, model, lit, @lit/context,
// i18next, zod/mini, idb), bundled and minified as an app would, then gzipped. Prints figures.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { readFileSync } from 'node:fs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Issue 14's budgets: a page with one widget, and a page with all four (first load, min + gzip).
const BUDGET = { oneWidget: 50, allFour: 85 };

// Our packages from source: every `exports` subpath of @spire/model and @spire/elements to its
// `development` file; every other dependency as an app gets it (production builds, not `development`).
const alias = {};
for (const name of ['model', 'elements']) {
  const { exports } = JSON.parse(readFileSync(`${root}/packages/${name}/package.json`, 'utf8'));
  for (const [subpath, target] of Object.entries(exports)) {
    if (target.development) alias[`@spire/${name}${subpath.slice(1)}`] = `${root}/packages/${name}/${target.development.slice(2)}`;
  }
}

async function measure(label, contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    alias,
    tsconfig: `${root}/tsconfig.json`,
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(`${label.padEnd(44)} ${(code.length / 1024).toFixed(1).padStart(7)} kB min  ${(gz / 1024).toFixed(1).padStart(6)} kB gzip`);
  return { gz, meta: result.metafile };
}

/**
 * What one widget costs a page on first load, as an app's bundler splits it: the entry chunk and every
 * chunk it imports statically; chunks reached only by `import()` (child mode, the trend) are listed as
 * lazy, loaded when first shown.
 */
async function firstLoad(label, contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: `${root}/.bench-out`,
    alias,
    tsconfig: `${root}/tsconfig.json`,
    metafile: true,
    logLevel: 'error',
  });
  const files = new Map(result.outputFiles.map((f) => [relative(process.cwd(), f.path), f.contents]));
  const outputs = result.metafile.outputs;
  // The page's own entry: with code splitting, lazy chunks (import() targets) are entry points too.
  const entry = Object.keys(outputs).find((name) => outputs[name].entryPoint === '<stdin>');
  const staticClosure = new Set();
  const visit = (name) => {
    if (staticClosure.has(name)) return;
    staticClosure.add(name);
    for (const imported of outputs[name].imports) if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  visit(entry);
  const size = (names) => {
    const code = Buffer.concat([...names].map((n) => Buffer.from(files.get(n) ?? '')));
    return { min: code.length / 1024, gz: gzipSync(code, { level: 9 }).length / 1024 };
  };
  const first = size(staticClosure);
  const lazy = Object.keys(outputs).filter((n) => !staticClosure.has(n) && n.endsWith('.js'));
  const later = lazy.map((n) => {
    // A lazy chunk is named by the module it loads (an `import()` target); a chunk without one holds code
    // two lazy parts share.
    const entry = outputs[n].entryPoint;
    const name = !entry
      ? 'shared by lazy parts'
      : entry.includes('/locales/en/')
        ? 'English strings'
        : entry.replace(/^packages\/elements\/src\//, '').replace(/^packages\/model\/src\//, 'model/').replace(/(\/define|\/index)?\.ts$/, '');
    return `${name} ${size([n]).gz.toFixed(1)} kB`;
  });
  console.log(`${label.padEnd(44)} ${first.min.toFixed(1).padStart(7)} kB min  ${first.gz.toFixed(1).padStart(6)} kB gzip${later.length ? `   (+ lazy: ${later.join(', ')})` : ''}`);
  return { first: first.gz, total: size(Object.keys(outputs).filter((n) => n.endsWith('.js'))).gz };
}

console.log('Bundle sizes (esbuild, minified, gzip -9)');
const all = await measure('all of Spire (define.ts + dependencies)', "import '@spire/elements/define.js';");
await measure('model only (parseRecord + types)', "export { parseRecord } from '@spire/model';");
const library = await firstLoad('all of Spire, split (define.ts)', "import '@spire/elements/define.js';");
console.log(`${'  whole library, every chunk'.padEnd(44)} ${''.padStart(15)} ${library.total.toFixed(1).padStart(6)} kB gzip`);
console.log('\nFirst load per widget (code splitting as an app bundles it; lazy chunks load when shown)');
const widgets = [
  await firstLoad('wellbeing check (wellbeing/define)', "import '@spire/elements/wellbeing/define.js';"),
  await firstLoad('wellbeing overview (wellbeing-overview/define)', "import '@spire/elements/wellbeing-overview/define.js';"),
  await firstLoad('concern note (concern-note/define)', "import './packages/elements/src/concern-note/define.ts';"),
  await firstLoad('network map (network-map/define)', "import './packages/elements/src/network-map/define.ts';"),
  await firstLoad('referral form (referral/define)', "import '@spire/elements/referral/define.js';"),
  await firstLoad('referral status (referral-status/define)', "import '@spire/elements/referral-status/define.js';"),
];
await firstLoad('provider alone', "import '@spire/elements/provider/define.js';");

// Where the bytes come from, by package.
const byPackage = new Map();
for (const [file, info] of Object.entries(all.meta.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  const name = match ? match[1] : file.startsWith('packages/model') ? '@spire/model' : file.startsWith('packages/elements') ? '@spire/elements' : 'other';
  byPackage.set(name, (byPackage.get(name) ?? 0) + info.bytes);
}
console.log('\nInput bytes by package (before minification):');
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(22)} ${(bytes / 1024).toFixed(1).padStart(7)} kB`);
const verdict = (kb, budget) => `${kb.toFixed(1)} kB (${kb <= budget ? 'within' : 'OVER'} budget)`;
const heaviest = Math.max(...widgets.map((w) => w.first));
console.log(`\nBudget: a page with one widget ≤ ${BUDGET.oneWidget} kB gzip → heaviest ${verdict(heaviest, BUDGET.oneWidget)}`);
console.log(`Budget: all four widgets ≤ ${BUDGET.allFour} kB gzip → ${verdict(library.first, BUDGET.allFour)}`);
