import { type PropertyValues, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  type LanguageRule,
  type ModelIssue,
  type RecordDefinition,
  type RecordKind,
  type SpireRecord,
  Author,
  ChildRef,
  LanguageRules,
  checkCompletionOf,
  isRecordKind,
  isRequiredAtCompletionOf,
  openRecordOf,
  parseRecordOf,
  type ParseResult,
  parseWith,
} from '@spire/model';
import { SpireElement } from './spire-element.js';
import { ValidationController, fieldId, issueMessage, pathKey } from '../validation/validation.js';
import { type SummaryEntry, errorStyles, renderErrorSummary, renderFieldError } from '../validation/error-summary.js';
import { authorContext, childContext, draftStoreContext, recordsContext } from '../context.js';
import { type DraftStore, draftKey, isDraftStore, openDraftKey } from '../drafts/draft-store.js';
import { DraftController, type RemoteSave } from '../drafts/draft-controller.js';
import { type DraftConflict, mergeDrafts, sameDraft, takeAt } from '../drafts/merge.js';
import { defaultDraftStore } from '../drafts/resilient-store.js';
import { draftStatusStyles, renderDraftStatus } from '../drafts/draft-status.js';
import type { OutboxController } from '../drafts/outbox-status.js';
import { sendingStoreOf } from '../drafts/sending-store.js';
import { type PageText, PrintController, printStyles } from '../controllers/print.js';
import { DraftRestoreController } from '../controllers/draft-restore.js';
import { Fields, fieldStyles } from '../fields/fields.js';
import { themeStyles } from '../theme.js';
import { type SpireRecordEventMap, emit } from '../events.js';

/**
 * The upper layer of every widget that edits one record (wellbeing check, concern note, network map,
 * referral): the record validated by the model, autosaved as a draft, printed as text, submitted with
 * the model's transitions, and a real form control through ElementInternals — value in FormData as
 * JSON, validity, `setCustomValidity`, `labels`, `form`, custom states, reset, disabled fieldsets and
 * state restore, like a native control.
 *
 * A widget on it declares its `recordKind`, makes an empty record (`createEmpty`), names its fields
 * (`fieldLabel`) and renders its sections with `this.fields` inside `renderShell()`; every user change
 * goes through `edit()`.
 */
// Typed listeners: a widget's `spire-submit` and `spire-next-step` carry its own record type.
export interface SpireRecordElement<T extends SpireRecord> {
  addEventListener<K extends keyof SpireRecordEventMap<T>>(
    type: K,
    listener: (this: this, event: SpireRecordEventMap<T>[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof SpireRecordEventMap<T>>(
    type: K,
    listener: (this: this, event: SpireRecordEventMap<T>[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

export abstract class SpireRecordElement<T extends SpireRecord> extends SpireElement {
  static formAssociated = true;
  /** Theme, field, error-summary and draft-status styles: a widget adds only its own. */
  static override styles = [themeStyles, fieldStyles, errorStyles, draftStatusStyles, printStyles];

  /**
   * The model's definition of the record kind this widget edits (`concernNoteDefinition`, …): its schema,
   * migrations and completion rules. Host values of another kind are rejected. Only this kind's schema is
   * bundled with the widget, not every kind's.
   */
  protected abstract readonly definition: RecordDefinition<T>;

  /** The record kind this widget edits. */
  protected get recordKind(): RecordKind {
    return this.definition.kind;
  }

  /**
   * The kinds of the provider's earlier records (`records`) this widget reads. A record of another kind is
   * left aside unread; one the model rejects, or of no kind at all, is reported (`spire-error`).
   */
  protected readonly earlierKinds: readonly RecordDefinition<SpireRecord>[] = [];

  /** The form field name: the record is submitted as JSON under it. */
  @property({ reflect: true }) name = '';

  /** Shows the record without letting anyone change it. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Shows the record for reading (and printing) only. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The form cannot be submitted without a complete, valid record. */
  @property({ type: Boolean, reflect: true }) required = false;

  /**
   * Where drafts are saved: by default the provider's store, else the embedded IndexedDB store (with a
   * memory fallback and a visible warning). `null` here or on the provider turns drafts off.
   */
  @property({ attribute: false }) store?: DraftStore | null;

  /** The professional writing; by default the provider's. */
  @property({ attribute: false }) author?: Author;
  /** The child the record is about; by default the provider's. */
  @property({ attribute: false }) child?: ChildRef;
  @consume({ context: authorContext, subscribe: true }) @state() protected providedAuthor?: Author;
  @consume({ context: childContext, subscribe: true }) @state() protected providedChild?: ChildRef;
  @consume({ context: draftStoreContext, subscribe: true }) @state() protected providedStore?: DraftStore | null;
  @consume({ context: recordsContext, subscribe: true }) @state() protected records?: readonly SpireRecord[];

  protected readonly internals: ElementInternals;
  protected readonly validation = new ValidationController(this);
  /**
   * When the store sends to the host's back end (`HttpDraftStore`): its status line, and a submit queues
   * the record there. Loaded only then: a page that sends nowhere carries none of it.
   */
  private outbox?: Promise<OutboxController>;
  @state() private outboxReady?: OutboxController;
  protected readonly drafts = new DraftController<T>(this, {
    store: () => this.draftStore,
    key: () => (this.value ? draftKey(this.recordKind, this.value.id) : undefined),
    onRemote: (remote) => this.takeInOtherTab(remote),
    disputed: () => this.disputedFields,
    origin: () => this.initialValue,
    openDraft: () => {
      const value = this.current;
      if (!this.startedHere || !value) return undefined;
      const kind = this.recordKind;
      return { pointer: openDraftKey(kind, value.child.id, value.author), id: value.id, keyOf: (id) => draftKey(kind, id) };
    },
  });
  /**
   * Printing: the record as text while the browser prints, the child, confidentiality and "Side x af y"
   * on every page (`printPageText`). A widget that offers another version of its record for paper calls
   * `this.print.print('name')` and renders that version while `this.print.version` is that name.
   */
  protected readonly print = new PrintController(this, {
    renderNow: () => this.performUpdate(),
    focusField: (key) => this.focusField(key),
    pageText: (version) => this.printPageText(version),
  });
  protected readonly draftRestore = new DraftRestoreController<T>(this, {
    drafts: this.drafts,
    current: () => this.current,
    enabled: () => !this.readonly && !this.isDisabled,
    open: (stored) => {
      const result = openRecordOf(this.definition, stored);
      return result.ok ? this.normalizeRecord(result.value as T) : undefined;
    },
    apply: (draft, entry) => {
      // `input`, as for an edit: a two-way binding (v-model, a controlled React state) takes the draft
      // instead of writing its older value back.
      // A newer draft is work not yet saved: a completed record may be saved again with it.
      this.changedSinceCompletion = true;
      this.takeValue(draft);
      this.drafts.acknowledge(draft);
      emit(this, 'spire-draft-restored', { key: entry.key, savedAt: entry.savedAt });
      this.announce(this.i18n.t('shared.draftRestored'));
    },
  });
  /** The shared field helpers: text, line, date, choices, each wired to label, hint, error and print. */
  protected readonly fields: Fields;

  private current?: T;
  /** The record was started by the widget (the host gave none): its draft is found again by child and author. */
  private startedHere = false;
  /** The first value: what `form.reset()` returns to. */
  private initialValue?: T;
  private hasInitialValue = false;
  /** A message set with `setCustomValidity`; it blocks the form like a native control's. */
  private customMessage = '';
  /** A completed record is saved again only after a change: "Gem rettelse" waits for one. */
  @state() private changedSinceCompletion = false;
  @state() private formDisabled = false;
  /**
   * Other copies (tabs, widgets) that saved this record too and changed fields this one changed as well,
   * by copy: each one's version (to take with one click) and where. Shown until the user chooses, or the
   * copies agree again.
   */
  @state() private otherTabs: ReadonlyMap<string, OtherTab<T>> = new Map();
  /** Whether the user has been told that the record is open in another tab. */
  private toldOfOtherTab = false;

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
    const element = this;
    this.fields = new Fields({
      get asText() {
        return element.asText;
      },
      get disabled() {
        return element.isDisabled;
      },
      get i18n() {
        return element.i18n;
      },
      get languageRules() {
        return element.languageRules;
      },
      errorsFor: (key) => this.errorsFor(key),
      touch: (key) => this.touch(key),
      isOptional: (key) => this.isOptional(key),
    });
  }

  /**
   * The record. Set it to open a record; read it (or listen to `input` / `spire-submit`) to get edits.
   * A value the model cannot open (wrong kind, wrong types, unknown values, a cycle) is reported with
   * `spire-error` (source `value`) and not used; the host's object is never changed.
   */
  @property({ attribute: false })
  get value(): T | undefined {
    return this.current;
  }
  set value(next: T | undefined) {
    // Another record from the host: edits of the one before are not this one's to commit. The same record
    // written back (a framework's two-way binding) keeps them.
    if (next !== this.current) this.uncommitted = false;
    this.current = this.open(next);
    this.syncForm();
  }

  /** Render the record as text, not as a form: when read-only, and while printing. */
  protected get asText(): boolean {
    return this.readonly || this.print.printing;
  }

  /** Disabled by its own attribute or by a disabled fieldset/form around it. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
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
    const kinds = this.earlierKinds;
    return this.hostInput.records<SpireRecord | undefined>('records', this.records, (input) => {
      const kind = kindOf(input);
      const definition = kinds.find((d) => d.kind === kind);
      if (!definition && isRecordKind(kind)) return { ok: true, value: undefined };
      return parseRecordOf(definition ?? kinds[0]!, input);
    }).filter((record): record is SpireRecord => record !== undefined);
  }
  /** The municipality's own language rules for the nudges, when the model accepts them. */
  protected get languageRules(): readonly LanguageRule[] | undefined {
    return this.hostInput.usable('languageRules', this.config?.languageRules, (input) => parseWith(LanguageRules, input));
  }

  /** The store in force: the widget's, the provider's, else the embedded default; `null` turns drafts off. */
  private get draftStore(): DraftStore | undefined {
    const own = this.store === undefined ? this.providedStore : this.store;
    if (own === null) return undefined;
    if (own === undefined) return defaultDraftStore();
    const usable = this.hostInput.usable('store', own, (input) =>
      isDraftStore(input) ? { ok: true, value: input } : { ok: false, issues: [{ code: 'invalid_type', path: [], params: { expected: 'object' } }] },
    );
    return usable ?? defaultDraftStore();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Inner controls' native input events are composed and would reach the host as well as ours: the
    // host hears exactly one `input` per edit, from the widget, with the new record already in `value`.
    root.addEventListener('input', (event) => {
      event.stopPropagation();
      if (endsAWord(event)) this.saveDraftSoon();
    });
    // Inner fields' change events stay inside (the host heard a picker's and the widget's own, and never
    // a native select's): the host hears one `change` per committed edit, from the widget, as from a
    // native control. A field committed, or left, commits the edits made before it.
    // Leaving a field, and a choice made (a radio, a date, a select), are moments worth saving at once.
    root.addEventListener('change', (event) => {
      event.stopPropagation();
      this.commitChange();
      this.saveDraftSoon();
    });
    root.addEventListener('focusout', () => {
      this.commitChange();
      this.saveDraftSoon();
    });
    return root;
  }

  /** The host has heard `input` for an edit it has not yet heard `change` for. */
  private uncommitted = false;

  /** Fires the widget's `change` once for the edits made since the last one, if there were any. */
  private commitChange(): void {
    if (!this.uncommitted) return;
    this.uncommitted = false;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /**
   * Saves the pending edit now rather than after the pause in typing: what a renderer crash or a killed
   * tab takes is then at most the word being typed. The edit itself is scheduled by the field's own
   * listener, which runs before this one; the save starts in the next task, after the frame the edit
   * draws (a drop on the network map must not wait for its save).
   */
  private saveDraftSoon(): void {
    setTimeout(() => void this.drafts.flush(), 0);
  }

  // ---- subclass hooks --------------------------------------------------------------------------

  /** A fresh record when the host gave none (needs the provider's author and child). */
  protected abstract createEmpty(): T | undefined;

  /** A human label for a field key, for the error summary. */
  protected fieldLabel(_key: string): string {
    return '';
  }

  /**
   * The margins of every printed page: the child's name, the confidentiality line and "Side x af y". A
   * widget printing another version (`version`) may give that version's own words.
   */
  protected printPageText(_version: string | undefined): PageText | undefined {
    const child = this.value?.child.displayName ?? this.currentChild?.displayName;
    if (!child) return undefined;
    const { t } = this.i18n;
    return { child, confidential: t('shared.print.confidential'), pageOf: t('shared.print.pageOf', { page: '{{page}}', pages: '{{pages}}' }) };
  }

  /** Brings a record the widget opens up to what it shows (e.g. an instrument's missing dimensions). */
  protected normalizeRecord(value: T): T {
    return value;
  }

  /** Whether completing the record can leave a field empty ("(frivilligt)"), from the model's rules. */
  protected isOptional(key: string): boolean {
    return this.value ? !isRequiredAtCompletionOf(this.definition, this.value, key) : true;
  }

  // ---- public form API (as a native control) -----------------------------------------------------

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get labels(): NodeList {
    return this.internals.labels;
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
  /** A host's own reason to block the form (as on a native control); `''` clears it. */
  setCustomValidity(message: string): void {
    this.customMessage = typeof message === 'string' ? message : String(message ?? '');
    this.syncForm();
  }

  /**
   * Submits the record: completes it by the model's rules; shows the errors and focuses the summary,
   * or emits `spire-submit` with the validated record. A host that cancels the event (its own save
   * failed, say) keeps the record open as it was, draft and all.
   */
  async submit(): Promise<T | undefined> {
    if (!this.value || this.isDisabled || this.readonly) return undefined;
    // Pressing "complete" again with nothing changed must not log a correction that never happened.
    if (this.value.status !== 'draft' && !this.changedSinceCompletion) return undefined;
    const result = this.checkSubmitted(this.value);
    if (!result.ok) {
      this.validation.set(result.issues);
      this.validation.showAll();
      this.updateStates();
      this.announce(this.i18n.t('shared.errors.summaryTitle', { count: result.issues.length }));
      await this.focusSummary();
      return undefined;
    }
    const submitted = result.value as T;
    if (!emit(this, 'spire-submit', { value: submitted })) return undefined;
    // With a sending store, the record is queued for the back end before its draft goes; if it cannot be
    // (no IndexedDB, storage full), it stays open as a draft and the user is told.
    const outbox = await this.loadOutbox();
    if (outbox && !(await outbox.submit({ kind: submitted.kind, id: submitted.id, value: submitted }))) {
      this.announce(this.i18n.t('outbox.notQueued'));
      return undefined;
    }
    this.changedSinceCompletion = false;
    this.takeValue(submitted);
    await this.drafts.clear();
    this.announce(this.i18n.t('shared.submitted'));
    // The button just pressed is now disabled: focus goes to the confirmation, not to the page's top.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.completed')?.focus();
    return submitted;
  }

  /**
   * The host's form was submitted with this record in it (its own button, Enter, `requestSubmit()`): the
   * record is completed as the widget's own button completes it — `spire-submit`, the completed record in
   * `value` and, since the form reads its entries after this event, in the FormData sent; the draft goes.
   * A record that cannot be completed yet goes as the draft it is. The host's form carries the record, so
   * a sending store's outbox is not used for it.
   */
  private readonly onHostFormSubmit = (): void => {
    const value = this.current;
    if (!value || this.isDisabled || this.readonly || !this.name) return;
    if (value.status !== 'draft' && !this.changedSinceCompletion) return;
    const result = this.checkSubmitted(value);
    if (!result.ok) return;
    const submitted = result.value as T;
    if (!emit(this, 'spire-submit', { value: submitted })) return;
    this.changedSinceCompletion = false;
    this.takeValue(submitted);
    void this.drafts.clear();
  };

  /**
   * Enter in a one-line field submits the host's form, as in a native form (implicit submission); never in
   * a text area, on a button or link, or while an input method is composing.
   */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
    const field = event.composedPath()[0];
    if (!(field instanceof HTMLInputElement) || !/^(text|search|email|tel|url|number|date|password)$/.test(field.type)) return;
    const form = this.internals.form;
    if (!form) return;
    event.preventDefault();
    // As in a native form: the field's edit is committed (`change`) before the form submits.
    this.commitChange();
    form.requestSubmit();
  };

  private hostForm: HTMLFormElement | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeydown);
    this.formAssociatedCallback(this.internals.form);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeydown);
    this.formAssociatedCallback(null);
  }

  // ---- form lifecycle callbacks ------------------------------------------------------------------

  /** The form owner changed (moved, the `form` attribute): listen to the submit of the new one. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    if (form === this.hostForm) return;
    this.hostForm?.removeEventListener('submit', this.onHostFormSubmit);
    this.hostForm = form;
    form?.addEventListener('submit', this.onHostFormSubmit);
  }

  formResetCallback(): void {
    this.changedSinceCompletion = false;
    this.uncommitted = false;
    this.setOwnValue(this.hasInitialValue ? structuredClone(this.initialValue) : undefined);
    this.validation.reset();
    this.updateStates();
  }

  formDisabledCallback(disabled: boolean): void {
    // Kept apart from `disabled`: reflecting a fieldset's state onto our own attribute would keep us
    // disabled after the fieldset is enabled again.
    this.formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    let restored: unknown;
    try {
      restored = JSON.parse(state);
    } catch {
      this.hostInput.report({ code: 'invalid_type', path: [], params: {} }, '', 'value');
      return;
    }
    this.value = restored as T;
  }

  // ---- editing ---------------------------------------------------------------------------------

  /**
   * Applies a user's change: the new record (in `value` and FormData at once), the fields touched
   * (their errors may now show), a native `input` event (and `change` when `commit`), and an autosave.
   */
  protected edit(next: T, touched: readonly string[] = [], options: { commit?: boolean } = {}): void {
    if (this.isDisabled || this.readonly) return;
    this.changedSinceCompletion = true;
    this.setOwnValue({ ...next, updatedAt: new Date().toISOString() });
    if (touched.length) this.validation.touch(...touched);
    this.uncommitted = true;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (options.commit) this.commitChange();
    this.drafts.schedule(this.current!);
  }

  /**
   * Another tab (or widget) saved this record: its changes come in field by field (three-way, against the
   * version both last had). Where both changed a field, each tab keeps its own text, tells its user and
   * offers the other version, and goes on telling the other tab (`disputed`) until the two agree: nothing
   * is overwritten without a word, in either tab.
   */
  private takeInOtherTab({ value: input, parent, disputed, from }: RemoteSave): void {
    const local = this.current;
    if (!local || this.readonly || this.isDisabled) return;
    const opened = openRecordOf(this.definition, input);
    if (!opened.ok) return;
    const remote = this.normalizeRecord(opened.value as T);
    if (remote.id !== local.id) return;
    // The common ancestor is the version the other tab's save evolved from; without a usable one, ours.
    const ancestor = openRecordOf(this.definition, parent);
    const base = ancestor.ok && (ancestor.value as T).id === local.id ? this.normalizeRecord(ancestor.value as T) : this.drafts.knownVersion();
    const merged = mergeDrafts(base, local, remote);
    let { value } = merged;
    const conflicts = [...merged.conflicts];
    // Fields still in dispute — with any copy (ours), or the sender's with anyone (given in our terms):
    // our text stays there while the sender's differs, and the sender is one we now differ from.
    const standing = [...[...this.otherTabs.values()].flatMap((other) => other.conflicts), ...disputed.map(({ path, remotePath }) => ({ path: remotePath, remotePath: path }))];
    for (const conflict of standing) {
      value = takeAt(value, local, [{ path: conflict.path, remotePath: conflict.path }]);
      const differs = !sameDraft(takeAt(local, remote, [conflict]), local);
      if (differs && !conflicts.some((c) => c.path === conflict.path)) conflicts.push(conflict);
    }
    this.drafts.acknowledge(remote);
    if (!sameDraft(value, local)) {
      this.takeValue(value);
      this.drafts.replacePending(value);
    }
    const before = this.otherTabs.get(from);
    const fresh = conflicts.some((c) => !before?.conflicts.some((b) => b.path === c.path));
    const others = new Map(this.otherTabs);
    others.delete(from);
    // Kept per copy: one copy agreeing again says nothing of a third that still differs.
    if (conflicts.length) others.set(from, { remote, conflicts, dismissed: !fresh && (before?.dismissed ?? false) });
    this.otherTabs = others;
    if (fresh) this.announce(this.otherTabMessage(conflicts));
    else if (!this.toldOfOtherTab) this.announce(this.i18n.t('drafts.otherTab.merged'));
    this.toldOfOtherTab = true;
    // Saved again when this tab has something the other lacks, or a new dispute to tell it of.
    const theirsAtConflicts = { ...takeAt(value, remote, conflicts), updatedAt: remote.updatedAt };
    if (fresh || !sameDraft(theirsAtConflicts, remote)) this.drafts.schedule(value);
  }

  /** Every field this tab keeps its own text in against another copy, for the notice and the channel. */
  private get disputedFields(): DraftConflict[] {
    const all = [...this.otherTabs.values()].flatMap((other) => other.conflicts);
    return all.filter((conflict, i) => all.findIndex((c) => c.path === conflict.path) === i);
  }

  /** The copy the notice offers to take from: the one that spoke last among those still shown. */
  private get shownOtherTab(): [string, OtherTab<T>] | undefined {
    return [...this.otherTabs].reverse().find(([, other]) => !other.dismissed);
  }

  private otherTabMessage(conflicts: readonly DraftConflict[]): string {
    const { t } = this.i18n;
    const names = [...new Set(conflicts.map((c) => (this.fieldLabel(c.path) ? t('drafts.otherTab.quoted', { name: this.fieldLabel(c.path) }) : t('drafts.otherTab.aField'))))];
    return t('drafts.otherTab.conflict', { count: names.length, fields: names.join(', ') });
  }

  /**
   * The user's choice on fields both tabs changed: the other tab's version (the dispute with that copy
   * ends), or their own (the notice closes here; the other copies go on being told until one of them
   * takes this one's).
   */
  private resolveOtherTab(choice: 'theirs' | 'mine'): void {
    const shown = this.shownOtherTab;
    const local = this.current;
    if (!shown || !local) return;
    const [from, other] = shown;
    const others = new Map(this.otherTabs);
    if (choice === 'theirs') {
      others.delete(from);
      this.otherTabs = others;
      const value = { ...takeAt(local, other.remote, other.conflicts), updatedAt: new Date().toISOString() };
      this.takeValue(value);
      // The user's choice, as a pick in a select: committed at once.
      this.uncommitted = true;
      this.commitChange();
      this.drafts.schedule(value);
    } else {
      for (const [id, entry] of others) others.set(id, { ...entry, dismissed: true });
      this.otherTabs = others;
      this.drafts.schedule(local);
    }
    this.announce(this.i18n.t(choice === 'theirs' ? 'drafts.otherTab.tookTheirs' : 'drafts.otherTab.keptMine'));
  }

  /**
   * A record the widget put in place by itself (another tab's changes, a restored draft, the completed
   * record): the host hears `input`, as for an edit, with `value` already new.
   */
  private takeValue(value: T): void {
    this.setOwnValue(value);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /** The notice that another tab changed the same fields, with the two choices. */
  private renderOtherTabNotice(): TemplateResult | typeof nothing {
    const shown = this.shownOtherTab;
    if (!shown || this.asText) return nothing;
    const { t } = this.i18n;
    return html`<div class="other-tab" part="other-tab-notice">
      <p>${this.otherTabMessage(shown[1].conflicts)}</p>
      <div class="other-tab__actions">
        <button type="button" data-action="use-other-tab" @click=${() => this.resolveOtherTab('theirs')}>${t('drafts.otherTab.useTheirs')}</button>
        <button type="button" data-action="keep-mine" @click=${() => this.resolveOtherTab('mine')}>${t('drafts.otherTab.keepMine')}</button>
      </div>
    </div>`;
  }

  /** Marks fields as interacted with (e.g. on blur) so their errors may show. */
  protected touch(...keys: string[]): void {
    // A focused field that a render removes (child mode, read-only after submit) blurs in the middle of
    // that render: touched after it, not as a second update scheduled inside the first.
    if (this.rendering) {
      void this.updateComplete.then(() => this.touch(...keys));
      return;
    }
    this.validation.touch(...keys);
    this.updateStates();
  }

  /** Inside `update()`, where the template is committed to the DOM. */
  private rendering = false;

  protected override update(changed: PropertyValues<this>): void {
    this.rendering = true;
    try {
      super.update(changed);
    } finally {
      this.rendering = false;
    }
  }

  /** Sets a record the widget made itself (an edit, a reset, a restored draft): no host checks. */
  private setOwnValue(next: T | undefined): void {
    const old = this.current;
    this.current = next;
    this.requestUpdate('value', old);
    this.syncForm();
  }

  /** A value from the host, opened by the model; what it cannot open is reported and not used. */
  private open(input: unknown): T | undefined {
    // '' is what Vue's v-model writes for a null ref (and what a host form library may write for "none"):
    // no record from the host. It keeps the record the widget made or restored itself, unreported — else
    // every re-render of the host would throw away a fresh or restored draft and report an error.
    if (input === '') return this.startedHere ? this.current : undefined;
    if (input === undefined || input === null) return undefined;
    const result = openRecordOf(this.definition, input);
    if (!result.ok) {
      this.hostInput.report(result.issues[0]!, '', 'value');
      // Before the first update there is nothing to keep: a fresh record is made instead.
      return this.current;
    }
    const value = this.normalizeRecord(result.value as T);
    this.changedSinceCompletion = false;
    // The host's own record; the same one handed back (a framework's two-way binding) is still ours.
    this.startedHere &&= value.id === this.current?.id;
    if (!this.hasInitialValue) {
      this.initialValue = structuredClone(value);
      this.hasInitialValue = true;
    }
    this.validation.reset();
    return value;
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

  /** The framed alert shown instead of a record when the page gave no usable author or child. */
  protected renderSetupProblem(): TemplateResult {
    const { t } = this.i18n;
    const what = [!this.currentAuthor && t('shared.missing.author'), !this.currentChild && t('shared.missing.child')].filter(Boolean).join(' / ');
    return html`<p class="setup-problem" role="alert">${t('shared.missingContext', { what })}</p>`;
  }

  /**
   * The frame every record widget shares: error summary, a header (title, what the record is about,
   * status, draft status), the completed notice, the widget's sections, and the actions (submit, print)
   * — or, read-only, who wrote it. The live region is always there.
   */
  protected renderShell(parts: { title: string; about: TemplateResult | string; body: TemplateResult; submitLabel: string; completedNotice: string; byline: string }): TemplateResult {
    const { t } = this.i18n;
    const record = this.value!;
    const ro = this.asText;
    const status = t(`shared.status.${record.status}`, { defaultValue: record.status });
    return html`${this.renderErrorSummary()}
      <div class="record-header">
        <div>
          <h2 class="title">${parts.title}</h2>
          <p class="about">${parts.about} · <span class="status-badge">${status}</span></p>
        </div>
        ${ro ? nothing : html`${renderDraftStatus(this.drafts, this.i18n)}${this.outboxReady?.render(this.i18n) ?? nothing}`}
      </div>
      ${this.renderOtherTabNotice()}
      ${this.print.printing ? this.renderPrintMeta(record) : nothing}
      ${record.status !== 'draft' && !ro ? html`<p class="completed" tabindex="-1">${parts.completedNotice}</p>` : nothing} ${parts.body}
      ${ro
        ? html`<p class="note">${parts.byline}</p>`
        : html`<div class="actions" part="actions">
            <button type="button" class="primary" ?disabled=${this.isDisabled || (record.status !== 'draft' && !this.changedSinceCompletion)} @click=${() => this.submit()}>
              ${record.status === 'draft' ? parts.submitLabel : t('shared.actions.saveAmendment')}
            </button>
            <button type="button" data-action="print" ?disabled=${this.isDisabled} @click=${() => this.print.print()}>${t('shared.actions.print')}</button>
          </div>`}
      ${this.renderLiveRegion()}`;
  }

  /**
   * On paper only, under the header: when and by whom the record was completed (its last completion or
   * amendment), or that it is a draft; that the printout holds corrections not saved yet; and that it is
   * confidential.
   */
  private renderPrintMeta(record: T): TemplateResult {
    const { t } = this.i18n;
    const last = [...record.history].reverse().find((entry) => entry.action === 'completed' || entry.action === 'amended');
    const done =
      record.status === 'draft'
        ? t('shared.print.draft')
        : last
          ? t(`shared.print.${last.action}`, { date: this.i18n.formatDate(last.at, { dateStyle: 'long', timeStyle: 'short' }), name: last.by.name, role: last.by.role })
          : t('shared.print.completedUnknown');
    return html`<div class="print-meta">
      <p class="print-completed">${done}</p>
      ${record.status !== 'draft' && this.changedSinceCompletion ? html`<p class="print-unsaved">${t('shared.print.unsaved')}</p>` : nothing}
      <p class="confidential">${t('shared.print.confidential')}</p>
    </div>`;
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

  /** The outbox's controller, loaded the first time the store is one that sends; `undefined` for any other store. */
  private loadOutbox(): Promise<OutboxController> | undefined {
    if (!sendingStoreOf(this.draftStore)) return undefined;
    this.outbox ??= import('../drafts/outbox-status.js').then(({ OutboxController }) => {
      const controller = new OutboxController(this, () => this.draftStore);
      this.outboxReady = controller;
      return controller;
    });
    return this.outbox;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    void this.loadOutbox();
    // Checked now, not only when a new record needs them, so a host hears of a broken setting at once.
    void this.currentAuthor;
    void this.currentChild;
    if (!this.current) {
      const empty = this.createEmpty();
      if (empty) {
        this.current = empty;
        this.startedHere = true;
        if (!this.hasInitialValue) {
          this.initialValue = structuredClone(empty);
          this.hasInitialValue = true;
        }
      }
    } else {
      // What the widget shows may depend on settings that arrive after the value (an instrument).
      const normalized = this.normalizeRecord(this.current);
      if (normalized !== this.current) this.current = normalized;
    }
    if (changed.has('disabled') || changed.has('required') || !this.hasUpdated) this.syncForm();
  }

  /** FormData and validity follow the record at once: a host's `input` listener sees the new record. */
  private syncForm(): void {
    const value = this.current;
    const checked = value ? this.checkSubmitted(value) : undefined;
    // While there is something to submit (a draft, or changes since completion), the record as submitting
    // makes it when it can be completed, else the draft as it is (a form with novalidate sends it so); a
    // completed record as it is — it is not amended again just by being in a form.
    const pending = value && (value.status === 'draft' || this.changedSinceCompletion);
    const submitted = value && pending && checked?.ok ? checked.value : value;
    this.internals.setFormValue(submitted ? JSON.stringify(submitted) : null);
    const issues: ModelIssue[] = checked && !checked.ok ? checked.issues : [];
    this.validation.set(issues);
    const missing = this.required && !value;
    if (this.isDisabled) {
      this.internals.setValidity({});
    } else if (this.customMessage) {
      this.internals.setValidity({ customError: true }, this.customMessage, this.validationAnchor());
    } else if (issues.length || missing) {
      const first = issues[0];
      const message = first ? issueMessage(first, this.i18n.t, this.i18n.locale) : this.i18n.t('issues.required');
      this.internals.setValidity(missing ? { valueMissing: true } : { customError: true }, message, this.validationAnchor());
    } else {
      this.internals.setValidity({});
    }
    this.updateStates();
  }

  /** The record as submitting makes it, checked by the model's completion rules. */
  private checkSubmitted(value: T): ParseResult<T> {
    const by = this.currentAuthor ?? value.author;
    return checkCompletionOf(this.definition, value, { name: by.name, role: by.role });
  }

  /** Where the browser anchors its validation message; the first focusable field by default. */
  protected validationAnchor(): HTMLElement | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('[data-field]') ?? undefined;
  }

  /** Custom states for host CSS, as native controls have pseudo-classes: `:state(invalid)` and friends. */
  private updateStates(): void {
    const states = this.internals.states;
    if (!states) return;
    const set = (name: string, on: boolean) => (on ? states.add(name) : states.delete(name));
    const invalid = !this.internals.validity.valid;
    set('invalid', invalid);
    set('valid', !invalid);
    set('user-invalid', invalid && (this.validation.visibleIssues.length > 0 || this.validation.submitted));
    set('required', this.required);
    set('disabled', this.isDisabled);
    set('readonly', this.readonly);
    set('draft', this.current?.status === 'draft');
  }
}

/**
 * An edit that ends a word or is more than one character: a space or a sign after a word, a new line, a
 * paste, a cut, a deletion, a dropped text. Plain letters typed one by one wait for the pause instead.
 */
function endsAWord(event: Event): boolean {
  if (!(event instanceof InputEvent)) return false;
  if (event.inputType !== 'insertText') return true;
  return !/^[\p{L}\p{N}]$/u.test(event.data ?? '');
}

/** Another copy of the record that differs from this one in fields both changed. */
interface OtherTab<T> {
  /** Its last version. */
  remote: T;
  /** Where it differs, in this copy's terms (and the other's). */
  conflicts: DraftConflict[];
  /** The user chose to keep their own: the notice stays closed until a new field is disputed. */
  dismissed: boolean;
}

/** A host's record's `kind`, read without trusting the object (a getter may throw). */
function kindOf(input: unknown): unknown {
  try {
    return typeof input === 'object' && input !== null ? (input as { kind?: unknown }).kind : undefined;
  } catch {
    return undefined;
  }
}
