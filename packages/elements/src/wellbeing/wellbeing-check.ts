import { type PropertyValues, adoptStyles, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  type Agreement,
  CHILD_PERSPECTIVE_METHODS,
  type ChildPerspective,
  type Instrument,
  NEXT_STEPS,
  type Position,
  type WellbeingCheck,
  createWellbeingCheck,
  defaultInstrument,
  Instrument as InstrumentSchema,
  newId,
  parseRecordOf,
  safeguardingConcerns,
  parseWith,
  suggestOverallPosition,
  chronologicalChecks,
  childAgeBand,
  childItemsFor,
  CONTEXTS,
  FOLLOW_UP_OUTCOMES,
  type FollowUp,
  LIST_LIMITS,
  wellbeingCheckDefinition,
} from '@spire/model';
import { SpireRecordElement } from '../shared/elements/record-element.js';
import { capitalize } from '../shared/i18n/i18n.js';
import { wellbeingCheckStyles } from './wellbeing-check.styles.js';
import { fieldId } from '../shared/validation/validation.js';
import { emit } from '../shared/events.js';
import { ListEditor, listEditorStyles } from '../shared/controls/list-editor.js';
import { renderDraftStatus } from '../shared/drafts/draft-status.js';
import { positionMarkStyles, positionShape } from './controls/position-mark.js';
import type { ChildAnswerDetail, ChildHousesDetail } from './child-mode/child-view.js';
import { guardRailStyles, renderAcuteDanger, renderBeredskab, renderDuty, renderParentsFirst } from '../shared/safeguarding/guard-rail.js';
import { PARENTS_VERSION, parentsVersionAvailable } from './parents-version-available.js';
import './controls/define.js';
import './strings.js';

type Participant = WellbeingCheck['assessment']['participants'][number];
type ChildMethod = ChildPerspective['method'];

/** Methods whose record keeps the child's smiley answers. */
const KEEPS_RATINGS: readonly ChildMethod[] = ['own-rating', 'three-houses'];

/** Next steps the host carries on in another widget: `spire-next-step` tells it which, with the check. */
const OPENS_ANOTHER_WIDGET = ['concern-note', 'referral', 'underretning', 'network-meeting'] as const;

/** Loaded once, when first needed (a chunk of its own in an app's bundle). */
let childMode: Promise<unknown> | undefined;
let trend: Promise<unknown> | undefined;

type ParentsLetter = typeof import('./parents-version.js');
/** The parents' letter (its render, styles and strings), once loaded: when it is first printed. */
let parentsLetter: ParentsLetter | undefined;
let loadingParentsLetter: Promise<ParentsLetter> | undefined;
function loadParentsLetter(): Promise<ParentsLetter> {
  if (!loadingParentsLetter) {
    loadingParentsLetter = import('./parents-version.js').then((module) => (parentsLetter = module));
    // A chunk that could not load may be asked for again (the next press of the button).
    loadingParentsLetter.catch(() => (loadingParentsLetter = undefined));
  }
  return loadingParentsLetter;
}
/** Someone may press "print for the parents": have the letter ready by then. */
const preloadParentsLetter = () => void loadParentsLetter().catch(() => undefined);

/**
 * The trivselsvurdering: per dimension of the instrument a position (grøn / gul / rød / ikke vurderet)
 * with a justification for gul and rød, an overall position with a suggestion, strengths first, the
 * child's and the parents' perspectives, agreements and a next step. Validated by the model, autosaved
 * as a draft, and a form control: inside a `<form>` the record is submitted as JSON under `name`.
 *
 * @tag spire-wellbeing-check
 * @fires input - After every edit; `value` holds the edited record.
 * @fires change - When edits are committed, once, with the new record in `value`: a choice made, a field left after typing, a row added, removed or moved, the child's words left in child mode (never for focus moving alone).
 * @fires spire-submit - `{ value }`: the completed, validated check.
 * @fires spire-next-step - `{ step, record }` after completion when the next step is carried on in another widget: `concern-note`, `referral` (indstilling), `underretning` or `network-meeting`.
 * @fires spire-draft-saved - `{ key, savedAt, store }` after each autosave.
 * @fires spire-draft-restored - `{ key, savedAt }` when a newer draft was brought back.
 * @fires spire-storage-fallback - `{ reason }` when drafts can only be kept in memory.
 * @fires spire-error - `{ source, path, code, message }` for host input the model rejects: a `value` (source `value`), or an author, child, instrument, language rule or earlier record (source `config`, e.g. path `child.id`), which is then left unused.
 * @csspart error-summary - The "Fejl:" summary shown after a failed submit.
 * @csspart section - Each section of the check.
 * @csspart actions - The submit and print buttons.
 * @csspart other-tab-notice - Shown when the record, open in another tab too, was changed there in the same fields: the two versions to choose between.
 * @csspart draft-status - The line that says whether the draft is saved.
 * @csspart textarea - Each text field's text area (the nested `spire-text-area`'s part).
 * @csspart nudges - The language hints under a text field (the nested `spire-text-area`'s part).
 * @csspart date-input - Each date field's input (the nested `spire-date-field`'s `input` part).
 * @csspart position-option - Each position's option box in the grøn/gul/rød pickers (the nested `spire-position-picker`'s `option` part).
 * @csspart trend-table - The table of earlier rounds (the nested `spire-wellbeing-trend`'s `table` part).
 * @csspart smiley-face - Each face in child mode (the nested `spire-smiley-scale`'s `face` part).
 * @csspart smiley-dont-know - The "ved ikke" answer in child mode (the nested `spire-smiley-scale`'s `dont-know` part).
 */
export class SpireWellbeingCheck extends SpireRecordElement<WellbeingCheck> {
  static override styles = [...SpireRecordElement.styles, listEditorStyles, positionMarkStyles, guardRailStyles, wellbeingCheckStyles];

  protected readonly definition = wellbeingCheckDefinition;
  /** Earlier wellbeing checks: last round's agreements and the trend. */
  protected override readonly earlierKinds = [wellbeingCheckDefinition];

  /** `professional` (the whole check) or `child` (one question at a time for the child, with an adult). */
  @property({ reflect: true }) mode: 'professional' | 'child' = 'professional';

  /** The instrument; by default the provider's configuration, else Spire's default instrument. */
  @property({ attribute: false }) instrument?: Instrument;

  /** The child's earlier checks, for the trend; by default the provider's records for the same child. */
  @property({ attribute: false }) earlier?: readonly WellbeingCheck[];

  /** A change of method that would drop the child's answers, waiting for the professional to confirm. */
  @state() private pendingMethod?: ChildMethod;

  private readonly participantsList = new ListEditor<Participant>(this, {
    key: 'assessment.participants',
    items: () => this.value?.assessment.participants ?? [],
    onChange: (participants, touched) => this.update_({ assessment: { ...this.value!.assessment, participants } }, touched),
    create: () => ({ name: '', role: '' }),
    max: LIST_LIMITS.participants,
    itemLabel: (_p, i) => this.i18n.t('wellbeing.check.assessment.participant', { n: i + 1 }),
    itemName: (_p, i) => this.i18n.t('wellbeing.check.assessment.participantInSentence', { n: i + 1 }),
    announce: (text) => this.announce(text),
    t: () => this.i18n.t,
    disabled: () => this.isDisabled,
  });

  private readonly agreementsList = new ListEditor<Agreement>(this, {
    key: 'agreements',
    items: () => this.value?.agreements ?? [],
    onChange: (agreements, touched) => this.update_({ agreements }, touched),
    create: () => ({ id: newId(), goal: '', action: '', responsible: this.currentAuthor?.name ?? this.value?.author.name ?? '', followUpOn: '' }),
    max: LIST_LIMITS.agreements,
    itemLabel: (_a, i) => this.i18n.t('wellbeing.check.agreements.item', { n: i + 1 }),
    itemName: (_a, i) => this.i18n.t('wellbeing.check.agreements.itemInSentence', { n: i + 1 }),
    announce: (text) => this.announce(text),
    t: () => this.i18n.t,
    disabled: () => this.isDisabled,
  });

  /** The instrument in force. One the model rejects is reported (`spire-error`) and the default used. */
  private get currentInstrument(): Instrument {
    return this.hostInput.usable('instrument', this.instrument ?? this.config?.instrument, (input) => parseWith(InstrumentSchema, input)) ?? defaultInstrument;
  }

  private get earlierChecks(): WellbeingCheck[] {
    const value = this.value;
    const source = this.earlier
      ? this.hostInput.records('earlier', this.earlier, (input) => parseRecordOf(wellbeingCheckDefinition, input))
      : this.earlierRecords.filter((r): r is WellbeingCheck => r.kind === 'wellbeing-check');
    return source.filter((c) => !value || (c.id !== value.id && c.child.id === value.child.id));
  }

  /**
   * Colleagues' own (individual) assessments of the same child in the same round, completed: what a joint
   * assessment is written from, shown beside each dimension.
   */
  private colleagueChecks(check: WellbeingCheck): WellbeingCheck[] {
    const round = check.round.label.trim().toLocaleLowerCase();
    return this.earlierChecks.filter(
      (c) => c.assessment.type === 'individual' && (c.status === 'completed' || c.status === 'amended') && c.round.label.trim().toLocaleLowerCase() === round,
    );
  }

  /** The last completed check of an earlier round with agreements to follow up (never a colleague's of this round). */
  private lastRound(check: WellbeingCheck): WellbeingCheck | undefined {
    const round = check.round.label.trim().toLocaleLowerCase();
    const earlier = chronologicalChecks(this.earlierChecks).filter(
      (c) => (c.status === 'completed' || c.status === 'amended') && c.round.label.trim().toLocaleLowerCase() !== round && c.agreements.length > 0,
    );
    return earlier.at(-1);
  }

  protected createEmpty(): WellbeingCheck | undefined {
    const author = this.currentAuthor;
    const child = this.currentChild;
    if (!author || !child) return undefined;
    return createWellbeingCheck({ author, child, instrument: this.currentInstrument });
  }

  protected override fieldLabel(key: string): string {
    const { t } = this.i18n;
    const parts = key.split('.');
    const dimensionLabel = (index: string) => {
      const id = this.value?.dimensions[Number(index)]?.dimensionId;
      return this.currentInstrument.dimensions.find((d) => d.id === id)?.label[this.i18n.locale] ?? id ?? '';
    };
    if (key === 'dimensions') return t('wellbeing.check.dimensions.legend');
    if (parts[0] === 'dimensions' && parts[2] === 'justification') return t('wellbeing.check.dimensions.justification', { dimension: dimensionLabel(parts[1]!) });
    if (parts[0] === 'dimensions') return dimensionLabel(parts[1]!);
    if (parts[0] === 'followUps' && parts.length >= 3) return `${this.value?.followUps?.[Number(parts[1])]?.goal ?? ''} – ${t(parts[2] === 'note' ? 'wellbeing.check.followUp.note' : 'wellbeing.check.followUp.outcome')}`;
    if (parts[0] === 'agreements' && parts.length >= 3) return `${t('wellbeing.check.agreements.item', { n: Number(parts[1]) + 1 })} – ${t(`wellbeing.check.agreements.${parts[2]}`)}`;
    if (parts[0] === 'assessment' && parts[1] === 'participants' && parts.length >= 4) return `${t('wellbeing.check.assessment.participant', { n: Number(parts[2]) + 1 })} – ${t(parts[3] === 'name' ? 'wellbeing.check.assessment.participantName' : 'wellbeing.check.assessment.participantRole')}`;
    const labels: Record<string, string> = {
      'round.label': 'wellbeing.check.round.label',
      'round.dueOn': 'wellbeing.check.round.dueOn',
      'assessment.participants': 'wellbeing.check.assessment.participants',
      'overall.position': 'wellbeing.check.overall.label',
      'overall.overrideReason': 'wellbeing.check.overall.overrideReason',
      strengths: 'wellbeing.check.strengths.label',
      wonderings: 'wellbeing.check.wonderings.label',
      possibleBackground: 'wellbeing.check.background.label',
      childPerspective: 'wellbeing.check.child.legend',
      'childPerspective.reason': 'wellbeing.check.child.reason',
      'childPerspective.ownWords': 'wellbeing.check.child.ownWords',
      'childPerspective.observation': 'wellbeing.check.child.observation',
      'child.context': 'wellbeing.check.context.legend',
      'parentPerspective.informedOn': 'wellbeing.check.parents.informedOn',
      'parentPerspective.notInformedReason': 'wellbeing.check.parents.notInformedReason',
      agreements: 'wellbeing.check.agreements.legend',
      nextStep: 'wellbeing.check.nextStep.legend',
    };
    return labels[key] ? t(labels[key]!) : '';
  }

  /** Applies a partial change made by the user, keeping the overall suggestion in step with the dimensions. */
  private update_(patch: Partial<WellbeingCheck>, touched: readonly string[] = [], commit = false): void {
    const current = this.value;
    if (!current) return;
    const next = { ...current, ...patch };
    const suggested = suggestOverallPosition(next.dimensions);
    next.overall = suggested === 'not-assessed' ? omit(next.overall, 'suggested') : { ...next.overall, suggested };
    const concernBefore = safeguardingConcerns(current, this.currentInstrument).length > 0;
    this.edit(next, touched, { commit });
    // The guard-rail appears below the dimension: say so at once, not only to those who look.
    if (!concernBefore && safeguardingConcerns(next, this.currentInstrument).length > 0) {
      this.announce(`${this.i18n.t('wellbeing.check.guard.title')}. ${this.i18n.t('shared.safeguarding.acute')}`);
    }
  }


  /**
   * Rød in a safeguarding dimension (the instrument marks which): the heightened duty to notify, the
   * municipality's beredskab, acute danger, and that parents are not contacted first when abuse by a
   * parent is suspected. Guidance for the professional, so it is not printed with the record.
   */
  private renderGuardRail(check: WellbeingCheck) {
    const concerns = safeguardingConcerns(check, this.currentInstrument);
    if (!concerns.length || this.asText) return nothing;
    const { t, locale } = this.i18n;
    const areas = concerns.map((id) => this.currentInstrument.dimensions.find((d) => d.id === id)?.label[locale] ?? id).join(', ');
    const beredskab = this.beredskab;
    const chosen = check.nextStep === 'underretning';
    return html`<section part="section guard-rail" class="guard-rail">
      <h3>${t('wellbeing.check.guard.title')}</h3>
      <p>${t('wellbeing.check.guard.areas', { areas })}</p>
      ${renderAcuteDanger(t)} ${renderDuty(t)} ${renderParentsFirst(t)} ${renderBeredskab(beredskab, t)}
      ${chosen
        ? html`<p class="note chosen" tabindex="-1">${t('wellbeing.check.guard.chosen')}</p>`
        : html`<div>
            <button type="button" data-action="choose-underretning" ?disabled=${this.isDisabled} @click=${() => this.chooseUnderretning()}>${t('wellbeing.check.guard.chooseUnderretning')}</button>
          </div>`}
    </section>`;
  }

  private async chooseUnderretning(): Promise<void> {
    this.update_({ nextStep: 'underretning' }, ['nextStep'], true);
    this.announce(this.i18n.t('wellbeing.check.guard.chosen'));
    await this.updateComplete;
    // The button is gone; focus stays in the guard-rail, on what replaced it.
    this.renderRoot.querySelector<HTMLElement>('.guard-rail .chosen')?.focus();
  }

  /**
   * Prints the plain-language version for the parents (what goes well, each area in everyday words, the
   * child's own words, what we agree, who to contact) instead of the journal record. The check's
   * "Udskriv forældreversion" button does the same; not offered when abuse by a parent is suspected.
   * The letter (with its strings) is a chunk of its own, loaded the first time, or when the button is
   * pointed at or focused: the promise resolves once the print dialog was opened, or at once when there
   * is nothing to print or the letter could not load.
   */
  async printParentsVersion(): Promise<void> {
    if (!this.value || !parentsVersionAvailable(this.value)) return;
    let letter: ParentsLetter;
    try {
      letter = await loadParentsLetter();
    } catch {
      return;
    }
    // The letter's strings are an area of their own: in English they load now, before the page is printed.
    await this.i18n.ensureLoaded();
    if (!this.value || !parentsVersionAvailable(this.value) || !this.isConnected) return;
    this.adoptLetterStyles(letter);
    this.print.print(PARENTS_VERSION);
  }

  /** The letter's styles join the check's own in its shadow root, once (a strict CSP allows adopted sheets). */
  private letterStylesAdopted = false;
  private adoptLetterStyles(letter: ParentsLetter): void {
    if (this.letterStylesAdopted || !(this.renderRoot instanceof ShadowRoot)) return;
    adoptStyles(this.renderRoot, [...(this.constructor as typeof SpireWellbeingCheck).elementStyles, letter.parentsVersionStyles]);
    this.letterStylesAdopted = true;
  }

  /** The parents' version names the child and its own confidentiality line in the page margins. */
  protected override printPageText(version: string | undefined) {
    return version === PARENTS_VERSION && this.value && parentsLetter ? parentsLetter.parentsPageText(this.value, this.i18n.t) : super.printPageText(version);
  }

  /** Child mode and the trend load when shown, not with the check's first render. */
  protected override partsNeeded(): Promise<unknown>[] {
    const parts: Promise<unknown>[] = [];
    if (this.mode === 'child' && !this.readonly) parts.push((childMode ??= import('./child-mode/define.js')));
    if (this.value && this.earlierChecks.length > 0) parts.push((trend ??= import('./trend/define.js')));
    return parts;
  }

  /** A check made with fewer dimensions keeps them all; the instrument's missing ones are added. */
  protected override normalizeRecord(value: WellbeingCheck): WellbeingCheck {
    const missing = this.currentInstrument.dimensions.filter((d) => !value.dimensions.some((x) => x.dimensionId === d.id));
    if (!missing.length) return value;
    return { ...value, dimensions: [...value.dimensions, ...missing.map((d) => ({ dimensionId: d.id, position: 'not-assessed' as const }))] };
  }

  override render() {
    const check = this.value;
    const { t } = this.i18n;
    if (!check) return this.renderSetupProblem();
    // The parents' version replaces the journal on paper, only while it is printed.
    if (this.print.printing && this.print.version === PARENTS_VERSION && parentsLetter) return html`${parentsLetter.renderParentsVersion(check, this.currentInstrument, this.i18n)}${this.renderLiveRegion()}`;
    if (this.mode === 'child' && !this.asText) return this.renderChildMode(check);
    return this.renderShell({
      title: t('wellbeing.check.title'),
      about: `${t('wellbeing.check.about', { child: check.child.displayName, context: t(`shared.context.${check.child.context}`) })}${check.child.group ? ` · ${check.child.group}` : ''} · ${check.round.label}`,
      body: html`${this.renderFollowUp(check)} ${this.renderRound(check)} ${this.renderStrengths(check)} ${this.renderDimensions(check)} ${this.renderGuardRail(check)} ${this.renderOverall(check)}
      ${this.renderWonderings(check)} ${this.renderChildPerspective(check)} ${this.renderParents(check)} ${this.renderAgreements(check)}
      ${this.renderNextStep(check)} ${this.renderTrend(check)}`,
      submitLabel: t('wellbeing.check.actions.submit'),
      completedNotice: t('wellbeing.check.completedNotice'),
      byline: t('wellbeing.check.by', { name: check.author.name, role: check.author.role }),
    });
  }

  // ---- sections ----------------------------------------------------------------------------------

  // Sections are not named landmarks: with two checks on one page (two children, or two rounds) every
  // region name would repeat. Their h3 headings are how a screen reader moves between them.
  private renderRound(check: WellbeingCheck) {
    const { t } = this.i18n;
    const joint = check.assessment.type === 'joint';
    return html`<section part="section">
      <h3 id="round-title">${t('wellbeing.check.round.legend')}</h3>
      <div class="row">
        ${this.fields.line('round.label', t('wellbeing.check.round.label'), check.round.label, (label) => this.update_({ round: { ...check.round, label } }), { hint: t('wellbeing.check.round.labelHint') })}
        ${this.fields.date('round.dueOn', t('wellbeing.check.round.dueOn'), check.round.dueOn, (dueOn) => this.update_({ round: dueOn ? { ...check.round, dueOn } : omit(check.round, 'dueOn') }))}
      </div>
      ${this.fields.choices(
        'child.context',
        t('wellbeing.check.context.legend'),
        CONTEXTS,
        check.child.context,
        (c) => capitalize(t(`shared.context.${c}`), this.i18n.locale),
        (context) => this.update_({ child: { ...check.child, context } }, ['child.context'], true),
        { inline: true },
      )}
      ${this.fields.choices(
        'assessment.type',
        t('wellbeing.check.assessment.legend'),
        ['individual', 'joint'] as const,
        check.assessment.type,
        (type) => t(`wellbeing.check.assessment.${type}`),
        (type) => this.chooseAssessmentType(check, type),
      )}
      ${joint
        ? html`<div>
            ${this.asText ? nothing : this.renderColleaguesFound(check)}
            <h4 class="text-label" id=${fieldId('assessment.participants')} tabindex="-1" data-field="assessment.participants">${t('wellbeing.check.assessment.participants')}</h4>
            ${this.renderFieldError('assessment.participants')}
            ${this.asText
              ? html`<ul>${check.assessment.participants.map((p) => html`<li>${p.name} (${p.role})</li>`)}</ul>`
              : this.participantsList.render(
                  (p, i, update) => html`<div class="row">
                    ${this.fields.line(`assessment.participants.${i}.name`, t('wellbeing.check.assessment.participantName'), p.name, (name) => update({ ...p, name }))}
                    ${this.fields.line(`assessment.participants.${i}.role`, t('wellbeing.check.assessment.participantRole'), p.role, (role) => update({ ...p, role }))}
                  </div>`,
                  t('wellbeing.check.assessment.addParticipant'),
                )}
          </div>`
        : nothing}
    </section>`;
  }

  /** A joint assessment starts with the author among its participants. */
  private chooseAssessmentType(check: WellbeingCheck, type: WellbeingCheck['assessment']['type']): void {
    const author = this.currentAuthor ?? check.author;
    const participants =
      type === 'joint' && check.assessment.participants.length === 0 && author.name.trim() ? [{ name: author.name, role: author.role }] : check.assessment.participants;
    this.update_({ assessment: { type, participants } }, ['assessment.type'], true);
  }

  /**
   * Last round's agreements, first: each marked done, not done or continued (then copied into this
   * round's agreements), with a note. Kept in the check as `followUps`; the earlier check is not changed.
   */
  private renderFollowUp(check: WellbeingCheck) {
    const last = this.lastRound(check);
    const followUps = check.followUps ?? [];
    if (!last && followUps.length === 0) return nothing;
    const { t } = this.i18n;
    const agreements = last?.agreements ?? [];
    // Follow-ups already written stay, even when the earlier check is no longer at hand.
    const rows = [
      ...agreements.map((a) => ({ agreement: a as Agreement | undefined, recordId: last!.id, agreementId: a.id, goal: a.goal })),
      ...followUps.filter((f) => !agreements.some((a) => a.id === f.agreementId && last!.id === f.recordId)).map((f) => ({ agreement: undefined, recordId: f.recordId, agreementId: f.agreementId, goal: f.goal })),
    ];
    const title = last ? t('wellbeing.check.followUp.legend', { round: last.round.label }) : t('wellbeing.check.followUp.legendNoRound');
    return html`<section part="section" class="follow-up">
      <h3 id="follow-up-title">${title}</h3>
      <p class="note">${t('wellbeing.check.followUp.intro')}</p>
      <ol class="follow-up-list">
        ${rows.map((row) => {
          const index = followUps.findIndex((f) => f.recordId === row.recordId && f.agreementId === row.agreementId);
          const current = index >= 0 ? followUps[index] : undefined;
          const key = `followUps.${index >= 0 ? index : followUps.length}`;
          return html`<li class="follow-up-item">
            <h4>${row.goal}</h4>
            ${row.agreement
              ? html`<p>${row.agreement.action}</p>
                  <p class="note">${t('wellbeing.check.followUp.meta', { responsible: row.agreement.responsible, date: this.i18n.formatDate(row.agreement.followUpOn) })}</p>`
              : nothing}
            ${this.asText
              ? html`<p><strong>${current ? t(`wellbeing.check.followUp.outcomes.${current.outcome}`) : t('wellbeing.check.followUp.notFollowedUp')}</strong>${current?.note ? html` – ${current.note}` : nothing}</p>`
              : html`${this.fields.choices(
                  `${key}.outcome`,
                  t('wellbeing.check.followUp.outcomeFor', { goal: row.goal }),
                  FOLLOW_UP_OUTCOMES,
                  current?.outcome,
                  (o) => t(`wellbeing.check.followUp.outcomes.${o}`),
                  (outcome) => this.setFollowUp(check, row, { outcome }),
                  { optional: true, inline: true },
                )}
                ${current
                  ? this.fields.text(`${key}.note`, t('wellbeing.check.followUp.note'), current.note, (note) => this.setFollowUp(check, row, { note }), { optional: true, rows: 2, max: 1000 })
                  : nothing}`}
          </li>`;
        })}
      </ol>
    </section>`;
  }

  private setFollowUp(check: WellbeingCheck, row: { agreement?: Agreement; recordId: string; agreementId: string; goal: string }, patch: Partial<FollowUp>): void {
    const followUps = [...(check.followUps ?? [])];
    const index = followUps.findIndex((f) => f.recordId === row.recordId && f.agreementId === row.agreementId);
    const before = index >= 0 ? followUps[index] : undefined;
    const next: FollowUp = { recordId: row.recordId, agreementId: row.agreementId, goal: row.goal, outcome: 'done', ...before, ...patch };
    if (index >= 0) followUps[index] = next;
    else followUps.push(next);
    let agreements = check.agreements;
    const copy = (a: Agreement) => agreements.find((x) => x.goal === a.goal && x.action === a.action);
    if (row.agreement && next.outcome === 'continued' && !copy(row.agreement)) {
      // Continued: the agreement goes on in this round, with a new follow-up date to set.
      agreements = [...agreements, { ...row.agreement, id: newId(), followUpOn: '', done: undefined }];
      this.announce(this.i18n.t('wellbeing.check.followUp.copied'));
    } else if (row.agreement && before?.outcome === 'continued' && next.outcome !== 'continued') {
      // Taken back: the copy goes again, unless someone has already worked on it.
      const made = copy(row.agreement);
      if (made && !made.followUpOn) agreements = agreements.filter((a) => a !== made);
    }
    const touched = [`followUps.${index >= 0 ? index : followUps.length - 1}.outcome`];
    this.update_({ followUps, agreements }, touched, patch.outcome !== undefined);
  }

  private renderStrengths(check: WellbeingCheck) {
    const { t } = this.i18n;
    return html`<section part="section">
      <h3 id="strengths-title">${t('wellbeing.check.strengths.label')}</h3>
      ${this.fields.text('strengths', t('wellbeing.check.strengths.label'), check.strengths, (strengths) => this.update_({ strengths }), {
        hint: t('wellbeing.check.strengths.hint'),
        hideLabel: true,
      })}
    </section>`;
  }

  private renderDimensions(check: WellbeingCheck) {
    const { t, locale } = this.i18n;
    // Writing the joint assessment: each colleague's own assessment beside the dimension.
    const colleagues = check.assessment.type === 'joint' && !this.asText ? this.colleagueChecks(check) : [];
    return html`<section part="section">
      <h3 id="dimensions-title">${t('wellbeing.check.dimensions.legend')}</h3>
      <p class="note">${t('wellbeing.check.positionsNote')}</p>
      <div data-field="dimensions" tabindex="-1" id=${fieldId('dimensions')}>${this.renderFieldError('dimensions')}</div>
      ${check.dimensions.map((assessment, index) => {
        const dimension = this.currentInstrument.dimensions.find((d) => d.id === assessment.dimensionId);
        const label = dimension?.label[locale] ?? assessment.dimensionId;
        const needsJustification = assessment.position === 'yellow' || assessment.position === 'red';
        const key = `dimensions.${index}`;
        const setDimension = (patch: Partial<typeof assessment>, touched: string[], commit = false) => {
          const dimensions = check.dimensions.map((d, i) => (i === index ? { ...d, ...patch } : d));
          this.update_({ dimensions }, touched, commit);
        };
        return html`<div class="dimension">
          ${colleagues.length ? this.renderColleagues(colleagues, assessment.dimensionId, label) : nothing}
          ${this.asText
            ? html`<div class="ro"><h4>${label}</h4><span class="position">${positionShape(assessment.position)}${t(`controls.position.${assessment.position}`)}</span></div>`
            : html`<spire-position-picker
                exportparts="option: position-option"
                data-field=${`${key}.position`}
                id=${fieldId(`${key}.position`)}
                .label=${label}
                .hint=${dimension?.description[locale] ?? ''}
                .value=${assessment.position}
                .guidance=${dimension ? { green: dimension.guidance.green[locale], yellow: dimension.guidance.yellow[locale], red: dimension.guidance.red[locale] } : undefined}
                ?disabled=${this.isDisabled}
                .invalid=${this.errorsFor(`${key}.position`).length > 0}
                .errorMessage=${this.errorsFor(`${key}.position`).join(' ')}
                @change=${(e: Event) => setDimension({ position: (e.target as HTMLElement & { value: Position }).value }, [`${key}.position`], true)}
              ></spire-position-picker>`}
          ${needsJustification || assessment.justification
            ? this.fields.text(`${key}.justification`, t('wellbeing.check.dimensions.justification', { dimension: label }), assessment.justification, (justification) => setDimension({ justification }, []), {
                hint: t('wellbeing.check.dimensions.justificationHint'),
                optional: !needsJustification,
                max: 2000,
                rows: 3,
              })
            : nothing}
        </div>`;
      })}
    </section>`;
  }

  /** Says whose own assessments the joint one is written from, or that none are there yet. */
  private renderColleaguesFound(check: WellbeingCheck) {
    const { t } = this.i18n;
    const colleagues = this.colleagueChecks(check);
    const names = [...new Set(colleagues.map((c) => `${c.author.name} (${c.author.role})`))].join(', ');
    return html`<p class="note">${colleagues.length ? t('wellbeing.check.joint.found', { round: check.round.label, names }) : t('wellbeing.check.joint.none', { round: check.round.label })}</p>`;
  }

  /** Colleagues' own positions and reasons for one dimension, side by side. */
  private renderColleagues(colleagues: readonly WellbeingCheck[], dimensionId: string, label: string) {
    const { t } = this.i18n;
    return html`<div class="colleagues">
      <h4 class="text-label">${t('wellbeing.check.joint.colleaguesFor', { dimension: label })}</h4>
      <ul>
        ${colleagues.map((c) => {
          const own = c.dimensions.find((d) => d.dimensionId === dimensionId);
          const position = own?.position ?? 'not-assessed';
          return html`<li>
            <span class="who">${c.author.name} (${c.author.role})</span>
            <span class="position">${positionShape(position)}${t(`controls.position.${position}`)}</span>
            ${own?.justification ? html`<span class="why">${own.justification}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderOverall(check: WellbeingCheck) {
    const { t } = this.i18n;
    const suggested = check.overall.suggested;
    const differs = suggested && suggested !== 'not-assessed' && check.overall.position !== 'not-assessed' && check.overall.position !== suggested;
    return html`<section part="section">
      <h3 id="overall-title">${t('wellbeing.check.overall.legend')}</h3>
      ${this.asText
        ? html`<div class="ro"><span class="position">${positionShape(check.overall.position)}${t(`controls.position.${check.overall.position}`)}</span></div>`
        : html`<spire-position-picker
            exportparts="option: position-option"
            data-field="overall.position"
            id=${fieldId('overall.position')}
            .label=${t('wellbeing.check.overall.label')}
            .value=${check.overall.position}
            .suggested=${suggested && suggested !== 'not-assessed' ? suggested : undefined}
            ?disabled=${this.isDisabled}
            .invalid=${this.errorsFor('overall.position').length > 0}
            .errorMessage=${this.errorsFor('overall.position').join(' ')}
            @change=${(e: Event) => this.update_({ overall: { ...check.overall, position: (e.target as HTMLElement & { value: Position }).value } }, ['overall.position'], true)}
          ></spire-position-picker>`}
      ${differs || check.overall.overrideReason
        ? this.fields.text('overall.overrideReason', t('wellbeing.check.overall.overrideReason'), check.overall.overrideReason, (overrideReason) => this.update_({ overall: { ...check.overall, overrideReason } }), { max: 1000, rows: 2, optional: !differs })
        : nothing}
    </section>`;
  }

  private renderWonderings(check: WellbeingCheck) {
    const { t } = this.i18n;
    return html`<section part="section">
      <h3 id="wonder-title">${t('wellbeing.check.wonderings.label')}</h3>
      ${this.fields.text('wonderings', t('wellbeing.check.wonderings.label'), check.wonderings, (wonderings) => this.update_({ wonderings }), { hideLabel: true })}
      ${this.fields.text('possibleBackground', t('wellbeing.check.background.label'), check.possibleBackground, (possibleBackground) => this.update_({ possibleBackground }), {
        hint: t('wellbeing.check.background.hint'),
      })}
    </section>`;
  }

  private renderChildPerspective(check: WellbeingCheck) {
    const { t, locale } = this.i18n;
    const perspective = check.childPerspective;
    const method = perspective?.method;
    const setPerspective = (patch: Partial<ChildPerspective>, touched: string[] = [], commit = false) =>
      this.update_({ childPerspective: { method: method ?? 'conversation', ...perspective, ...patch } }, ['childPerspective', ...touched], commit);
    const answered = perspective?.ratings ?? [];
    const ratings = new Map(answered.map((r) => [r.itemId, r.value]));
    // The questions for the child's age, and any other question the child answered.
    const asked = childItemsFor(this.currentInstrument, childAgeBand(check.child));
    const items = [...asked, ...this.currentInstrument.childItems.filter((i) => ratings.has(i.id) && !asked.includes(i))];
    const answerText = (value: number | 'dont-know' | undefined) =>
      value === undefined ? t('wellbeing.check.child.noRating') : value === 'dont-know' ? t('wellbeing.check.child.dontKnow') : t(`controls.smiley.${value}`);
    const showRatings = answered.length > 0 || method === 'own-rating';
    return html`<section part="section">
      <h3 id="child-title">${t('wellbeing.check.child.legend')}</h3>
      <p class="note">${t('wellbeing.check.child.intro')}</p>
      ${this.fields.choices(
        'childPerspective',
        t('wellbeing.check.child.method'),
        CHILD_PERSPECTIVE_METHODS,
        method,
        (m) => t(`wellbeing.check.child.methods.${m}`),
        (m) => this.chooseMethod(m),
      )}
      ${this.pendingMethod && !this.asText ? this.renderMethodConfirm(answered.length) : nothing}
      ${method === 'conversation' || method === 'own-rating'
        ? this.fields.text('childPerspective.ownWords', t('wellbeing.check.child.ownWords'), perspective?.ownWords, (ownWords) => setPerspective({ ownWords }), { verbatim: true, optional: method === 'own-rating' })
        : nothing}
      ${method === 'observation'
        ? this.fields.text('childPerspective.observation', t('wellbeing.check.child.observation'), perspective?.observation, (observation) => setPerspective({ observation }), {
            hint: t('wellbeing.check.child.observationHint'),
            rows: 4,
          })
        : nothing}
      ${method === 'three-houses'
        ? html`<div class="row">
            ${(['worries', 'goodThings', 'dreams'] as const).map((house) =>
              this.fields.text(`childPerspective.threeHouses.${house}`, t(`wellbeing.check.child.${house}`), perspective?.threeHouses?.[house], (text) => setPerspective({ threeHouses: { ...perspective?.threeHouses, [house]: text } }), {
                verbatim: true,
                optional: true,
                rows: 3,
              }),
            )}
          </div>`
        : nothing}
      ${showRatings
        ? html`<div>
            <h4 class="text-label">${t('wellbeing.check.child.ratingsTitle')}</h4>
            <dl class="ratings">
              ${items.map((item) => html`<dt>${item.text[locale]}</dt><dd>${answerText(ratings.get(item.id))}</dd>`)}
            </dl>
          </div>`
        : nothing}
      ${(method === 'own-rating' || method === 'three-houses') && !this.asText
        ? html`<button type="button" class="no-print" data-action="start-child-mode" ?disabled=${this.isDisabled} @click=${() => this.startChildMode()}>
            ${t('wellbeing.check.child.startChildMode')}
          </button>`
        : nothing}
      ${method === 'declined' || method === 'not-possible'
        ? this.fields.text('childPerspective.reason', t('wellbeing.check.child.reason'), perspective?.reason, (reason) => setPerspective({ reason }), { max: 1000, rows: 2 })
        : nothing}
    </section>`;
  }

  /**
   * A method that keeps no smiley answers would leave the child's answers in the record unseen: ask first,
   * then drop them with the method, or keep both as they are.
   */
  private chooseMethod(method: ChildMethod): void {
    const check = this.value;
    if (!check) return;
    const answered = check.childPerspective?.ratings?.length ?? 0;
    if (answered > 0 && !KEEPS_RATINGS.includes(method)) {
      this.pendingMethod = method;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.method-confirm')?.focus());
      return;
    }
    this.pendingMethod = undefined;
    this.update_({ childPerspective: { ...check.childPerspective, method } }, ['childPerspective'], true);
  }

  private renderMethodConfirm(count: number) {
    const { t } = this.i18n;
    const method = this.pendingMethod!;
    return html`<div class="method-confirm" role="group" aria-labelledby="method-confirm-text" tabindex="-1">
      <p id="method-confirm-text">${t('wellbeing.check.child.dropRatings', { count, method: t(`wellbeing.check.child.methods.${method}`) })}</p>
      <div class="confirm-actions">
        <button type="button" data-action="drop-ratings" @click=${() => this.confirmMethod(true)}>${t('wellbeing.check.child.dropRatingsYes')}</button>
        <button type="button" data-action="keep-ratings" @click=${() => this.confirmMethod(false)}>${t('wellbeing.check.child.dropRatingsNo')}</button>
      </div>
    </div>`;
  }

  private async confirmMethod(drop: boolean): Promise<void> {
    const check = this.value;
    const method = this.pendingMethod;
    this.pendingMethod = undefined;
    if (check && method && drop) {
      const { ratings: _dropped, ...rest } = check.childPerspective ?? { method };
      this.update_({ childPerspective: { ...rest, method } }, ['childPerspective'], true);
      this.announce(this.i18n.t('wellbeing.check.child.ratingsDropped'));
    }
    await this.updateComplete;
    // Back to the choice just settled, which now shows what is in force.
    this.renderRoot.querySelector<HTMLInputElement>('input[name="childPerspective"]:checked')?.focus();
  }

  private renderParents(check: WellbeingCheck) {
    const { t } = this.i18n;
    const parents = check.parentPerspective ?? {};
    const concern = safeguardingConcerns(check, this.currentInstrument).length > 0;
    const set = (patch: Partial<NonNullable<WellbeingCheck['parentPerspective']>>) => this.update_({ parentPerspective: { ...parents, ...patch } });
    return html`<section part="section">
      <h3 id="parents-title">${t('wellbeing.check.parents.legend')}</h3>
      ${this.fields.date('parentPerspective.informedOn', t('wellbeing.check.parents.informedOn'), parents.informedOn, (informedOn) => set({ informedOn: informedOn || undefined }))}
      ${concern || parents.notInformedBecause
        ? this.fields.checkbox('parentPerspective.notInformedBecause', t('wellbeing.check.parents.notInformedBecause'), parents.notInformedBecause === 'suspected-abuse-by-parent', (on) =>
            set({ notInformedBecause: on ? 'suspected-abuse-by-parent' : undefined }),
          )
        : nothing}
      ${(parents.informedOn || this.asText || parents.notInformedBecause) && !parents.notInformedReason
        ? nothing
        : this.fields.text('parentPerspective.notInformedReason', t('wellbeing.check.parents.notInformedReason'), parents.notInformedReason, (notInformedReason) => set({ notInformedReason }), {
            optional: true,
            rows: 2,
            max: 1000,
            hint: t(concern ? 'wellbeing.check.parents.safeguardingHint' : 'wellbeing.check.parents.notInformedHint'),
          })}
      ${this.fields.text('parentPerspective.view', t('wellbeing.check.parents.view'), parents.view, (view) => set({ view }), { rows: 3 })}
      ${this.fields.text('parentPerspective.ideas', t('wellbeing.check.parents.ideas'), parents.ideas, (ideas) => set({ ideas }), { rows: 3 })}
      ${parentsVersionAvailable(check) && !this.asText
        ? html`<div class="no-print">
            <p class="note">${t('wellbeing.check.parents.printVersionHint')}</p>
            <button
              type="button"
              data-action="print-parents"
              ?disabled=${this.isDisabled}
              @pointerenter=${preloadParentsLetter}
              @focus=${preloadParentsLetter}
              @click=${() => this.printParentsVersion()}
            >${t('wellbeing.check.parents.printVersion')}</button>
          </div>`
        : nothing}
    </section>`;
  }

  private renderAgreements(check: WellbeingCheck) {
    const { t } = this.i18n;
    return html`<section part="section">
      <h3 id="agreements-title">${t('wellbeing.check.agreements.legend')}</h3>
      ${this.renderFieldError('agreements')}
      ${this.asText
        ? check.agreements.length
          ? html`<ol>
              ${check.agreements.map(
                (a) => html`<li class="ro">
                  <h4>${a.goal}</h4>
                  <p>${a.action}</p>
                  <p>${t('wellbeing.check.agreements.responsible')}: ${a.responsible} · ${t('wellbeing.check.agreements.followUpOn')}: ${this.i18n.formatDate(a.followUpOn)}</p>
                </li>`,
              )}
            </ol>`
          : html`<p class="note">${t('controls.list.empty')}</p>`
        : html`<div data-field="agreements" tabindex="-1" id=${fieldId('agreements')}>
            ${this.agreementsList.render(
              (a, i, update) => html`
                ${this.fields.text(`agreements.${i}.goal`, t('wellbeing.check.agreements.goal'), a.goal, (goal) => update({ ...a, goal }), { rows: 2, max: 1000 })}
                ${this.fields.text(`agreements.${i}.action`, t('wellbeing.check.agreements.action'), a.action, (action) => update({ ...a, action }), { rows: 2, max: 2000 })}
                <div class="row">
                  ${this.fields.line(`agreements.${i}.responsible`, t('wellbeing.check.agreements.responsible'), a.responsible, (responsible) => update({ ...a, responsible }))}
                  ${this.fields.date(`agreements.${i}.followUpOn`, t('wellbeing.check.agreements.followUpOn'), a.followUpOn, (followUpOn) => update({ ...a, followUpOn }))}
                </div>
              `,
              t('wellbeing.check.agreements.add'),
            )}
          </div>`}
    </section>`;
  }

  private renderNextStep(check: WellbeingCheck) {
    const { t } = this.i18n;
    return html`<section part="section">
      <h3 id="next-title">${t('wellbeing.check.nextStep.legend')}</h3>
      ${this.fields.choices('nextStep', t('wellbeing.check.nextStep.legend'), NEXT_STEPS, check.nextStep, (s) => t(`wellbeing.check.nextStep.${s}`), (nextStep) => this.update_({ nextStep }, ['nextStep'], true))}
    </section>`;
  }

  private renderTrend(check: WellbeingCheck) {
    const earlier = oneCheckPerRound(this.earlierChecks, check.round.label);
    if (earlier.length === 0) return nothing;
    return html`<section part="section">
      <spire-wellbeing-trend exportparts="table: trend-table" .checks=${chronologicalChecks([...earlier, check])} .instrument=${this.currentInstrument}></spire-wellbeing-trend>
    </section>`;
  }

  private renderChildMode(check: WellbeingCheck) {
    const perspective = check.childPerspective;
    const ratings = Object.fromEntries((perspective?.ratings ?? []).map((r) => [r.itemId, r.value]));
    const band = childAgeBand(check.child);
    // Who will read the answers, said to the child on the end screen: the author, and the team in a joint check.
    const readers = [check.author, ...check.assessment.participants.filter((p) => p.name.trim() && p.name !== check.author.name)]
      .map((p) => `${p.name} (${p.role})`)
      .join(', ');
    return html`<spire-wellbeing-child-view
        exportparts="smiley-face, smiley-dont-know"
        .items=${childItemsFor(this.currentInstrument, band)}
        .ratings=${ratings}
        .ageBand=${band}
        .method=${perspective?.method}
        .houses=${perspective?.threeHouses}
        .readers=${readers}
        @child-answer=${(e: CustomEvent<ChildAnswerDetail>) => this.recordChildAnswer(e.detail)}
        @child-houses=${(e: CustomEvent<ChildHousesDetail>) => this.recordChildHouses(e.detail)}
        @child-done=${() => this.endChildMode()}
      ></spire-wellbeing-child-view>
      ${renderDraftStatus(this.drafts, this.i18n)} ${this.renderLiveRegion()}`;
  }

  // ---- child mode --------------------------------------------------------------------------------

  private async startChildMode(): Promise<void> {
    this.mode = 'child';
    await this.focusForMode();
  }

  /**
   * Focus after the mode changed. Into child mode: the first question, not the page's top (the child and
   * the adult start where the questions are). Back: the button that opened child mode, not a radio where
   * Space would change the method.
   */
  private focusForMode(): Promise<void> {
    this.modeFocus ??= (async () => {
      await this.updateComplete;
      this.modeFocus = undefined;
      if (this.mode === 'child') {
        await this.renderRoot.querySelector<HTMLElement & { focusFirst?: () => Promise<void> }>('spire-wellbeing-child-view')?.focusFirst?.();
        return;
      }
      const opener = this.renderRoot.querySelector<HTMLElement>('[data-action="start-child-mode"]');
      if (opener) opener.focus();
      else void this.focusField('childPerspective');
    })();
    return this.modeFocus;
  }

  /** The focus move after a mode change, while it waits for the render (one, whoever asked). */
  private modeFocus?: Promise<void>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The host switched the mode while focus was inside the check: the render removes the focused field,
    // so focus follows the switch as it does from the check's own buttons (else it falls to the page).
    if (changed.has('mode') && changed.get('mode') !== undefined && this.matches(':focus-within')) void this.focusForMode();
  }

  /** The three houses, in the child's own words as the adult writes them, into the child's perspective. */
  private recordChildHouses(houses: ChildHousesDetail): void {
    const check = this.value;
    if (!check) return;
    const threeHouses = Object.fromEntries(Object.entries(houses).filter(([, text]) => typeof text === 'string' && text !== ''));
    this.update_({ childPerspective: { ...check.childPerspective, method: 'three-houses', threeHouses } }, []);
  }

  private async endChildMode(): Promise<void> {
    this.mode = 'professional';
    await this.focusForMode();
  }

  /** What the child answers goes into the check's child perspective, as the child's own rating. */
  private recordChildAnswer({ itemId, value }: ChildAnswerDetail): void {
    const check = this.value;
    if (!check) return;
    const perspective = check.childPerspective;
    const ratings = [...(perspective?.ratings ?? []).filter((r) => r.itemId !== itemId), { itemId, value }];
    const order = this.currentInstrument.childItems.map((i) => i.id);
    ratings.sort((a, b) => order.indexOf(a.itemId) - order.indexOf(b.itemId));
    const today = new Date().toISOString().slice(0, 10);
    // Smiley answers belong to the child's own rating (a three-houses child mode asks no smiley questions).
    this.update_({ childPerspective: { ...perspective, method: perspective?.method === 'three-houses' ? 'three-houses' : 'own-rating', ratings, recordedOn: today } }, [], true);
  }

  // ---- submit ------------------------------------------------------------------------------------

  override async submit(): Promise<WellbeingCheck | undefined> {
    const submitted = await super.submit();
    if (submitted?.nextStep && (OPENS_ANOTHER_WIDGET as readonly string[]).includes(submitted.nextStep)) {
      emit(this, 'spire-next-step', { step: submitted.nextStep, record: submitted });
    }
    return submitted;
  }
}

/**
 * One check per earlier round for the trend: colleagues' own assessments of a round stand beside its joint
 * one, which is the round's result; the round being written now is this check itself.
 */
function oneCheckPerRound(checks: readonly WellbeingCheck[], currentRound: string): WellbeingCheck[] {
  const key = (label: string) => label.trim().toLocaleLowerCase();
  const rank = (c: WellbeingCheck) => (c.assessment.type === 'joint' ? 2 : 0) + (c.status === 'draft' ? 0 : 1);
  const byRound = new Map<string, WellbeingCheck>();
  for (const c of chronologicalChecks(checks)) {
    const round = key(c.round.label);
    if (round === key(currentRound)) continue;
    const kept = byRound.get(round);
    if (!kept || rank(c) >= rank(kept)) byRound.set(round, c);
  }
  return [...byRound.values()];
}

function omit<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const { [key]: _dropped, ...rest } = value;
  return rest;
}
