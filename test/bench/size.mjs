// Size benchmark: what a page loads for Spire, measured on what we ship — the built packages
// (packages/*/dist, from `npm run build`) with every dependency (lit, @lit/context, i18next, zod/mini, idb),
// bundled by esbuild as an app bundles them (minified, code splitting), then gzipped (-9). Prints each
// widget's first load (the page's entry and every chunk it imports statically) and its lazy chunks
// (loaded when first needed), against issue 14's budgets and the ceilings `npm test` enforces
// (test/node/size-budget.test.mjs). `npm run bench` builds first; run alone, it refuses a stale build.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Issue 14's budgets for the first load, kB gzip: a page with one widget, and a page with all four. */
export const ISSUE_BUDGETS = { oneWidget: 50, allFour: 85 };

/**
 * What each page may load first, kB gzip, enforced by `npm test`: the issue's budget where it is met,
 * else the figure reached, rounded up by at most 1 kB, so a change that makes a first load larger fails
 * until it is made smaller again or the ceiling is raised here, on purpose, in the same commit.
 */
export const PAGES = [
  { label: 'wellbeing check', entry: '@spire/elements/wellbeing/define.js', ceiling: 76 },
  { label: 'wellbeing overview', entry: '@spire/elements/wellbeing-overview/define.js', ceiling: 50 },
  { label: 'concern note', entry: '@spire/elements/concern-note/define.js', ceiling: 72 },
  { label: 'network map', entry: '@spire/elements/network-map/define.js', ceiling: 78 },
  { label: 'referral form', entry: '@spire/elements/referral/define.js', ceiling: 77 },
  { label: 'referral status', entry: '@spire/elements/referral-status/define.js', ceiling: 59 },
  {
    label: 'all four widgets',
    entry: "the four widgets' define modules",
    contents: ['wellbeing', 'concern-note', 'network-map', 'referral'].map((w) => `import '@spire/elements/${w}/define.js';`).join('\n'),
    ceiling: 117,
    allFour: true,
  },
  // Every element: the four widgets, the overview, the referral status and the provider (no issue budget).
  { label: 'every element', entry: '@spire/elements/define.js', ceiling: 131, everything: true },
];

/**
 * The parts of a first load: each input module of the page's first-load chunks goes to the first part
 * whose test its path passes, and a part's share is its minified bytes there; its gzip share is the page's
 * gzip size in the same proportion (gzip of one part alone would miss what it shares with the rest).
 */
const PARTS = [
  { label: 'i18next', test: /node_modules\/i18next\// },
  { label: 'Lit + @lit/context', test: /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context)\// },
  { label: 'zod/mini', test: /node_modules\/zod\// },
  { label: '@spire/model', test: /(node_modules\/@spire|packages)\/model\// },
  { label: 'Danish strings', test: /elements\/dist\/locales\/da\// },
  { label: 'drafts', test: /elements\/dist\/shared\/drafts\// },
  { label: 'record base, controls, fields', test: /elements\/dist\/shared\/(elements|controls|fields|validation|controllers)\// },
  { label: 'theme, i18n, provider, rest', test: /elements\/dist\/shared\// },
  { label: "the widget's own", test: /elements\/dist\// },
];
/** Printed for comparison, with no ceiling: the provider alone, and the model as a vendor's server or page uses it. */
const OTHERS = [
  { label: 'provider alone', entry: '@spire/elements/provider/define.js' },
  { label: 'model only: parseRecord', contents: "export { parseRecord } from '@spire/model';" },
];

/** The newest file under `dir` (recursively) whose name passes `keep`, as a modification time in ms. */
function newest(dir, keep) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) time = Math.max(time, newest(path, keep));
    else if (keep(entry.name)) time = Math.max(time, statSync(path).mtimeMs);
  }
  return time;
}

/** Throws when a package has no build, or sources newer than it: the figures would not be what we ship. */
export function assertFreshBuild() {
  for (const name of ['model', 'elements']) {
    const built = join(root, 'packages', name, 'dist', 'index.js');
    if (!existsSync(built)) throw new Error(`packages/${name} is not built: run \`npm run build\` first`);
    const source = newest(join(root, 'packages', name, 'src'), (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    if (source > statSync(built).mtimeMs) throw new Error(`packages/${name}/src changed after the last build: run \`npm run build\` first`);
  }
}

const kB = (bytes) => bytes / 1024;
const gzip = (code) => gzipSync(code, { level: 9 }).length;

/**
 * One page's first load as an app's bundler splits it: the entry chunk and every chunk it imports
 * statically; chunks reached only by `import()` (child mode, the parents' letter, the language check,
 * English, …) are lazy, loaded when first needed.
 */
export async function firstLoad(entry, contents = `import '${entry}';`) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: join(root, '.bench-out'),
    metafile: true,
    logLevel: 'error',
  });
  const files = new Map(result.outputFiles.map((f) => [relative(root, f.path), f.contents]));
  const outputs = result.metafile.outputs;
  // The page's own entry: with code splitting, lazy chunks (import() targets) are entry points too.
  const main = Object.keys(outputs).find((name) => outputs[name].entryPoint === '<stdin>');
  const first = new Set();
  const visit = (name) => {
    if (first.has(name)) return;
    first.add(name);
    for (const imported of outputs[name].imports) if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  visit(main);
  const size = (names) => {
    const code = Buffer.concat([...names].map((n) => Buffer.from(files.get(n) ?? '')));
    return { min: kB(code.length), gz: kB(gzip(code)) };
  };
  // Lazy chunks by name; the English strings (a chunk per area) as one line.
  const lazy = [];
  for (const name of Object.keys(outputs).filter((n) => !first.has(n) && n.endsWith('.js'))) {
    const chunk = { name: chunkName(outputs[name].entryPoint), gz: size([name]).gz, chunks: 1 };
    const same = chunk.name === 'English strings' && lazy.find((c) => c.name === chunk.name);
    if (same) Object.assign(same, { gz: same.gz + chunk.gz, chunks: same.chunks + 1 });
    else lazy.push(chunk);
  }
  const all = Object.keys(outputs).filter((name) => name.endsWith('.js'));
  // Each input module's minified bytes in the first-load chunks.
  const firstInputs = {};
  for (const name of first) for (const [file, { bytesInOutput }] of Object.entries(outputs[name].inputs)) firstInputs[file] = (firstInputs[file] ?? 0) + bytesInOutput;
  return { first: size(first), lazy, total: size(all).gz, inputs: result.metafile.inputs, firstInputs };
}

/** A page's first load split into PARTS, kB min and (in proportion) kB gzip. */
export function partsOf(page) {
  const bytes = new Map(PARTS.map((part) => [part.label, 0]));
  let other = 0;
  for (const [file, size] of Object.entries(page.firstInputs)) {
    const part = PARTS.find((p) => p.test.test(file));
    if (part) bytes.set(part.label, bytes.get(part.label) + size);
    else other += size;
  }
  const total = [...bytes.values()].reduce((a, b) => a + b, other);
  const share = (size) => ({ min: kB(size), gz: (page.first.gz * size) / total });
  return [...[...bytes].map(([label, size]) => ({ label, ...share(size) })), ...(other ? [{ label: 'other', ...share(other) }] : [])];
}

/** A lazy chunk by the module it loads (an `import()` target); one without holds what lazy parts share. */
function chunkName(entry) {
  if (!entry) return 'shared by lazy parts';
  if (entry.includes('/locales/en/')) return 'English strings';
  return entry
    .replace(/^(node_modules\/@spire|packages)\/elements\/dist\//, '')
    .replace(/^(node_modules\/@spire|packages)\/model\/dist\//, 'model/')
    .replace(/(\/define|\/index)?\.js$/, '');
}

/**
 * Every page's first load, with its ceiling and whether the issue's budget is met. Refuses a stale build
 * unless `checkBuild` is false (the Node tests run right after `npm test`'s own build, like every test in
 * test/node/, and an edit made meanwhile in a shared working tree must not fail them).
 */
export async function measurePages({ checkBuild = true } = {}) {
  if (checkBuild) assertFreshBuild();
  const pages = [];
  for (const page of PAGES) {
    const measured = await firstLoad(page.entry, page.contents);
    const budget = page.everything ? undefined : page.allFour ? ISSUE_BUDGETS.allFour : ISSUE_BUDGETS.oneWidget;
    pages.push({ ...page, ...measured, budget, issueMet: budget === undefined || measured.first.gz <= budget, withinCeiling: measured.first.gz <= page.ceiling });
  }
  return pages;
}

async function report() {
  const pages = await measurePages();
  console.log('First load per page, from the built packages (esbuild, minified, code splitting, gzip -9)');
  const others = [];
  for (const other of OTHERS) others.push({ ...other, ...(await firstLoad(other.entry, other.contents)) });
  for (const page of [...pages, ...others]) {
    const figures = `${page.first.min.toFixed(1).padStart(7)} kB min  ${page.first.gz.toFixed(1).padStart(6)} kB gzip`;
    const verdict =
      page.ceiling === undefined ? '' : `   ceiling ${page.ceiling} kB ${page.withinCeiling ? 'ok' : 'EXCEEDED'}${page.budget === undefined ? '' : `; issue budget ${page.budget} kB: ${page.issueMet ? 'met' : 'NOT MET'}`}`;
    const entry = page.entry ? ` (${page.entry.replace('@spire/elements/', '')})` : '';
    console.log(`${`${page.label}${entry}`.padEnd(60)} ${figures}${verdict}`);
    const lazy = page.lazy.map((c) => `${c.name} ${c.gz.toFixed(1)} kB${c.chunks > 1 ? ` (${c.chunks} chunks)` : ''}`);
    if (lazy.length) console.log(`${''.padEnd(62)}+ lazy: ${lazy.join(', ')}`);
  }
  const everything = pages.find((page) => page.everything);
  console.log(`${'whole library, every chunk'.padEnd(60)} ${''.padStart(15)} ${everything.total.toFixed(1).padStart(6)} kB gzip`);

  // Where each first load goes, by part.
  console.log('\nWhere each first load goes, kB gzip (each part\'s share of the minified bytes, applied to the gzip size):');
  const columns = pages.filter((p) => !p.everything).map((page) => ({ page, parts: partsOf(page) }));
  const width = 13;
  const names = ['wellbeing', 'overview', 'concern note', 'network map', 'referral', 'status', 'all four'];
  console.log(`${''.padEnd(30)}${names.map((n) => n.padStart(width)).join('')}`);
  for (const [index, part] of columns[0].parts.entries()) {
    console.log(`${part.label.padEnd(30)}${columns.map((c) => c.parts[index].gz.toFixed(1).padStart(width)).join('')}`);
  }
  console.log(`${'first load'.padEnd(30)}${columns.map((c) => c.page.first.gz.toFixed(1).padStart(width)).join('')}`);

  // Where the bytes of the whole library come from, by package (input to the bundler, before minification).
  const byPackage = new Map();
  for (const [file, info] of Object.entries(everything.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const name = match?.[1]?.startsWith('@spire/') ? match[1] : match ? match[1] : file.startsWith('packages/model') ? '@spire/model' : file.startsWith('packages/elements') ? '@spire/elements' : 'other';
    byPackage.set(name, (byPackage.get(name) ?? 0) + info.bytes);
  }
  console.log('\nInput bytes by package (the whole library, before minification):');
  for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(22)} ${kB(bytes).toFixed(1).padStart(7)} kB`);

  const all = pages.find((page) => page.allFour);
  const widgets = pages.filter((page) => !page.allFour && !page.everything);
  const heaviest = widgets.reduce((a, b) => (b.first.gz > a.first.gz ? b : a));
  console.log(`\nIssue 14: a page with one widget ≤ ${ISSUE_BUDGETS.oneWidget} kB gzip → heaviest ${heaviest.first.gz.toFixed(1)} kB (${heaviest.label}): issue budget ${ISSUE_BUDGETS.oneWidget} kB: ${heaviest.issueMet ? 'met' : 'NOT MET'}`);
  console.log(`Issue 14: all four widgets ≤ ${ISSUE_BUDGETS.allFour} kB gzip → ${all.first.gz.toFixed(1)} kB: issue budget ${ISSUE_BUDGETS.allFour} kB: ${all.issueMet ? 'met' : 'NOT MET'}`);
  const over = pages.filter((page) => !page.withinCeiling);
  if (over.length) {
    console.log(`\nOver the ceiling (npm test fails): ${over.map((page) => `${page.label} ${page.first.gz.toFixed(1)} kB > ${page.ceiling} kB`).join('; ')}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await report();
