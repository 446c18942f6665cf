// Run by each package's `prepack` and `postpack` (npm pack, npm publish), in the package's folder.
//
// `prepack`: the tarball gets what a vendor needs and nothing that points at files it does not contain.
// The workspace resolves @spire/* to TypeScript source through the `spire-source` export condition, and
// `src/` is not published: every `spire-source` condition is dropped from the packed package.json, so
// each condition a tool may use (default, `development`, `production`, `browser`, `node`, `types`)
// resolves to a shipped file. The project's LICENSE is copied in beside the package's own README.
// `postpack`: puts the workspace's package.json back and removes the copied LICENSE.
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const step = process.argv[2];
const kept = '.package.workspace.json';
const license = new URL('../LICENSE', import.meta.url);

function withoutSourceConditions(target) {
  if (typeof target !== 'object' || target === null) return target;
  return Object.fromEntries(
    Object.entries(target)
      .filter(([condition]) => condition !== 'spire-source')
      .map(([key, value]) => [key, withoutSourceConditions(value)]),
  );
}

// A pack that failed half-way left the stripped file behind: start from the workspace's own.
if (existsSync(kept)) renameSync(kept, 'package.json');

if (step === 'prepack') {
  const text = readFileSync('package.json', 'utf8');
  const pkg = JSON.parse(text);
  writeFileSync(kept, text);
  pkg.exports = withoutSourceConditions(pkg.exports);
  if (Array.isArray(pkg.sideEffects)) pkg.sideEffects = pkg.sideEffects.filter((path) => !path.startsWith('./src/'));
  writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  copyFileSync(license, 'LICENSE');
} else if (step === 'postpack') {
  rmSync('LICENSE', { force: true });
} else {
  console.error('usage: node ../prepare-pack.mjs prepack|postpack');
  process.exit(2);
}
