/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@spire/elements/define.js';
import { publicApi } from './public-api.js';

// The manifest is generated from the elements' JSDoc (`npm run analyze -w @spire/elements`, run by the
// storybook scripts); it feeds the controls and the docs tables. Storybook still starts without it.
const manifests = import.meta.glob('../packages/elements/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];

if (manifest) setCustomElementsManifest(publicApi(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Accessibility violations fail the story tests, not just warn.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
    // The introductions first (Danish, then English), then the widgets, then what they are built on.
    options: { storySort: { order: ['Introduktion', 'Introduction', 'Widgets', 'Foundation'] } },
  },
  globalTypes: {
    locale: {
      description: 'Sprog / language',
      toolbar: {
        title: 'Sprog',
        icon: 'globe',
        items: [
          { value: 'da', title: 'Dansk' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'da' },
  decorators: [
    (story, context) => {
      const locale = context.globals.locale === 'en' ? 'en' : 'da';
      document.documentElement.lang = locale;
      // Storybook's docs page wraps every story in an element with lang="en"; the nearest lang wins.
      return html`<div lang=${locale}>${story()}</div>`;
    },
  ],
};

export default preview;
