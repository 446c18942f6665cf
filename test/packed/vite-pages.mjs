// web-test-runner: a Vite dev server over the packed packages' scratch project (test/packed/prepare.mjs),
// mounted under /vite/ on the test server's own origin, so browser tests load the embedding pages
// (demo/embed/, copied to the scratch project's embed/) exactly as a vendor's Vite dev server serves them:
// React's JSX, Vue, and @spire/* resolved from the installed tarballs in the `development` condition. The
// server starts on the first request (a run that loads no page never starts it).
//
// Used as both: `middleware: [pages.middleware]` and `plugins: [pages]` (closes the server at the end).
import { createServer } from 'vite';
import { scratch } from './prepare.mjs';

export function packedVitePages() {
  /** @type {Promise<import('vite').ViteDevServer> | undefined} */
  let starting;
  const start = () =>
    (starting ??= createServer({
      root: scratch,
      base: '/vite/',
      configFile: false,
      logLevel: 'warn',
      appType: 'mpa',
      server: { middlewareMode: true, hmr: false, ws: false },
      // React is CommonJS: Vite pre-bundles it (and Vue) once at start, so no page waits for a re-optimise.
      optimizeDeps: { include: ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom/client', 'vue', '@lit/react'], noDiscovery: true },
      oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    }));

  return {
    name: 'spire-packed-vite-pages',
    /** @param {any} ctx @param {() => Promise<void>} next */
    async middleware(ctx, next) {
      if (ctx.path !== '/vite' && !ctx.path.startsWith('/vite/')) return next();
      const server = await start();
      ctx.respond = false;
      await new Promise((resolve) => {
        ctx.res.once('finish', resolve);
        server.middlewares(ctx.req, ctx.res, () => {
          ctx.res.statusCode = 404;
          ctx.res.end(`not served by the packed Vite dev server: ${ctx.path}`);
        });
      });
    },
    async serverStop() {
      if (starting) await (await starting).close();
    },
  };
}
