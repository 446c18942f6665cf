import { defineConfig } from 'vite';

// Library build: ES modules for each entry point (`@spire/model`, `@spire/model/examples`, and the parts a
// widget loads on demand, e.g. `@spire/model/language-check`), each module of the source its own file; zod
// stays a dependency of the consumer's bundle. Every entry here is an `exports` subpath in package.json.
export default defineConfig({
  build: {
    lib: {
      entry: { index: 'src/index.ts', examples: 'src/examples/index.ts', 'language-check': 'src/language-check.ts', fhir: 'src/fhir.ts' },
      formats: ['es'],
    },
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    // One file per module, so an app's bundler leaves out the modules a page never reaches (a page with
    // the concern note needs neither the network map's nor the referral's schemas): `sideEffects` in
    // package.json names the one module that has any.
    rollupOptions: { external: [/^zod(\/.*)?$/], output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' } },
  },
});
