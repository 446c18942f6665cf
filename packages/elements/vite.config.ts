import { defineConfig } from 'vite';

// Library build: ES modules, one entry per public module; lit, i18next, idb, zod and the model stay
// dependencies so an app bundles one copy of each. The test suites' own tools (@open-wc/testing,
// @web/test-runner-commands) are optional peer dependencies and are never bundled.
export default defineConfig({
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        'wellbeing/define': 'src/wellbeing/define.ts',
        'wellbeing/overview/define': 'src/wellbeing/overview/define.ts',
        'concern-note/define': 'src/concern-note/define.ts',
        'network-map/define': 'src/network-map/define.ts',
        'referral/define': 'src/referral/define.ts',
        'referral/status/define': 'src/referral/status/define.ts',
        'shared/provider/define': 'src/shared/provider/define.ts',
        'shared/controls/define': 'src/shared/controls/define.ts',
        // The shared test suites (@spire/elements/testing); never imported by the entries above.
        'testing/index': 'src/testing/index.ts',
      },
      formats: ['es'],
    },
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    rollupOptions: {
      external: [/^lit(\/.*)?$/, /^@lit\//, /^i18next$/, /^idb$/, /^zod(\/.*)?$/, /^@spire\/model(\/.*)?$/, /^@open-wc\//, /^@web\//],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
