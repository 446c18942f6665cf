import { LitElement, css, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AgeBand, ChildItem } from '@spire/model';
import { LocaleController, isLocaleLoaded } from '../../shared/i18n/i18n.js';
import { canReadAloud, readAloud, stopReading } from '../../shared/speech.js';
import { themeStyles } from '../../shared/theme.js';
import type { SmileyValue, SpireSmileyScale } from './smiley-scale.js';
import './strings.js';

const speakerIcon = html`<svg class="speaker" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  ${svg`<path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" /><path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />`}
</svg>`;

/** A child's answer: 1–5 on the smiley scale, or `dont-know` ("ved ikke / vil ikke svare"). */
export type ChildAnswerValue = SmileyValue;

export interface ChildAnswerDetail {
  itemId: string;
  /** 1–5, or `dont-know`: an answer of its own. A question not answered sends no event at all. */
  value: ChildAnswerValue;
}

/** De tre huse in the child's own words. */
export interface ChildHouses {
  worries?: string;
  goodThings?: string;
  dreams?: string;
}

/** `child-houses` carries all three houses each time (an empty house is left out). */
export type ChildHousesDetail = ChildHouses;

const HOUSES = ['worries', 'goodThings', 'dreams'] as const;
type House = (typeof HOUSES)[number];

/** Spire's own house drawings: one house, with a rain cloud, a heart or a star on the roof. */
function houseDrawing(house: House) {
  const emblem =
    house === 'worries'
      ? svg`<path class="emblem-line" d="M62 20 a6 6 0 0 1 4-10 a8 8 0 0 1 15-1 a6 6 0 0 1 4 11 z" /><path class="emblem-line" d="M67 25 l-2 5 M74 25 l-2 5 M81 25 l-2 5" />`
      : house === 'goodThings'
        ? svg`<path class="emblem" d="M74 12 c-3-6-13-4-12 3 c1 5 12 12 12 12 s11-7 12-12 c1-7-9-9-12-3 z" />`
        : svg`<path class="emblem" d="M74 3 l3.5 7.5 8 1 -6 5.5 1.6 8 -7.1-4 -7.1 4 1.6-8 -6-5.5 8-1 z" />`;
  return html`<svg class="house-drawing" viewBox="0 0 96 96" aria-hidden="true" focusable="false">
    ${svg`<path class="roof" d="M8 46 L48 12 L88 46 Z" />
    <rect class="wall" x="18" y="44" width="60" height="44" />
    <rect class="window" x="25" y="53" width="13" height="13" />
    <rect class="door" x="48" y="60" width="16" height="28" />
    ${emblem}`}
  </svg>`;
}

type Step = { kind: 'item'; item: ChildItem } | { kind: 'house'; house: House };

/**
 * Child mode: one question at a time, big faces with words, large targets, full keyboard use, and the
 * question and its answers read aloud by the browser's own speech synthesis (no network), only when the
 * button is pressed. Every question can be answered "Ved ikke / vil ikke svare", which is an answer of
 * its own; a question skipped has no answer. Worded per age band: the youngest (`small`, with an adult
 * beside them: three bigger faces), school age (`school`, the default) and young people (`young`).
 * With `method="three-houses"` it shows De tre huse instead of the questions, one house at a time, where
 * the adult writes the child's words verbatim. The end screen tells the child who reads the answers.
 *
 * @tag spire-wellbeing-child-view
 * @fires child-answer - `ChildAnswerDetail` `{ itemId, value }` when the child picks a face or "ved ikke".
 * @fires child-houses - `ChildHousesDetail` `{ worries?, goodThings?, dreams? }`, all three houses, on each input.
 * @fires child-done - When the child has finished.
 * @csspart smiley-face - Each face (the nested `spire-smiley-scale`'s `face` part).
 * @csspart smiley-dont-know - The "ved ikke" answer (the nested `spire-smiley-scale`'s `dont-know` part).
 */
export class SpireWellbeingChildView extends LitElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        display: block;
        background: var(--_child-surface);
        border-radius: var(--_radius-l);
        padding: clamp(var(--_space-m), 4vw, var(--_space-xl));
      }
      h2 {
        font-size: var(--_font-xl);
        margin: 0 0 var(--_space-xs);
      }
      .intro,
      .progress {
        color: var(--_muted);
        margin: 0 0 var(--_space-m);
        font-size: var(--_font-m);
      }
      .question {
        font-size: clamp(var(--_font-l), 4.5vw, var(--_font-2xl));
        font-weight: 700;
        margin: 0 0 var(--_space-m);
      }
      .question:focus,
      #end-title:focus {
        outline: none;
        box-shadow: none;
      }
      .nav {
        display: flex;
        justify-content: space-between;
        gap: var(--_space-m);
        margin-block-start: var(--_space-l);
      }
      .nav button,
      .read-aloud,
      .thanks button {
        min-block-size: 56px;
        font-size: var(--_font-l);
        padding-inline: var(--_space-l);
      }
      .read-aloud {
        display: inline-flex;
        align-items: center;
        gap: var(--_space-s);
        margin-block-end: var(--_space-m);
      }
      .no-voice {
        margin: 0;
        color: var(--_muted);
      }
      .no-voice:empty {
        display: none;
      }
      .speaker {
        inline-size: 1.5rem;
        block-size: 1.5rem;
      }
      /* The youngest: bigger text and buttons, for a child pointing and an adult pressing. */
      :host([age-band='small']) .question {
        font-size: clamp(var(--_font-xl), 5.5vw, var(--_font-2xl));
      }
      :host([age-band='small']) .nav button,
      :host([age-band='small']) .read-aloud {
        min-block-size: 64px;
        font-size: var(--_font-xl);
      }
      .house {
        display: flex;
        align-items: center;
        gap: var(--_space-m);
        margin-block-end: var(--_space-s);
      }
      .house .question {
        margin: 0;
      }
      .prompt {
        font-size: var(--_font-l);
        margin: var(--_space-xs) 0 0;
      }
      .house-drawing {
        flex: none;
        inline-size: clamp(4.5rem, 18vw, 7rem);
        block-size: clamp(4.5rem, 18vw, 7rem);
      }
      .roof {
        fill: var(--_highlight);
        stroke: var(--_text);
        stroke-width: 2;
        stroke-linejoin: round;
      }
      .wall,
      .window,
      .door {
        fill: var(--_surface);
        stroke: var(--_text);
        stroke-width: 2;
      }
      .door {
        fill: var(--_subtle);
      }
      .emblem {
        fill: var(--_text);
      }
      .emblem-line {
        fill: var(--_surface);
        stroke: var(--_text);
        stroke-width: 2;
        stroke-linecap: round;
      }
      .words-label {
        display: block;
        font-weight: 700;
        font-size: var(--_font-l);
      }
      .hint {
        color: var(--_muted);
        margin: 0 0 var(--_space-s);
      }
      textarea {
        display: block;
        inline-size: 100%;
        min-block-size: 10rem;
        padding: var(--_space-m);
        font: inherit;
        font-size: var(--_font-l);
        line-height: 1.5;
        color: var(--_text);
        background: var(--_surface);
        border: 2px solid var(--_border);
        border-radius: var(--_radius-l);
        resize: vertical;
      }
      .thanks {
        text-align: center;
        font-size: var(--_font-l);
      }
      .readers {
        max-inline-size: 40rem;
        margin: var(--_space-s) auto var(--_space-l);
      }
      @media (forced-colors: active) {
        :host {
          border: 1px solid CanvasText;
        }
        .roof,
        .wall,
        .window,
        .door,
        .emblem-line {
          fill: Canvas;
          stroke: CanvasText;
        }
        .emblem {
          fill: CanvasText;
        }
      }
    `,
  ];

  /** The questions, in order (already chosen for the child's age band). */
  @property({ attribute: false }) items: readonly ChildItem[] = [];
  /** Answers so far, by item id: 1–5 or `dont-know`. A question not answered has no entry. */
  @property({ attribute: false }) ratings: Readonly<Record<string, number | 'dont-know'>> = {};
  /** Who the words are for: `small` (0–5, with an adult beside them), `school` (6–12, the default) or `young` (13–25). */
  @property({ attribute: 'age-band', reflect: true }) ageBand?: AgeBand;
  /** How the child's view is gathered; `three-houses` shows De tre huse instead of the questions. */
  @property() method?: string;
  /** De tre huse so far, in the child's own words. */
  @property({ attribute: false }) houses?: Readonly<ChildHouses>;
  /** Who reads the answers, shown on the end screen, e.g. "Mette Holm (pædagog)". */
  @property() readers?: string;

  @state() private index = 0;
  @state() private done = false;
  /** Read-aloud was asked for, and the device has no voice for the language (a network voice is never used). */
  @state() private voiceMissing = false;
  private readonly i18n = new LocaleController(this);

  protected override async scheduleUpdate(): Promise<void> {
    if (!isLocaleLoaded(this.i18n.locale)) await this.i18n.ensureLoaded();
    super.scheduleUpdate();
  }

  // No focus on the first render: a page that opens in child mode keeps its own focus and scroll (a widget
  // taking focus as it loads moved a Storybook Docs page 35,000 px). The widget calls focusFirst() when
  // someone switches to child mode, and each step focuses its own question.

  /** Moves focus to the current question's heading (or, when there is nothing to ask, the end screen). */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    this.focusStep();
  }

  /** Speech synthesis is optional: where the browser has none, the read-aloud button is not shown. */
  private get speech(): boolean {
    return canReadAloud();
  }

  private get band(): AgeBand {
    return this.ageBand === 'small' || this.ageBand === 'young' ? this.ageBand : 'school';
  }

  private get steps(): Step[] {
    if (this.method === 'three-houses') return HOUSES.map((house) => ({ kind: 'house', house }));
    return this.items.map((item) => ({ kind: 'item', item }));
  }

  override render() {
    const { t } = this.i18n;
    const steps = this.steps;
    if (this.done || steps.length === 0) return this.renderEnd();
    const index = Math.min(this.index, steps.length - 1);
    const step = steps[index]!;
    const last = index === steps.length - 1;
    const houses = step.kind === 'house';
    return html`<h2>${t(houses ? 'wellbeing.childMode.houses.title' : `wellbeing.childMode.bands.${this.band}.title`)}</h2>
      <p class="intro">${t(`wellbeing.childMode.bands.${this.band}.${houses ? 'housesIntro' : 'intro'}`)}</p>
      <p class="progress">${t(houses ? 'wellbeing.childMode.houses.progress' : 'wellbeing.childMode.progress', { n: index + 1, total: steps.length })}</p>
      ${step.kind === 'house' ? this.renderHouse(step.house) : this.renderItem(step.item)}
      <div class="nav">
        <button type="button" ?disabled=${index === 0} @click=${() => this.go(-1)}>${t('wellbeing.childMode.previous')}</button>
        <button type="button" class="primary" @click=${() => (last ? this.complete() : this.go(1))}>
          ${t(last ? 'wellbeing.childMode.finish' : 'wellbeing.childMode.next')}
        </button>
      </div>`;
  }

  private renderReadAloud(text: string) {
    return this.speech
      ? html`<button type="button" class="read-aloud" @click=${() => this.readAloud(text)}>${speakerIcon} ${this.i18n.t('wellbeing.childMode.readAloud')}</button>
          <p class="no-voice" role="status">${this.voiceMissing ? this.i18n.t('wellbeing.childMode.noVoice') : ''}</p>`
      : nothing;
  }

  private renderItem(item: ChildItem) {
    const { locale } = this.i18n;
    const question = item.text[locale];
    const small = this.band === 'small';
    return html`<h3 class="question" id="question" tabindex="-1">${question}</h3>
      ${this.renderReadAloud(this.spokenItem(question))}
      <spire-smiley-scale
        exportparts="face: smiley-face, dont-know: smiley-dont-know"
        size=${small ? 'x-large' : 'large'}
        .points=${small ? 3 : 5}
        dont-know
        .label=${question}
        label-hidden
        .value=${this.ratings[item.id]}
        @change=${(e: Event) => {
          const value = (e.target as SpireSmileyScale).value;
          if (value !== undefined) this.answer(item.id, value);
        }}
      ></spire-smiley-scale>`;
  }

  private renderHouse(house: House) {
    const { t } = this.i18n;
    const name = t(`wellbeing.childMode.houses.${house}`);
    const prompt = t(`wellbeing.childMode.houses.${house}Prompt`);
    return html`<div class="house">
        ${houseDrawing(house)}
        <div>
          <h3 class="question" id="question" tabindex="-1">${name}</h3>
          <p class="prompt" id="prompt">${prompt}</p>
        </div>
      </div>
      ${this.renderReadAloud(`${name}. ${prompt}`)}
      <label class="words-label" for="words">${t('wellbeing.childMode.houses.words')}</label>
      <p class="hint" id="words-hint">${t(this.band === 'young' ? 'wellbeing.childMode.houses.wordsHintYoung' : 'wellbeing.childMode.houses.wordsHint')}</p>
      <textarea
        id="words"
        name=${house}
        maxlength="2000"
        aria-describedby="prompt words-hint"
        .value=${this.houses?.[house] ?? ''}
        @input=${(e: Event) => this.writeHouse(house, (e.target as HTMLTextAreaElement).value)}
        @change=${this.passChange}
      ></textarea>`;
  }

  private renderEnd() {
    const { t } = this.i18n;
    const band = this.band;
    const readers = this.readers?.trim();
    return html`<div class="thanks">
      <h2 id="end-title" tabindex="-1">${t(`wellbeing.childMode.bands.${band}.thanks`)}</h2>
      <p class="readers">${readers ? t(`wellbeing.childMode.bands.${band}.readers`, { readers }) : t(`wellbeing.childMode.bands.${band}.readersNoName`)}</p>
      <button type="button" class="primary" @click=${this.finish}>${t('wellbeing.childMode.back')}</button>
    </div>`;
  }

  /** The question, then the answers the child can choose, in the order they are shown. */
  private spokenItem(question: string): string {
    const { t } = this.i18n;
    const faces = this.band === 'small' ? [1, 3, 5] : [1, 2, 3, 4, 5];
    const answers = [...faces.map((n) => t(`controls.smiley.${n}`)), t('wellbeing.childMode.dontKnowSpoken')].join(', ');
    return `${question} ${t('wellbeing.childMode.spokenAnswers', { answers })}`;
  }

  /** Reads text aloud in the page's language, on the device only (see `readAloud` in shared/speech). */
  async readAloud(text: string): Promise<void> {
    this.voiceMissing = !(await readAloud(text, this.i18n.locale));
  }

  private answer(itemId: string, value: ChildAnswerValue): void {
    this.ratings = { ...this.ratings, [itemId]: value };
    this.dispatchEvent(new CustomEvent<ChildAnswerDetail>('child-answer', { detail: { itemId, value }, bubbles: true, composed: true }));
  }

  private writeHouse(house: House, words: string): void {
    const next: ChildHouses = {};
    for (const key of HOUSES) {
      const value = key === house ? words : this.houses?.[key];
      if (typeof value === 'string' && value !== '') next[key] = value;
    }
    this.houses = next;
    this.dispatchEvent(new CustomEvent<ChildHousesDetail>('child-houses', { detail: { ...next }, bubbles: true, composed: true }));
  }

  private focusStep(): void {
    this.renderRoot.querySelector<HTMLElement>('#question, #end-title')?.focus();
  }

  private async go(delta: number): Promise<void> {
    stopReading();
    this.index = Math.min(Math.max(Math.min(this.index, this.steps.length - 1) + delta, 0), this.steps.length - 1);
    await this.updateComplete;
    this.focusStep();
  }

  private async complete(): Promise<void> {
    stopReading();
    this.done = true;
    await this.updateComplete;
    this.focusStep();
  }

  /**
   * The child's words, left after writing: a `change` from this view (its own field's stays in its shadow
   * tree), which the check takes as a committed edit, as it does from its own fields.
   */
  private passChange = (): void => {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  };

  private finish = (): void => {
    this.dispatchEvent(new CustomEvent('child-done', { bubbles: true, composed: true }));
  };
}
