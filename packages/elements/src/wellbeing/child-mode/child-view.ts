import { LitElement, css, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ChildItem } from '@spire/model';
import { LocaleController, intlLocale, isLocaleLoaded } from '../../shared/i18n/i18n.js';
import { themeStyles } from '../../shared/theme.js';
import '../strings.js';

const speakerIcon = html`<svg class="speaker" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  ${svg`<path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" /><path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />`}
</svg>`;

export interface ChildAnswerDetail {
  itemId: string;
  value: number;
}

/**
 * Child mode: one question at a time, big faces with words, large targets, full keyboard use, and the
 * question read aloud by the browser's own speech synthesis (no network) when the button is pressed.
 * Answers leave as `child-answer` events; the wellbeing check writes them into the child's perspective.
 *
 * @tag spire-wellbeing-child-view
 * @fires child-answer - `{ itemId, value }` when the child picks a face.
 * @fires child-done - When the child has finished.
 */
export class SpireWellbeingChildView extends LitElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        --_child-surface: var(--spire-color-child-surface, #f3f8ff);
        display: block;
        background: var(--_child-surface);
        border-radius: 16px;
        padding: clamp(1rem, 4vw, 2rem);
      }
      h2 {
        font-size: 1.75rem;
        margin: 0 0 0.25rem;
      }
      .intro,
      .progress {
        color: var(--_muted);
        margin: 0 0 1rem;
        font-size: 1.1rem;
      }
      .question {
        font-size: clamp(1.4rem, 4.5vw, 1.9rem);
        font-weight: 700;
        margin: 0 0 1rem;
      }
      .question:focus {
        outline: none;
      }
      .read-aloud {
        margin-block-end: 1rem;
      }
      .nav {
        display: flex;
        justify-content: space-between;
        gap: 1rem;
        margin-block-start: 1.5rem;
      }
      .nav button,
      .read-aloud {
        min-block-size: 56px;
        font-size: 1.15rem;
        padding-inline: 1.5rem;
      }
      .read-aloud {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
      }
      .speaker {
        inline-size: 1.5rem;
        block-size: 1.5rem;
      }
      .thanks {
        text-align: center;
        font-size: 1.3rem;
      }
    `,
  ];

  /** The questions, in order. */
  @property({ attribute: false }) items: readonly ChildItem[] = [];
  /** Answers so far, by item id. */
  @property({ attribute: false }) ratings: Readonly<Record<string, number>> = {};

  @state() private index = 0;
  @state() private done = false;
  private readonly i18n = new LocaleController(this);

  protected override async scheduleUpdate(): Promise<void> {
    if (!isLocaleLoaded(this.i18n.locale)) await this.i18n.ensureLoaded();
    super.scheduleUpdate();
  }

  /** Speech synthesis is optional: where the browser has none, the read-aloud button is not shown. */
  private get speech(): SpeechSynthesis | undefined {
    return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
  }

  override render() {
    const { t, locale } = this.i18n;
    if (this.done || this.items.length === 0) {
      return html`<div class="thanks" role="status">
        <h2>${t('wellbeing.childMode.thanks')}</h2>
        <p>${t('wellbeing.childMode.thanksText')}</p>
        <button type="button" class="primary" @click=${this.finish}>${t('wellbeing.childMode.back')}</button>
      </div>`;
    }
    const item = this.items[this.index]!;
    const last = this.index === this.items.length - 1;
    return html`<h2>${t('wellbeing.childMode.title')}</h2>
      <p class="intro">${t('wellbeing.childMode.intro')}</p>
      <p class="progress">${t('wellbeing.childMode.progress', { n: this.index + 1, total: this.items.length })}</p>
      <p class="question" id="question" tabindex="-1">${item.text[locale]}</p>
      ${this.speech ? html`<button type="button" class="read-aloud" @click=${() => this.readAloud(item.text[locale])}>${speakerIcon} ${t('wellbeing.childMode.readAloud')}</button>` : nothing}
      <spire-smiley-scale
        size="large"
        .label=${item.text[locale]}
        label-hidden
        .value=${this.ratings[item.id]}
        @change=${(e: Event) => this.answer(item.id, (e.target as HTMLElement & { value: number }).value)}
      ></spire-smiley-scale>
      <div class="nav">
        <button type="button" ?disabled=${this.index === 0} @click=${() => this.go(-1)}>${t('wellbeing.childMode.previous')}</button>
        <button type="button" class="primary" @click=${() => (last ? this.complete() : this.go(1))}>
          ${t(last ? 'wellbeing.childMode.finish' : 'wellbeing.childMode.next')}
        </button>
      </div>`;
  }

  /** Reads a question aloud in the page's language, on the device. */
  readAloud(text: string): void {
    const speech = this.speech;
    if (!speech) return;
    speech.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = intlLocale(this.i18n.locale);
    utterance.rate = 0.9;
    speech.speak(utterance);
  }

  private answer(itemId: string, value: number): void {
    this.dispatchEvent(new CustomEvent<ChildAnswerDetail>('child-answer', { detail: { itemId, value }, bubbles: true, composed: true }));
  }

  private async go(delta: number): Promise<void> {
    this.speech?.cancel();
    this.index = Math.min(Math.max(this.index + delta, 0), this.items.length - 1);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#question')?.focus();
  }

  private async complete(): Promise<void> {
    this.speech?.cancel();
    this.done = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.thanks button')?.focus();
  }

  private finish = (): void => {
    this.dispatchEvent(new CustomEvent('child-done', { bubbles: true, composed: true }));
  };
}
