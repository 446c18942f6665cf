import { type PropertyValues, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import {
  type Consent,
  type Referral,
  type ReferralParent,
  type ReferralPrefill,
  type SpireRecord,
  CONSENT_METHODS,
  NOTIFICATION_GROUNDS,
  RECIPIENT_TYPES,
  REFERRAL_TYPES,
  URGENCIES,
  ageInYears,
  cprBirthDate,
  danishDate,
  maskCpr,
  momentOfDay,
  newId,
  referralFromRecords,
  referralPrefill,
  withdrawConsent,
  type RecordDefinition,
  recordDefinitions,
  referralDefinition,
} from '@spire/model';
import { SpireRecordElement } from '../shared/elements/record-element.js';
import { YES_NO } from '../shared/fields/fields.js';
import { downloadFile } from '../shared/download.js';
import { focusAcuteAlert, guardRailStyles, renderAcuteQuestion, renderSuspectedAbuseByParent } from '../shared/safeguarding/guard-rail.js';
import { pathKey } from '../shared/validation/validation.js';
import '../shared/controls/define.js';
import { renderStepMark, stepMarkStyles } from './step-mark.js';
import './strings.js';

type FhirExport = typeof import('@spire/model/fhir');
/** The FHIR export: a chunk of its own, loaded when first asked for (or when its button is pointed at or focused). */
let fhirExport: Promise<FhirExport> | undefined;
function loadFhirExport(): Promise<FhirExport> {
  if (!fhirExport) {
    fhirExport = import('@spire/model/fhir');
    // A chunk that could not load may be asked for again.
    fhirExport.catch(() => (fhirExport = undefined));
  }
  return fhirExport;
}
const preloadFhirExport = () => void loadFhirExport().catch(() => undefined);

export const REFERRAL_STEPS = ['type', 'child', 'concern', 'perspective', 'resources', 'parents', 'attachments', 'review'] as const;
export type ReferralStep = (typeof REFERRAL_STEPS)[number];

/** The step a field (or a problem's path) belongs to. */
export function stepOf(key: string): ReferralStep {
  const parts = key.split('.');
  switch (parts[0]) {
    case 'acute':
    case 'referralType':
    case 'recipient':
    case 'urgency':
    case 'ground':
    case 'reporter':
      return 'type';
    case 'childDetails':
    case 'language':
      return 'child';
    case 'parents':
      // `parents.2` alone is a custody holder's missing consent; `parents.2.name` is the parent's own field.
      return parts.length > 2 ? 'child' : 'parents';
    case 'description':
    case 'triedAndEffect':
      return 'concern';
    case 'childPerspective':
      return 'perspective';
    case 'resources':
      return 'resources';
    case 'parentContact':
    case 'consents':
      return 'parents';
    case 'attachments':
      return 'attachments';
    default:
      return 'review';
  }
}

/**
 * The step from concern to help: an **indstilling** (to PPR, a tværfagligt team, sundhedspleje,
 * familierådgivning — with the consent of everyone with custody) or an **underretning** (the
 * professional's duty under Barnets lov § 133 — no consent needed).
 *
 * First, before any step: is the child in acute danger? Yes shows at once to phone the municipality now
 * (the provider's beredskab; outside office hours the police on 114). Then eight steps — type and
 * recipient, child and family, the concern, the child's perspective, resources, parents and consent,
 * attachments, review and send — with a step list that says which are complete, missing something or
 * have errors; free movement between them, and the draft kept on every edit (a reload returns to the
 * same step).
 *
 * Opened new, it is prefilled from the child's earlier records in the provider (`referralPrefill`: the
 * child's words and how they were heard, what was seen and tried, strengths and the network, the
 * parents, how they were involved, the records to attach); each prefilled field says where it came from
 * until it is edited. CPR is optional, checked when given and masked when shown. The review step shows
 * everything that will be sent, printable; sending emits `spire-submit` with the validated record
 * (status `sent`, its time in `statusHistory`). The record downloads as JSON or as a FHIR
 * QuestionnaireResponse.
 *
 * @tag spire-referral-form
 * @fires input - After every edit; `value` holds the edited record.
 * @fires change - When edits are committed, once, with the new record in `value`: a choice made, a field left after typing, a parent or a consent added, removed or withdrawn (never for focus moving alone).
 * @fires spire-submit - `{ value }`: the sent referral, validated by the model.
 * @fires spire-draft-saved - `{ key, savedAt, store }` after each autosave.
 * @fires spire-draft-restored - `{ key, savedAt }` when a newer draft was brought back.
 * @fires spire-storage-fallback - `{ reason }` when drafts can only be kept in memory.
 * @fires spire-error - `{ source, path, code, message }` for host input the model rejects (a `value`, an author, a child, earlier records, a beredskab); it is left unused.
 * @csspart steps - The step list.
 * @csspart section - Each step's section.
 * @csspart guard-rail - The acute-danger guidance.
 * @csspart actions - The send and print buttons.
 * @csspart other-tab-notice - Shown when the record, open in another tab too, was changed there in the same fields: the two versions to choose between.
 * @csspart draft-status - The line that says whether the draft is saved.
 * @csspart textarea - Each text field's text area (the nested `spire-text-area`'s part).
 * @csspart nudges - The language hints under a text field (the nested `spire-text-area`'s part).
 * @csspart date-input - Each date field's input (the nested `spire-date-field`'s `input` part).
 */
export class SpireReferralForm extends SpireRecordElement<Referral> {
  static override styles = [
    ...SpireRecordElement.styles,
    guardRailStyles,
    stepMarkStyles,
    css`
      :host {
        max-inline-size: 56rem;
      }
      .steps ol {
        list-style: none;
        margin: 0 0 var(--_space-m);
        padding: 0;
        display: grid;
        gap: var(--_space-s);
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5rem), 1fr));
      }
      .steps li {
        display: flex;
      }
      .steps button {
        inline-size: 100%;
        block-size: 100%;
        min-block-size: 44px;
        display: grid;
        grid-template-columns: 1.75rem 1fr;
        gap: 0 var(--_space-s);
        align-items: center;
        text-align: start;
        padding: var(--_space-s);
        color: var(--_text);
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        font-weight: 400;
      }
      .steps button[aria-current='step'] {
        border: 3px solid var(--_primary);
        padding: calc(var(--_space-s) - 2px);
        font-weight: 700;
      }
      .steps .step-mark {
        grid-row: span 2;
      }
      .steps .state {
        font-size: var(--_font-s);
        color: var(--_muted);
        font-weight: 400;
      }
      .steps .error .state {
        color: var(--_error);
        font-weight: 600;
      }
      .step-title:focus {
        outline: none;
        box-shadow: none;
      }
      .step-of {
        color: var(--_muted);
        margin: 0;
      }
      .step-nav {
        display: flex;
        justify-content: space-between;
        gap: var(--_space-m);
        flex-wrap: wrap;
        margin-block-start: var(--_space-m);
      }
      .prefilled {
        margin: 0 0 var(--_space-xs);
        font-size: var(--_font-s);
        color: var(--_text);
        background: var(--_subtle);
        border-inline-start: 4px solid var(--_primary);
        padding: var(--_space-xs) var(--_space-s);
      }
      .parent,
      .consent {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: var(--_space-m);
        margin-block-end: var(--_space-m);
      }
      .parent h5,
      .consent h5 {
        font-size: var(--_font-m);
        margin: 0 0 var(--_space-s);
      }
      .know {
        border-inline-start: 4px solid var(--_primary);
        padding: var(--_space-xs) var(--_space-m);
        background: var(--_subtle);
      }
      .know ul {
        margin: var(--_space-xs) 0 0;
        padding-inline-start: var(--_space-l);
      }
      .review dl {
        margin: 0;
        display: grid;
        gap: var(--_space-s);
      }
      .review dt {
        font-weight: 700;
      }
      .review dd {
        margin: 0;
        white-space: pre-wrap;
      }
      .review .review-step {
        border-block-start: 1px solid var(--_border);
        padding-block: var(--_space-s);
      }
      .review .review-step h4 {
        display: flex;
        justify-content: space-between;
        gap: var(--_space-m);
        align-items: baseline;
        margin: 0 0 var(--_space-s);
      }
      .missing {
        color: var(--_muted);
        font-style: italic;
      }
      [data-field]:focus {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      @media print {
        .steps,
        .step-nav,
        .export,
        .review .edit {
          display: none;
        }
        .review .review-step {
          break-inside: avoid;
        }
      }
    `,
  ];

  protected readonly definition = referralDefinition;
  /** Every kind: a referral is prefilled from and attaches the child's earlier records. */
  protected override readonly earlierKinds = Object.values(recordDefinitions) as RecordDefinition<SpireRecord>[];

  /** The step shown. */
  @state() private step: ReferralStep = 'type';
  /** Steps the professional has been on: only those say "missing something". */
  @state() private visited = new Set<ReferralStep>(['type']);
  /** The draft this element made itself and nobody has touched: prefilled again when earlier records arrive. */
  private freshDraft?: Referral;
  private prefillCache?: { records: readonly SpireRecord[]; locale: string; prefill: ReferralPrefill };
  /** The record whose step was restored from this tab's session. */
  private stepsOf?: string;

  protected createEmpty(): Referral | undefined {
    const author = this.currentAuthor;
    const child = this.currentChild;
    if (!author || !child) return undefined;
    this.freshDraft = referralFromRecords({ author, child, referralType: 'indstilling', records: this.earlierRecords, locale: this.i18n.locale });
    return this.freshDraft;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const referral = this.value;
    // Earlier records that arrive after the element made its empty draft prefill it, if untouched.
    if (referral && referral === this.freshDraft && changed.has('records' as keyof SpireReferralForm) && this.earlierRecords.length) {
      const author = this.currentAuthor;
      const child = this.currentChild;
      if (author && child) {
        this.freshDraft = { ...referralFromRecords({ author, child, referralType: referral.referralType, records: this.earlierRecords, locale: this.i18n.locale }), id: referral.id };
        this.value = this.freshDraft;
        this.freshDraft = this.value;
      }
    }
    if (this.value && this.stepsOf !== this.value.id) this.restoreStep(this.value.id);
  }

  /** The step and the steps visited live in this tab's session, by the record's (random) id: a reload returns there. */
  private restoreStep(id: string): void {
    this.stepsOf = id;
    try {
      const saved = JSON.parse(sessionStorage.getItem(`spire-referral-step:${id}`) ?? 'null') as { step?: unknown; visited?: unknown } | null;
      if (saved && REFERRAL_STEPS.includes(saved.step as ReferralStep)) {
        this.step = saved.step as ReferralStep;
        this.visited = new Set((Array.isArray(saved.visited) ? saved.visited : []).filter((s): s is ReferralStep => REFERRAL_STEPS.includes(s as ReferralStep)));
        this.visited.add(this.step);
      }
    } catch {
      // No session storage (a sandboxed frame): the first step.
    }
  }

  private saveStep(): void {
    const id = this.value?.id;
    if (!id) return;
    try {
      sessionStorage.setItem(`spire-referral-step:${id}`, JSON.stringify({ step: this.step, visited: [...this.visited] }));
    } catch {
      // Only the step is lost, never the record.
    }
  }

  private async goTo(step: ReferralStep, focus = true): Promise<void> {
    this.visited = new Set([...this.visited, this.step, step]);
    this.step = step;
    this.saveStep();
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.step-title')?.focus();
  }


  private get prefill(): ReferralPrefill {
    const records = this.earlierRecords;
    const locale = this.i18n.locale;
    if (!this.prefillCache || this.prefillCache.locale !== locale || this.prefillCache.records.length !== records.length || this.prefillCache.records.some((r, i) => r !== records[i])) {
      this.prefillCache = { records, locale, prefill: referralPrefill(records, locale, this.value?.child.id ?? this.currentChild?.id) };
    }
    return this.prefillCache.prefill;
  }

  protected override fieldLabel(key: string): string {
    const { t } = this.i18n;
    const parts = key.split('.');
    if (parts[0] === 'parents' && parts.length >= 2) {
      const parent = this.value?.parents[Number(parts[1])];
      const name = parent?.name || t('referral.form.child.parent', { n: Number(parts[1]) + 1 });
      if (parts.length === 2) return t('referral.form.parents.consentFrom', { name });
      const field: Record<string, string> = { name: 'parentName', address: 'address', phone: 'parentPhone' };
      return `${name} – ${t(`referral.form.child.${field[parts[2]!] ?? 'parentName'}`)}`;
    }
    const labels: Record<string, string> = {
      acute: 'referral.form.acute.legend',
      'recipient.name': 'referral.form.type.recipientName',
      ground: 'referral.form.type.ground',
      'reporter.institution': 'referral.form.type.institution',
      'reporter.workAddress': 'referral.form.type.workAddress',
      'reporter.relationToChild': 'referral.form.type.relationToChild',
      'childDetails.name': 'referral.form.child.name',
      'childDetails.cpr': 'referral.form.child.cpr',
      description: 'referral.form.concern.description',
      triedAndEffect: 'referral.form.concern.tried',
      childPerspective: 'referral.form.steps.perspective',
      resources: 'referral.form.resources.label',
      parentContact: 'referral.form.parents.contactLegend',
      consents: 'referral.form.parents.consents',
    };
    return labels[key] ? t(labels[key]!) : '';
  }

  protected override async focusField(key: string): Promise<void> {
    // A problem's field lives on its step: show that step first.
    const step = stepOf(key);
    if (step !== this.step) await this.goTo(step, false);
    await this.updateComplete;
    return super.focusField(key);
  }

  // ---- edits -------------------------------------------------------------------------------------

  private patch(patch: Partial<Referral>, touched: readonly string[] = [], commit = false): void {
    const current = this.value;
    if (!current) return;
    this.edit({ ...current, ...patch }, touched, { commit });
  }

  private chooseAcute(acute: boolean): void {
    const current = this.value;
    if (!current) return;
    // Acute danger is an underretning, sent at once.
    this.patch(acute ? { acute, urgency: 'akut', referralType: 'underretning', recipient: this.recipientFor('underretning') } : { acute }, ['acute'], true);
    if (acute) void focusAcuteAlert(this);
  }

  /**
   * An underretning goes to the municipality's social services: a recipient still at the indstilling's
   * default (PPR, no name) follows the type; one the professional chose stays.
   */
  /**
   * An indstilling carries no § 133 ground and no suspicion of abuse by a parent (the parents read it):
   * what only an underretning shows is not sent hidden in an indstilling.
   */
  private chooseType(referralType: Referral['referralType']): void {
    const current = this.value;
    if (!current) return;
    const { ground: _ground, ...rest } = current;
    const contact = current.parentContact ? (({ exception: _e, ...kept }) => kept)(current.parentContact) : undefined;
    const base = referralType === 'indstilling' ? { ...rest, ...(contact ? { parentContact: contact } : {}) } : current;
    this.edit({ ...base, referralType, recipient: this.recipientFor(referralType) } as Referral, ['referralType'], { commit: true });
  }

  private recipientFor(referralType: Referral['referralType']): Referral['recipient'] {
    const current = this.value!;
    const untouched = !current.recipient.name?.trim() && current.recipient.type === (current.referralType === 'underretning' ? 'familieraadgivning' : 'ppr');
    return untouched ? { type: referralType === 'underretning' ? 'familieraadgivning' : 'ppr' } : current.recipient;
  }

  private setParent(index: number, patch: Partial<ReferralParent>, commit = false): void {
    const parents = (this.value?.parents ?? []).slice();
    if (!parents[index]) return;
    parents[index] = { ...parents[index], ...patch };
    this.patch({ parents }, Object.keys(patch).map((k) => `parents.${index}.${k}`), commit);
  }

  private setConsent(id: string, patch: Partial<Consent>, commit = false): void {
    const consents = (this.value?.consents ?? []).map((c) => (c.id === id ? { ...c, ...patch } : c));
    const index = consents.findIndex((c) => c.id === id);
    this.patch({ consents }, Object.keys(patch).map((k) => `consents.${index}.${k}`), commit);
  }

  private addConsent(parent: ReferralParent | undefined): void {
    const { t } = this.i18n;
    const consent: Consent = {
      id: newId(),
      ...(parent ? { parentId: parent.id } : {}),
      givenBy: parent ? { name: parent.name, relation: 'custody-holder' } : { name: this.value?.childDetails.name || t('referral.form.parents.youngName'), relation: 'child' },
      scope: '',
      purpose: '',
      givenAt: new Date().toISOString(),
      method: 'oral',
    };
    this.patch({ consents: [...(this.value?.consents ?? []), consent] }, [], true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-consent="${consent.id}"] spire-text-area`)?.focus());
  }

  // ---- render ------------------------------------------------------------------------------------

  override render() {
    const referral = this.value;
    if (!referral) return this.renderSetupProblem();
    const { t } = this.i18n;
    const type = referral.referralType;
    const recipient = referral.recipient.name?.trim() || t(`referral.recipients.${referral.recipient.type}`);
    return this.renderShell({
      title: t(`referral.form.title.${type}`),
      about: t('referral.form.about', { child: referral.childDetails.name, recipient }),
      body: this.asText
        ? html`${this.renderAcute(referral)} ${this.renderReview(referral)}`
        : html`${this.renderAcute(referral)} ${this.renderSteps()} ${this.renderStep(referral)}`,
      submitLabel: t(`referral.form.submit.${type}`),
      completedNotice: t('referral.form.completedNotice'),
      byline: t('referral.form.by', { name: referral.reporter.name, role: referral.reporter.role }),
    });
  }

  /** First, before any step: is the child in acute danger? (The shared question and box.) */
  private renderAcute(referral: Referral) {
    return renderAcuteQuestion({ fields: this.fields, t: this.i18n.t, keys: 'referral.form.acute', acute: referral.acute, asText: this.asText, beredskab: this.beredskab, onChoose: (acute) => this.chooseAcute(acute), optional: false });
  }

  /** How a step stands: errors shown after a send attempt or on a touched field; missing something once visited. */
  private stepState(step: ReferralStep): 'complete' | 'incomplete' | 'error' | 'notStarted' {
    // The review is complete when everything to be sent is: its state is the whole referral's.
    if (step === 'review') {
      if (!this.visited.has('review')) return 'notStarted';
      if (this.validation.visibleIssues.length) return 'error';
      return this.validation.issues.length ? 'incomplete' : 'complete';
    }
    if (this.validation.visibleIssues.some((issue) => stepOf(pathKey(issue.path)) === step)) return 'error';
    if (!this.visited.has(step)) return 'notStarted';
    return this.validation.issues.some((issue) => stepOf(pathKey(issue.path)) === step) ? 'incomplete' : 'complete';
  }

  private renderSteps() {
    const { t } = this.i18n;
    return html`<nav class="steps" part="steps" aria-label=${t('referral.form.stepsLabel')}>
      <ol>
        ${REFERRAL_STEPS.map((step, index) => {
          const state = this.stepState(step);
          return html`<li class=${state}>
            <button type="button" ?disabled=${this.isDisabled} data-step=${step} aria-current=${this.step === step ? 'step' : nothing} @click=${() => this.goTo(step)}>
              ${renderStepMark(state === 'complete' ? 'done' : state === 'error' ? 'error' : 'waiting', index + 1)}
              <span class="name">${t(`referral.form.steps.${step}`)}</span>
              <span class="state">${t(`referral.form.stepState.${state}`)}</span>
            </button>
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  private renderStep(referral: Referral) {
    const { t } = this.i18n;
    const index = REFERRAL_STEPS.indexOf(this.step);
    const body =
      this.step === 'type'
        ? this.renderType(referral)
        : this.step === 'child'
          ? this.renderChild(referral)
          : this.step === 'concern'
            ? this.renderConcern(referral)
            : this.step === 'perspective'
              ? this.renderPerspective(referral)
              : this.step === 'resources'
                ? this.renderResources(referral)
                : this.step === 'parents'
                  ? this.renderParents(referral)
                  : this.step === 'attachments'
                    ? this.renderAttachments(referral)
                    : this.renderReview(referral);
    const previous = REFERRAL_STEPS[index - 1];
    const next = REFERRAL_STEPS[index + 1];
    return html`<section part="section" class="step step-${this.step}" aria-labelledby="step-title">
      <p class="step-of">${t('referral.form.stepOf', { n: index + 1, total: REFERRAL_STEPS.length })}</p>
      <h3 class="step-title" id="step-title" tabindex="-1">${t(`referral.form.steps.${this.step}`)}</h3>
      ${body}
      <div class="step-nav">
        ${previous ? html`<button type="button" ?disabled=${this.isDisabled} data-action="previous" @click=${() => this.goTo(previous)}>${t('referral.form.previous')}</button>` : html`<span></span>`}
        ${next ? html`<button type="button" ?disabled=${this.isDisabled} class="primary" data-action="next" @click=${() => this.goTo(next)}>${t('referral.form.next')}</button>` : nothing}
      </div>
    </section>`;
  }

  /** "Udfyldt fra bekymringsnotat 12. november 2026 – ret gerne", while the field still holds what was taken. */
  private prefilledMark(field: keyof ReferralPrefill['fields'], current: string | undefined) {
    const found = this.prefill.fields[field];
    if (!found || this.asText || current !== found.value) return nothing;
    const { t } = this.i18n;
    return html`<p class="prefilled" data-prefilled=${field}>
      ${t('referral.form.prefilled', { kind: t(`referral.form.attachments.kinds.${found.from.kind}`).toLocaleLowerCase(this.i18n.locale), date: this.i18n.formatDate(found.from.date) })}
    </p>`;
  }

  private renderKnow(referral: Referral) {
    if (referral.referralType !== 'underretning') return nothing;
    const { t } = this.i18n;
    return html`<div class="know" role="note" aria-labelledby="know-title">
      <h4 id="know-title">${t('referral.form.know.title')}</h4>
      <ul>
        <li>${t('referral.form.know.parentsMayRead')}</li>
        <li>${t('referral.form.know.notAnonymous')}</li>
        <li>${t('referral.form.know.notParty')}</li>
      </ul>
    </div>`;
  }

  private renderType(referral: Referral) {
    const { t } = this.i18n;
    const reporter = referral.reporter;
    // Nested objects are read at the moment of the edit: two fields filled before a render (autofill) both stay.
    const setReporter = (key: keyof Referral['reporter'], value: string) => this.patch({ reporter: { ...this.value!.reporter, [key]: value } }, [`reporter.${key}`]);
    return html`${this.fields.choices('referralType', t('referral.form.type.legend'), REFERRAL_TYPES, referral.referralType, (v) => t(`referral.form.type.${v}`), (referralType) => this.chooseType(referralType), { optional: false })}
      ${this.renderKnow(referral)}
      ${referral.referralType === 'underretning'
        ? this.fields.choices('ground', t('referral.form.type.ground'), NOTIFICATION_GROUNDS, referral.ground, (g) => t(`referral.form.type.grounds.${g}`), (ground) => this.patch({ ground }, ['ground'], true), { optional: false })
        : nothing}
      ${this.fields.choices('recipient.type', t('referral.form.type.recipient'), RECIPIENT_TYPES, referral.recipient.type, (r) => t(`referral.recipients.${r}`), (type) => this.patch({ recipient: { ...this.value!.recipient, type } }, ['recipient.type'], true), { optional: false })}
      ${this.fields.line('recipient.name', t('referral.form.type.recipientName'), referral.recipient.name, (name) => this.patch({ recipient: { ...this.value!.recipient, name } }, ['recipient.name']), { hint: t('referral.form.type.recipientHint'), optional: referral.recipient.type !== 'other' })}
      ${this.fields.choices('urgency', t('referral.form.type.urgency'), URGENCIES, referral.urgency, (u) => t(`referral.form.type.urgencies.${u}`), (urgency) => this.patch({ urgency }, ['urgency'], true), { inline: true, optional: false })}
      <h4>${t('referral.form.type.reporter')}</h4>
      <div class="row">
        ${this.fields.line('reporter.name', t('referral.form.type.reporterName'), reporter.name, (v) => setReporter('name', v), { optional: false })}
        ${this.fields.line('reporter.role', t('referral.form.type.reporterRole'), reporter.role, (v) => setReporter('role', v), { optional: false })}
      </div>
      <div class="row">
        ${this.fields.line('reporter.institution', t('referral.form.type.institution'), reporter.institution, (v) => setReporter('institution', v), { optional: false })}
        ${this.fields.line('reporter.phone', t('referral.form.type.phone'), reporter.phone, (v) => setReporter('phone', v), { optional: true })}
      </div>
      ${this.fields.line('reporter.workAddress', t('referral.form.type.workAddress'), reporter.workAddress, (v) => setReporter('workAddress', v), { hint: t('referral.form.type.workAddressHint'), optional: false })}
      ${this.fields.line('reporter.relationToChild', t('referral.form.type.relationToChild'), reporter.relationToChild, (v) => setReporter('relationToChild', v), { hint: t('referral.form.type.relationHint'), optional: false })}`;
  }

  private renderChild(referral: Referral) {
    const { t } = this.i18n;
    const details = referral.childDetails;
    return html`<div class="row">
        ${this.fields.line('childDetails.name', t('referral.form.child.name'), details.name, (name) => this.patch({ childDetails: { ...this.value!.childDetails, name } }, ['childDetails.name']), { optional: false })}
        ${this.fields.line(
          'childDetails.cpr',
          t('referral.form.child.cpr'),
          details.cpr,
          (cpr) => {
            const { cpr: _old, ...rest } = this.value!.childDetails;
            this.patch({ childDetails: cpr.trim() ? { ...rest, cpr: cpr.trim() } : rest }, ['childDetails.cpr']);
          },
          { hint: t('referral.form.child.cprHint'), optional: true },
        )}
      </div>
      <h4 id="parents-title">${t('referral.form.child.parents')}</h4>
      ${referral.parents.length ? nothing : html`<p class="note">${t('referral.form.child.parentsNone')}</p>`}
      ${referral.parents.map((parent, index) => {
        const label = parent.name || t('referral.form.child.parent', { n: index + 1 });
        return html`<div class="parent" role="group" aria-label=${label}>
          <h5>${label}</h5>
          ${this.fields.line(`parents.${index}.name`, t('referral.form.child.parentName'), parent.name, (name) => this.setParent(index, { name }), { optional: false })}
          <div class="row">
            ${this.fields.line(`parents.${index}.address`, t('referral.form.child.address'), parent.address, (address) => this.setParent(index, { address }), { optional: true })}
            ${this.fields.line(`parents.${index}.phone`, t('referral.form.child.parentPhone'), parent.phone, (phone) => this.setParent(index, { phone }), { optional: true })}
          </div>
          ${this.fields.checkbox(`parents.${index}.custody`, t('referral.form.child.custody'), parent.custody, (custody) => this.setParent(index, { custody }, true))}
          <button type="button" ?disabled=${this.isDisabled} class="remove-parent" @click=${() => this.removeParent(index)}>${t('referral.form.child.removeParent', { name: label })}</button>
        </div>`;
      })}
      <button type="button" ?disabled=${this.isDisabled} data-action="add-parent" @click=${() => this.addParent()}>${t('referral.form.child.addParent')}</button>
      <div class="row">
        ${this.fields.line('language.primary', t('referral.form.child.language'), referral.language.primary, (primary) => this.patch({ language: { ...this.value!.language, primary } }, ['language.primary']), { optional: true })}
      </div>
      ${this.fields.checkbox('language.interpreterNeeded', t('referral.form.child.interpreter'), referral.language.interpreterNeeded, (interpreterNeeded) => this.patch({ language: { ...this.value!.language, interpreterNeeded } }, [], true))}`;
  }

  private addParent(): void {
    const parents = [...(this.value?.parents ?? []), { id: newId(), name: '', custody: true }];
    this.patch({ parents }, [], true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-field="parents.${parents.length - 1}.name"]`)?.focus());
  }

  private removeParent(index: number): void {
    const parent = this.value?.parents[index];
    if (!parent) return;
    // Their consent goes with them: a consent from someone no longer on the referral is nobody's.
    this.patch({ parents: this.value!.parents.filter((_, i) => i !== index), consents: this.value!.consents.filter((c) => c.parentId !== parent.id) }, [], true);
    this.announce(this.i18n.t('referral.form.child.removeParent', { name: parent.name }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-action="add-parent"]')?.focus());
  }

  private renderConcern(referral: Referral) {
    const { t } = this.i18n;
    return html`${this.prefilledMark('description', referral.description)}
      ${this.fields.text('description', t('referral.form.concern.description'), referral.description, (description) => this.patch({ description }), { hint: t('referral.form.concern.descriptionHint'), max: 8000, rows: 8, optional: false })}
      ${this.prefilledMark('triedAndEffect', referral.triedAndEffect)}
      ${this.fields.text('triedAndEffect', t('referral.form.concern.tried'), referral.triedAndEffect, (triedAndEffect) => this.patch({ triedAndEffect }), { hint: t('referral.form.concern.triedHint'), max: 6000, rows: 5 })}`;
  }

  private renderPerspective(referral: Referral) {
    const { t } = this.i18n;
    const perspective = referral.childPerspective ?? {};
    const set = (key: 'statement' | 'involvement' | 'notInvolvedReason', value: string) => this.patch({ childPerspective: { ...this.value!.childPerspective, [key]: value } }, [`childPerspective.${key}`]);
    return html`<div data-field="childPerspective" tabindex="-1">
      <p>${t('referral.form.perspective.intro')}</p>
      ${this.renderFieldError('childPerspective')}
      ${this.prefilledMark('childPerspective.statement', perspective.statement)}
      ${this.fields.text('childPerspective.statement', t('referral.form.perspective.statement'), perspective.statement, (v) => set('statement', v), { verbatim: true, max: 4000, rows: 4, optional: false })}
      ${this.prefilledMark('childPerspective.involvement', perspective.involvement)}
      ${this.fields.text('childPerspective.involvement', t('referral.form.perspective.involvement'), perspective.involvement, (v) => set('involvement', v), { hint: t('referral.form.perspective.involvementHint'), max: 2000, rows: 2, optional: false })}
      ${this.fields.text('childPerspective.notInvolvedReason', t('referral.form.perspective.notInvolved'), perspective.notInvolvedReason, (v) => set('notInvolvedReason', v), { max: 2000, rows: 2, optional: true })}
    </div>`;
  }

  private renderResources(referral: Referral) {
    const { t } = this.i18n;
    return html`${this.prefilledMark('resources', referral.resources)}
    ${this.fields.text('resources', t('referral.form.resources.label'), referral.resources, (resources) => this.patch({ resources }), { hint: t('referral.form.resources.hint'), max: 4000, rows: 6, optional: false })}`;
  }

  /**
   * The child's age from a full birth date (the child's, or the CPR number's); a birth year alone cannot
   * tell a 17-year-old from an 18-year-old, so it gives no age.
   */
  private get childAge(): number | undefined {
    const referral = this.value;
    const birthDate = referral?.child.birthDate ?? (referral?.childDetails.cpr ? cprBirthDate(referral.childDetails.cpr) : undefined);
    return ageInYears({ birthDate }, new Date(), { fromBirthYear: false });
  }

  private renderParents(referral: Referral) {
    const { t } = this.i18n;
    const contact = referral.parentContact;
    const contacted = contact === undefined ? undefined : contact.contacted ? 'yes' : 'no';
    const setContact = (patch: Partial<NonNullable<Referral['parentContact']>>, touched: string[], commit = false) => {
      const now = this.value!.parentContact;
      this.patch({ parentContact: { contacted: now?.contacted ?? false, ...now, ...patch } }, touched, commit);
    };
    const exception = contact?.exception === 'suspected-abuse-by-parent';
    return html`<div data-field="parentContact" tabindex="-1">
        ${this.renderFieldError('parentContact')}
        ${this.fields.choices('parentContact.contacted', t('referral.form.parents.contactLegend'), YES_NO, contacted, (a) => t(a === 'yes' ? 'referral.form.parents.contacted' : 'referral.form.parents.notContacted'), (a) => setContact({ contacted: a === 'yes' }, ['parentContact.contacted'], true), { optional: false })}
        ${contact?.contacted
          ? html`${this.fields.date('parentContact.on', t('referral.form.parents.on'), contact.on, (on) => setContact(on ? { on } : { on: undefined }, ['parentContact.on']), { optional: true })}
            ${this.fields.text('parentContact.reaction', t('referral.form.parents.reaction'), contact.reaction, (reaction) => setContact({ reaction }, ['parentContact.reaction']), { max: 2000, rows: 3, optional: true })}`
          : nothing}
        ${referral.referralType === 'underretning'
          ? html`${this.fields.checkbox('parentContact.exception', t('referral.form.parents.exception'), exception, (on) => setContact({ exception: on ? 'suspected-abuse-by-parent' : undefined }, ['parentContact.exception'], true), { hint: t('referral.form.parents.exceptionHint') })}
            ${exception && !this.asText ? html`<div class="guard-rail" part="guard-rail" role="group" aria-label=${t('referral.form.parents.exception')}>${renderSuspectedAbuseByParent(t)}</div>` : nothing}`
          : nothing}
      </div>
      ${referral.referralType === 'indstilling' ? this.renderConsents(referral) : nothing}`;
  }

  private renderConsents(referral: Referral) {
    const { t } = this.i18n;
    const young = (this.childAge ?? 0) >= 18;
    const holders = referral.parents.map((parent, index) => ({ parent, index })).filter(({ parent }) => parent.custody);
    const youngConsents = referral.consents.filter((c) => c.givenBy.relation === 'child');
    return html`<section class="consents" data-field="consents" tabindex="-1" aria-labelledby="consents-title">
      <h4 id="consents-title">${t('referral.form.parents.consents')}</h4>
      ${this.renderFieldError('consents')}
      ${young
        ? html`<p>${t('referral.form.parents.young')}</p>
            ${youngConsents.map((c) => this.renderConsent(referral, c, t('referral.form.parents.youngName')))}
            ${youngConsents.some((c) => !c.withdrawnAt) ? nothing : html`<button type="button" ?disabled=${this.isDisabled} data-action="young-consent" @click=${() => this.addConsent(undefined)}>${t('referral.form.parents.youngConsent')}</button>`}`
        : html`<p class="note">${t('referral.form.parents.consentsIntro')}</p>
            ${holders.length ? nothing : html`<p class="note">${t('referral.form.parents.noCustody')}</p>`}`}
      ${holders.map(({ parent, index }) => {
        const name = parent.name || t('referral.form.child.parent', { n: index + 1 });
        const consents = referral.consents.filter((c) => c.parentId === parent.id);
        return html`<div class="consent-holder" data-field=${`parents.${index}`} tabindex="-1" role="group" aria-label=${t('referral.form.parents.consentFrom', { name })}>
          ${this.renderFieldError(`parents.${index}`)}
          ${consents.length ? consents.map((c) => this.renderConsent(referral, c, name)) : html`<p class="note">${t('referral.form.parents.consentFrom', { name })}: ${t('referral.form.parents.noConsent')}</p>`}
          ${consents.some((c) => !c.withdrawnAt) ? nothing : html`<button type="button" ?disabled=${this.isDisabled} data-action="add-consent" data-parent=${parent.id} @click=${() => this.addConsent(parent)}>${t('referral.form.parents.addConsent', { name })}</button>`}
        </div>`;
      })}
    </section>`;
  }

  private renderConsent(referral: Referral, consent: Consent, name: string) {
    const { t } = this.i18n;
    const index = referral.consents.indexOf(consent);
    const key = (field: string) => `consents.${index}.${field}`;
    return html`<div class="consent" data-consent=${consent.id}>
      <h5>${t('referral.form.parents.consentFrom', { name })}</h5>
      ${this.fields.text(key('scope'), t('referral.form.parents.scope'), consent.scope, (scope) => this.setConsent(consent.id, { scope }), { hint: t('referral.form.parents.scopeHint'), max: 2000, rows: 2, optional: false })}
      ${this.fields.text(key('purpose'), t('referral.form.parents.purpose'), consent.purpose, (purpose) => this.setConsent(consent.id, { purpose }), { hint: t('referral.form.parents.purposeHint'), max: 2000, rows: 2, optional: false })}
      ${this.fields.line(key('recipients'), t('referral.form.parents.recipients'), consent.recipients, (recipients) => this.setConsent(consent.id, { recipients }), { optional: true })}
      <div class="row">
        ${this.fields.date(key('givenAt'), t('referral.form.parents.givenAt'), danishDate(consent.givenAt), (day) => day && this.setConsent(consent.id, { givenAt: momentOfDay(day) }), { optional: false })}
      </div>
      ${this.fields.choices(key('method'), t('referral.form.parents.method'), CONSENT_METHODS, consent.method, (m) => t(`referral.form.parents.methods.${m}`), (method) => this.setConsent(consent.id, { method }, true), { inline: true, optional: false })}
      ${consent.withdrawnAt
        ? html`<p class="withdrawn"><strong>${t('referral.form.parents.withdrawn', { date: this.i18n.formatDate(consent.withdrawnAt) })}</strong></p>`
        : this.asText
          ? nothing
          : html`<button type="button" ?disabled=${this.isDisabled} data-action="withdraw-consent" @click=${() => this.setConsent(consent.id, withdrawConsent(consent), true)}>${t('referral.form.parents.withdraw')}</button>`}
    </div>`;
  }

  private renderAttachments(referral: Referral) {
    const { t } = this.i18n;
    const records = this.earlierRecords.filter((r) => r.kind !== 'referral' && r.status !== 'draft');
    if (!records.length) return html`<p class="note">${t('referral.form.attachments.none')}</p>`;
    const attached = (r: SpireRecord) => referral.attachments.some((a) => a.kind === r.kind && a.id === r.id);
    return html`<p>${t('referral.form.attachments.intro')}</p>
      ${records.map((r) =>
        this.fields.checkbox(`attachments.${r.id}`, t('referral.form.attachments.item', { kind: t(`referral.form.attachments.kinds.${r.kind}`), date: this.i18n.formatDate(r.updatedAt) }), attached(r), (on) =>
          this.patch({ attachments: on ? [...this.value!.attachments, { kind: r.kind, id: r.id }] : this.value!.attachments.filter((a) => !(a.kind === r.kind && a.id === r.id)) }, [], true),
        ),
      )}`;
  }

  /** Everything that will be sent, step by step, in words: the last step, and what is printed. */
  private renderReview(referral: Referral) {
    const { t } = this.i18n;
    const value = (text: string | undefined) => (text?.trim() ? text : html`<span class="missing">${t('referral.form.review.missing')}</span>`);
    const yesNo = (on: boolean | undefined) => (on === undefined ? value(undefined) : t(on ? 'referral.form.review.yes' : 'referral.form.review.no'));
    const item = (label: string, content: unknown) => html`<div><dt>${label}</dt><dd>${content}</dd></div>`;
    const section = (step: ReferralStep, items: unknown) => html`<div class="review-step" data-review=${step}>
      <h4>
        <span>${t(`referral.form.steps.${step}`)}</span>
        ${this.asText ? nothing : html`<button type="button" ?disabled=${this.isDisabled} class="edit" @click=${() => this.goTo(step)}>${t('referral.form.review.edit', { step: t(`referral.form.steps.${step}`).toLocaleLowerCase(this.i18n.locale) })}</button>`}
      </h4>
      <dl>${items}</dl>
    </div>`;
    const r = referral;
    const perspective = r.childPerspective ?? {};
    const what = t(`referral.form.review.what.${r.referralType}`);
    // Everything attached is listed, also a record this page does not have at hand (then by kind alone).
    const attachments = r.attachments.map((a) => ({ kind: a.kind, record: this.earlierRecords.find((rec) => rec.kind === a.kind && rec.id === a.id) }));
    return html`<div class="review">
      ${this.asText ? nothing : html`<p>${t('referral.form.review.intro', { what })}</p>`} ${this.renderKnow(r)}
      ${section(
        'type',
        html`${item(t('referral.form.type.legend'), t(`referral.types.${r.referralType}`))}
        ${r.referralType === 'underretning' ? item(t('referral.form.type.ground'), r.ground ? t(`referral.form.type.grounds.${r.ground}`) : value(undefined)) : nothing}
        ${item(t('referral.form.type.recipient'), r.recipient.name?.trim() || t(`referral.recipients.${r.recipient.type}`))}
        ${item(t('referral.form.type.urgency'), t(`referral.form.type.urgencies.${r.urgency}`))}
        ${item(t('referral.form.acute.legend'), yesNo(r.acute))}
        ${item(t('referral.form.type.reporter'), [r.reporter.name, r.reporter.role, r.reporter.institution, r.reporter.workAddress, r.reporter.phone].filter((x) => x?.trim()).join(', '))}
        ${item(t('referral.form.type.relationToChild'), value(r.reporter.relationToChild))}`,
      )}
      ${section(
        'child',
        html`${item(t('referral.form.child.name'), value(r.childDetails.name))}
        ${r.childDetails.cpr ? item(t('referral.form.child.cpr'), maskCpr(r.childDetails.cpr)) : nothing}
        ${item(
          t('referral.form.child.parents'),
          r.parents.length
            ? html`${r.parents.map((p) => html`${[p.name, p.address, p.phone].filter((x) => x?.trim()).join(', ')}${p.custody ? ` (${t('referral.form.child.custody').toLocaleLowerCase(this.i18n.locale)})` : ''}<br />`)}`
            : value(undefined),
        )}
        ${item(t('referral.form.child.language'), [r.language.primary, r.language.interpreterNeeded ? t('referral.form.child.interpreter') : ''].filter(Boolean).join(' – ') || value(undefined))}`,
      )}
      ${section('concern', html`${item(t('referral.form.concern.description'), value(r.description))} ${item(t('referral.form.concern.tried'), value(r.triedAndEffect))}`)}
      ${section(
        'perspective',
        html`${item(t('referral.form.perspective.statement'), perspective.statement?.trim() ? html`<q class="verbatim">${perspective.statement}</q>` : value(undefined))}
        ${item(t('referral.form.perspective.involvement'), value(perspective.involvement))}
        ${perspective.notInvolvedReason?.trim() ? item(t('referral.form.perspective.notInvolved'), perspective.notInvolvedReason) : nothing}`,
      )}
      ${section('resources', item(t('referral.form.resources.label'), value(r.resources)))}
      ${section(
        'parents',
        html`${item(t('referral.form.parents.contactLegend'), yesNo(r.parentContact?.contacted))}
        ${r.parentContact?.on ? item(t('referral.form.parents.on'), this.i18n.formatDate(r.parentContact.on)) : nothing}
        ${r.parentContact?.reaction?.trim() ? item(t('referral.form.parents.reaction'), r.parentContact.reaction) : nothing}
        ${r.parentContact?.exception ? item(t('referral.form.parents.exception'), t('referral.form.review.yes')) : nothing}
        ${r.referralType === 'indstilling'
          ? item(
              t('referral.form.parents.consents'),
              r.consents.length
                ? html`${r.consents.map(
                    (c) =>
                      html`${t('referral.form.review.consentGiven', { name: c.givenBy.name, scope: c.scope, date: this.i18n.formatDate(c.givenAt), method: t(`referral.form.parents.methods.${c.method}`).toLocaleLowerCase(this.i18n.locale) })}${c.purpose.trim() ? ` ${t('referral.form.parents.purpose')}: ${c.purpose}.` : ''}${c.recipients?.trim() ? ` ${t('referral.form.parents.recipients')} ${c.recipients}.` : ''}${c.withdrawnAt
                          ? ` – ${t('referral.form.parents.withdrawn', { date: this.i18n.formatDate(c.withdrawnAt) })}`
                          : ''}<br />`,
                  )}`
                : value(undefined),
            )
          : nothing}`,
      )}
      ${section(
        'attachments',
        item(
          t('referral.form.steps.attachments'),
          attachments.length
            ? html`${attachments.map((a) => html`${a.record ? t('referral.form.attachments.item', { kind: t(`referral.form.attachments.kinds.${a.kind}`), date: this.i18n.formatDate(a.record.updatedAt) }) : t(`referral.form.attachments.kinds.${a.kind}`)}<br />`)}`
            : value(undefined),
        ),
      )}
      ${this.asText
        ? nothing
        : html`<div class="form-actions export">
            <button type="button" ?disabled=${this.isDisabled} data-action="export-json" @click=${() => this.download(JSON.stringify(r, null, 2), 'application/json', 'json')}>${t('referral.form.review.exportJson')}</button>
            <button
              type="button"
              ?disabled=${this.isDisabled}
              data-action="export-fhir"
              @pointerenter=${preloadFhirExport}
              @focus=${preloadFhirExport}
              @click=${() => this.downloadFhir(r)}
            >
              ${t('referral.form.review.exportFhir')}
            </button>
          </div>`}
    </div>`;
  }

  private download(text: string, type: string, extension: string): void {
    downloadFile(new Blob([text], { type }), `${this.i18n.t('referral.form.file')}.${extension}`);
  }

  /** The referral as a FHIR QuestionnaireResponse; the export loads on first use. */
  private async downloadFhir(referral: Referral): Promise<void> {
    let fhir: FhirExport;
    try {
      fhir = await loadFhirExport();
    } catch {
      this.announce(this.i18n.t('referral.form.review.exportFailed'));
      return;
    }
    this.download(JSON.stringify(fhir.toFhirQuestionnaireResponse(referral), null, 2), 'application/fhir+json', 'fhir.json');
  }

}
