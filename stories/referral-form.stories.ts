import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ReferralStep } from '@spire/elements';
import { type Referral, type ReferralType, createReferral } from '@spire/model';
import { exampleIndstilling, exampleNetworkMap, exampleUnderretning } from '@spire/model/examples';
import { exampleAuthor, exampleChild, exampleConcernNote, exampleWellbeingCheck, store } from './fixtures.js';

interface Args {
  /** The referral; without one the form starts a new indstilling, prefilled from the provider's earlier records. */
  value?: Referral;
  readonly: boolean;
  disabled: boolean;
  /** The element's own language; without it, the page's. */
  lang?: 'da' | 'en';
}

/** The municipality's beredskab (fictional), as `<spire-provider config>` gives it. */
const beredskab = { phone: '96 17 17 17', label: 'Familierådgivningen, døgnvagt' };

/** Ida's earlier records: the wellbeing check, the concern note and the completed network map. */
const earlierRecords = [exampleWellbeingCheck, exampleConcernNote, { ...exampleNetworkMap, status: 'completed' }];

/** A sent example turned back into a draft, under its own id so no two stories share a draft or a step. */
const asDraft = (sent: Referral, id: string): Referral => ({ ...structuredClone(sent), id, status: 'draft', statusHistory: [sent.statusHistory[0]!] });

/** A new, empty referral with a fixed time, so the stories never drift. */
const newReferral = (id: string, referralType: ReferralType): Referral =>
  createReferral({ id, author: exampleAuthor, child: exampleChild, referralType, now: new Date('2026-11-20T09:00:00Z') });

const meta: Meta<Args> = {
  title: 'Widgets/Indstilling og underretning (referral form)',
  component: 'spire-referral-form',
  render: (args) => html`<spire-referral-form
    name="referral-form"
    lang=${ifDefined(args.lang)}
    .value=${args.value}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
    .author=${exampleAuthor}
    .child=${exampleChild}
    .store=${store()}
  ></spire-referral-form>`,
  args: { readonly: false, disabled: false },
  // The form keeps the step and the steps visited per record in the tab's session: each story starts afresh.
  beforeEach: () => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('spire-referral-step:')) sessionStorage.removeItem(key);
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The form inside a provider that gives the professional, the child, Ida's earlier records and the municipality's configuration. */
const inProvider = (config: Record<string, unknown> = {}) => (args: Args) =>
  html`<spire-provider .author=${exampleAuthor} .child=${exampleChild} .records=${earlierRecords} .config=${config}
    ><spire-referral-form
      name="referral-form"
      lang=${ifDefined(args.lang)}
      .value=${args.value}
      ?readonly=${args.readonly}
      ?disabled=${args.disabled}
      .store=${store()}
    ></spire-referral-form
  ></spire-provider>`;

/** Shows a step the way the professional does: a click on it in the step list (after forgetting the step this tab kept for the record). */
const showStep =
  (step: ReferralStep): Story['play'] =>
  async ({ canvasElement }) => {
    const el = canvasElement.querySelector('spire-referral-form')!;
    await el.updateComplete;
    sessionStorage.removeItem(`spire-referral-step:${el.value!.id}`);
    el.shadowRoot!.querySelector<HTMLButtonElement>(`.steps button[data-step="${step}"]`)!.click();
    await el.updateComplete;
  };

/** Type and recipient of a filled-in indstilling: to PPR Eksempel Kommune, "snarest", and Mette Holm's work address and relation to Ida. */
export const TypeStep: Story = { args: { value: asDraft(exampleIndstilling, 'story-referral-type') }, play: showStep('type') };

/** Child and family: Ida's name (no CPR, it is optional), both parents with custody, and the family's language without an interpreter. */
export const ChildAndFamilyStep: Story = { args: { value: asDraft(exampleIndstilling, 'story-referral-child') }, play: showStep('child') };

/** The concern: what was seen and heard since October, facts before interpretation, and what was tried first with its effect. */
export const ConcernStep: Story = { args: { value: asDraft(exampleIndstilling, 'story-referral-concern') }, play: showStep('concern') };

/** The child's perspective: what Ida says herself, and how and by whom her perspective came forward. */
export const PerspectiveStep: Story = { args: { value: asDraft(exampleIndstilling, 'story-referral-perspective') }, play: showStep('perspective') };

/** Resources: what Ida is good at and who in her network can help. */
export const ResourcesStep: Story = { args: { value: asDraft(exampleIndstilling, 'story-referral-resources') }, play: showStep('resources') };

/** Parents and consent: the talk with the parents on 11 November, and the consent of both custody holders (one written, one digital) with scope and purpose. */
export const ParentsAndConsentStep: Story = { args: { value: asDraft(exampleIndstilling, 'story-referral-parents') }, play: showStep('parents') };

/** Attachments: Ida's earlier records from the provider to tick, with the wellbeing check and the network map already attached. */
export const AttachmentsStep: Story = {
  args: { value: asDraft(exampleIndstilling, 'story-referral-attachments') },
  render: inProvider(),
  play: showStep('attachments'),
};

/** Review and send: everything that will be sent, step by step in words, each with a link back to its step, and the JSON and FHIR downloads. */
export const ReviewStep: Story = {
  args: { value: asDraft(exampleIndstilling, 'story-referral-review') },
  render: inProvider(),
  play: showStep('review'),
};

/** An underretning on the type step: the § 133 ground (suspected violence or abuse) and "Det skal du vide" — the parents may read it, no anonymity, not a party. */
export const Underretning: Story = { args: { value: asDraft(exampleUnderretning, 'story-referral-underretning') }, play: showStep('type') };

/** The underretning's parents step: abuse by a parent is suspected, so the parents are not contacted first, and the guard-rail says not to talk with them about it and to notify today; no consent is asked for. */
export const UnderretningParents: Story = {
  args: { value: asDraft(exampleUnderretning, 'story-referral-underretning-parents') },
  play: showStep('parents'),
};

/**
 * A new underretning where the child is in acute danger right now: "Ja" turns it into an acute underretning
 * and shows at once to phone now — the municipality's beredskab from the provider, outside office hours
 * the police on 114, 112 if a life is in danger — and to write afterwards.
 */
export const AcuteDanger: Story = {
  args: { value: newReferral('story-referral-acute', 'underretning') },
  render: inProvider({ beredskab }),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('spire-referral-form')!;
    await el.updateComplete;
    sessionStorage.removeItem(`spire-referral-step:${el.value!.id}`);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="acute"][value="yes"]')!.click();
    await el.updateComplete;
  },
};

/**
 * No value: the form makes its own indstilling and fills it from Ida's earlier records in the provider. On
 * the concern step each field taken says where it came from ("Udfyldt fra bekymringsnotat … – ret gerne") until it is edited.
 */
export const PrefilledFromRecords: Story = { args: {}, render: inProvider(), play: showStep('concern') };

/** Read-only: the sent indstilling as text, every step at once with its attachments, as it is read and printed. */
export const ReadOnlyPrint: Story = {
  args: { value: { ...structuredClone(exampleIndstilling), id: 'story-referral-readonly' }, readonly: true },
  render: inProvider(),
};

/** English, set on the element (the toolbar switches the whole page): the review step of the indstilling. */
export const English: Story = {
  args: { value: asDraft(exampleIndstilling, 'story-referral-english'), lang: 'en' },
  render: inProvider(),
  play: showStep('review'),
};
