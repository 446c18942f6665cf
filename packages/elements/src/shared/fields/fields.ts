import { live } from 'lit/directives/live.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { LanguageRule } from '@spire/model';
import type { LocaleController } from '../i18n/i18n.js';
import { fieldId } from '../validation/validation.js';
import { renderFieldError } from '../validation/error-summary.js';
import '../controls/define.js';

/** What the field helpers need from the widget they render into (the record base provides it). */
export interface FieldsHost {
  /** Render values as text (read-only, or printing). */
  readonly asText: boolean;
  readonly disabled: boolean;
  readonly i18n: LocaleController;
  /** The municipality's extra language rules for the nudges, when valid. */
  readonly languageRules: readonly LanguageRule[] | undefined;
  /** Messages to show now for a field (after interaction or submit). */
  errorsFor(key: string): string[];
  /** The user has left or committed a field: its errors may show. */
  touch(key: string): void;
  /** Whether completing the record can leave the field empty (marked "(frivilligt)"). */
  isOptional(key: string): boolean;
}

export interface TextOptions {
  hint?: string;
  /** Overrides what the model says (e.g. a field required only while another has a value). */
  optional?: boolean;
  /** The child's own words: shown as a quotation and kept exactly as written. */
  verbatim?: boolean;
  max?: number;
  rows?: number;
  /** The section heading right above says it: the label is kept for screen readers only. */
  hideLabel?: boolean;
}

const TEXT_MAX = 4000;

/** The answers of a yes/no question asked as two radios (its data is a boolean or undefined). */
export const YES_NO = ['yes', 'no'] as const;

/**
 * The one set of field helpers every widget renders with. Each binds label, hint, error (beside the
 * field, `aria-describedby`, "Fejl:"), the "(frivilligt)" mark from the model, character count and
 * language nudges, touched state, `data-field` (for the error summary's links) — and renders the value
 * as text when the widget is read-only or printing. Widgets write no field wiring or control CSS of
 * their own; `fieldStyles` goes into the widget's styles.
 */
export class Fields {
  constructor(private readonly host: FieldsHost) {}

  /** Free text (`spire-text-area`: count, nudges, verbatim quoting). */
  text(key: string, label: string, value: string | undefined, onInput: (value: string) => void, options: TextOptions = {}): TemplateResult {
    const { host } = this;
    if (host.asText) {
      return html`<div class="ro">
        ${options.hideLabel ? nothing : html`<h4>${label}</h4>`}
        <p class=${options.verbatim ? 'verbatim' : ''}>${asText(value)}</p>
      </div>`;
    }
    const errors = host.errorsFor(key);
    return html`<spire-text-area
      exportparts="textarea, nudges"
      data-field=${key}
      id=${fieldId(key)}
      .label=${label}
      .hint=${options.hint ?? ''}
      .value=${asText(value, '')}
      ?optional=${options.optional ?? host.isOptional(key)}
      ?label-hidden=${options.hideLabel ?? false}
      ?verbatim=${options.verbatim ?? false}
      .maxlength=${options.max ?? TEXT_MAX}
      .rows=${options.rows ?? 4}
      .rules=${host.languageRules}
      ?disabled=${host.disabled}
      .invalid=${errors.length > 0}
      .errorMessage=${errors.join(' ')}
      @input=${(e: Event) => onInput((e.target as HTMLElement & { value: string }).value)}
      @change=${() => host.touch(key)}
      @focusout=${() => host.touch(key)}
    ></spire-text-area>`;
  }

  /** One line of text (a name, a role, a round's label). */
  line(key: string, label: string, value: string | undefined, onInput: (value: string) => void, options: { hint?: string; optional?: boolean } = {}): TemplateResult {
    const { host } = this;
    if (host.asText) return html`<div class="ro"><h4>${label}</h4><p>${asText(value)}</p></div>`;
    const errors = host.errorsFor(key);
    const id = fieldId(key);
    const described = [options.hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div>
      <label class="text-label" for=${id}>${label}${this.optionalMark(key, options.optional)}</label>
      ${options.hint ? html`<p class="note" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
      <input
        type="text"
        id=${id}
        data-field=${key}
        .value=${asText(value, '')}
        ?disabled=${host.disabled}
        aria-invalid=${errors.length ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
        @blur=${() => host.touch(key)}
      />
      ${this.error(key)}
    </div>`;
  }

  /** A calendar date (`YYYY-MM-DD`), shown in the user's language when read. */
  date(key: string, label: string, value: string | undefined, onInput: (value: string) => void, options: { optional?: boolean } = {}): TemplateResult {
    const { host } = this;
    if (host.asText) return html`<div class="ro"><h4>${label}</h4><p>${typeof value === 'string' && value ? host.i18n.formatDate(value) : '–'}</p></div>`;
    const errors = host.errorsFor(key);
    return html`<spire-date-field
      exportparts="input: date-input"
      data-field=${key}
      id=${fieldId(key)}
      .label=${label}
      .value=${asText(value, '')}
      ?optional=${options.optional ?? host.isOptional(key)}
      ?disabled=${host.disabled}
      .invalid=${errors.length > 0}
      .errorMessage=${errors.join(' ')}
      @input=${(e: Event) => onInput((e.target as HTMLElement & { value: string }).value)}
      @change=${() => host.touch(key)}
    ></spire-date-field>`;
  }

  /** One choice of a few, as native radios in a fieldset with a legend. */
  choices<V extends string>(
    key: string,
    legend: string,
    options: readonly V[],
    value: V | undefined,
    label: (v: V) => string,
    onPick: (v: V) => void,
    settings: {
      optional?: boolean;
      /** Short options side by side, wrapping on a narrow screen. */
      inline?: boolean;
      /** The section's heading already says it: the legend is for screen readers only. */
      hideLegend?: boolean;
    } = {},
  ): TemplateResult {
    const { host } = this;
    const known = value !== undefined && options.includes(value) ? value : undefined;
    if (host.asText) return html`<div class="ro">${settings.hideLegend ? nothing : html`<h4>${legend}</h4>`}<p>${known ? label(known) : '–'}</p></div>`;
    const errors = host.errorsFor(key);
    return html`<fieldset class=${settings.inline ? 'choices inline' : 'choices'} aria-describedby=${errors.length ? `${fieldId(key)}-error` : nothing} ?disabled=${host.disabled}>
      <legend class=${settings.hideLegend ? 'visually-hidden' : 'h'}>${legend}${this.optionalMark(key, settings.optional)}</legend>
      ${options.map(
        (option, index) => html`<label>
          <input
            type="radio"
            name=${key}
            .value=${option}
            .checked=${live(known === option)}
            data-field=${index === 0 ? key : nothing}
            id=${index === 0 ? fieldId(key) : nothing}
            aria-invalid=${errors.length ? 'true' : 'false'}
            @change=${() => onPick(option)}
          />${label(option)}
        </label>`,
      )}
      ${this.error(key)}
    </fieldset>`;
  }

  /** A yes/no statement the professional confirms (a native checkbox); printed only when it is ticked. */
  checkbox(key: string, label: string, checked: boolean, onChange: (checked: boolean) => void, options: { hint?: string } = {}): TemplateResult | typeof nothing {
    const { host } = this;
    if (host.asText) return checked ? html`<div class="ro"><p>✓ ${label}</p></div>` : nothing;
    const id = fieldId(key);
    const errors = host.errorsFor(key);
    const described = [options.hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="check">
      <label for=${id}>
        <input
          type="checkbox"
          id=${id}
          data-field=${key}
          .checked=${checked}
          ?disabled=${host.disabled}
          aria-describedby=${described || nothing}
          @change=${(e: Event) => {
            onChange((e.target as HTMLInputElement).checked);
            host.touch(key);
          }}
        />
        ${label}
      </label>
      ${options.hint ? html`<p class="note" id=${`${id}-hint`}>${options.hint}</p>` : nothing} ${this.error(key)}
    </div>`;
  }

  /** The error shown beside a field, with the "Fejl:" prefix; referenced by the field's `aria-describedby`. */
  error(key: string): TemplateResult | typeof nothing {
    return renderFieldError(key, this.host.errorsFor(key), this.host.i18n.t('shared.errors.prefix'));
  }

  private optionalMark(key: string, optional: boolean | undefined) {
    return optional ?? this.host.isOptional(key) ? html`<span class="note">${` ${this.host.i18n.t('shared.field.optional')}`}</span>` : nothing;
  }
}

/** Text as stored, or a dash for nothing; never `undefined`, `null` or `[object Object]` on screen. */
function asText(value: unknown, empty = '–'): string {
  return typeof value === 'string' && value.trim() ? value : typeof value === 'string' ? (empty === '' ? value : empty) : empty;
}

/** The look of the shared fields and the record shell (header, sections, actions, read-only text). */
export const fieldStyles = css`
  /* Not a <header>: at the top of a shadow root it would be a second banner landmark on the page. */
  .record-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-xs) var(--_space-m);
    margin-block-end: var(--_space-m);
  }
  h2.title {
    font-size: var(--_font-xl);
    margin: 0;
  }
  .about {
    margin: 0;
    color: var(--_muted);
  }
  .status-badge {
    display: inline-block;
    padding: 0 var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: var(--_font-s);
  }
  section {
    border-block-start: 1px solid var(--_border);
    padding-block: var(--_space-l);
    display: grid;
    gap: var(--_space-m);
  }
  section > *,
  .row > * {
    /* Grid items default to their content's width; a wide table must scroll, not widen the page. */
    min-inline-size: 0;
  }
  section h3 {
    font-size: var(--_font-l);
    margin: 0;
  }
  .note {
    color: var(--_muted);
    margin: 0;
  }
  .row {
    display: grid;
    gap: var(--_space-m);
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  }
  .choices {
    display: grid;
    gap: var(--_space-xs);
  }
  .choices.inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-m);
  }
  .choices.inline legend {
    flex-basis: 100%;
  }
  .choices label {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 44px;
    cursor: pointer;
  }
  .choices input {
    /* A long label wraps; the radio keeps its size. */
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_primary);
  }
  .check label {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    min-block-size: 44px;
    cursor: pointer;
    font-weight: 600;
  }
  .check input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin-block-start: var(--_space-xs);
    accent-color: var(--_primary);
  }
  legend.h {
    font-weight: 600;
    margin-block-end: var(--_space-xs);
  }
  label.text-label,
  h4.text-label {
    display: block;
    font-weight: 600;
    margin-block-end: var(--_space-xs);
  }
  label.text-label .note,
  legend.h .note {
    font-weight: 400;
  }
  input[type='text'] {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    inline-size: 100%;
    min-block-size: 44px;
    padding: var(--_space-s);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  input[type='text'][aria-invalid='true'] {
    border-color: var(--_error);
  }
  @media (forced-colors: active) {
    input[type='text'][aria-invalid='true'] {
      border-width: 4px;
    }
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    padding-block-start: var(--_space-l);
    border-block-start: 1px solid var(--_border);
  }
  .ro h4 {
    font-size: var(--_font-m);
    margin: 0 0 var(--_space-xs);
  }
  .ro p {
    margin: 0;
    white-space: pre-wrap;
  }
  .verbatim {
    font-style: italic;
    border-inline-start: 4px solid var(--_primary);
    padding-inline-start: var(--_space-m);
  }
  .completed {
    padding: var(--_space-m) var(--_space-m);
    border-inline-start: 6px solid var(--_success);
    background: var(--_subtle);
    font-weight: 600;
  }
  @media print {
    :host {
      max-inline-size: none;
    }
    /* Paper is not wasted on whole sections jumping to the next page: only a heading is kept with what
       follows it, and one item is never split. */
    section {
      padding-block: var(--_space-m);
    }
    h2,
    h3,
    h4 {
      break-after: avoid;
    }
    .ro,
    li {
      break-inside: avoid;
    }
  }
`;
