import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { WellbeingCheck } from '@spire/model';
import { draftWithNudges, exampleAuthor, exampleChild, exampleWellbeingCheck, networkMapDraft, store } from './fixtures.js';

/**
 * The widgets' looks: the default (DKFDS-like), dark mode, a municipality's own brand, and the system's
 * colours. Every colour, space, radius and font is a `--spire-*` token (the table in the README, and on
 * every element's docs page); `--spire-color-scheme` picks light, dark or the user's system.
 */
interface Args {
  /** `light dark` follows the system; `light` or `dark` forces one. */
  scheme: 'light dark' | 'light' | 'dark';
  widget: 'concern note' | 'wellbeing check' | 'network map';
}

const checkDraft = (): WellbeingCheck => ({ ...structuredClone(exampleWellbeingCheck), id: 'story-theme-check', status: 'draft' });

const widgets: Record<Args['widget'], () => TemplateResult> = {
  'concern note': () => html`<spire-concern-note .value=${draftWithNudges()} .author=${exampleAuthor} .child=${exampleChild} .store=${store()}></spire-concern-note>`,
  'wellbeing check': () => html`<spire-wellbeing-check .value=${checkDraft()} .author=${exampleAuthor} .child=${exampleChild} .store=${store()}></spire-wellbeing-check>`,
  'network map': () => html`<spire-network-map .value=${networkMapDraft()} .author=${exampleAuthor} .child=${exampleChild} .store=${store()}></spire-network-map>`,
};

/** A page around the widget, light or dark as the scheme says, so the widget is seen where it would sit. */
const page = (scheme: Args['scheme'], style: string, content: TemplateResult) =>
  html`<div
    class="theme-page"
    style="color-scheme: ${scheme}; background: light-dark(#ffffff, #101418); color: light-dark(#1a1a1a, #eceef1); padding: 1rem; --spire-color-scheme: ${scheme}; ${style}"
  >
    ${content}
  </div>`;

const meta: Meta<Args> = {
  title: 'Foundation/Theming',
  render: (args) => page(args.scheme, '', widgets[args.widget]()),
  args: { scheme: 'light', widget: 'concern note' },
  argTypes: {
    scheme: { control: 'inline-radio', options: ['light dark', 'light', 'dark'] },
    widget: { control: 'inline-radio', options: ['concern note', 'wellbeing check', 'network map'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The default look: calm blue, high contrast, system fonts, a 4 px spacing grid. */
export const Default: Story = {};

/**
 * Dark mode: the dark defaults of every token (`--spire-color-scheme: dark` here; by default the widgets
 * follow the user's system). Text is 14:1 on the dark surface, secondary text 8.5:1, borders 5.6:1.
 */
export const Dark: Story = { args: { scheme: 'dark' } };

/** The wellbeing check in dark mode: grøn, gul and rød keep their shapes and names. */
export const DarkWellbeingCheck: Story = { args: { scheme: 'dark', widget: 'wellbeing check' } };

/** The network map in dark mode: sectors, rings, lines and names from the tokens. */
export const DarkNetworkMap: Story = { args: { scheme: 'dark', widget: 'network map' } };

/** Follows the user's system: light or dark as the operating system (or the browser's devtools) says. */
export const FollowsTheSystem: Story = { args: { scheme: 'light dark' } };

/**
 * A municipality's own look, with tokens only: its green in light and dark (`light-dark()`), its font,
 * square corners, a little more room, and taller text areas through `::part(textarea)`, which the widget
 * exports from its nested text fields.
 */
const brand = `
  --spire-color-primary: light-dark(#00634f, #7fd6b5);
  --spire-color-on-primary: light-dark(#ffffff, #06261b);
  --spire-color-focus: #ffd200;
  --spire-color-subtle: light-dark(#eef5f2, #1f2b27);
  --spire-color-child-surface: light-dark(#eef5f2, #1a2622);
  --spire-font-family: Verdana, 'DejaVu Sans', sans-serif;
  --spire-font-size-m: 0.95rem;
  --spire-radius: 0;
  --spire-radius-l: 0;
  --spire-space-m: 1.25rem;
  --spire-space-l: 2rem;
`;
const parts = html`<style>
  .theme-page spire-concern-note::part(textarea),
  .theme-page spire-wellbeing-check::part(textarea) {
    min-block-size: 8rem;
    border-inline-start-width: 6px;
  }
  .theme-page spire-wellbeing-check::part(position-option) {
    border-radius: 999px;
  }
</style>`;

export const MunicipalityBrand: Story = {
  render: (args) => page(args.scheme, brand, html`${parts}${widgets[args.widget]()}`),
};

/** The same brand in dark mode: the host gave both of its colours with `light-dark()`. */
export const MunicipalityBrandDark: Story = {
  args: { scheme: 'dark' },
  render: (args) => page(args.scheme, brand, html`${parts}${widgets[args.widget]()}`),
};

/** The brand on the wellbeing check, its grøn/gul/rød options as pills through `::part(position-option)`. */
export const MunicipalityBrandWellbeingCheck: Story = {
  args: { widget: 'wellbeing check' },
  render: (args) => page(args.scheme, brand, html`${parts}${widgets[args.widget]()}`),
};
