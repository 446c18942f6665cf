import { defineConfig } from 'vite';

// Library build: ES modules, one entry per public module; lit, i18next, idb, zod and the model stay
// dependencies so an app bundles one copy of each.
export default defineConfig({
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        'wellbeing/define': 'src/wellbeing/define.ts',
        'shared/provider/define': 'src/shared/provider/define.ts',
        'shared/controls/define': 'src/shared/controls/define.ts',
      },
      formats: ['es'],
    },
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    rollupOptions: {
      external: [/^lit(\/.*)?$/, /^@lit\//, /^i18next$/, /^idb$/, /^zod(\/.*)?$/, /^@spire\/model$/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
