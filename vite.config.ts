import { defineConfig } from 'vite';

// The demo: a municipal intranet page for one child. Workspace packages resolve to their source through
// the `development` export condition, so `npm start` needs no build first.
export default defineConfig({
  root: 'demo',
  resolve: { conditions: ['development', 'module', 'browser', 'default'] },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../demo-dist', emptyOutDir: true, target: 'es2022' },
});
