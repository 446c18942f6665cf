import { defaultClientConditions, defineConfig } from 'vite';
import { spireDemoBackend } from './demo/server/vite-plugin.mjs';

// The demo: a municipal intranet page for one child. Workspace packages resolve to their source through
// the workspace-only `spire-source` export condition (stripped from the packed packages), so `npm start`
// needs no build first; everything else resolves as Vite resolves it for any app. The demo's back end
// (demo/server/: records validated with the built @spire/model, which `npm start` builds when it is
// missing or older than its source, and stored in PGlite) is mounted in the same server.
export default defineConfig({
  root: 'demo',
  plugins: [spireDemoBackend()],
  resolve: { conditions: ['spire-source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../demo-dist', emptyOutDir: true, target: 'es2022' },
});
