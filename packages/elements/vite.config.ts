import { defineConfig } from 'vite';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

// Library build: ES modules, one entry per public module; lit, i18next, idb, zod and the model stay
// dependencies so an app bundles one copy of each. The test suites' own tools (@open-wc/testing,
// @web/test-runner-commands) are optional peer dependencies and are never bundled.
//
// The published modules are readable (not minified: an app's bundler minifies them), but the text inside
// Lit's html``, svg`` and css`` templates is minified here, since no app's minifier touches a template
// literal: whitespace collapsed to one space, comments dropped, CSS minified (lightningcss). Whitespace is
// never removed entirely (`conservativeCollapse`): a nested template such as html` – ${note}` would lose
// its leading space and "9 personer – …" read "9 personer– …". Self-closing tags keep their slash
// (`keepClosingSlash`): in an svg`` template `<circle />` without it would swallow the elements after it.
// test/built-dist.test.ts renders every widget from dist and from source and compares what they show;
// test/bench/size.mjs measures these modules, as an app bundles them.
export default defineConfig({
  plugins: [
    minifyHTMLLiterals({
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/testing/**'],
      failOnError: true,
      options: { minifyOptions: { ...defaultMinifyOptions, conservativeCollapse: true, keepClosingSlash: true } },
    }),
  ],
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
        // Every string in both languages (@spire/elements/locales); no widget imports it.
        'locales/index': 'src/locales/index.ts',
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
