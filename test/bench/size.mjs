// Size benchmark: everything a page loads for all of Spire (elements, model, lit, @lit/context,
// i18next, zod/mini, idb), bundled and minified as an app would, then gzipped. Prints figures.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BUDGET_KB = 60;

async function measure(label, contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    // Our packages from source, every dependency as an app gets it (production builds, not `development`).
    alias: {
      '@spire/model': `${root}/packages/model/src/index.ts`,
      '@spire/elements/define.js': `${root}/packages/elements/src/define.ts`,
      '@spire/elements/wellbeing/define.js': `${root}/packages/elements/src/wellbeing/define.ts`,
    },
    tsconfig: `${root}/tsconfig.json`,
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(`${label.padEnd(44)} ${(code.length / 1024).toFixed(1).padStart(7)} kB min  ${(gz / 1024).toFixed(1).padStart(6)} kB gzip`);
  return { gz, meta: result.metafile };
}

console.log('Bundle sizes (esbuild, minified, gzip -9)');
const all = await measure('all of Spire (define.ts + dependencies)', "import '@spire/elements/define.js';");
await measure('model only (parseRecord + types)', "export { parseRecord } from '@spire/model';");
await measure('wellbeing check only', "import '@spire/elements/wellbeing/define.js';");

// Where the bytes come from, by package.
const byPackage = new Map();
for (const [file, info] of Object.entries(all.meta.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  const name = match ? match[1] : file.startsWith('packages/model') ? '@spire/model' : file.startsWith('packages/elements') ? '@spire/elements' : 'other';
  byPackage.set(name, (byPackage.get(name) ?? 0) + info.bytes);
}
console.log('\nInput bytes by package (before minification):');
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(22)} ${(bytes / 1024).toFixed(1).padStart(7)} kB`);
const kb = all.gz / 1024;
console.log(`\nBudget: all of Spire ≤ ${BUDGET_KB} kB gzip → ${kb.toFixed(1)} kB (${kb <= BUDGET_KB ? 'within' : 'OVER'} budget)`);
