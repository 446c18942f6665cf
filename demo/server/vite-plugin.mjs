// The demo's back end inside `npm start`: a Vite plugin that mounts ./app.mjs as middleware in Vite's own
// dev (and preview) server, rather than a second server that Vite proxies to. One process, one port and
// one origin: the demo page's strict CSP (`connect-src 'self'`) and HttpDraftStore's same-origin default
// need nothing else, there is no second port to pick or to find taken, and stopping `npm start` stops the
// back end and closes its database. Mounted in `configureServer` directly, so it runs after Vite's host
// check and CORS rules and before Vite's file serving and SPA fallback (which would answer a GET under
// /api/spire with index.html). The same handler runs alone in the Node tests (`startDemoServer`).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the demo keeps its database unless SPIRE_DEMO_DATA says otherwise (gitignored). */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.data/', import.meta.url));
const DEMO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * @param {{ dataDir?: string }} [options]
 * @returns {import('vite').Plugin}
 */
export function spireDemoBackend({ dataDir = process.env.SPIRE_DEMO_DATA || DEFAULT_DATA_DIR } = {}) {
  /** @type {Promise<{ backend?: any, isApiRequest?: (url?: string) => boolean, error?: unknown }> | undefined} */
  let loading;
  // Imported when the server starts, from a URL Vite's config bundler does not follow: app.mjs imports
  // @spire/model from its build (packages/model/dist) at run time, as a vendor's server would.
  const load = () =>
    (loading ??= import(/* @vite-ignore */ new URL('./app.mjs', import.meta.url).href).then(
      (app) => ({ backend: app.createDemoBackend({ dataDir }), isApiRequest: app.isApiRequest }),
      (error) => {
        console.error(`[spire demo server] not started: ${error?.code ?? error?.name ?? 'error'}. It needs the built model: npm run build -w @spire/model (npm start builds it).`);
        return { error };
      },
    ));

  /** @param {import('vite').ViteDevServer | import('vite').PreviewServer} server */
  function mount(server) {
    // Only in the demo's own server: a tool that reads the repository's vite.config.ts for its own root
    // (Storybook does) gets no back end and opens no database.
    if (resolve(server.config.root) !== DEMO_ROOT) return;
    const loaded = load();
    // Open the database now: its first start takes a few seconds, better before the first page asks.
    void loaded.then(({ backend }) => backend?.ready().catch(() => undefined));
    server.httpServer?.once('close', () => void loaded.then(({ backend }) => backend?.close()));
    server.middlewares.use((request, response, next) => {
      const url = request.url ?? '';
      // The database's own files are never served, however the path is spelled.
      if (/(^|[\\/])\.data([\\/]|$)/i.test(safeDecode(url.split('?', 1)[0] ?? ''))) {
        response.statusCode = 404;
        response.end();
        return;
      }
      if (!url.startsWith('/api/')) return next();
      void loaded.then(async ({ backend, isApiRequest, error }) => {
        if (error || !backend || !isApiRequest?.(url)) {
          if (!error) return next();
          response.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '10' });
          response.end(JSON.stringify({ ok: false, error: 'server_not_started', message: 'The demo back end did not start: build the model (npm run build -w @spire/model).' }));
          return;
        }
        if (!(await backend.handle(request, response))) next();
      }, next);
    });
  }

  return {
    name: 'spire-demo-backend',
    // The database's files change all the time while the demo runs: not for Vite's file watcher.
    config: () => ({ server: { watch: { ignored: ['**/.data/**'] } } }),
    configureServer: mount,
    configurePreviewServer: mount,
  };
}

function safeDecode(path) {
  let decoded = path;
  // Twice, for a path encoded twice; a malformed escape leaves it as it is (Vite refuses it later anyway).
  for (let i = 0; i < 2; i++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      break;
    }
  }
  return decoded;
}
