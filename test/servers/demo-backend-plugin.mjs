// web-test-runner: the demo's back end (demo/server/app.mjs) under /api/spire on the test server's own
// origin, as `npm start` mounts it in Vite, so the demo page the browser tests load (test/demo*.test.ts)
// sends its drafts and records to it and reads them back. Its database is a temp directory, opened on the
// first request (a run that never loads the demo never starts PGlite) and removed when the run ends.
// Like a vendor's server it imports the BUILT @spire/model (`npm test` builds first); without a build only
// the requests under /api/spire fail, with an answer that says why.
//
// Used as both: `middleware: [backend.middleware]` (Koa; runs before the test server's file serving) and
// `plugins: [backend]` (closes the database when the run ends).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function demoBackendPlugin() {
  /** @type {Promise<{ backend?: any, dataDir?: string, error?: string }> | undefined} */
  let loading;
  const load = () =>
    (loading ??= import('../../demo/server/app.mjs').then(
      ({ createDemoBackend }) => {
        const dataDir = mkdtempSync(join(tmpdir(), 'spire-demo-data-'));
        return { backend: createDemoBackend({ dataDir, log: () => undefined }), dataDir };
      },
      (error) => ({ error: `The demo back end did not load (does packages/model/dist exist? npm run build): ${error?.message ?? error}` }),
    ));

  return {
    name: 'spire-demo-backend',
    /** @param {any} ctx @param {() => Promise<void>} next */
    async middleware(ctx, next) {
      if (ctx.path !== '/api/spire' && !ctx.path.startsWith('/api/spire/')) return next();
      const { backend, error } = await load();
      if (error) {
        ctx.status = 503;
        ctx.body = { ok: false, error: 'server_not_started', message: error };
        return;
      }
      // The back end answers on the raw Node response, as it does in Vite's middleware.
      ctx.respond = false;
      await backend.handle(ctx.req, ctx.res);
    },
    async serverStop() {
      if (!loading) return;
      const { backend, dataDir } = await loading;
      await backend?.close().catch(() => undefined);
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
