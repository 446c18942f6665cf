import { defineConfig } from 'vite';

// Library build: ES modules for the two entry points (`@spire/model` and `@spire/model/examples`, with
// the code they share in a chunk); zod stays a dependency of the consumer's bundle.
export default defineConfig({
  build: {
    lib: {
      entry: { index: 'src/index.ts', examples: 'src/examples/index.ts' },
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
