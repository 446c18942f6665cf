import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Referral } from '@spire/model';
import { exampleIndstilling, exampleUnderretning } from '@spire/model/examples';

interface Args {
  value: Referral;
  /** The moment the deadlines are judged against (the stories fix it, so they never drift). */
  now: Date;
  readonly: boolean;
  lang?: 'da' | 'en';
}

/** An underretning sent the Wednesday before Easter 2026: Skærtorsdag, Langfredag and 2. påskedag do not count. */
const sentBeforeEaster = (): Referral => ({
  ...structuredClone(exampleUnderretning),
  id: 'story-underretning-easter',
  createdAt: '2026-04-01T07:00:00Z',
  updatedAt: '2026-04-01T08:00:00Z',
  status: 'sent',
  statusHistory: [
    { status: 'draft', at: '2026-04-01T07:00:00Z' },
    { status: 'sent', at: '2026-04-01T08:00:00Z' },
  ],
});
const confirmed = (): Referral => ({ ...sentBeforeEaster(), status: 'receipt-confirmed', statusHistory: [...sentBeforeEaster().statusHistory, { status: 'receipt-confirmed', at: '2026-04-08T09:15:00Z' }] });
const withOutcome = (): Referral => ({
  ...confirmed(),
  status: 'outcome',
  statusHistory: [...confirmed().statusHistory, { status: 'outcome', at: '2026-04-08T13:00:00Z' }],
  outcome: { kind: 'support-started', at: '2026-04-08T13:00:00Z', note: 'Familiebehandling to gange om ugen fra uge 16.' },
});

const meta: Meta<Args> = {
  title: 'Widgets/Status for indstilling og underretning',
  component: 'spire-referral-status',
  render: (args) => html`<spire-referral-status lang=${ifDefined(args.lang)} .value=${args.value} .now=${args.now} ?readonly=${args.readonly}></spire-referral-status>`,
  args: { readonly: false, now: new Date('2026-04-07T08:00:00Z') },
};
export default meta;
type Story = StoryObj<Args>;

/** Sent before Easter, a working day after Easter Monday: the receipt is due 14 April, and the 24-hour assessment is already overdue. */
export const Sent: Story = { args: { value: sentBeforeEaster() } };

/** Two days past the receipt deadline across the Easter holidays: every overdue deadline says so in words, with an icon, and what to do. */
export const OverdueReceipt: Story = { args: { value: sentBeforeEaster(), now: new Date('2026-04-16T10:00:00Z') } };

/** The municipality confirmed receipt on 8 April: the receipt deadline is met, the outcome is next. */
export const ReceiptConfirmed: Story = { args: { value: confirmed(), now: new Date('2026-04-08T12:00:00Z') } };

/** The outcome is recorded: help started within the week. */
export const Outcome: Story = { args: { value: withOutcome(), now: new Date('2026-04-09T08:00:00Z') } };

/** An indstilling to PPR: only the week applies (receipt and the 24-hour assessment are for underretninger). */
export const Indstilling: Story = { args: { value: exampleIndstilling, now: new Date('2026-11-18T09:00:00Z') } };

/** Read-only: where it stands, without the forms. */
export const ReadOnly: Story = { args: { value: sentBeforeEaster(), readonly: true } };

/** English, set on the element. */
export const English: Story = { args: { value: sentBeforeEaster(), now: new Date('2026-04-16T10:00:00Z'), lang: 'en' } };
