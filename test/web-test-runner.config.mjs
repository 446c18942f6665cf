import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './summary-reporter.mjs';
import { ensureChromium, chromeArgs } from './chromium.mjs';
import { recordsServerPlugin } from './servers/records-server-plugin.mjs';
import { emulateMediaPlugin } from './emulate-media-plugin.mjs';
import { demoBackendPlugin } from './servers/demo-backend-plugin.mjs';
import { servePacked } from './packed/serve-packed.mjs';
import { packedVitePages } from './packed/vite-pages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// The demo's back end under /api/spire, as `npm start` serves it beside the demo page.
const demoBackend = demoBackendPlugin();
// The embedding pages in a Vite dev server over the packed packages, under /vite/.
const vitePages = packedVitePages();

export default {
  rootDir: root,
  files: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['spire-source', 'development', 'browser'] },
  // One page at a time: keyboard tests need the focused page, and parallel pages steal focus.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  // The packed packages' scratch project, as static files (the CDN files, framework pages); the demo's
  // back end under /api/spire.
  middleware: [servePacked, vitePages.middleware, demoBackend.middleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) }), recordsServerPlugin(), demoBackend, vitePages, emulateMediaPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: ensureChromium(), headless: true, args: chromeArgs },
    }),
  ],
  // Lit's dev-mode banner appears once per file and says nothing about our code.
  filterBrowserLogs: ({ args }) => !String(args?.[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter({ file: process.env.SPIRE_WTR_SUMMARY })],
};
