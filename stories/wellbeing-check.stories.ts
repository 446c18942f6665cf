import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WellbeingCheck } from '@spire/model';
import { colleaguesOwn, earlierRounds, emptyCheck, exampleAuthor, exampleChild, exampleWellbeingCheck, jointDraft, lastRoundWithAgreements, partlyFilled, store } from './fixtures.js';

interface Args {
  value: WellbeingCheck;
  mode: 'professional' | 'child';
  readonly: boolean;
  disabled: boolean;
  earlier: WellbeingCheck[];
}

const meta: Meta<Args> = {
  title: 'Widgets/Trivselsvurdering (wellbeing check)',
  component: 'spire-wellbeing-check',
  render: (args) => html`<spire-wellbeing-check
    name="wellbeing-check"
    .value=${args.value}
    .mode=${args.mode}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
    .earlier=${args.earlier}
    .author=${exampleAuthor}
    .child=${exampleChild}
    .store=${store()}
  ></spire-wellbeing-check>`,
  args: { mode: 'professional', readonly: false, disabled: false, earlier: [] },
  argTypes: { mode: { control: 'inline-radio', options: ['professional', 'child'] } },
};
export default meta;
type Story = StoryObj<Args>;

/** A new round: nothing assessed yet. Strengths come first. */
export const Empty: Story = { args: { value: emptyCheck() } };

/** Work in progress: one dimension gul without its justification yet; the overall suggestion follows. */
export const PartlyFilled: Story = { args: { value: partlyFilled() } };

/** Completed: a joint assessment with Ida's own words and the parents' view. */
export const Completed: Story = { args: { value: exampleWellbeingCheck } };

/** Gul overall, with agreements (owner and follow-up date) so the assessment leads somewhere. */
export const YellowWithAgreements: Story = { args: { value: { ...structuredClone(exampleWellbeingCheck), status: 'draft' } } };

/** Child mode: one question at a time, big faces, read-aloud. An adult sits beside the child. */
export const ChildMode: Story = { args: { value: emptyCheck(), mode: 'child' } };

/** Read-only: the whole check as text, for reading and printing. */
export const ReadonlyPrint: Story = { args: { value: exampleWellbeingCheck, readonly: true } };

/** Trend across three rounds: colour, shape and text per dimension. */
export const TrendThreeRounds: Story = { args: { value: exampleWellbeingCheck, earlier: earlierRounds() } };

/** Writing the joint assessment: two colleagues' own assessments of the round beside each dimension. */
export const JointWithColleagues: Story = { args: { value: jointDraft(), earlier: colleaguesOwn() } };

/** A new round follows up the last one: its agreements first, to be marked done, not done or continued. */
export const FollowUpLastRound: Story = { args: { value: emptyCheck(), earlier: lastRoundWithAgreements() } };

/** The child's answers, "ved ikke" included, in the read-only view. */
export const ChildAnswersReadonly: Story = {
  args: {
    value: {
      ...structuredClone(exampleWellbeingCheck),
      childPerspective: { method: 'own-rating', ratings: [{ itemId: 'friends', value: 4 }, { itemId: 'mood', value: 'dont-know' }, { itemId: 'home', value: 5 }], recordedOn: '2026-10-05' },
    },
    readonly: true,
  },
};

/**
 * The parents' print version: press the button (or call `printParentsVersion()` on the element) and look
 * at the print preview — a plain-language letter instead of the journal record, with the child's name and
 * "Side x af y" on every page.
 */
export const ParentsPrintVersion: Story = {
  args: { value: exampleWellbeingCheck },
  render: (args) => html`<p>
      <button type="button" @click=${(e: Event) => ((e.target as HTMLElement).closest('div, body')!.querySelector('spire-wellbeing-check') as HTMLElement & { printParentsVersion(): void }).printParentsVersion()}>
        Udskriv forældreversion / Print the parents' version
      </button>
    </p>
    <spire-wellbeing-check .value=${args.value} .author=${exampleAuthor} .child=${exampleChild} .store=${store()}></spire-wellbeing-check>`,
};

/** English, set on the element (the toolbar switches the whole page). */
export const English: Story = {
  args: { value: partlyFilled() },
  render: (args) => html`<spire-wellbeing-check lang="en" .value=${args.value} .author=${exampleAuthor} .child=${exampleChild} .store=${store()}></spire-wellbeing-check>`,
};

/**
 * After "Afslut vurdering" with work missing: the "Fejl:" summary at the top links to each field, and
 * every field shows its own message.
 */
export const ErrorsAfterSubmit: Story = {
  args: { value: partlyFilled() },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('spire-wellbeing-check')!;
    await el.updateComplete;
    await el.submit();
  },
};

/**
 * The host gave no usable author or child (here: a child without its id), so the widget starts no
 * record, says what is missing and reports it with `spire-error`.
 */
export const MissingContext: Story = {
  render: () => html`<spire-wellbeing-check .author=${exampleAuthor} .child=${{ displayName: 'Ida' }} .store=${store()}></spire-wellbeing-check>`,
};

/** Rød in "Tryghed og omsorg fra voksne": the guard-rail with the municipality's beredskab (from the provider's config). */
function redInSafety(): WellbeingCheck {
  const check = partlyFilled();
  check.id = 'story-safeguarding';
  check.dimensions = check.dimensions.map((d) => (d.dimensionId === 'safety-care' ? { dimensionId: d.dimensionId, position: 'red' } : d));
  check.overall = { position: 'not-assessed', suggested: 'red' };
  return check;
}

/**
 * A safeguarding area rated rød: the skærpet underretningspligt, the municipality's beredskab (phone and
 * link from `<spire-provider config>`), acute danger and 114, and that parents are contacted first only
 * when abuse by a parent is not suspected — which the parents' section then offers as the reason.
 */
export const SafeguardingGuardRail: Story = {
  args: { value: redInSafety() },
  render: (args) => html`<spire-provider
    .author=${exampleAuthor}
    .child=${exampleChild}
    .config=${{ beredskab: { phone: '96 17 17 17', url: 'https://kommune.example/beredskab', label: 'Familierådgivningen – døgnvagt' } }}
    ><spire-wellbeing-check .value=${args.value} .store=${store()}></spire-wellbeing-check
  ></spire-provider>`,
};
