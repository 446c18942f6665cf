import { defineConfig } from 'vite';

// Library build: one ES module; zod stays a dependency of the consumer's bundle.
export default defineConfig({
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'index.js' },
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    rollupOptions: { external: [/^zod(\/.*)?$/] },
  },
});
