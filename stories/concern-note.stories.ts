import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ConcernNote, WellbeingCheck } from '@spire/model';
import {
  acuteNote,
  draftWithNudges,
  emptyNote,
  englishNote,
  exampleAuthor,
  exampleChild,
  exampleConcernNote,
  exampleWellbeingCheck,
  noteWithMunicipalityWord,
  store,
  suspectedAbuseByParent,
  vildbasseRule,
} from './fixtures.js';

interface Args {
  /** The note; without one the widget starts a new one (prefilled when `fromCheck` is set). */
  value?: ConcernNote;
  fromCheck?: WellbeingCheck;
  readonly: boolean;
  disabled: boolean;
  /** The element's own language; without it, the page's. */
  lang?: 'da' | 'en';
}

/** The municipality's beredskab (fictional), as `<spire-provider config>` gives it. */
const beredskab = { phone: '96 17 17 17', url: 'https://kommune.example/beredskab', label: 'Familierådgivningen, døgnvagt' };

const meta: Meta<Args> = {
  title: 'Widgets/Bekymringsnotat (concern note)',
  component: 'spire-concern-note',
  render: (args) => html`<spire-concern-note
    name="concern-note"
    lang=${ifDefined(args.lang)}
    .value=${args.value}
    .fromCheck=${args.fromCheck}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
    .author=${exampleAuthor}
    .child=${exampleChild}
    .store=${store()}
  ></spire-concern-note>`,
  args: { readonly: false, disabled: false },
};
export default meta;
type Story = StoryObj<Args>;

/** The note inside a provider that gives the professional, the child and the municipality's configuration. */
const inProvider = (config: Record<string, unknown>) => (args: Args) =>
  html`<spire-provider .author=${exampleAuthor} .child=${exampleChild} .config=${config}
    ><spire-concern-note .value=${args.value} .fromCheck=${args.fromCheck} ?readonly=${args.readonly} ?disabled=${args.disabled} .store=${store()}></spire-concern-note
  ></spire-provider>`;

/** A new note: nothing written yet, the acute-danger question first, and help within a week counted from the day. */
export const Empty: Story = { args: { value: emptyNote() } };

/**
 * Opened from a wellbeing check (its next step): Ida's strengths, own words and the gul area come along,
 * and the note says which round it came from.
 */
export const PrefilledFromCheck: Story = { args: { fromCheck: exampleWellbeingCheck } };

/**
 * A hurried first draft: the language nudges show at once under what we see and hear and what we worry
 * about (an absolute, labels, blame, a diagnosis used as a description); the child's own words get none.
 */
export const WithNudges: Story = { args: { value: draftWithNudges() } };

/**
 * Abuse by a parent is suspected: the guard-rail says not to talk with the parents about it (the
 * municipality tells them) and to notify today, with the skærpet underretningspligt and the
 * municipality's beredskab from the provider.
 */
export const SuspectedAbuseByParent: Story = {
  args: { value: suspectedAbuseByParent() },
  render: inProvider({ beredskab }),
};

/** The child may be in acute danger: phone now (outside office hours the police on 114; 112 if a life is in danger) and write afterwards. */
export const Acute: Story = {
  args: { value: acuteNote() },
  render: inProvider({ beredskab }),
};

/** A completed note as text, for reading and printing, naming the wellbeing check it came from. */
export const ReadonlyPrint: Story = { args: { value: exampleConcernNote, fromCheck: exampleWellbeingCheck, readonly: true } };

/** English, set on the element (the toolbar switches the whole page), with a note written in English. */
export const English: Story = {
  args: { value: englishNote(), lang: 'en' },
};

/** The municipality's own language rule from the provider's config: "vildbasse" gets the municipality's nudge. */
export const MunicipalityRule: Story = {
  args: { value: noteWithMunicipalityWord() },
  render: inProvider({ languageRules: vildbasseRule() }),
};

/** Types `text` into a note's field the way a keyboard would reach the text area. */
const typeIn = (note: Element, field: string, text: string) => {
  const area = note.shadowRoot!.querySelector(`spire-text-area[data-field="${field}"]`)!.shadowRoot!.querySelector('textarea')!;
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
};

/**
 * One note open in two windows (here side by side, sharing one draft store as two tabs share IndexedDB).
 * Each save is told to the other: what one writes in another field comes in; where both changed the same
 * field, each keeps its own text and offers the other's ("Brug den anden udgave" / "Behold min").
 */
export const OpenInTwoWindows: Story = {
  args: { value: emptyNote() },
  render: (args) => {
    const shared = store();
    const note = (label: string) =>
      html`<section aria-label=${label} style="flex: 1 1 24rem; min-inline-size: 0"
        ><spire-concern-note .value=${structuredClone(args.value)} .author=${exampleAuthor} .child=${exampleChild} .store=${shared}></spire-concern-note
      ></section>`;
    return html`<div style="display: flex; flex-wrap: wrap; gap: 1.5rem">${note('Vindue A')}${note('Vindue B')}</div>`;
  },
  play: async ({ canvasElement }) => {
    const [a, b] = [...canvasElement.querySelectorAll('spire-concern-note')];
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    typeIn(a!, 'observations', 'Ida sad alene i garderoben i dag.');
    typeIn(b!, 'observations', 'Ida græd, da hun blev hentet.');
  },
};
