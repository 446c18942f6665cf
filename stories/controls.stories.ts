import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Foundation/Controls',
  parameters: { docs: { description: { component: 'The internal controls every Spire widget shares. Each has its label inside its own shadow root, and a text and shape as well as a colour.' } } },
};
export default meta;
type Story = StoryObj;

/** Grøn / gul / rød / ikke vurderet, with a suggestion and guidance on demand. */
export const PositionPicker: Story = {
  render: () => html`<spire-position-picker
    label="Relationer og fællesskab"
    hint="Hvordan barnet indgår i fællesskabet i denne sammenhæng."
    value="yellow"
    suggested="yellow"
    .guidance=${{ green: 'Har nogen at lege med.', yellow: 'Står oftere uden for legen.', red: 'Er i længere tid alene.' }}
  ></spire-position-picker>`,
};

/** With an error from the widget. */
export const PositionPickerInvalid: Story = {
  render: () => html`<spire-position-picker label="Samlet position" invalid error-message="Vælg en samlet position."></spire-position-picker>`,
};

/** The 1–5 smiley scale, large for child mode. */
export const SmileyScale: Story = {
  render: () => html`<spire-smiley-scale size="large" label="Hvordan har du det, når du leger med de andre?" .value=${4}></spire-smiley-scale>`,
};

/** Text with a character count and gentle language nudges (type "altid" or "umulig"). */
export const TextArea: Story = {
  render: () => html`<spire-text-area label="Hvad undrer vi os over?" optional maxlength="4000" .value=${'Han er altid umulig i samling.'}></spire-text-area>`,
};

/** The child's own words: no nudges, never corrected. */
export const TextAreaVerbatim: Story = {
  render: () => html`<spire-text-area label="Barnets egne ord" verbatim .value=${'Jeg er altid alene i frikvarteret.'}></spire-text-area>`,
};

/** A date, spelled out in the page language. */
export const DateField: Story = {
  render: () => html`<spire-date-field label="Opfølgning" value="2026-12-04" min="2026-11-22"></spire-date-field>`,
};
