// The no-build files: cdn/<widget>.js, one self-contained, minified ES module per widget (Lit, i18next, zod
// and the model inside, in their production builds), like Shoelace's and Web Awesome's cdn/ folders. A page
// loads one with <script type="module" src="…/cdn/concern-note.js"> and nothing else: no import map, no
// bundler. The parts a widget loads on demand (child mode, the language check, the parents' letter) are
// inlined, so each file stands alone. Two files on one page each bring their own copy of what they share;
// the first definition of a tag wins (shared/define-element.ts) and the provider's context keys are global
// symbols, so `cdn/provider.js` serves widgets from the other files.
// Run after the library build (npm run build). Usage: node scripts/cdn.mjs
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, loadConfigFromFile } from 'vite';
import { everyElement, widgets } from './widgets.mjs';

const packageDir = fileURLToPath(new URL('../', import.meta.url));

/** cdn file name → define module. */
const cdnFiles = Object.fromEntries([...widgets, everyElement].map((entry) => [entry.cdn, entry.source]));

// The library config's plugins (the template minifier), not its build options: those keep lit, i18next,
// zod and the model external.
const library = await loadConfigFromFile({ command: 'build', mode: 'production' }, `${packageDir}/vite.config.ts`, packageDir, 'silent');

rmSync(`${packageDir}/cdn`, { recursive: true, force: true });
for (const [name, entry] of Object.entries(cdnFiles)) {
  await build({
    root: packageDir,
    configFile: false,
    plugins: library.config.plugins,
    logLevel: 'warn',
    mode: 'production',
    // Lit's and the model's production builds; our own source through the workspace condition.
    resolve: { conditions: ['spire-source', 'module', 'browser', 'production', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      target: 'es2022',
      outDir: 'cdn',
      emptyOutDir: false,
      minify: true,
      sourcemap: false,
      rollupOptions: { output: { codeSplitting: false, preserveModules: false, entryFileNames: `${name}.js` } },
    },
  });
}
console.log(`cdn: ${Object.keys(cdnFiles).length} files → cdn/`);
