// Packs @spire/model, @spire/elements and @spire/react exactly as `npm publish` would (their prepack runs) and installs
// the tarballs in a scratch project, the way a vendor's project gets them. The scratch project lies outside
// the repository (SPIRE_PACKED_DIR, else <tmp>/spire-packed), so nothing resolves from the workspace's own
// node_modules: a dependency the packages forget to declare fails here as it would for a vendor. The
// packed-package tests (Node, bundlers, framework pages in Chromium) import from there only.
// Run after `npm run build`; `npm test` does. Usage: node test/packed/prepare.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const scratch = process.env.SPIRE_PACKED_DIR ?? join(tmpdir(), 'spire-packed');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args, cwd) {
  const result = spawnSync(npm, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** The version of a dependency the workspace itself uses, so the scratch project tests the same ones. */
function workspaceVersion(name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

export function prepare() {
  rmSync(scratch, { recursive: true, force: true });
  const tarballs = join(scratch, 'tarballs');
  mkdirSync(tarballs, { recursive: true });
  run(['pack', '--silent', '--pack-destination', tarballs, '-w', '@spire/model', '-w', '@spire/elements', '-w', '@spire/react'], root);
  const files = readdirSync(tarballs);
  const tarball = (name) => `file:./tarballs/${files.find((file) => file.startsWith(`spire-${name}-`))}`;
  const project = {
    name: 'spire-vendor-scratch',
    private: true,
    type: 'module',
    dependencies: {
      '@spire/model': tarball('model'),
      '@spire/elements': tarball('elements'),
      '@spire/react': tarball('react'),
      react: workspaceVersion('react'),
      'react-dom': workspaceVersion('react-dom'),
      vue: workspaceVersion('vue'),
      '@types/react': workspaceVersion('@types/react'),
      '@types/react-dom': workspaceVersion('@types/react-dom'),
    },
  };
  writeFileSync(join(scratch, 'package.json'), `${JSON.stringify(project, null, 2)}\n`);
  run(['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], scratch);
  // The demo's embedding pages, as a vendor's project would hold them, importing the installed packages.
  cpSync(join(root, 'demo/embed'), join(scratch, 'embed'), { recursive: true });
  return { scratch, tarballs: files.map((file) => join(tarballs, file)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const { tarballs } = prepare();
  console.log(`packed and installed ${tarballs.length} tarballs in ${scratch} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
