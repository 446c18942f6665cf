import { LitElement, type PropertyValues, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  type ModelIssue,
  type RecordKind,
  type SpireRecord,
  Author,
  ChildRef,
  parseRecord,
  parseWith,
} from '@spire/model';
import { LocaleController, type StringOverrides } from './i18n.js';
import { ValidationController, fieldId, issueMessage, pathKey } from './validation.js';
import { type SummaryEntry, renderErrorSummary, renderFieldError } from './error-summary.js';
import { authorContext, childContext, configContext, draftStoreContext, recordsContext, stringsContext, type SpireConfig } from './context.js';
import type { DraftStore } from './drafts/draft-store.js';
import { draftKey } from './drafts/draft-store.js';
import { DraftController } from './drafts/draft-controller.js';
import { emit } from './events.js';
import { HostInputChecker } from './host-input.js';

/**
 * The base of every Spire widget: one record, validated by the model, autosaved as a draft, and a real
 * form control through ElementInternals (value in FormData as JSON, validity, reset, disabled, state
 * restore). Subclasses render the record and call `edit()` for every change the user makes.
 */
export abstract class SpireFormElement<T extends SpireRecord> extends LitElement {
  static formAssociated = true;

  /** The record kind this widget edits; host values of another kind are rejected. */
  protected abstract readonly recordKind: RecordKind;

  /** The form field name: the record is submitted as JSON under it. */
  @property({ reflect: true }) name = '';

  /** The record. Set it to open a record; read it (or listen to `input`/`spire-submit`) to get edits. */
  @property({ attribute: false }) value?: T;

  /** Shows the record without letting anyone change it. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Shows the record for reading (and printing) only. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The form cannot be submitted without a complete, valid record. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** A draft store for this widget alone; by default the provider's, else an embedded IndexedDB store. */
  @property({ attribute: false }) store?: DraftStore;

  /** Host string overrides from `<spire-provider strings>`. */
  @consume({ context: stringsContext, subscribe: true }) @state() protected strings?: StringOverrides;
  /** The professional writing; by default the provider's. */
  @property({ attribute: false }) author?: Author;
  /** The child the record is about; by default the provider's. */
  @property({ attribute: false }) child?: ChildRef;
  @consume({ context: authorContext, subscribe: true }) @state() protected providedAuthor?: Author;
  @consume({ context: childContext, subscribe: true }) @state() protected providedChild?: ChildRef;
  @consume({ context: configContext, subscribe: true }) @state() protected config?: SpireConfig;
  @consume({ context: draftStoreContext, subscribe: true }) @state() protected providedStore?: DraftStore;
  @consume({ context: recordsContext, subscribe: true }) @state() protected records?: readonly SpireRecord[];

  protected readonly internals: ElementInternals;
  protected readonly i18n = new LocaleController(this);
  protected readonly validation = new ValidationController(this);
  /** Author, child, configuration and earlier records from the host, checked by the model. */
  protected readonly hostInput = new HostInputChecker(this, this.i18n);
  protected readonly drafts = new DraftController<T>(this, {
    store: () => this.store ?? this.providedStore,
    key: () => (this.value ? draftKey(this.recordKind, this.value.id) : undefined),
  });

  /** The first value the host set: what `form.reset()` returns to. */
  private initialValue?: T;
  private hasInitialValue = false;
  /** True while the value is changed by the user (not by the host). */
  private editing = false;
  /** The record id a draft was last looked up for. */
  private restoredFor?: string;
  @state() protected announcement = '';
  @state() private formDisabled = false;
  /** True while the browser prints (its own print command or the widget's button). */
  @state() private printing = false;

  /**
   * Render the record as text, not as a form: when read-only, and while printing, so paper shows the
   * whole record cleanly instead of empty inputs and buttons.
   */
  protected get asText(): boolean {
    return this.readonly || this.printing;
  }

  /** What had focus inside the widget when printing began: the text view replaces it for a moment. */
  private focusBeforePrint?: { field?: string; selector?: string };

  private readonly onBeforePrint = () => {
    if (this.printing) return;
    const active = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    const field = active?.closest<HTMLElement>('[data-field]')?.dataset.field;
    this.focusBeforePrint = active ? { field, selector: active.id ? `#${CSS.escape(active.id)}` : active.dataset.action ? `[data-action="${active.dataset.action}"]` : undefined } : undefined;
    this.printing = true;
    // The page is laid out for paper right after this event: render now, not in a later microtask.
    this.performUpdate();
  };
  private readonly onAfterPrint = async () => {
    if (!this.printing) return;
    this.printing = false;
    const before = this.focusBeforePrint;
    this.focusBeforePrint = undefined;
    await this.updateComplete;
    if (before?.field) return this.focusField(before.field);
    if (before?.selector) this.renderRoot.querySelector<HTMLElement>(before.selector)?.focus();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', (event) => {
      // The form's submit was blocked by our validity: show our own summary instead of the browser bubble.
      event.preventDefault();
      this.validation.showAll();
      this.updateStates();
      void this.focusSummary();
    });
  }

  /** The author in force: the element's own, else the provider's; one the model rejects is not used. */
  protected get currentAuthor(): Author | undefined {
    return this.hostInput.usable('author', this.author ?? this.providedAuthor, (input) => parseWith(Author, input));
  }
  /** The child in force: the element's own, else the provider's; one the model rejects is not used. */
  protected get currentChild(): ChildRef | undefined {
    return this.hostInput.usable('child', this.child ?? this.providedChild, (input) => parseWith(ChildRef, input));
  }
  /** The child's earlier records from the provider that the model accepts (migrated to the current version). */
  protected get earlierRecords(): SpireRecord[] {
    return this.hostInput.records('records', this.records, (input) => parseRecord(input));
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Inner controls' native input events are composed and would reach the host as well as ours: the
    // host hears exactly one `input` per edit, from the widget, with the new record already in `value`.
    root.addEventListener('input', (event) => event.stopPropagation());
    return root;
  }

  // ---- subclass hooks --------------------------------------------------------------------------

  /** A fresh record when the host gave none (needs the provider's author and child, or defaults). */
  protected abstract createEmpty(): T | undefined;

  /** The record as submitting would make it (e.g. status completed). Default: unchanged. */
  protected toSubmitted(value: T): T {
    return value;
  }

  /** A human label for a field key, for the error summary. */
  protected fieldLabel(_key: string): string {
    return '';
  }

  /** The model's issues for a record (default: `parseRecord` for the widget's kind). */
  protected validateValue(value: T): ModelIssue[] {
    const result = parseRecord(value, this.recordKind);
    return result.ok ? [] : result.issues;
  }

  // ---- public form API -------------------------------------------------------------------------

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Shows every problem and moves focus to the error summary when the record is not valid. */
  reportValidity(): boolean {
    const valid = this.internals.checkValidity();
    if (!valid) {
      this.validation.showAll();
      this.updateStates();
      void this.focusSummary();
    }
    return valid;
  }

  /**
   * Submits the record: validates it as submitted; shows the errors and focuses the summary, or emits
   * `spire-submit` with the validated record, clears the draft and returns it.
   */
  async submit(): Promise<T | undefined> {
    if (!this.value || this.isDisabled || this.readonly) return undefined;
    const candidate = this.stamp(this.toSubmitted(this.value), 'completed');
    const result = parseRecord(candidate, this.recordKind);
    if (!result.ok) {
      this.validation.set(result.issues);
      this.validation.showAll();
      this.updateStates();
      this.announce(this.i18n.t('shared.errors.summaryTitle', { count: result.issues.length }));
      await this.focusSummary();
      return undefined;
    }
    const submitted = result.value as T;
    this.editing = true;
    this.value = submitted;
    await this.drafts.clear();
    emit(this, 'spire-submit', { value: submitted });
    this.announce(this.i18n.t('shared.submitted'));
    return submitted;
  }

  // ---- form lifecycle callbacks ------------------------------------------------------------------

  formResetCallback(): void {
    this.editing = true;
    this.value = this.hasInitialValue ? structuredClone(this.initialValue) : undefined;
    this.validation.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    // Kept apart from `disabled`: reflecting a fieldset's state onto our own attribute would keep us
    // disabled after the fieldset is enabled again.
    this.formDisabled = disabled;
  }

  /** Disabled by its own attribute or by a disabled fieldset/form around it. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.value = JSON.parse(state) as T;
    } catch {
      this.hostInput.report({ code: 'invalid_type', path: [], params: {} }, '', 'value');
    }
  }

  // ---- editing ---------------------------------------------------------------------------------

  /**
   * Applies a user's change: the new record, the fields touched (their errors may now show), a native
   * `input` event (and `change` when `commit`), and an autosave of the draft.
   */
  protected edit(next: T, touched: readonly string[] = [], options: { commit?: boolean } = {}): void {
    if (this.isDisabled || this.readonly) return;
    this.editing = true;
    this.value = { ...next, updatedAt: new Date().toISOString() };
    if (touched.length) this.validation.touch(...touched);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (options.commit) this.dispatchEvent(new Event('change', { bubbles: true }));
    this.drafts.schedule(this.value);
  }

  /** Marks fields as interacted with (e.g. on blur) so their errors may show. */
  protected touch(...keys: string[]): void {
    this.validation.touch(...keys);
    this.updateStates();
  }

  /** Appends a history entry: records are append-only, earlier entries never change. */
  protected stamp(value: T, action: 'completed' | 'edited'): T {
    const at = new Date().toISOString();
    const by = this.currentAuthor ?? value.author;
    const history = [...value.history, { at, by: { name: by.name, role: by.role }, action }];
    return { ...value, updatedAt: at, history } as T;
  }

  // ---- rendering helpers for subclasses ----------------------------------------------------------

  /** Messages visible for a field now. */
  protected errorsFor(key: string): string[] {
    return this.validation.visibleIssuesFor(key).map((issue) => issueMessage(issue, this.i18n.t, this.i18n.locale));
  }

  /** `aria-describedby` ids for a field: its hint (if any) and its error (if shown). */
  protected describedBy(key: string, hintId?: string): string | undefined {
    const ids = [hintId, this.errorsFor(key).length ? `${fieldId(key)}-error` : undefined].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  }

  protected renderFieldError(key: string): TemplateResult | typeof nothing {
    return renderFieldError(key, this.errorsFor(key), this.i18n.t('shared.errors.prefix'));
  }

  protected renderErrorSummary() {
    if (!this.validation.submitted) return renderErrorSummary([], '', () => {});
    const entries: SummaryEntry[] = this.validation.visibleIssues.map((issue) => {
      const key = pathKey(issue.path);
      const message = issueMessage(issue, this.i18n.t, this.i18n.locale);
      const field = this.fieldLabel(key);
      return { key, text: field ? this.i18n.t('issues.fieldMessage', { field, message }) : message };
    });
    return renderErrorSummary(entries, this.i18n.t('shared.errors.summaryTitle', { count: entries.length }), (key) => this.focusField(key));
  }

  /** A polite live region; `announce()` puts text in it. Render it once, always. */
  protected renderLiveRegion() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  protected announce(text: string): void {
    // Clearing first makes a repeated message be read again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  /** Moves focus to a field: the element with `data-field=key` (or the closest one above it). */
  protected async focusField(key: string): Promise<void> {
    await this.updateComplete;
    let candidate = key;
    while (candidate) {
      const target = this.renderRoot.querySelector<HTMLElement>(`[data-field="${CSS.escape(candidate)}"]`);
      if (target) {
        target.scrollIntoView?.({ block: 'center' });
        target.focus();
        return;
      }
      candidate = candidate.includes('.') ? candidate.slice(0, candidate.lastIndexOf('.')) : '';
    }
  }

  protected async focusSummary(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.i18n.setOverrides(this.strings);
    // Checked now, not only when a new record needs them, so a host hears of a broken setting at once.
    void this.currentAuthor;
    void this.currentChild;
    if (changed.has('value') && !this.editing) this.acceptHostValue();
    if (!this.value) {
      const empty = this.createEmpty();
      if (empty) {
        this.value = empty;
        if (!this.hasInitialValue) {
          this.initialValue = structuredClone(empty);
          this.hasInitialValue = true;
        }
      }
    }
    this.editing = false;
    if (changed.has('value') || changed.has('disabled') || changed.has('required') || !this.hasUpdated) this.syncForm();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.value && this.restoredFor !== this.value.id && !this.readonly && !this.isDisabled) {
      this.restoredFor = this.value.id;
      // After this update: looking for the draft first saves a pending edit, which re-renders the status.
      queueMicrotask(() => void this.restoreDraft());
    }
  }

  /** A value set by the host: migrated and checked by the model; unusable input is reported, not thrown. */
  private acceptHostValue(): void {
    const value = this.value as unknown;
    if (value === undefined || value === null) {
      this.value = undefined;
      return;
    }
    const result = parseRecord(value, this.recordKind);
    if (!result.ok) {
      const blocking = result.issues.find((issue) => ['invalid_type', 'unknown_kind', 'unknown_schema_version', 'required'].includes(issue.code) && issue.path.length <= 1 && ['', 'kind', 'schemaVersion', 'id'].includes(pathKey(issue.path)));
      if (blocking || typeof value !== 'object') {
        // Not a record this widget can open: keep what we had, tell the host why.
        this.hostInput.report(blocking ?? result.issues[0]!, '', 'value');
        this.value = this.hasUpdated ? (this.initialValue ? structuredClone(this.initialValue) : undefined) : undefined;
        return;
      }
      // A record with problems is still the user's work: show it as it is, and let validation point
      // the problems out beside the fields.
    } else {
      this.value = result.value as T;
    }
    if (!this.hasInitialValue) {
      this.initialValue = structuredClone(this.value);
      this.hasInitialValue = true;
    }
    this.validation.reset();
  }

  private async restoreDraft(): Promise<void> {
    const id = this.value?.id;
    const entry = await this.drafts.restore();
    if (!entry || !this.value || this.value.id !== id) return;
    const result = parseRecord(entry.value, this.recordKind);
    const draft = (result.ok ? result.value : entry.value) as T;
    // Only a draft newer than what the host gave replaces it; nothing typed is lost either way.
    if ((draft.updatedAt ?? '') <= (this.value.updatedAt ?? '')) return;
    this.editing = true;
    this.value = draft;
    emit(this, 'spire-draft-restored', { key: entry.key, savedAt: entry.savedAt });
    this.announce(this.i18n.t('shared.draftRestored'));
  }

  private syncForm(): void {
    const value = this.value;
    this.internals.setFormValue(value ? JSON.stringify(this.toSubmitted(value)) : null);
    const issues = value ? this.validateValue(this.toSubmitted(value)) : [];
    this.validation.set(issues);
    const missing = this.required && !value;
    if ((issues.length || missing) && !this.isDisabled) {
      const first = issues[0];
      const message = first ? issueMessage(first, this.i18n.t, this.i18n.locale) : this.i18n.t('issues.required');
      this.internals.setValidity({ customError: true }, message, this.validationAnchor());
    } else {
      this.internals.setValidity({});
    }
    this.updateStates();
  }

  /** Where the browser anchors its validation message; the first focusable field by default. */
  protected validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('[data-field]') ?? undefined;
  }

  private updateStates(): void {
    const states = this.internals.states;
    if (!states) return;
    const invalid = !this.internals.validity.valid;
    invalid ? states.add('invalid') : states.delete('invalid');
    const userInvalid = invalid && this.validation.visibleIssues.length > 0;
    userInvalid ? states.add('user-invalid') : states.delete('user-invalid');
  }
}
