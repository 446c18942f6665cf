import { existsSync, readFileSync } from 'node:fs';
import { type Plugin, defaultClientConditions, defineConfig } from 'vite';
import { spireDemoBackend } from './demo/server/vite-plugin.mjs';
import { everyElement, widgets } from './packages/elements/scripts/widgets.mjs';

// The demo: a municipal intranet page for one child. Workspace packages resolve to their source through
// the workspace-only `spire-source` export condition (stripped from the packed packages), so `npm start`
// needs no build first; everything else resolves as Vite resolves it for any app. The demo's back end
// (demo/server/: records validated with the built @spire/model, which `npm start` builds when it is
// missing or older than its source, and stored in PGlite) is mounted in the same server.
/** The define entry each CDN file is built from (packages/elements/scripts/cdn.mjs). */
const cdnSources: Record<string, string> = Object.fromEntries([...widgets, everyElement].map((entry) => [entry.cdn, entry.define]));

/**
 * The no-build page (demo/embed/cdn.html) asks for ../node_modules/@spire/elements/cdn/<widget>.js, as in a
 * vendor's project. The demo serves the built CDN file when `npm run build` has made it, else sends the
 * browser to the same widget's define module from source, so the page works on a fresh clone too.
 * (npm test runs the page on the real CDN files of the packed package.)
 */
function cdnFiles(): Plugin {
  const built = new URL('./packages/elements/cdn/', import.meta.url);
  return {
    name: 'spire-demo-cdn-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = /^\/node_modules\/@spire\/elements\/cdn\/([a-z-]+)\.js$/.exec(req.url ?? '')?.[1];
        if (!name || !(name in cdnSources)) return next();
        const file = new URL(`${name}.js`, built);
        if (existsSync(file)) {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(readFileSync(file));
        } else {
          res.statusCode = 302;
          res.setHeader('Location', `/@id/@spire/elements/${cdnSources[name]}`);
          res.end();
        }
      });
    },
  };
}

export default defineConfig({
  root: 'demo',
  plugins: [spireDemoBackend(), cdnFiles()],
  resolve: { conditions: ['spire-source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../demo-dist', emptyOutDir: true, target: 'es2022' },
});
