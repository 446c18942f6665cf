import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { NetworkMap } from '@spire/model';
import { exampleNetworkMap } from '@spire/model/examples';
import { crowdedNetworkMap, emptyNetworkMap, exampleAuthor, exampleChild, networkMapDraft, store } from './fixtures.js';

interface Args {
  value: NetworkMap;
  view: 'map' | 'table' | 'both' | 'beside';
  /** `child`: the child places the people, with an adult beside them. */
  mode: 'professional' | 'child';
  readonly: boolean;
  disabled: boolean;
  /** The element's own language; without it, the page's. */
  lang?: 'da' | 'en';
}

const meta: Meta<Args> = {
  title: 'Widgets/Netværkskort (network map)',
  component: 'spire-network-map',
  render: (args) => html`<spire-network-map
    name="network-map"
    lang=${ifDefined(args.lang)}
    .value=${args.value}
    view=${args.view}
    mode=${args.mode}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
    .author=${exampleAuthor}
    .child=${exampleChild}
    .store=${store()}
  ></spire-network-map>`,
  args: { view: 'both', mode: 'professional', readonly: false, disabled: false },
  argTypes: {
    view: { control: 'inline-radio', options: ['map', 'table', 'both', 'beside'] },
    mode: { control: 'inline-radio', options: ['professional', 'child'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A new map: only Ida in the centre, the three rings and the six sectors, ready for the first person. */
export const Empty: Story = { args: { value: emptyNetworkMap() } };

/**
 * Ida's network as she and her mother drew it with the pædagog: a stressful relation to her father, two
 * safe adults with a star, arrows for the direction of support, and what mormor and the pædagog agreed to do.
 */
export const RealisticFamily: Story = { args: { value: networkMapDraft() } };

/** Sixty people, the whole class and its parents among friends: crowded cells draw their people compact, and nobody overlaps. */
export const Crowded: Story = { args: { value: crowdedNetworkMap() } };

/** The table twin alone: the same people and the same edits, without sight of the map or a pointer. */
export const TableView: Story = { args: { value: networkMapDraft(), view: 'table' } };

/**
 * Two dated versions, spring and November: look under the map, in "Versioner" → "Sammenlign", where the
 * spring version is compared with the map as it is now — Trine joined, and Alma moved out to the third ring.
 */
export const CompareVersions: Story = {
  args: { value: networkMapDraft() },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('spire-network-map')!;
    await el.updateComplete;
    const from = el.shadowRoot!.querySelector<HTMLSelectElement>('select[data-action="compare-from"]')!;
    from.value = exampleNetworkMap.versions[0]!.id;
    from.dispatchEvent(new Event('change'));
    await el.updateComplete;
  },
};

/** Read-only: the completed map with every name, then the table, activation, versions and the meeting list, for reading and printing. */
export const ReadonlyPrint: Story = { args: { value: exampleNetworkMap, readonly: true } };

/** English, set on the element (the toolbar switches the whole page). */
export const English: Story = {
  args: { value: networkMapDraft(), lang: 'en' },
};

/**
 * Child mode: Ida places the people herself with the pædagog beside her. A big button per person; the
 * questions ("Hvor tæt på dig er Anders?") in her words, with "Læs op" reading them and their answers aloud
 * on the device; what she says about each person is written down verbatim. Her placement is kept apart
 * from the adults' (`childPlacement`).
 */
export const ChildMode: Story = {
  args: { value: networkMapDraft(), mode: 'child' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('spire-network-map')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.child-person[data-id="p-far"]')?.click();
    await el.updateComplete;
  },
};

/** The child's own map beside the adults', with where they differ (Anders further away, "Godt" where the adults saw a stressful relation) and the child's words. */
export const ChildsMapBeside: Story = { args: { value: networkMapDraft(), view: 'beside' } };
