// web-test-runner middleware: serves the scratch project of the packed packages (test/packed/prepare.mjs)
// under /packed/, as plain static files, untouched by the test runner's own transforms: what a vendor's
// static server or a CDN would send. /packed/node_modules/@spire/elements/cdn/concern-note.js is the
// packed CDN file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { scratch } from './prepare.mjs';

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css' };

export async function servePacked(ctx, next) {
  if (!ctx.path.startsWith('/packed/')) return next();
  const file = normalize(join(scratch, decodeURIComponent(ctx.path.slice('/packed/'.length))));
  if (!file.startsWith(scratch) || !existsSync(file) || !statSync(file).isFile()) {
    ctx.status = 404;
    ctx.body = `not in the packed scratch project: ${ctx.path} (run node test/packed/prepare.mjs)`;
    return undefined;
  }
  ctx.type = types[extname(file)] ?? 'application/octet-stream';
  ctx.body = readFileSync(file);
  return undefined;
}
