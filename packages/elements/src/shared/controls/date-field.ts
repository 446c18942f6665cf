import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ControlElement } from './control-element.js';
import { formatDate, type Locale } from '../i18n/i18n.js';
import { type DateParse, formatDateText, isCalendarDate, parseDateText } from './date-parse.js';

type DateError = '' | 'format' | 'impossible' | 'min' | 'max';

/**
 * A labelled date (`YYYY-MM-DD`) typed as text, always day, month, year, in the widget's language — never
 * the browser's locale, which would turn a Danish 10112026 into 11 October in an en-US Chromium. A visible
 * format hint (`dd.mm.åååå`, `dd/mm/yyyy`), the chosen date written out in words under the field, and
 * localized errors for text that is not a date, a day that does not exist, or a date out of range.
 *
 * What is typed stays as typed while the user types; `value` follows whenever the text reads as a date
 * (and is `''` for empty text). On commit (`change`: leaving the field or Enter) a date is rewritten in the
 * language's form (`10.11.2026`, `10/11/2026`); text that is not a date is kept, `value` becomes `''` and
 * the error shows. Errors appear on commit and clear while typing as soon as the text is right.
 *
 * @tag spire-date-field
 * @fires input - When `value` changes.
 * @fires change - When the date is committed.
 * @csspart input - The text input.
 */
export class SpireDateField extends ControlElement {
  static override styles = [
    ...ControlElement.controlStyles,
    css`
      input {
        font: inherit;
        color: inherit;
        min-block-size: 44px;
        inline-size: 100%;
        max-inline-size: calc(11ch + 1.25rem);
        font-variant-numeric: tabular-nums;
        padding: var(--_space-s);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      input[readonly] {
        background: var(--_subtle);
      }
      :host([invalid]) input,
      input[aria-invalid='true'] {
        border-color: var(--_error);
      }
      .format {
        color: var(--_muted);
        margin: 0 0 var(--_space-s);
      }
      .spelled {
        color: var(--_muted);
        margin: var(--_space-xs) 0 0;
      }
    `,
  ];

  /** `YYYY-MM-DD` or empty. */
  @property() value = '';
  /** The earliest date allowed (`YYYY-MM-DD`). */
  @property() min?: string;
  /** The latest date allowed (`YYYY-MM-DD`). */
  @property() max?: string;

  /** What is in the input: as typed while typing, in the language's form otherwise. */
  @state() private text = '';
  @state() private ownError: DateError = '';
  /** The value the text stands for; a `value` different from it was set from outside. */
  private shownValue = '';
  /** The language the text was written in, to rewrite it when the language changes. */
  private textLocale?: Locale;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const locale = this.i18n.locale;
    const value = typeof this.value === 'string' ? this.value : '';
    if (changed.has('value') && value !== this.shownValue) {
      this.text = formatDateText(value, locale);
      this.shownValue = value;
      this.ownError = '';
    } else if (this.textLocale && locale !== this.textLocale) {
      // Only text in the old language's own form is rewritten; what the user is typing stays as typed.
      const parsed = parseDateText(this.text);
      if (parsed.ok && this.text === formatDateText(parsed.value, this.textLocale)) this.text = formatDateText(parsed.value, locale);
    }
    this.textLocale = locale;
  }

  override render() {
    const { t, locale } = this.i18n;
    const own = this.ownError ? this.errorText(this.ownError) : '';
    const error = own || (this.invalid ? this.errorMessage : '');
    const parsed = parseDateText(this.text);
    const spelled = parsed.ok && parsed.value ? formatDate(parsed.value, locale, { dateStyle: 'full' }) : '';
    const describedBy = [this.hint ? 'hint' : '', 'format', error ? 'error' : '', spelled ? 'spelled' : ''].filter(Boolean).join(' ');
    const errorLine = (text: string) => html`<p class="error" id="error"><span>${t('controls.errorPrefix')}</span> ${text}</p>`;
    return html`<label class="label" for="date">${this.renderLabelText()}</label>
      ${this.renderHint()}
      <p class="format" id="format"><span aria-hidden="true">${t('controls.date.format')}</span><span class="visually-hidden">${t('controls.date.formatSpoken')}</span></p>
      <input
        id="date"
        part="input"
        class="field"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        .value=${live(this.text)}
        ?disabled=${this.disabled}
        ?readonly=${this.readonly}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @input=${this.onInput}
        @change=${this.onChange}
      />
      ${spelled ? html`<p class="spelled" id="spelled">${spelled}</p>` : nothing}
      <div aria-live="polite">${own ? errorLine(own) : nothing}</div>
      ${!own && error ? errorLine(error) : nothing}`;
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    const parsed = parseDateText(this.text);
    if (parsed.ok) this.setValue(parsed.value);
    // Errors wait for the commit; one already shown goes away as soon as the text is right.
    if (this.ownError) this.ownError = this.check(parsed);
  }

  private onChange(): void {
    const parsed = parseDateText(this.text);
    if (parsed.ok) this.text = formatDateText(parsed.value, this.i18n.locale);
    this.setValue(parsed.ok ? parsed.value : '');
    this.ownError = this.check(parsed);
    this.fire('change');
  }

  /** Sets `value` from the text, firing `input` when it changes. */
  private setValue(value: string): void {
    this.shownValue = value;
    if (value === this.value) return;
    this.value = value;
    this.fire('input');
  }

  private check(parsed: DateParse): DateError {
    if (!parsed.ok) return parsed.error;
    const { value } = parsed;
    if (value && isCalendarDate(this.min) && value < this.min) return 'min';
    if (value && isCalendarDate(this.max) && value > this.max) return 'max';
    return '';
  }

  private errorText(error: Exclude<DateError, ''>): string {
    const { t, locale } = this.i18n;
    if (error === 'min') return t('controls.date.beforeMin', { min: formatDate(this.min, locale) });
    if (error === 'max') return t('controls.date.afterMax', { max: formatDate(this.max, locale) });
    return t(error === 'format' ? 'controls.date.invalid' : 'controls.date.impossible');
  }
}
