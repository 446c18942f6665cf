import type { StorybookConfig } from '@storybook/web-components-vite';

// Workspace packages resolve to their source through the `spire-source` export condition, as in tests
// and the demo. `development` is a condition other packages read too: Lit (lit-html, @lit/reactive-element,
// @lit/context) picks its dev build by it — extra checks and the "Lit is in dev mode" warning. So it is
// used by `storybook dev` only; `storybook build` (the documentation site) gets Lit's production build.
// `.storybook/check-static.mjs` checks a built storybook-static for it.
const SOURCE_CONDITIONS = ['spire-source', 'module', 'browser', 'default'];

const config: StorybookConfig = {
  // The introduction pages (MDX) first, then the widgets' stories.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: async (viteConfig, { configType }) => {
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = configType === 'PRODUCTION' ? [...SOURCE_CONDITIONS] : ['spire-source', 'development', 'module', 'browser', 'default'];
    return viteConfig;
  },
};

export default config;
