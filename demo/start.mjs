// `npm start`: installs what is missing on a fresh machine, then serves the demo with Vite.
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}/node_modules/.package-lock.json`)) {
  console.log('Installing dependencies (first run) …');
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const vite = spawn(process.execPath, [`${root}/node_modules/vite/bin/vite.js`, '--config', `${root}/vite.config.ts`, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
vite.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => vite.kill(signal));
