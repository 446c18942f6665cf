// The packed packages as a vendor installs them (test/packed/prepare.mjs: npm pack → a scratch project
// outside the repository): every entry point resolves in every export condition, imports in Node, and
// bundles with Vite and esbuild in both the default and the `development` condition — the condition dev
// servers use, which once pointed at TypeScript source the tarballs do not contain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as viteBuild, createServer, defaultClientConditions } from 'vite';
import { scratch } from '../packed/prepare.mjs';

const packages = ['model', 'elements'];
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
        const dir = subpath.slice(2, subpath.indexOf('*'));
        for (const file of readdirSync(join(installed(name), dir))) list.push(`@spire/${name}/${dir}${file}`);
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
    const entries = specifiers().filter((specifier) => specifier !== '@spire/elements/testing');
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
