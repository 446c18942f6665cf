import { defineConfig } from 'vite';

// Library build: ES modules for each entry point (`@spire/model`, `@spire/model/examples`, and the parts a
// widget loads on demand, e.g. `@spire/model/language-check`), with the code they share in chunks; zod stays
// a dependency of the consumer's bundle. Every entry here is an `exports` subpath in package.json.
export default defineConfig({
  build: {
    lib: {
      entry: { index: 'src/index.ts', examples: 'src/examples/index.ts', 'language-check': 'src/language-check.ts', fhir: 'src/fhir.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    rollupOptions: { external: [/^zod(\/.*)?$/] },
  },
});
