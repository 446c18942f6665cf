import { css, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  type CalendarDate,
  type HolidayCalendar,
  type ModelIssue,
  type ParseResult,
  type Referral,
  type ReferralOutcomeKind,
  type ReferralStatus,
  OUTCOMES,
  createHolidayCalendar,
  danishDate,
  momentOfDay,
  parseRecordOf,
  referralDefinition,
  referralDeadlines,
  transitionReferral,
} from '@spire/model';
import { SpireElement } from '../../shared/elements/spire-element.js';
import { fieldStyles } from '../../shared/fields/fields.js';
import { emit } from '../../shared/events.js';
import { issueMessage } from '../../shared/validation/validation.js';
import '../../shared/controls/define.js';
import { renderStepMark, stepMarkStyles } from '../step-mark.js';
import '../strings.js';

const STEPS = ['sent', 'receipt-confirmed', 'outcome'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Deadlines and times are Danish: shown in Danish time wherever the reader is. */
const DANISH_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' };

/** How a deadline stands, in words first: colour and the icon only repeat it. */
type DeadlineState = { kind: 'met' | 'late' | 'open' | 'overdue' | 'known'; text: string };

const warningIcon = svg`<svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M10 2 L19 18 H1 Z" fill="currentColor" /><path d="M10 8 V12.5 M10 14.6 V15.4" class="cut" stroke-width="2" stroke-linecap="round" /></svg>`;
const checkIcon = svg`<svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><circle cx="10" cy="10" r="9" fill="currentColor" /><path d="M5.5 10.5 L8.5 13.5 L14.5 7" class="cut" fill="none" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" /></svg>`;
const clockIcon = svg`<svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2" /><path d="M10 5.5 V10 L13 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg>`;

/**
 * Where a sent indstilling or underretning stands — sent → receipt confirmed → outcome — and the
 * deadlines that follow from the model's `referralDeadlines`: the municipality confirms receipt of an
 * underretning within 6 working days (Danish public holidays and the municipality's own closed days,
 * `provider.config.holidays`, do not count), assesses within 24 hours whether the child is in danger, and
 * aims for help within a week. An overdue deadline says so in words, with an icon, and what to do.
 *
 * The professional records the municipality's receipt and then the outcome; each step goes through the
 * model's `transitionReferral` (no step skipped, none before the referral was sent, none in the future)
 * and is emitted with `spire-referral-status`. The widget keeps the moved referral in `value`.
 *
 * @tag spire-referral-status
 * @fires spire-referral-status - `{ value, status }`: the referral after a recorded step, validated by the model.
 * @fires change - After a recorded step.
 * @fires spire-error - `{ source, path, code, message }` for a `value` the model cannot read as a referral, or closed days that are not dates; it is not used.
 * @csspart steps - The list of steps.
 * @csspart deadlines - The deadlines.
 * @csspart record - The forms that record the receipt and the outcome.
 * @csspart date-input - Each date field's input (the nested `spire-date-field`'s `input` part).
 */
export class SpireReferralStatus extends SpireElement {
  static override styles = [
    ...SpireElement.styles,
    fieldStyles,
    stepMarkStyles,
    css`
      :host {
        display: block;
        max-inline-size: 48rem;
      }
      h2 {
        font-size: var(--_font-l);
        margin: 0 0 var(--_space-xs);
      }
      h3 {
        font-size: var(--_font-m);
        margin: var(--_space-m) 0 var(--_space-s);
      }
      .about,
      .law,
      .as-of {
        color: var(--_muted);
      }
      .about {
        margin: 0 0 var(--_space-m);
      }
      .steps {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--_space-s);
      }
      .step {
        display: grid;
        grid-template-columns: 1.75rem 1fr;
        gap: 0 var(--_space-s);
        align-items: start;
      }
      .step-name {
        font-weight: 700;
      }
      .step-state {
        grid-column: 2;
        color: var(--_muted);
      }
      .deadlines {
        margin: 0;
        display: grid;
        gap: var(--_space-s);
      }
      .deadline {
        border: 1px solid var(--_border);
        border-inline-start-width: 6px;
        border-radius: var(--_radius);
        padding: var(--_space-s) var(--_space-m);
      }
      .deadline dt {
        font-weight: 700;
      }
      .deadline dd {
        margin: var(--_space-xs) 0 0;
      }
      .law {
        display: block;
        font-weight: 400;
        font-size: var(--_font-s);
      }
      .state {
        display: inline-flex;
        align-items: center;
        gap: var(--_space-s);
        font-weight: 700;
        margin-inline-start: var(--_space-s);
      }
      .icon {
        inline-size: 1.1rem;
        block-size: 1.1rem;
        flex: none;
      }
      /* The mark cut out of a filled icon. */
      .icon .cut {
        stroke: var(--_surface);
      }
      .deadline.overdue,
      .deadline.late {
        border-color: var(--_error);
      }
      .deadline.overdue .state,
      .deadline.late .state {
        color: var(--_error);
      }
      .deadline.met {
        border-color: var(--_success);
      }
      .deadline.met .state {
        color: var(--_success);
      }
      .overdue-hint {
        font-weight: 600;
      }
      .record {
        border-block-start: 1px solid var(--_border);
        margin-block-start: var(--_space-m);
      }
      .problem {
        color: var(--_error);
        font-weight: 600;
      }
      @media (forced-colors: active) {
        /* The state is in words and the icon's shape; an overdue deadline's edge is doubled too. */
        .icon {
          forced-color-adjust: none;
          color: CanvasText;
        }
        .icon .cut {
          stroke: Canvas;
        }
        .deadline.overdue,
        .deadline.late {
          border-style: double;
          border-inline-start-width: 8px;
        }
      }
    `,
  ];

  /**
   * The referral, as the model's `parseRecord` reads it (a draft shows that nothing has started yet).
   * After a recorded step it holds the moved referral.
   */
  @property({ attribute: false })
  get value(): Referral | undefined {
    return this.own ?? this.hostInput.usable('value', this.hostValue, (input) => parseRecordOf(referralDefinition, input));
  }
  set value(next: Referral | undefined) {
    const old = this.value;
    this.hostValue = next;
    this.own = undefined;
    this.problem = undefined;
    this.requestUpdate('value', old);
  }

  /** Shown, not editable: no forms to record steps. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The moment deadlines are judged against; by default now, renewed every minute. */
  @property({ attribute: false }) now?: Date;

  private hostValue?: unknown;
  @state() private own?: Referral;
  @state() private clock = new Date();
  @state() private receivedOn = '';
  @state() private outcomeKind?: ReferralOutcomeKind;
  @state() private outcomeNote = '';
  @state() private outcomeOn = '';
  @state() private problem?: string;
  private timer?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => (this.clock = new Date()), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  private get moment(): Date {
    return this.now instanceof Date && !Number.isNaN(this.now.getTime()) ? this.now : this.clock;
  }

  /** Danish public holidays, and the days the municipality adds (`config.holidays`) when they are dates. */
  private get calendar(): HolidayCalendar {
    const extra = this.hostInput.usable('holidays', this.config?.holidays, (input): ParseResult<string[]> => {
      if (!Array.isArray(input)) return { ok: false, issues: [{ code: 'invalid_type', path: [], params: { expected: 'array' } }] };
      const bad = input.findIndex((d) => typeof d !== 'string' || !DATE.test(d) || Number.isNaN(Date.parse(d)));
      return bad < 0 ? { ok: true, value: input as string[] } : { ok: false, issues: [{ code: 'invalid_date', path: [bad], params: { format: 'date' } }] };
    });
    let known = this.calendarFor;
    if (!known || known.extra !== extra) this.calendarFor = known = { extra, calendar: createHolidayCalendar({ extraClosedDates: extra ?? [] }) };
    return known!.calendar;
  }
  private calendarFor?: { extra: string[] | undefined; calendar: HolidayCalendar };

  override render() {
    const { t } = this.i18n;
    const referral = this.value;
    if (!referral) return html`<p class="note">${t('referral.status.noValue')}</p>${this.renderLiveRegion()}`;
    const recipient = referral.recipient.name?.trim() || t(`referral.recipients.${referral.recipient.type}`);
    return html`<section aria-labelledby="status-title">
      <h2 id="status-title">${t(`referral.status.title.${referral.referralType}`)}</h2>
      <p class="about">${t('referral.status.about', { child: referral.childDetails.name, recipient })}</p>
      ${referral.status === 'draft' ? html`<p>${t('referral.status.draft')}</p>` : html`${this.renderSteps(referral)} ${this.renderDeadlines(referral)} ${this.readonly ? nothing : this.renderRecord(referral)}`}
      ${this.renderLiveRegion()}
    </section>`;
  }

  private when(at: string): string {
    return this.i18n.formatDate(at, DANISH_TIME);
  }

  private renderSteps(referral: Referral) {
    const { t } = this.i18n;
    const reached = (step: ReferralStatus) => referral.statusHistory.find((entry) => entry.status === step);
    const current = STEPS.find((step) => !reached(step));
    return html`<h3 id="steps-title" tabindex="-1">${t('referral.status.stepsLabel')}</h3>
      <ol class="steps" part="steps" aria-labelledby="steps-title">
        ${STEPS.map((step, index) => {
          const entry = reached(step);
          const isCurrent = step === current;
          const state = entry
            ? step === 'outcome' && referral.outcome
              ? t('referral.status.outcomeIs', { outcome: t(`referral.outcomes.${referral.outcome.kind}`), at: this.when(entry.at) })
              : t('referral.status.done', { at: this.when(entry.at) })
            : isCurrent
              ? t('referral.status.now')
              : t('referral.status.waiting');
          return html`<li class="step ${entry ? 'done' : isCurrent ? 'current' : 'waiting'}" aria-current=${isCurrent ? 'step' : nothing}>
            ${renderStepMark(entry ? 'done' : isCurrent ? 'current' : 'waiting', index + 1)}
            <span class="step-name">${t(`referral.status.steps.${step}`)}</span>
            <span class="step-state">${state}</span>
            ${step === 'outcome' && referral.outcome?.note ? html`<span class="step-state">${referral.outcome.note}</span>` : nothing}
          </li>`;
        })}
      </ol>`;
  }

  /** Days from today to `due` (negative when past), by the Danish calendar. */
  private daysUntil(due: CalendarDate): number {
    const today = danishDate(this.moment);
    return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  }

  /** A deadline by date: met or late by the day it was done, else open or overdue by today. */
  private byDate(due: CalendarDate, doneAt: string | undefined): DeadlineState {
    const { t } = this.i18n;
    if (doneAt) return danishDate(doneAt) <= due ? { kind: 'met', text: t('referral.status.met') } : { kind: 'late', text: t('referral.status.late') };
    const left = this.daysUntil(due);
    if (left < 0) return { kind: 'overdue', text: t('referral.status.overdueBy', { count: -left }) };
    return { kind: 'open', text: t('referral.status.open', { left: left === 0 ? t('referral.status.today') : t('referral.status.daysLeft', { count: left }) }) };
  }

  /**
   * The 24-hour danger assessment, by the hour. The municipality's assessment is not recorded here: once it
   * has confirmed receipt, the widget says so and claims nothing about the assessment itself.
   */
  private byTime(dueAt: string, receiptAt: string | undefined): DeadlineState {
    const { t } = this.i18n;
    const due = Date.parse(dueAt);
    if (receiptAt) return { kind: 'known', text: t('referral.status.receiptKnown') };
    if (this.moment.getTime() > due) return { kind: 'overdue', text: t('referral.status.overdue') };
    return { kind: 'open', text: t('referral.status.open', { left: t('referral.status.hoursLeft') }) };
  }

  private renderDeadlines(referral: Referral) {
    const { t } = this.i18n;
    const deadlines = referralDeadlines(referral, { calendar: this.calendar, now: this.moment });
    if (!deadlines) return nothing;
    const receipt = referral.statusHistory.find((entry) => entry.status === 'receipt-confirmed')?.at;
    const outcome = referral.statusHistory.find((entry) => entry.status === 'outcome')?.at;
    const items: { key: string; title: string; law: string; due: string; state: DeadlineState }[] = [];
    if (referral.referralType === 'underretning') {
      items.push({ key: 'receipt', title: t('referral.status.receipt'), law: t('referral.status.receiptLaw'), due: t('referral.status.dueOn', { date: this.i18n.formatDate(deadlines.receiptDueOn) }), state: this.byDate(deadlines.receiptDueOn, receipt) });
      items.push({ key: 'danger', title: t('referral.status.danger'), law: t('referral.status.dangerLaw'), due: t('referral.status.dueAt', { date: this.when(deadlines.dangerAssessmentDueAt) }), state: this.byTime(deadlines.dangerAssessmentDueAt, receipt) });
    }
    // Help within a week is met by help started, not by any outcome ("no further action" is none).
    const helped = referral.outcome?.kind === 'support-started' ? outcome : undefined;
    const helpState: DeadlineState = outcome && !helped ? { kind: 'known', text: t('referral.status.outcomeKnown', { outcome: t(`referral.outcomes.${referral.outcome!.kind}`) }) } : this.byDate(deadlines.helpWithinWeekOn, helped);
    items.push({ key: 'help', title: t('referral.status.help'), law: t('referral.status.helpLaw'), due: t('referral.status.dueOn', { date: this.i18n.formatDate(deadlines.helpWithinWeekOn) }), state: helpState });
    const anyOverdue = items.some((item) => item.state.kind === 'overdue');
    return html`<h3 id="deadlines-title">${t('referral.status.deadlines')}</h3>
      <dl class="deadlines" part="deadlines" aria-labelledby="deadlines-title">
        ${items.map(
          (item) => html`<div class="deadline ${item.state.kind}" data-deadline=${item.key}>
            <dt>${item.title} <span class="law">${item.law}</span></dt>
            <dd>
              <span class="due">${item.due}</span>
              <span class="state">${item.state.kind === 'met' ? checkIcon : item.state.kind === 'open' || item.state.kind === 'known' ? clockIcon : warningIcon}${item.state.text}</span>
            </dd>
          </div>`,
        )}
      </dl>
      ${referral.referralType === 'indstilling' ? html`<p class="note">${t('referral.status.indstillingNote')}</p>` : nothing}
      ${anyOverdue ? html`<p class="overdue-hint">${t('referral.status.overdueHint')}</p>` : nothing}
      <p class="as-of note">${t('referral.status.asOf', { at: this.when(this.moment.toISOString()) })}</p>`;
  }

  private renderRecord(referral: Referral) {
    const { t } = this.i18n;
    if (referral.status === 'sent') {
      return html`<section class="record" part="record" aria-labelledby="record-title">
        <h3 id="record-title">${t('referral.status.recordReceipt')}</h3>
        <spire-date-field
          exportparts="input: date-input"
          class="received-on"
          .label=${t('referral.status.receivedOn')}
          .value=${this.receivedOn || danishDate(this.moment)}
          @input=${(e: Event) => (this.receivedOn = (e.target as HTMLElement & { value: string }).value)}
        ></spire-date-field>
        ${this.renderProblem()}
        <div class="form-actions">
          <button type="button" class="primary" data-action="record-receipt" @click=${() => this.record(referral, 'receipt-confirmed', this.receivedOn || danishDate(this.moment))}>
            ${t('referral.status.recordReceiptButton')}
          </button>
        </div>
      </section>`;
    }
    if (referral.status === 'receipt-confirmed') {
      return html`<section class="record" part="record" aria-labelledby="record-title">
        <h3 id="record-title">${t('referral.status.recordOutcome')}</h3>
        <fieldset class="choices">
          <legend class="h">${t('referral.status.outcomeLegend')}</legend>
          ${OUTCOMES.map(
            (kind) => html`<label><input type="radio" name="outcome" .value=${kind} .checked=${this.outcomeKind === kind} @change=${() => (this.outcomeKind = kind)} />${t(`referral.outcomes.${kind}`)}</label>`,
          )}
        </fieldset>
        <label class="text-label" for="outcome-note">${t('referral.status.outcomeNote')}</label>
        <textarea id="outcome-note" rows="3" maxlength="2000" .value=${this.outcomeNote} @input=${(e: Event) => (this.outcomeNote = (e.target as HTMLTextAreaElement).value)}></textarea>
        <spire-date-field
          exportparts="input: date-input"
          class="outcome-on"
          .label=${t('referral.status.outcomeOn')}
          .value=${this.outcomeOn || danishDate(this.moment)}
          @input=${(e: Event) => (this.outcomeOn = (e.target as HTMLElement & { value: string }).value)}
        ></spire-date-field>
        ${this.renderProblem()}
        <div class="form-actions">
          <button type="button" class="primary" data-action="record-outcome" @click=${() => this.record(referral, 'outcome', this.outcomeOn || danishDate(this.moment))}>
            ${t('referral.status.recordOutcomeButton')}
          </button>
        </div>
      </section>`;
    }
    return nothing;
  }

  private renderProblem() {
    return this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing;
  }

  /**
   * Records a step on the day given: today at this moment, an earlier day at noon Danish time. The model
   * decides whether the step may be taken; a day before sending or after today is refused here first.
   */
  private record(referral: Referral, to: 'receipt-confirmed' | 'outcome', day: string): void {
    const { t } = this.i18n;
    const sentOn = danishDate(referral.statusHistory.find((entry) => entry.status === 'sent')?.at ?? referral.updatedAt);
    const previous = referral.statusHistory.at(-1)!;
    const today = danishDate(this.moment);
    let problem: string | undefined;
    if (!DATE.test(day) || Number.isNaN(Date.parse(day))) problem = t('referral.status.dateNeeded');
    else if (day < sentOn) problem = t('referral.status.notBeforeSent');
    else if (day > today) problem = t('referral.status.notInFuture');
    else if (to === 'outcome' && !this.outcomeKind) problem = t('referral.status.chooseOutcome');
    if (problem) {
      this.problem = problem;
      return;
    }
    // Never before the step it follows.
    const at = new Date(Math.max(Date.parse(momentOfDay(day, this.moment)), Date.parse(previous.at)));
    const note = this.outcomeNote.trim();
    const result = transitionReferral(referral, to, at, to === 'outcome' ? { kind: this.outcomeKind!, ...(note ? { note } : {}) } : undefined);
    if (!result.ok) {
      this.problem = this.describe(result.issues[0]!);
      return;
    }
    this.own = result.value;
    this.problem = undefined;
    this.receivedOn = '';
    this.outcomeKind = undefined;
    this.outcomeNote = '';
    this.outcomeOn = '';
    emit(this, 'spire-referral-status', { value: result.value, status: to });
    this.dispatchEvent(new Event('change', { bubbles: true }));
    this.announce(t('referral.status.recorded', { step: t(`referral.status.steps.${to}`) }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#steps-title')?.focus());
  }

  private describe(issue: ModelIssue): string {
    return issueMessage(issue, this.i18n.t, this.i18n.locale);
  }
}
