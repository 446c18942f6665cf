import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LanguageFinding, LanguageRule } from '@spire/model';
import { ControlElement } from './control-element.js';

type CheckLanguage = typeof import('@spire/model/language-check').checkLanguage;

/** The language check, once its chunk is loaded (shared by every text area on the page). */
let loadedCheck: CheckLanguage | undefined;
let loadingCheck: Promise<CheckLanguage | undefined> | undefined;

/**
 * Loads the language check and its default rules (a chunk of their own, `@spire/model/language-check`):
 * asked for when a text area with nudges first has text to check or gets focus, so it is never on the
 * way of a widget's first render. A chunk that cannot load (offline, blocked) means no nudges; the text works as before.
 */
function loadLanguageCheck(): Promise<CheckLanguage | undefined> {
  loadingCheck ??= import('@spire/model/language-check').then(
    (module) => (loadedCheck = module.checkLanguage),
    () => undefined,
  );
  return loadingCheck;
}

/** The pause after typing before the text is checked. */
const NUDGE_DELAY = 200;
/** A check that took longer than this (a slow device, a cold start) makes the next wait proportionally longer. */
const SLOW_CHECK = 8;
/** The longest pause a slow check can lead to. */
const MAX_NUDGE_DELAY = 2_000;

/**
 * A text area with a character count and gentle language nudges from the model's `checkLanguage`:
 * hints under the field, never blocking and never changing what was written. For the child's own words
 * (`verbatim`) there are no nudges: the child's words are never corrected. Each hint can be dismissed
 * ("Skjul"): the same words from the same rule stay quiet in this field until "Vis igen".
 *
 * The check loads on demand (after the first render) and never runs on a keystroke: typing checks the
 * text 200 ms after it stops, longer after a check that was slow. A value, rules or language set by the
 * host are checked at once (once the check is loaded); `updateComplete` waits for that check, so after
 * it the nudges for the current text are shown.
 *
 * @tag spire-text-area
 * @fires input - On every keystroke, with `value` updated.
 * @fires change - When the text is committed (on blur).
 * @csspart textarea - The text area.
 * @csspart nudges - The language hints.
 */
export class SpireTextArea extends ControlElement {
  static override styles = [
    ...ControlElement.controlStyles,
    css`
      textarea {
        display: block;
        inline-size: 100%;
        min-block-size: 6rem;
        padding: var(--_space-s);
        font: inherit;
        color: inherit;
        background: var(--_surface);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        resize: vertical;
      }
      :host([invalid]) textarea {
        border-color: var(--_error);
      }
      :host([verbatim]) textarea {
        border-inline-start: 6px solid var(--_primary);
        font-style: italic;
      }
      textarea[readonly] {
        background: var(--_subtle);
      }
      .count {
        color: var(--_muted);
        font-size: var(--_font-s);
        margin: var(--_space-xs) 0 0;
        text-align: end;
      }
      .count.over {
        color: var(--_error);
        font-weight: 600;
      }
      /* A sentence, not a figure: read from the start of the line. */
      #paste-cut {
        text-align: start;
      }
      .nudges {
        margin: var(--_space-s) 0 0;
        padding: var(--_space-s) var(--_space-m);
        background: var(--_nudge-surface);
        border-inline-start: 4px solid var(--_nudge-border);
        font-size: var(--_font-s);
      }
      .nudges p {
        margin: 0 0 var(--_space-xs);
        font-weight: 600;
      }
      .nudges ul {
        margin: 0;
        padding-inline-start: var(--_space-l);
      }
      .nudges q {
        font-weight: 600;
      }
      .nudges li {
        margin-block-end: var(--_space-xs);
      }
      .nudges button {
        margin-inline-start: var(--_space-s);
        padding: var(--_space-xs) var(--_space-s);
        font: inherit;
        font-size: var(--_font-s);
        color: var(--_primary);
        background: var(--_surface);
        border: 1px solid currentColor;
        border-radius: var(--_radius);
        cursor: pointer;
      }
      .nudges .dismissed {
        margin: var(--_space-xs) 0 0;
        font-weight: normal;
        color: var(--_muted);
      }
      @media print {
        textarea {
          border: 1px solid CanvasText;
          resize: none;
          min-block-size: 0;
          field-sizing: content;
        }
        .count,
        .nudges {
          display: none;
        }
      }
    `,
  ];

  @property() value = '';
  /** Maximum number of characters (the model's limit). */
  @property({ type: Number }) maxlength?: number;
  @property({ type: Number }) rows = 4;
  /** The child's own words: a quote style, a hint to write them verbatim, no nudges. */
  @property({ type: Boolean, reflect: true }) verbatim = false;
  /** Language nudges on (default) or off. */
  @property({ type: Boolean }) nudges = true;
  /** The municipality's extra language rules. */
  @property({ attribute: false }) rules?: readonly LanguageRule[];

  @state() private findings: LanguageFinding[] = [];
  /** Dismissed hints, by rule and the words as written (lower case): kept while the field lives. */
  @state() private dismissed: ReadonlySet<string> = new Set();
  @state() private countAnnouncement = '';
  /** A paste cut short at the field's hard limit: how much went in, of how much. Shown until the next edit. */
  @state() private cutPaste?: { kept: number; pasted: number };
  private nudgeTimer?: ReturnType<typeof setTimeout>;
  /** How long the last check took (ms): a slow one makes the pause after typing longer. */
  private lastCheckCost = 0;
  /** A check waiting for the language check to load; `updateComplete` waits for it. */
  private pendingCheck?: Promise<unknown>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.checkNow();
  }

  /** Also waits for a check that waited for the language check to load, and the update that shows it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.pendingCheck) {
      await this.pendingCheck;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.nudgeTimer);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A value, rules or language set by the host (not typed) is checked at once; typing waits a moment.
    if (!this.typing && (changed.has('value') || changed.has('rules') || this.checkedLocale !== this.i18n.locale)) this.checkNow();
    this.typing = false;
  }

  private typing = false;

  private get nudgesOn(): boolean {
    return this.nudges && !this.verbatim && !this.readonly;
  }

  private checkedLocale?: string;

  private checkNow(): void {
    clearTimeout(this.nudgeTimer);
    this.checkedLocale = this.i18n.locale;
    if (!this.nudgesOn || !this.value) {
      this.findings = [];
      return;
    }
    const check = loadedCheck;
    if (!check) {
      // Checked as soon as the check is there (with the text as it is then).
      const pending = loadLanguageCheck().then(() => {
        if (this.pendingCheck !== pending) return;
        this.pendingCheck = undefined;
        if (loadedCheck) this.checkNow();
      });
      this.pendingCheck = pending;
      return;
    }
    this.pendingCheck = undefined;
    const started = performance.now();
    this.findings = check(this.value, this.i18n.locale, { rules: this.rules });
    this.lastCheckCost = performance.now() - started;
  }

  /** Someone may type: have the check ready by the time they pause. */
  private preloadCheck(): void {
    if (this.nudgesOn) void loadLanguageCheck();
  }

  /** The pause after typing: 200 ms, or proportionally more after a check that took more than 8 ms. */
  private get nudgeDelay(): number {
    return Math.min(MAX_NUDGE_DELAY, NUDGE_DELAY * Math.max(1, this.lastCheckCost / SLOW_CHECK));
  }

  private dismissKey(finding: LanguageFinding): string {
    return `${finding.ruleId}\u0000${finding.match.toLocaleLowerCase(this.i18n.locale)}`;
  }

  private get shownFindings(): LanguageFinding[] {
    return this.dismissed.size ? this.findings.filter((f) => !this.dismissed.has(this.dismissKey(f))) : this.findings;
  }

  override render() {
    const { t } = this.i18n;
    const shown = this.shownFindings;
    const length = this.value.length;
    const max = this.maxlength;
    const over = max !== undefined && length > max;
    const hint = this.verbatim ? [this.hint, t('controls.text.verbatimHint')].filter(Boolean).join(' ') : this.hint;
    return html`<label class="label" for="text">${this.renderLabelText()}</label>
      ${hint ? html`<p class="hint" id="hint">${hint}</p>` : nothing}
      <textarea
        id="text"
        part="textarea"
        class="field"
        rows=${this.rows}
        .value=${this.value}
        ?disabled=${this.disabled}
        ?readonly=${this.readonly}
        aria-invalid=${this.invalid || over ? 'true' : 'false'}
        aria-describedby=${[hint ? 'hint' : '', this.invalid && this.errorMessage ? 'error' : '', max ? 'count' : '', this.cutPaste ? 'paste-cut' : '', shown.length ? 'nudges' : ''].filter(Boolean).join(' ') || nothing}
        maxlength=${this.hardLimit ?? nothing}
        @focus=${this.preloadCheck}
        @paste=${this.onPaste}
        @input=${this.onInput}
        @change=${() => this.fire('change')}
      ></textarea>
      ${this.renderError()}
      ${max !== undefined && !this.readonly ? html`<p class="count ${over ? 'over' : ''}" id="count">${t('controls.text.count', { n: this.i18n.formatNumber(length), max: this.i18n.formatNumber(max) })}</p>` : nothing}
      ${this.cutPaste ? html`<p class="count over" id="paste-cut">${this.pasteCutMessage(this.cutPaste)}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.countAnnouncement}</div>
      ${this.findings.length ? this.renderNudges(shown) : nothing}`;
  }

  private renderNudges(shown: readonly LanguageFinding[]) {
    const { t } = this.i18n;
    const hidden = this.findings.length - shown.length;
    return html`<div class="nudges" id="nudges" part="nudges">
      ${shown.length
        ? html`<p>${t('controls.text.nudgeTitle')}</p>
            <ul>
              ${shown.map(
                (f) =>
                  html`<li>
                    <q>${f.match}</q> – ${t(`controls.text.nudge.${f.kind}`)}. ${f.suggestion}
                    <button type="button" class="dismiss" aria-label=${t('controls.text.dismissLabel', { words: f.match })} @click=${() => this.dismiss(f)}>
                      ${t('controls.text.dismiss')}
                    </button>
                  </li>`,
              )}
            </ul>`
        : nothing}
      ${hidden
        ? html`<p class="dismissed">
            ${t('controls.text.dismissedCount', { count: hidden })}
            <button type="button" class="show-again" @click=${this.showAgain}>${t('controls.text.showAgain')}</button>
          </p>`
        : nothing}
    </div>`;
  }

  /** Hide one hint; focus moves to the next hint's button (or back to the text), never lost. */
  private async dismiss(finding: LanguageFinding): Promise<void> {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.nudges .dismiss')];
    const at = buttons.indexOf(this.renderRoot.querySelector<HTMLElement>('.nudges .dismiss:focus') as HTMLButtonElement);
    this.dismissed = new Set([...this.dismissed, this.dismissKey(finding)]);
    this.countAnnouncement = this.i18n.t('controls.text.dismissedOne', { words: finding.match });
    await this.updateComplete;
    const left = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.nudges .dismiss')];
    (left[Math.min(Math.max(at, 0), left.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('textarea'))?.focus();
  }

  private async showAgain(): Promise<void> {
    this.dismissed = new Set();
    this.countAnnouncement = this.i18n.t('controls.text.shownAgain');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.nudges .dismiss')?.focus();
  }

  /**
   * How long the text may get in the field: the model's limit plus room to spare (at least as much again,
   * at least 2,000 characters), so text can be pasted first and shortened after — the count then says how
   * much is too long, as the design systems' character counts do. Only absurd amounts (a pasted megabyte,
   * which would make every keystroke slow) are cut, and the user is told.
   */
  private get hardLimit(): number | undefined {
    const max = this.maxlength;
    return max === undefined || !Number.isFinite(max) || max < 0 ? undefined : max + Math.max(max, 2000);
  }

  private onPaste(event: ClipboardEvent): void {
    const hard = this.hardLimit;
    const textarea = event.target as HTMLTextAreaElement;
    const pasted = event.clipboardData?.getData('text/plain').length ?? 0;
    if (hard === undefined || !pasted) return;
    const room = hard - (textarea.value.length - (textarea.selectionEnd - textarea.selectionStart));
    this.cutPaste = pasted > room ? { kept: Math.max(room, 0), pasted } : undefined;
  }

  private pasteCutMessage({ kept, pasted }: { kept: number; pasted: number }): string {
    return this.i18n.t('controls.text.pasteCut', { kept: this.i18n.formatNumber(kept), pasted: this.i18n.formatNumber(pasted) });
  }

  private onInput(event: Event): void {
    this.typing = true;
    this.value = (event.target as HTMLTextAreaElement).value;
    this.fire('input', event);
    if (this.cutPaste && (event as InputEvent).inputType !== 'insertFromPaste') this.cutPaste = undefined;
    this.announceCount();
    if (this.cutPaste) this.countAnnouncement = this.pasteCutMessage(this.cutPaste);
    clearTimeout(this.nudgeTimer);
    this.nudgeTimer = setTimeout(() => this.checkNow(), this.nudgeDelay);
  }

  /** Only near or over the limit: a count read out on every keystroke would drown everything else. */
  private announceCount(): void {
    const max = this.maxlength;
    if (max === undefined) return;
    const left = max - this.value.length;
    const { t } = this.i18n;
    if (left < 0) this.countAnnouncement = t('controls.text.countOver', { over: this.i18n.formatNumber(-left) });
    else if (left <= Math.max(10, Math.round(max * 0.05))) this.countAnnouncement = t('controls.text.countNear', { left: this.i18n.formatNumber(left) });
    else this.countAnnouncement = '';
  }
}
