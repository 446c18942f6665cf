// The packed packages as a vendor installs them (test/packed/prepare.mjs: npm pack → a scratch project
// outside the repository): every entry point resolves in every export condition, imports in Node, and
// bundles with Vite and esbuild in both the default and the `development` condition — the condition dev
// servers use, which once pointed at TypeScript source the tarballs do not contain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild, createServer, defaultClientConditions } from 'vite';
import { scratch } from '../packed/prepare.mjs';

const packages = ['model', 'elements', 'react'];
const installed = (name) => join(scratch, 'node_modules', '@spire', name);
const manifest = (name) => JSON.parse(readFileSync(join(installed(name), 'package.json'), 'utf8'));
// Optional peers of the test-runner entry (@spire/elements/testing): a vendor's test setup provides them.
const peers = [/^@open-wc\//, /^@web\//];

/** Every import specifier the packages offer, with `./schemas/*` spelled out file by file. */
function specifiers() {
  const list = [];
  for (const name of packages) {
    for (const subpath of Object.keys(manifest(name).exports)) {
      if (subpath.includes('*')) {
        // `./cdn/*` → ./cdn/*, `./*` → ./dist/*.js: every file the pattern matches, as its specifier.
        const target = manifest(name).exports[subpath];
        const pattern = typeof target === 'string' ? target : target.default;
        const [dir, suffix] = [pattern.slice(2, pattern.indexOf('*')), pattern.slice(pattern.indexOf('*') + 1)];
        for (const file of readdirSync(join(installed(name), dir)).filter((f) => f.endsWith(suffix))) {
          list.push(`@spire/${name}/${subpath.slice(2, subpath.indexOf('*'))}${file.slice(0, file.length - suffix.length)}${subpath.slice(subpath.indexOf('*') + 1)}`);
        }
      } else list.push(`@spire/${name}${subpath.slice(1)}`);
    }
  }
  return list;
}

/** Every file an `exports` entry can lead to, under any condition. */
function targets(value, found = []) {
  if (typeof value === 'string') found.push(value);
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) targets(inner, found);
  return found;
}

test('the scratch project holds the packed packages, not links into the workspace', () => {
  for (const name of packages) {
    assert.ok(existsSync(join(installed(name), 'package.json')), `@spire/${name} is installed in ${scratch}; run node test/packed/prepare.mjs`);
    assert.ok(!existsSync(join(installed(name), 'src')), `@spire/${name} ships no TypeScript source`);
  }
});

test('every export of every condition points at a file in the tarball', () => {
  for (const name of packages) {
    const pkg = manifest(name);
    const missing = targets(pkg.exports).filter((target) => !target.includes('*') && !existsSync(join(installed(name), target)));
    assert.deepEqual(missing, [], `@spire/${name}: exports that lead nowhere`);
    assert.ok(!JSON.stringify(pkg).includes('spire-source'), 'the workspace-only source condition is not published');
    for (const field of ['main', 'module', 'types']) assert.ok(existsSync(join(installed(name), pkg[field])), `${name}: ${field}`);
  }
});

test('the tarballs carry a README, the licence and where the project lives', () => {
  for (const name of packages) {
    const pkg = manifest(name);
    assert.ok(existsSync(join(installed(name), 'README.md')), `${name}: README.md`);
    assert.match(readFileSync(join(installed(name), 'LICENSE'), 'utf8'), /MIT License/, `${name}: LICENSE`);
    assert.ok(pkg.repository?.url && pkg.homepage && pkg.license === 'MIT', `${name}: repository, homepage, license`);
    assert.equal(pkg.exports['./package.json'], './package.json', `${name}: package.json is importable`);
  }
  assert.equal(manifest('elements').dependencies['@spire/model'], manifest('model').version, 'elements depend on this very model');
});

for (const conditions of [[], ['development'], ['production']]) {
  test(`Node imports every entry point${conditions.length ? ` with --conditions=${conditions[0]}` : ''}`, () => {
    // The test-runner entry needs a browser test runner, and the CDN files are browser-only builds.
    const entries = specifiers().filter((specifier) => specifier !== '@spire/elements/testing' && !specifier.startsWith('@spire/elements/cdn/'));
    const script = `
      const failed = [];
      for (const specifier of ${JSON.stringify(entries)}) {
        try { await import(specifier, specifier.endsWith('.json') ? { with: { type: 'json' } } : undefined); }
        catch (error) { failed.push(specifier + ': ' + String(error?.message ?? error).split('\\n')[0]); }
      }
      console.log(JSON.stringify(failed));`;
    const args = [...conditions.map((c) => `--conditions=${c}`), '--input-type=module', '-e', script];
    const result = spawnSync(process.execPath, args, { cwd: scratch, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout.trim().split('\n').at(-1)), [], 'entries Node could not import');
  });
}

/** A vendor's entry module importing every entry point (JSON ones with an import attribute). */
function writeEntry(file) {
  const lines = specifiers().map((specifier, i) =>
    specifier.endsWith('.json') ? `import json${i} from '${specifier}' with { type: 'json' };` : `import * as entry${i} from '${specifier}';`,
  );
  lines.push(`export const all = [${specifiers().map((_s, i) => (_s.endsWith('.json') ? `json${i}` : `entry${i}`)).join(', ')}];`);
  writeFileSync(join(scratch, file), `${lines.join('\n')}\n`);
  return join(scratch, file);
}

test('a Vite dev server resolves every entry point to a shipped file (development condition)', async () => {
  // The dev server resolves with its own resolver (not the bundler's), where a missing `development`
  // target once failed with "Failed to resolve import".
  const server = await createServer({ root: scratch, configFile: false, logLevel: 'silent', server: { middlewareMode: true, hmr: false, ws: false }, optimizeDeps: { noDiscovery: true } });
  try {
    const unresolved = [];
    for (const specifier of specifiers()) {
      const resolved = await server.environments.client.pluginContainer.resolveId(specifier, join(scratch, 'index.html'));
      const file = resolved?.id?.split('?')[0];
      if (!file || !existsSync(file) || /\/src\/.+\.ts$/.test(file)) unresolved.push(`${specifier} → ${file ?? 'nothing'}`);
    }
    assert.deepEqual(unresolved, []);
  } finally {
    await server.close();
  }
});

for (const mode of ['production', 'development']) {
  test(`Vite bundles every entry point (${mode} mode, conditions ${mode})`, async () => {
    const entry = writeEntry(`vite-entry-${mode}.js`);
    const output = await viteBuild({
      root: scratch,
      mode,
      configFile: false,
      logLevel: 'silent',
      resolve: { conditions: [mode, ...defaultClientConditions.filter((c) => c !== 'development|production')] },
      build: { write: false, minify: false, rollupOptions: { input: entry, external: (id) => peers.some((peer) => peer.test(id)) } },
    });
    const code = [output].flat().flatMap((result) => result.output).filter((chunk) => chunk.type === 'chunk').map((chunk) => chunk.code).join('\n');
    assert.ok(code.includes('spire-concern-note'), 'the elements are in the bundle');
    assert.ok(!/\/src\/[\w/-]+\.ts/.test(code), 'no TypeScript source path was bundled');
  });
}

for (const conditions of [[], ['development']]) {
  test(`esbuild bundles every entry point${conditions.length ? ' (development condition)' : ''}`, async () => {
    const entry = writeEntry('esbuild-entry.js');
    const result = await esbuild({
      entryPoints: [entry],
      absWorkingDir: scratch,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      conditions,
      write: false,
      logLevel: 'silent',
      external: ['@open-wc/*', '@web/*'],
    });
    assert.deepEqual(result.errors, []);
    assert.ok(result.outputFiles[0].text.includes('spire-referral-form'));
  });
}

// Each widget's define module defines that widget and the controls it renders, never another widget: a
// page with one widget registers (and loads) no other. Run in Node, where Lit's DOM shim provides
// customElements; a fresh process per module.
const controls = ['spire-text-area', 'spire-date-field'];
const defines = {
  'wellbeing/define.js': ['spire-wellbeing-check', 'spire-position-picker', ...controls],
  'wellbeing-overview/define.js': ['spire-wellbeing-overview'],
  'concern-note/define.js': ['spire-concern-note', ...controls],
  'network-map/define.js': ['spire-network-map', ...controls],
  'referral/define.js': ['spire-referral-form', ...controls],
  'referral-status/define.js': ['spire-referral-status', ...controls],
  'provider/define.js': ['spire-provider'],
};
const everyTag = [...new Set([...Object.values(defines).flat(), 'spire-smiley-scale', 'spire-wellbeing-child-view', 'spire-wellbeing-trend'])];

for (const [entry, expected] of Object.entries(defines)) {
  test(`@spire/elements/${entry} defines ${expected[0]} and what it renders, nothing else`, () => {
    const script = `await import('@spire/elements/${entry}'); console.log(JSON.stringify(${JSON.stringify(everyTag)}.filter((tag) => customElements.get(tag))));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout.trim().split('\n').at(-1)).sort(), [...expected].sort());
  });
}

test('@spire/elements/define.js defines every element', () => {
  const script = `await import('@spire/elements/define.js'); console.log(JSON.stringify(${JSON.stringify(everyTag)}.filter((tag) => !customElements.get(tag))));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' });
  assert.deepEqual(JSON.parse(result.stdout.trim().split('\n').at(-1)), [], 'tags left undefined');
});

test('a server that only validates bundles parseRecord without the example records or the holiday tables', async () => {
  const result = await esbuild({
    stdin: { contents: "import { parseRecord } from '@spire/model'; export const check = parseRecord;", resolveDir: scratch },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  assert.ok(code.length > 1000, 'parseRecord is in the bundle');
  for (const marker of ['cn-2026-11-ida', 'Maundy Thursday', 'Skærtorsdag']) assert.ok(!code.includes(marker), `no ${marker}`);
});

// ---- the manifest and what is generated from it ------------------------------------------------------

const publicTags = ['spire-provider', 'spire-wellbeing-check', 'spire-wellbeing-overview', 'spire-concern-note', 'spire-network-map', 'spire-referral-form', 'spire-referral-status'];
const recordTypes = { 'spire-wellbeing-check': 'WellbeingCheck', 'spire-concern-note': 'ConcernNote', 'spire-network-map': 'NetworkMap', 'spire-referral-form': 'Referral' };

function packedManifest() {
  return JSON.parse(readFileSync(join(installed('elements'), manifest('elements').customElements), 'utf8'));
}
function packedElements() {
  return packedManifest().modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, path: mod.path })));
}

test('the manifest names shipped modules only', () => {
  const missing = [];
  for (const mod of packedManifest().modules) {
    if (!existsSync(join(installed('elements'), mod.path))) missing.push(mod.path);
    for (const entry of mod.exports ?? []) {
      const module = entry.declaration?.module;
      if (module && !existsSync(join(installed('elements'), module))) missing.push(`${mod.path} → ${module}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('the manifest lists every public element with public members and typed events only', () => {
  const elements = packedElements();
  for (const tag of publicTags) {
    const element = elements.find((e) => e.tagName === tag);
    assert.ok(element, `${tag} is in the manifest`);
    const hidden = (element.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected' || m.static || /^[_#]/.test(m.name) || /Callback$/.test(m.name) || ['render', 'updated', 'firstUpdated', 'willUpdate'].includes(m.name));
    assert.deepEqual(hidden.map((m) => m.name), [], `${tag}: members that are not public API`);
    for (const event of element.events ?? []) assert.ok(event.name && event.type?.text, `${tag}: event ${event.name} has a type`);
    if (recordTypes[tag]) {
      assert.equal(element.events.find((e) => e.name === 'spire-submit')?.type.text, `CustomEvent<SpireSubmitDetail<${recordTypes[tag]}>>`, `${tag}: spire-submit carries its own record`);
    }
  }
  for (const element of elements) for (const event of element.events ?? []) assert.ok(/^[a-z][a-z-]*$/.test(event.name), `${element.tagName ?? element.name}: event named ${event.name}`);
});

test('every --spire-* token the styles read is documented on every public element', () => {
  const used = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.js')) for (const match of readFileSync(join(dir, entry.name), 'utf8').matchAll(/var\(\s*(--spire-[\w-]+)/g)) used.add(match[1]);
    }
  };
  walk(join(installed('elements'), 'dist'));
  assert.ok(used.size > 10, 'the styles read tokens');
  for (const element of packedElements().filter((e) => publicTags.includes(e.tagName) && e.tagName !== 'spire-provider')) {
    const documented = new Set((element.cssProperties ?? []).map((property) => property.name));
    assert.deepEqual([...used].filter((token) => !documented.has(token)).sort(), [], `${element.tagName}: tokens in use but not documented`);
  }
});

test('VS Code custom data and web-types describe every public element', () => {
  const pkg = manifest('elements');
  const vscode = JSON.parse(readFileSync(join(installed('elements'), pkg.exports['./vscode.html-custom-data.json']), 'utf8'));
  const webTypes = JSON.parse(readFileSync(join(installed('elements'), pkg['web-types']), 'utf8'));
  assert.deepEqual(vscode.tags.map((tag) => tag.name).sort(), [...publicTags].sort());
  assert.deepEqual(webTypes.contributions.html.elements.map((element) => element.name).sort(), [...publicTags].sort());
  const note = webTypes.contributions.html.elements.find((element) => element.name === 'spire-concern-note');
  assert.ok(note.attributes.some((attribute) => attribute.name === 'name'), 'attributes');
  assert.ok(note.js.properties.some((property) => property.name === 'value'), 'properties');
  assert.ok(note.js.events.some((event) => event.name === 'spire-submit' && event.type.includes('ConcernNote')), 'typed events');
});

test('a strict React 19 file and a Vue component type-check against the packed JSX and Vue types', () => {
  for (const file of ['react-types.tsx', 'vue-types.ts']) writeFileSync(join(scratch, file), readFileSync(new URL(`../packed/${file}`, import.meta.url)));
  const tsconfig = {
    compilerOptions: {
      strict: true,
      jsx: 'react-jsx',
      module: 'esnext',
      moduleResolution: 'bundler',
      target: 'es2022',
      lib: ['es2023', 'dom', 'dom.iterable'],
      noEmit: true,
      // Our shipped declarations are checked too, as a vendor's strict build would.
      skipLibCheck: false,
      types: [],
    },
    // The demo's embedding pages (copied to embed/ by prepare.mjs) are a vendor's code too.
    files: ['react-types.tsx', 'vue-types.ts', ...readdirSync(join(scratch, 'embed')).filter((file) => /\.tsx?$/.test(file)).map((file) => `embed/${file}`)],
  };
  writeFileSync(join(scratch, 'tsconfig.types.json'), JSON.stringify(tsconfig, null, 2));
  const tsc = new URL('../../node_modules/typescript/bin/tsc', import.meta.url);
  const result = spawnSync(process.execPath, [fileURLToPath(tsc), '-p', 'tsconfig.types.json'], { cwd: scratch, encoding: 'utf8' });
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
});

test('sideEffects keeps the define modules: a tree-shaking bundle of one define import still defines the element', async () => {
  const bundle = join(scratch, 'side-effects-bundle.mjs');
  await esbuild({
    stdin: { contents: "import '@spire/elements/concern-note/define.js';", resolveDir: scratch },
    bundle: true,
    format: 'esm',
    platform: 'node',
    treeShaking: true,
    outfile: bundle,
    logLevel: 'silent',
  });
  const script = `await import(${JSON.stringify(bundle)}); console.log(JSON.stringify(Boolean(customElements.get('spire-concern-note'))));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout.trim().split('\n').at(-1), 'true');
});

test('@spire/elements/locales has every string in Danish and English, key for key', async () => {
  const script = `const { da, en } = await import('@spire/elements/locales');
    const keys = (o, p = '') => Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [p + k] : keys(v, p + k + '.')));
    console.log(JSON.stringify({ da: keys(da).sort(), en: keys(en).sort() }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const { da, en } = JSON.parse(result.stdout.trim().split('\n').at(-1));
  assert.ok(da.length > 300, `${da.length} strings`);
  assert.deepEqual(en, da);
  for (const area of ['wellbeing.', 'concernNote.', 'networkMap.', 'referral.', 'shared.', 'issues.']) assert.ok(da.some((key) => key.startsWith(area)), area);
});
