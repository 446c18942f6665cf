import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ControlElement } from './control-element.js';
import { formatDate } from '../i18n/i18n.js';

/**
 * A labelled date (`YYYY-MM-DD`) on the browser's own date input, with the chosen date written out in
 * words under it and localized errors for an impossible or out-of-range date.
 *
 * @tag spire-date-field
 * @fires input - When the date changes.
 * @fires change - When the date is committed.
 * @csspart input - The date input.
 */
export class SpireDateField extends ControlElement {
  static override styles = [
    ...ControlElement.controlStyles,
    css`
      input {
        font: inherit;
        color: inherit;
        min-block-size: 44px;
        padding: 0.35rem 0.5rem;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      :host([invalid]) input,
      input[aria-invalid='true'] {
        border-color: var(--_error);
      }
      .spelled {
        color: var(--_muted);
        margin: 0.2rem 0 0;
      }
    `,
  ];

  /** `YYYY-MM-DD` or empty. */
  @property() value = '';
  @property() min?: string;
  @property() max?: string;

  @state() private ownError = '';

  override render() {
    const error = this.ownError || (this.invalid ? this.errorMessage : '');
    const spelled = this.value ? formatDate(this.value, this.i18n.locale, { dateStyle: 'full' }) : '';
    return html`<label class="label" for="date">${this.renderLabelText()}</label>
      ${this.renderHint()}
      <input
        id="date"
        part="input"
        class="field"
        type="date"
        .value=${this.value}
        min=${this.min ?? nothing}
        max=${this.max ?? nothing}
        ?disabled=${this.disabled}
        ?readonly=${this.readonly}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${[this.hint ? 'hint' : '', error ? 'error' : '', spelled ? 'spelled' : ''].filter(Boolean).join(' ') || nothing}
        @input=${this.onInput}
        @change=${this.onChange}
      />
      ${spelled ? html`<p class="spelled" id="spelled">${spelled}</p>` : nothing}
      ${error ? html`<p class="error" id="error"><span>${this.i18n.t('controls.errorPrefix')}</span> ${error}</p>` : nothing}`;
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.value = input.value;
    this.ownError = this.check(input);
    this.fire('input');
  }

  private onChange(event: Event): void {
    this.ownError = this.check(event.target as HTMLInputElement);
    this.fire('change');
  }

  private check(input: HTMLInputElement): string {
    const { t, locale } = this.i18n;
    if (input.validity.badInput) return t('controls.date.invalid');
    if (this.value && this.min && this.value < this.min) return t('controls.date.beforeMin', { min: formatDate(this.min, locale) });
    if (this.value && this.max && this.value > this.max) return t('controls.date.afterMax', { max: formatDate(this.max, locale) });
    return '';
  }
}
