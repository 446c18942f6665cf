import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WellbeingCheck } from '@spire/model';
import { classChecks } from './fixtures.js';

interface Args {
  checks: WellbeingCheck[];
  threshold: number;
  groupSize?: number;
  groupLabel: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Trivselsoverblik (group overview)',
  component: 'spire-wellbeing-overview',
  render: (args) =>
    html`<spire-wellbeing-overview .checks=${args.checks} .threshold=${args.threshold} .groupSize=${args.groupSize} group-label=${args.groupLabel}></spire-wellbeing-overview>`,
  args: { threshold: 3, groupLabel: '0.B' },
};
export default meta;
type Story = StoryObj<Args>;

/** A class of 22, 20 assessed: counts per dimension; counts below 3 are hidden. */
export const Class: Story = { args: { checks: classChecks(), groupSize: 22 } };

/** Fewer children than the threshold: nothing is shown, so no child can be recognised. */
export const SmallGroup: Story = { args: { checks: classChecks(2) } };

/**
 * A group of 6: small counts (0 too) are hidden, and further cells with them so that no hidden count can
 * be worked out from the row, the total or the other cells; the number assessed is shown roughly.
 */
export const SmallGroupSuppression: Story = { args: { checks: classChecks(6), groupSize: 7 } };

/** The host's page outline: the heading at level 3. */
export const HeadingLevel: Story = {
  args: { checks: classChecks(), groupSize: 22 },
  render: (args) => html`<spire-wellbeing-overview heading-level="3" .checks=${args.checks} .groupSize=${args.groupSize} group-label="0.B"></spire-wellbeing-overview>`,
};

/** English. */
export const English: Story = {
  args: { checks: classChecks(), groupSize: 22 },
  render: (args) => html`<spire-wellbeing-overview lang="en" .checks=${args.checks} .groupSize=${args.groupSize} group-label="0.B"></spire-wellbeing-overview>`,
};
