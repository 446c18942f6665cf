// `npm start`: installs what is missing on a fresh machine, builds @spire/model when its build is missing or
// older than its source (the demo's back end imports the built package, as a vendor's server would), then
// serves the demo with Vite.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}/node_modules/.package-lock.json`)) {
  console.log('Installing dependencies (first run) …');
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

/** The newest modification time (ms) of a file or of any file below a directory; 0 when it does not exist. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(`${path}/${name}`)), stat.mtimeMs);
}
const model = `${root}/packages/model`;
const built = newest(`${model}/dist/index.js`);
const source = Math.max(...['src', 'package.json', 'vite.config.ts', 'tsconfig.build.json'].map((name) => newest(`${model}/${name}`)));
if (built === 0 || built < source) {
  console.log(built === 0 ? 'Building @spire/model (first run) …' : 'Building @spire/model (its source changed) …');
  const build = spawnSync('npm', ['run', 'build', '-w', '@spire/model'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const vite = spawn(process.execPath, [`${root}/node_modules/vite/bin/vite.js`, '--config', `${root}/vite.config.ts`, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
vite.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => vite.kill(signal));
