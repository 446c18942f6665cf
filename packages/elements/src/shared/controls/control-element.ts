import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController, isLocaleLoaded } from '../i18n/i18n.js';
import { themeStyles } from '../theme.js';
import { keepInputEventsInside } from '../input-events.js';

/**
 * What every internal control shares: a label inside its own shadow root (so no label or description
 * reference crosses a shadow boundary), an optional hint, an error the widget passes in, disabled and
 * readonly, and focus that goes to the real control inside.
 */
export abstract class ControlElement extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static controlStyles = [
    themeStyles,
    css`
      /* Inside a widget: its box (a dimension, a notice) shows through, in dark mode too. */
      :host {
        background: none;
      }
      .label {
        display: block;
        font-weight: 600;
        margin-block-end: var(--_space-xs);
      }
      .optional {
        font-weight: 400;
        color: var(--_muted);
      }
      .hint {
        color: var(--_muted);
        margin: 0 0 var(--_space-s);
      }
      .error {
        color: var(--_error);
        font-weight: 600;
        margin: var(--_space-xs) 0 0;
      }
      :host([invalid]) .field {
        border-color: var(--_error);
        border-width: 2px;
      }
      /* Forced colours draw every border alike: an invalid field's is thicker (and "Fejl:" says it). */
      @media (forced-colors: active) {
        :host([invalid]) .field {
          border-width: 4px;
        }
      }
    `,
  ];

  /** The visible label (the accessible name). */
  @property() label = '';
  /** Help shown under the label. */
  @property() hint = '';
  /** Keeps the label for screen readers only, where a heading right above already says it. */
  @property({ type: Boolean, attribute: 'label-hidden' }) labelHidden = false;
  /** Marks the field "(frivilligt)". */
  @property({ type: Boolean }) optional = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Set by the widget when the field has an error to show. */
  @property({ type: Boolean, reflect: true }) invalid = false;
  /** The error text, shown beside the control with the prefix "Fejl:". */
  @property({ attribute: 'error-message' }) errorMessage = '';

  protected readonly i18n = new LocaleController(this);

  /** Waits for the language's strings when they load on demand, so no Danish flashes before English. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!isLocaleLoaded(this.i18n.locale)) await this.i18n.ensureLoaded();
    super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    keepInputEventsInside(this.ownerDocument.defaultView);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The inner control's native input event is composed; the host fires its own once `value` is set.
    root.addEventListener('input', (event) => event.stopPropagation());
    return root;
  }

  /** Focus goes to the chosen option of a group, else the first control (not merely the first radio). */
  override focus(options?: FocusOptions): void {
    const root = this.renderRoot;
    const target = root?.querySelector<HTMLElement>('input:checked') ?? root?.querySelector<HTMLElement>('input, textarea, select, button');
    if (target) target.focus(options);
    else super.focus(options);
  }

  /** A choice made by the user (a radio group's pick): set, then `input` and `change`, as native radios do. */
  protected choose<V>(this: this & { value?: V }, value: V): void {
    if (this.readonly || this.disabled) return;
    this.value = value;
    this.fire('input');
    this.fire('change');
  }

  /**
   * The host's own `input` / `change`. An `input` caused by typing says what was typed, as the inner
   * control's did (`inputType`, `data`): a widget saves its draft at once when a word ends.
   */
  protected fire(type: 'input' | 'change', cause?: Event): void {
    // Both stay inside the widget (not composed: a page's capture listener would hear them before the
    // record changed); the widget fires the page's one `input` per edit and `change` per commit.
    const init = { bubbles: true, composed: false };
    const typed = type === 'input' && cause instanceof InputEvent;
    this.dispatchEvent(typed ? new InputEvent(type, { ...init, inputType: cause.inputType, data: cause.data }) : new Event(type, init));
  }

  protected renderLabelText() {
    if (this.labelHidden) return html`<span class="visually-hidden">${this.label}${this.optional ? ` ${this.i18n.t('controls.optional')}` : ''}</span>`;
    return html`${this.label}${this.optional ? html`<span class="optional">${` ${this.i18n.t('controls.optional')}`}</span>` : nothing}`;
  }

  protected renderHint(id = 'hint') {
    return this.hint ? html`<p class="hint" id=${id}>${this.hint}</p>` : nothing;
  }

  protected renderError(id = 'error') {
    return this.invalid && this.errorMessage
      ? html`<p class="error" id=${id}><span>${this.i18n.t('controls.errorPrefix')}</span>${` ${this.errorMessage}`}</p>`
      : nothing;
  }

  /** Ids for aria-describedby: hint and error when present. */
  protected describedBy(...extra: (string | false | undefined)[]): string {
    return [this.hint ? 'hint' : undefined, this.invalid && this.errorMessage ? 'error' : undefined, ...extra].filter(Boolean).join(' ');
  }
}
