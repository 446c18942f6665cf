import { type PropertyValues, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import {
  CONCERN_DECISIONS,
  CONCERN_LEVELS,
  CONTEXTS,
  type ConcernDecision,
  type ConcernNote,
  HELP_WITH,
  Instrument as InstrumentSchema,
  PARENTS_NOT_INVOLVED_REASONS,
  type WellbeingCheck,
  concernNoteFromCheck,
  createConcernNote,
  firstConversationDeadline,
  parseRecordOf,
  parseWith,
  suspectsAbuseByParent,
  danishDate,
  LIST_LIMITS,
  concernNoteDefinition,
  wellbeingCheckDefinition,
} from '@spire/model';
import { SpireRecordElement } from '../shared/elements/record-element.js';
import { YES_NO } from '../shared/fields/fields.js';
import { capitalize } from '../shared/i18n/i18n.js';
import { ListEditor, listEditorStyles } from '../shared/controls/list-editor.js';
import { focusAcuteAlert, guardRailStyles, renderAcuteQuestion, renderBeredskab, renderDuty, renderSuspectedAbuseByParent } from '../shared/safeguarding/guard-rail.js';
import { fieldId } from '../shared/validation/validation.js';
import { emit } from '../shared/events.js';
import { concernNoteStyles } from './concern-note.styles.js';
import './strings.js';

type Discussion = ConcernNote['discussedWith'][number];
type Parents = NonNullable<ConcernNote['parents']>;
type FirstConversation = NonNullable<ConcernNote['firstConversation']>;

/** Decisions the host carries on in the referral widget: `spire-next-step` names which. */
const NEXT_STEP_FOR = { referral: 'referral', notification: 'underretning' } as const;
const leadsOn = (decision: ConcernDecision | undefined): decision is keyof typeof NEXT_STEP_FOR => decision === 'referral' || decision === 'notification';


/**
 * The bekymrings- / undringsnotat a professional writes the day something worries them, in the order of
 * Signs of Safety: first whether the child is in acute danger (yes shows at once to phone now), then when,
 * where and who; what we see and hear; the child's own words (verbatim) beside the child's views; what may
 * lie behind; how often, pattern and duration; what works well, what we worry about, what needs to happen;
 * the level of concern; what has been done; whom it was discussed with; the parents' involvement (with the
 * guard-rail when abuse by a parent is suspected); the decision; and help within a week with its deadline
 * (a week from the day the note was written). Acute danger or suspected abuse by a parent cannot be
 * completed without an underretning, and suspected abuse keeps the week's conversation with the child.
 * Free-text fields carry the model's language nudges (and the municipality's own rules from the provider).
 *
 * A note prefilled from a wellbeing check: set `value` to the model's `concernNoteFromCheck(check, …)`, or
 * set `fromCheck` (without a `value`) and the note makes that prefill itself. Either way the note links
 * back to the check and says what it came from (the check's round, from `fromCheck` or the provider's
 * records). See `fromCheck` for a check given after the note is shown.
 *
 * @tag spire-concern-note
 * @fires input - After every edit; `value` holds the edited record.
 * @fires change - When edits are committed, once, with the new record in `value`: a choice made, a field left after typing, a row added, removed or moved (never for focus moving alone).
 * @fires spire-submit - `{ value }`: the completed, validated note.
 * @fires spire-next-step - `{ step, record }` after the first completion when the decision is an indstilling (`referral`) or an underretning (`underretning`), so the host can open the referral prefilled from the note. Saving a correction fires it again only when that correction changed the decision to one of them.
 * @fires spire-draft-saved - `{ key, savedAt, store }` after each autosave.
 * @fires spire-draft-restored - `{ key, savedAt }` when a newer draft was brought back.
 * @fires spire-storage-fallback - `{ reason }` when drafts can only be kept in memory.
 * @fires spire-error - `{ source, path, code, message }` for host input the model rejects: a `value` (source `value`), or an author, child, beredskab, language rule, check or earlier record (source `config`), which is then left unused; and a `fromCheck` that came too late to prefill the note (source `config`, path `fromCheck`, code `from_check_too_late`).
 * @csspart error-summary - The "Fejl:" summary shown after a failed submit.
 * @csspart section - Each section of the note.
 * @csspart guard-rail - The safeguarding guidance (acute danger; suspected abuse by a parent).
 * @csspart actions - The submit and print buttons.
 * @csspart other-tab-notice - Shown when the record, open in another tab too, was changed there in the same fields: the two versions to choose between.
 * @csspart draft-status - The line that says whether the draft is saved.
 * @csspart textarea - Each text field's text area (the nested `spire-text-area`'s part).
 * @csspart nudges - The language hints under a text field (the nested `spire-text-area`'s part).
 * @csspart date-input - Each date field's input (the nested `spire-date-field`'s `input` part).
 */
export class SpireConcernNote extends SpireRecordElement<ConcernNote> {
  static override styles = [...SpireRecordElement.styles, listEditorStyles, guardRailStyles, concernNoteStyles];

  protected readonly definition = concernNoteDefinition;
  /** Earlier wellbeing checks: the one a note starts from. */
  protected override readonly earlierKinds = [wellbeingCheckDefinition];

  /**
   * The wellbeing check this note is opened from (its next step). Without a `value`, the new note is
   * prefilled from it (`concernNoteFromCheck`); with one, it names the round the note came from.
   *
   * Set after the note is shown, it is used only while nothing would be lost: when the note is still the
   * untouched fresh draft the element made itself (no `value` from the host, no edits, no restored draft),
   * that draft is rebuilt from the check (same id). When the note is one the host gave that links to
   * this check, the check names its round. Otherwise the note is left as it is and `spire-error` says so
   * (source `config`, path `fromCheck`, code `from_check_too_late`): set `fromCheck` before the note is
   * shown, or give the prefilled note as `value`.
   */
  @property({ attribute: false }) fromCheck?: WellbeingCheck;

  /** The fresh draft the element made itself, while it is untouched: what a late `fromCheck` may rebuild. */
  private ownFreshDraft?: ConcernNote;
  /** The decision as last completed (from the host's completed note or our own submit): an amendment leads on only when it changes. */
  private completedDecision?: ConcernDecision;

  override get value(): ConcernNote | undefined {
    return super.value;
  }
  override set value(next: ConcernNote | undefined) {
    const before = super.value;
    super.value = next;
    const opened = super.value;
    // Only a value the model opened replaces what the last completion decided.
    if (opened !== before) this.completedDecision = opened && opened.status !== 'draft' ? opened.decision : undefined;
  }

  private readonly discussedList = new ListEditor<Discussion>(this, {
    key: 'discussedWith',
    items: () => this.value?.discussedWith ?? [],
    onChange: (discussedWith, touched) => this.patch({ discussedWith }, touched),
    create: () => ({ role: '', on: danishDate(new Date()) }),
    max: LIST_LIMITS.discussedWith,
    itemLabel: (_d, i) => this.i18n.t('concernNote.discussed.item', { n: i + 1 }),
    itemName: (_d, i) => this.i18n.t('concernNote.discussed.itemInSentence', { n: i + 1 }),
    announce: (text) => this.announce(text),
    t: () => this.i18n.t,
    disabled: () => this.isDisabled,
  });

  /** The check given as `fromCheck`, when the model accepts it. */
  private get sourceCheck(): WellbeingCheck | undefined {
    if (this.fromCheck === undefined) return undefined;
    return this.hostInput.usable('fromCheck', this.fromCheck, (input) => parseRecordOf(wellbeingCheckDefinition, input)) as WellbeingCheck | undefined;
  }


  protected createEmpty(): ConcernNote | undefined {
    const author = this.currentAuthor;
    const check = this.sourceCheck;
    if (author && check) return this.prefilledFrom(check, author);
    const child = this.currentChild;
    return author && child ? createConcernNote({ author, child }) : undefined;
  }

  private prefilledFrom(check: WellbeingCheck, author: ConcernNote['author'], keep?: ConcernNote): ConcernNote {
    const instrument = this.config?.instrument ? this.hostInput.usable('instrument', this.config.instrument, (input) => parseWith(InstrumentSchema, input)) : undefined;
    return concernNoteFromCheck(check, {
      author,
      locale: this.i18n.locale,
      ...(instrument ? { instrument } : {}),
      ...(keep ? { id: keep.id, now: new Date(keep.createdAt) } : {}),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = this.value;
    super.willUpdate(changed);
    // The base made a fresh draft just now: remember it, so a late `fromCheck` can tell it is untouched.
    if (!before && this.value) this.ownFreshDraft = this.value;
    if (changed.has('fromCheck') && this.hasUpdated) this.applyLateCheck();
  }

  /** `fromCheck` given after the note was shown: rebuild an untouched fresh draft, else say it came too late. */
  private applyLateCheck(): void {
    const check = this.sourceCheck;
    const note = this.value;
    const author = this.currentAuthor;
    // A rejected check was reported already; without a note or author nothing is shown yet.
    if (!check || !note || !author) return;
    if (note === this.ownFreshDraft) {
      this.value = this.prefilledFrom(check, author, note);
      this.ownFreshDraft = this.value;
      return;
    }
    if (note.links.some((l) => l.kind === 'wellbeing-check' && l.id === check.id)) return;
    const message = this.i18n.t('concernNote.fromCheckTooLate');
    // Dispatched after this update, as host-input reports are: a listener may change the element again.
    void this.updateComplete.then(() => emit(this, 'spire-error', { source: 'config', path: 'fromCheck', code: 'from_check_too_late', message }));
  }

  protected override fieldLabel(key: string): string {
    const { t } = this.i18n;
    const parts = key.split('.');
    if (parts[0] === 'discussedWith' && parts.length >= 3) return `${t('concernNote.discussed.item', { n: Number(parts[1]) + 1 })} – ${t(parts[2] === 'on' ? 'concernNote.discussed.on' : 'concernNote.discussed.role')}`;
    const labels: Record<string, string> = {
      acute: 'concernNote.acute.legend',
      observedAt: 'concernNote.when.observedAt',
      'where.context': 'concernNote.when.context',
      'where.place': 'concernNote.when.place',
      'observedBy.name': 'concernNote.when.observerName',
      'observedBy.role': 'concernNote.when.observerRole',
      observations: 'concernNote.observations.label',
      childWords: 'concernNote.child.words',
      childViews: 'concernNote.child.views',
      possibleBackground: 'concernNote.background.label',
      frequency: 'concernNote.pattern.frequency',
      pattern: 'concernNote.pattern.pattern',
      duration: 'concernNote.pattern.duration',
      worksWell: 'concernNote.worksWell.label',
      worries: 'concernNote.worries.label',
      whatNeedsToHappen: 'concernNote.needs.label',
      level: 'concernNote.level.legend',
      actionsTaken: 'concernNote.actions.label',
      discussedWith: 'concernNote.discussed.legend',
      'parents.involved': 'concernNote.parents.involved',
      'parents.on': 'concernNote.parents.on',
      'parents.notInvolvedReason': 'concernNote.parents.reason',
      'parents.notInvolvedExplanation': 'concernNote.parents.explanation',
      decision: 'concernNote.decision.legend',
      'firstConversation.who': 'concernNote.help.who',
      'firstConversation.with': 'concernNote.help.with',
      'firstConversation.by': 'concernNote.help.by',
      'firstConversation.heldOn': 'concernNote.help.heldOn',
    };
    return labels[key] ? t(labels[key]!) : '';
  }

  private patch(patch: Partial<ConcernNote>, touched: readonly string[] = [], commit = false): void {
    const current = this.value;
    if (!current) return;
    this.edit({ ...current, ...patch }, touched, { commit });
  }

  // ---- render ------------------------------------------------------------------------------------

  override render() {
    const note = this.value;
    if (!note) return this.renderSetupProblem();
    const { t } = this.i18n;
    return this.renderShell({
      title: t('concernNote.title'),
      about: t('concernNote.about', { child: note.child.displayName, context: t(`shared.context.${note.where.context}`) }),
      body: html`${this.renderOrigin(note)} ${this.renderAcute(note)} ${this.renderWhen(note)} ${this.renderObservations(note)} ${this.renderChild(note)}
      ${this.renderBackground(note)} ${this.renderPattern(note)} ${this.renderSignsOfSafety(note)} ${this.renderLevel(note)} ${this.renderActions(note)}
      ${this.renderDiscussed(note)} ${this.renderParents(note)} ${this.renderDecision(note)} ${this.renderHelp(note)}`,
      submitLabel: t('concernNote.actions.submit'),
      // An underretning or indstilling is the next widget's job: completing the note has not sent it.
      completedNotice: leadsOn(note.decision) ? t(`concernNote.completedNotices.${note.decision}`) : t('concernNote.completedNotice'),
      byline: t('concernNote.by', { name: note.author.name, role: note.author.role }),
    });
  }

  /** "Oprettet fra trivselsvurdering Efterår 2026": the check the note links to, found by id. */
  private renderOrigin(note: ConcernNote) {
    const link = note.links.find((l) => l.kind === 'wellbeing-check');
    if (!link) return nothing;
    const candidates = [this.sourceCheck, ...this.earlierRecords].filter((r): r is WellbeingCheck => r?.kind === 'wellbeing-check');
    const check = candidates.find((c) => c.id === link.id);
    const { t } = this.i18n;
    return html`<p class="origin">${check ? t('concernNote.fromCheck', { round: check.round.label }) : t('concernNote.fromCheckUnknown')}</p>`;
  }

  /** First, before any writing: is the child in acute danger? (The shared question and box.) */
  private renderAcute(note: ConcernNote) {
    return renderAcuteQuestion({ fields: this.fields, t: this.i18n.t, keys: 'concernNote.acute', acute: note.acute, asText: this.asText, beredskab: this.beredskab, onChoose: (acute) => this.chooseAcute(acute) });
  }

  private chooseAcute(acute: boolean): void {
    this.patch({ acute }, ['acute'], true);
    if (acute) void focusAcuteAlert(this);
  }

  private renderWhen(note: ConcernNote) {
    const { t } = this.i18n;
    return html`<section part="section">
      <h3>${t('concernNote.when.legend')}</h3>
      <div class="row">
        ${this.fields.date('observedAt', t('concernNote.when.observedAt'), note.observedAt, (observedAt) => this.patch({ observedAt }))}
        ${this.fields.line('where.place', t('concernNote.when.place'), note.where.place, (place) => this.patch({ where: { ...note.where, place } }), { hint: t('concernNote.when.placeHint') })}
      </div>
      ${this.fields.choices(
        'where.context',
        t('concernNote.when.context'),
        CONTEXTS,
        note.where.context,
        (c) => capitalize(t(`shared.context.${c}`), this.i18n.locale),
        (context) => this.patch({ where: { ...note.where, context } }, ['where.context'], true),
        { inline: true },
      )}
      <div class="row">
        ${this.fields.line('observedBy.name', t('concernNote.when.observerName'), note.observedBy.name, (name) => this.patch({ observedBy: { ...note.observedBy, name } }))}
        ${this.fields.line('observedBy.role', t('concernNote.when.observerRole'), note.observedBy.role, (role) => this.patch({ observedBy: { ...note.observedBy, role } }))}
      </div>
    </section>`;
  }

  private renderObservations(note: ConcernNote) {
    const { t } = this.i18n;
    return html`<section part="section">
      <h3>${t('concernNote.observations.label')}</h3>
      ${this.fields.text('observations', t('concernNote.observations.label'), note.observations, (observations) => this.patch({ observations }), {
        hint: t('concernNote.observations.hint'),
        hideLabel: true,
        max: 6000,
        rows: 6,
      })}
    </section>`;
  }

  /** The child's own words, quoted and kept as written, with the child's views, hopes and dreams beside them. */
  private renderChild(note: ConcernNote) {
    const { t } = this.i18n;
    return html`<section part="section">
      <h3>${t('concernNote.child.legend')}</h3>
      <div class="row">
        ${this.fields.text('childWords', t('concernNote.child.words'), note.childWords, (childWords) => this.patch({ childWords }), { verbatim: true, rows: 4 })}
        ${this.fields.text('childViews', t('concernNote.child.views'), note.childViews, (childViews) => this.patch({ childViews }), { hint: t('concernNote.child.viewsHint'), rows: 4 })}
      </div>
    </section>`;
  }

  private renderBackground(note: ConcernNote) {
    const { t } = this.i18n;
    return html`<section part="section">
      <h3>${t('concernNote.background.label')}</h3>
      ${this.fields.text('possibleBackground', t('concernNote.background.label'), note.possibleBackground, (possibleBackground) => this.patch({ possibleBackground }), {
        hint: t('concernNote.background.hint'),
        hideLabel: true,
      })}
    </section>`;
  }

  private renderPattern(note: ConcernNote) {
    const { t } = this.i18n;
    return html`<section part="section">
      <h3>${t('concernNote.pattern.legend')}</h3>
      <div class="row">
        ${this.fields.text('frequency', t('concernNote.pattern.frequency'), note.frequency, (frequency) => this.patch({ frequency }), { max: 1000, rows: 2 })}
        ${this.fields.text('pattern', t('concernNote.pattern.pattern'), note.pattern, (pattern) => this.patch({ pattern }), { hint: t('concernNote.pattern.patternHint'), max: 1000, rows: 2 })}
        ${this.fields.text('duration', t('concernNote.pattern.duration'), note.duration, (duration) => this.patch({ duration }), { max: 1000, rows: 2 })}
      </div>
    </section>`;
  }

  /** Signs of Safety's three columns: what works well, what we worry about, what needs to happen. */
  private renderSignsOfSafety(note: ConcernNote) {
    const { t } = this.i18n;
    return html`<section part="section">
      <h3>${t('concernNote.worksWell.label')}</h3>
      ${this.fields.text('worksWell', t('concernNote.worksWell.label'), note.worksWell, (worksWell) => this.patch({ worksWell }), { hint: t('concernNote.worksWell.hint'), hideLabel: true })}
    </section>
    <section part="section">
      <h3>${t('concernNote.worries.label')}</h3>
      ${this.fields.text('worries', t('concernNote.worries.label'), note.worries, (worries) => this.patch({ worries }), { hint: t('concernNote.worries.hint'), hideLabel: true })}
    </section>
    <section part="section">
      <h3>${t('concernNote.needs.label')}</h3>
      ${this.fields.text('whatNeedsToHappen', t('concernNote.needs.label'), note.whatNeedsToHappen, (whatNeedsToHappen) => this.patch({ whatNeedsToHappen }), {
        hint: t('concernNote.needs.hint'),
        hideLabel: true,
      })}
    </section>`;
  }

  private renderLevel(note: ConcernNote) {
    const { t } = this.i18n;
    return html`<section part="section">
      <h3>${t('concernNote.level.legend')}</h3>
      <p class="note">${t('concernNote.level.intro')}</p>
      ${this.fields.choices('level', t('concernNote.level.legend'), CONCERN_LEVELS, note.level, (l) => t(`concernNote.level.${l}`), (level) => this.patch({ level }, ['level'], true), { hideLegend: true })}
    </section>`;
  }

  private renderActions(note: ConcernNote) {
    const { t } = this.i18n;
    return html`<section part="section">
      <h3>${t('concernNote.actions.label')}</h3>
      ${this.fields.text('actionsTaken', t('concernNote.actions.label'), note.actionsTaken, (actionsTaken) => this.patch({ actionsTaken }), { hideLabel: true, rows: 3 })}
    </section>`;
  }

  private renderDiscussed(note: ConcernNote) {
    const { t } = this.i18n;
    return html`<section part="section">
      <h3 id=${fieldId('discussedWith')} tabindex="-1" data-field="discussedWith">${t('concernNote.discussed.legend')}</h3>
      ${this.renderFieldError('discussedWith')}
      ${this.asText
        ? note.discussedWith.length
          ? html`<ul>
              ${note.discussedWith.map((d) => html`<li>${d.role} · ${this.i18n.formatDate(d.on)}</li>`)}
            </ul>`
          : html`<p class="note">${t('controls.list.empty')}</p>`
        : this.discussedList.render(
            (d, i, update) => html`<div class="row">
              ${this.fields.line(`discussedWith.${i}.role`, t('concernNote.discussed.role'), d.role, (role) => update({ ...d, role }))}
              ${this.fields.date(`discussedWith.${i}.on`, t('concernNote.discussed.on'), d.on, (on) => update({ ...d, on }))}
            </div>`,
            t('concernNote.discussed.add'),
          )}
    </section>`;
  }

  private renderParents(note: ConcernNote) {
    const { t } = this.i18n;
    const parents = note.parents;
    const involved = parents === undefined ? undefined : parents.involved ? 'yes' : 'no';
    const set = (patch: Partial<Parents>, touched: string[] = [], commit = false) =>
      this.patch({ parents: { involved: parents?.involved ?? false, ...parents, ...patch } }, touched, commit);
    const suspected = suspectsAbuseByParent(note);
    return html`<section part="section">
      <h3>${t('concernNote.parents.legend')}</h3>
      ${this.fields.choices('parents.involved', t('concernNote.parents.involved'), YES_NO, involved, (a) => t(`concernNote.parents.${a}`), (a) => set({ involved: a === 'yes' }, ['parents.involved'], true), {
        inline: true,
        optional: true,
      })}
      ${parents?.involved
        ? html`${this.fields.date('parents.on', t('concernNote.parents.on'), parents.on, (on) => set({ on: on || undefined }))}
          ${this.fields.text('parents.reaction', t('concernNote.parents.reaction'), parents.reaction, (reaction) => set({ reaction }), { max: 2000, rows: 3 })}
          ${this.fields.text('parents.view', t('concernNote.parents.view'), parents.view, (view) => set({ view }), { max: 2000, rows: 3 })}
          ${this.fields.text('parents.resources', t('concernNote.parents.resources'), parents.resources, (resources) => set({ resources }), {
            hint: t('concernNote.parents.resourcesHint'),
            max: 2000,
            rows: 3,
          })}`
        : nothing}
      ${parents && !parents.involved
        ? html`${this.fields.choices(
            'parents.notInvolvedReason',
            t('concernNote.parents.reason'),
            PARENTS_NOT_INVOLVED_REASONS,
            parents.notInvolvedReason,
            (r) => t(`concernNote.parents.reasons.${r}`),
            (notInvolvedReason) => this.chooseNotInvolvedReason(notInvolvedReason),
          )}
          ${suspected && !this.asText
            ? html`<div class="guard-rail parents-guard" part="guard-rail" role="group" aria-labelledby="parents-guard-title" tabindex="-1">
                <h4 class="guard-title" id="parents-guard-title">${t('concernNote.parents.guardTitle')}</h4>
                ${renderSuspectedAbuseByParent(t)} ${renderBeredskab(this.beredskab, t)} ${renderDuty(t)}
              </div>`
            : nothing}
          ${this.fields.text('parents.notInvolvedExplanation', t('concernNote.parents.explanation'), parents.notInvolvedExplanation, (notInvolvedExplanation) => set({ notInvolvedExplanation }), {
            max: 2000,
            rows: 2,
            optional: true,
          })}`
        : nothing}
    </section>`;
  }

  private chooseNotInvolvedReason(notInvolvedReason: Parents['notInvolvedReason']): void {
    const parents = this.value?.parents;
    const before = parents?.notInvolvedReason;
    this.patch({ parents: { ...parents, involved: false, notInvolvedReason } }, ['parents.notInvolvedReason'], true);
    // The guard-rail appears below the choice: say so at once, not only to those who look.
    if (notInvolvedReason === 'suspected-abuse-by-parent' && before !== notInvolvedReason) {
      const { t } = this.i18n;
      this.announce(`${t('concernNote.parents.guardTitle')}. ${t('shared.safeguarding.suspectedParents')} ${t('shared.safeguarding.reportToday')}`);
    }
  }

  private renderDecision(note: ConcernNote) {
    const { t } = this.i18n;
    // Said while completing will lead on: the first completion, or a correction that changes the decision.
    const step = leadsOn(note.decision) && (note.status === 'draft' || note.decision !== this.completedDecision) ? NEXT_STEP_FOR[note.decision] : undefined;
    return html`<section part="section">
      <h3>${t('concernNote.decision.legend')}</h3>
      ${this.fields.choices('decision', t('concernNote.decision.legend'), CONCERN_DECISIONS, note.decision, (d) => t(`concernNote.decision.${d}`), (decision) => this.patch({ decision }, ['decision'], true), { hideLegend: true })}
      ${step && !this.asText ? html`<p class="note">${t('concernNote.decision.nextStep', { step: t(`concernNote.decision.steps.${step}`) })}</p>` : nothing}
    </section>`;
  }

  /**
   * Help within a week: who talks with the child or family, with whom, by when; the deadline (a week from
   * the day the note was written) and its state. "By" starts at the deadline, or today when that has
   * passed: never a day in the past. When abuse by a parent is suspected the conversation is with the
   * child, and the note says how: listen, do not question, the municipality talks about the suspicion.
   */
  private renderHelp(note: ConcernNote) {
    const { t } = this.i18n;
    const plan = note.firstConversation;
    const today = danishDate(new Date());
    const dueOn = firstConversationDeadline(note, today)?.dueOn;
    const defaultBy = dueOn && dueOn > today ? dueOn : today;
    const suspected = suspectsAbuseByParent(note);
    const defaultWith = suspected ? 'child' : 'child-and-family';
    const withWhom = plan?.with ?? defaultWith;
    const set = (patch: Partial<FirstConversation>, touched: string[] = [], commit = false) =>
      this.patch({ firstConversation: { who: '', with: defaultWith, by: defaultBy, ...plan, ...patch } }, touched, commit);
    return html`<section part="section">
      <h3>${t('concernNote.help.legend')}</h3>
      <p class="note">${t('concernNote.help.intro')}</p>
      ${this.renderDeadline(note)}
      ${this.fields.line('firstConversation.who', t('concernNote.help.who'), plan?.who, (who) => set({ who }))}
      ${this.fields.choices('firstConversation.with', t('concernNote.help.with'), HELP_WITH, withWhom, (w) => t(`concernNote.help.withOptions.${w}`), (w) => set({ with: w }, ['firstConversation.with'], true), {
        inline: true,
        // Part of the plan completing asks for; before there is a plan the model names only "who".
        optional: false,
      })}
      ${suspected && !this.asText ? html`<p class="note warn" role="note">${t('concernNote.help.notFamilyFirst')}</p>` : nothing}
      <div class="row">
        ${this.fields.date('firstConversation.by', t('concernNote.help.by'), plan?.by ?? defaultBy, (by) => set({ by }), { optional: false })}
        ${plan ? this.fields.date('firstConversation.heldOn', t('concernNote.help.heldOn'), plan.heldOn, (heldOn) => set({ heldOn: heldOn || undefined }), { optional: true }) : nothing}
      </div>
    </section>`;
  }

  private renderDeadline(note: ConcernNote) {
    const deadline = firstConversationDeadline(note, danishDate(new Date()));
    if (!deadline) return nothing;
    const { t } = this.i18n;
    const late = deadline.state === 'overdue' || deadline.state === 'planned-after-deadline' || deadline.state === 'held-late';
    const count = Math.abs(deadline.daysLeft);
    return html`<p class=${late ? 'deadline late' : deadline.state === 'held' ? 'deadline held' : 'deadline'} data-state=${deadline.state}>
      <strong>${t('concernNote.help.deadline', { date: this.i18n.formatDate(deadline.dueOn) })}</strong> – ${t(`concernNote.help.state.${deadline.state}`, { count })}
    </p>`;
  }

  // ---- submit ------------------------------------------------------------------------------------

  /**
   * Completes the note; on the first completion with an indstilling or underretning, `spire-next-step`
   * follows. A correction ("Gem rettelse") leads on again only when it changed the decision to one of them.
   */
  override async submit(): Promise<ConcernNote | undefined> {
    const current = this.value;
    const first = current?.status === 'draft';
    const decidedBefore = this.completedDecision;
    // Known before the completed note renders, so it does not offer the next step it is taking now.
    if (current) this.completedDecision = current.decision;
    const submitted = await super.submit();
    if (!submitted) {
      this.completedDecision = decidedBefore;
      this.requestUpdate();
      return undefined;
    }
    this.completedDecision = submitted.decision;
    if (leadsOn(submitted.decision) && (first || submitted.decision !== decidedBefore)) {
      emit(this, 'spire-next-step', { step: NEXT_STEP_FOR[submitted.decision], record: submitted });
    }
    return submitted;
  }
}
