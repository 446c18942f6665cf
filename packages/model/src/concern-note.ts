import './zod.js';
import * as z from 'zod/mini';
import { LIST_LIMITS, TEXT_LIMITS } from './limits.js';
import type { WellbeingCheck } from './wellbeing-check.js';
import { type Instrument, defaultInstrument } from './instrument.js';
import { danishDate } from './deadlines.js';
import { type CreateRecordOptions, type ModelIssue, type RecordDefinition, Context, newRecordHeader, Id, IsoDate, RECORD_KINDS, RecordStatus, addIssue, list, optionalText, recordBase, text } from './common.js';

/** Bekymringsbarometer: from trivsel to truet. A level of concern, not a label on the child. */
export const CONCERN_LEVELS = ['trivsel', 'faldende-trivsel', 'saarbar', 'udsat', 'truet'] as const;
export const ConcernLevel = z.enum(CONCERN_LEVELS);
export type ConcernLevel = z.infer<typeof ConcernLevel>;

/**
 * What happens with the concern, least intrusive first: handled in the general setting, a tværfagligt møde,
 * a netværksmøde, an indstilling (`referral`, with the parents' consent) or an underretning (`notification`).
 */
export const CONCERN_DECISIONS = ['general-setting', 'interdisciplinary-meeting', 'network-meeting', 'referral', 'notification'] as const;
export const ConcernDecision = z.enum(CONCERN_DECISIONS);
export type ConcernDecision = z.infer<typeof ConcernDecision>;

export const PARENTS_NOT_INVOLVED_REASONS = ['suspected-abuse-by-parent', 'other'] as const;

/** Who the first conversation is with: help within a week means someone talks with the child or family. */
export const HELP_WITH = ['child', 'family', 'child-and-family'] as const;

/** Help within a week (the strategies' promise): days from the day the note was written to the first conversation. */
export const HELP_WITHIN_DAYS = 7;

export const CONCERN_NOTE_VERSION = 1;

export const ConcernNote = z
  .object({
    ...recordBase('concern-note', CONCERN_NOTE_VERSION),
    status: RecordStatus,
    observedAt: IsoDate,
    where: z.object({ context: Context, place: optionalText(TEXT_LIMITS.name) }),
    observedBy: z.object({ name: text(TEXT_LIMITS.name), role: text(TEXT_LIMITS.label) }),
    /** Konkrete iagttagelser: what was seen and heard — facts, not interpretations. */
    observations: optionalText(TEXT_LIMITS.account),
    /**
     * Is the child in acute danger? Asked first: yes means phoning the municipality now (outside office
     * hours the police on 114) before any writing continues.
     */
    acute: z.optional(z.boolean()),
    /** The child's own words, verbatim. */
    childWords: optionalText(TEXT_LIMITS.longText),
    /** The child's views, hopes and dreams, beside the child's own words. */
    childViews: optionalText(TEXT_LIMITS.longText),
    /** Hvad kan ligge bag? Curiosity about what lies behind — blame is never placed on the child. */
    possibleBackground: optionalText(TEXT_LIMITS.longText),
    frequency: optionalText(TEXT_LIMITS.note),
    pattern: optionalText(TEXT_LIMITS.note),
    duration: optionalText(TEXT_LIMITS.note),
    worksWell: optionalText(TEXT_LIMITS.longText),
    worries: optionalText(TEXT_LIMITS.longText),
    whatNeedsToHappen: optionalText(TEXT_LIMITS.longText),
    level: z.optional(ConcernLevel),
    actionsTaken: optionalText(TEXT_LIMITS.longText),
    discussedWith: list(z.object({ role: text(TEXT_LIMITS.label), on: IsoDate }), LIST_LIMITS.discussedWith),
    parents: z.optional(
      z.object({
        involved: z.boolean(),
        on: z.optional(IsoDate),
        reaction: optionalText(TEXT_LIMITS.text),
        /** The parents' own view of the concern. */
        view: optionalText(TEXT_LIMITS.text),
        /** What the parents and the family bring: resources, not only a reaction. */
        resources: optionalText(TEXT_LIMITS.text),
        notInvolvedReason: z.optional(z.enum(PARENTS_NOT_INVOLVED_REASONS)),
        notInvolvedExplanation: optionalText(TEXT_LIMITS.text),
      }),
    ),
    decision: z.optional(ConcernDecision),
    /** Who will talk with the child or the family, and by when (within a week of the note). */
    firstConversation: z.optional(
      z.object({
        who: text(TEXT_LIMITS.name),
        with: z.enum(HELP_WITH),
        by: IsoDate,
        heldOn: z.optional(IsoDate),
      }),
    ),
    links: list(z.object({ kind: z.enum(RECORD_KINDS), id: Id }), LIST_LIMITS.links),
  })
  .check((ctx) => {
    const note = ctx.value;
    if (note.parents && !note.parents.involved && !note.parents.notInvolvedReason) {
      addIssue(ctx, 'reason_required', ['parents', 'notInvolvedReason']);
    }
    if (note.status === 'draft' || note.status === 'entered-in-error') return;
    if (!note.observations?.trim()) addIssue(ctx, 'required', ['observations']);
    if (!note.level) addIssue(ctx, 'required', ['level']);
    if (!note.decision) addIssue(ctx, 'required', ['decision']);
    // Parents told is a fact with a date: "when" is what the next professional asks first.
    if (note.parents?.involved && !note.parents.on) addIssue(ctx, 'required', ['parents', 'on']);
  });
export type ConcernNote = z.infer<typeof ConcernNote>;

/** A valid, empty draft note, observed today (the Danish day) by its author in the child's context. */
export function createConcernNote(options: CreateRecordOptions): ConcernNote {
  const header = newRecordHeader('concern-note', CONCERN_NOTE_VERSION, options);
  return {
    ...header,
    status: 'draft',
    observedAt: danishDate(header.createdAt),
    where: { context: options.child.context },
    observedBy: { name: options.author.name, role: options.author.role },
    discussedWith: [],
    links: [],
  };
}

/** Abuse by a parent is suspected: the parents are not involved for that reason. */
export function suspectsAbuseByParent(note: Pick<ConcernNote, 'parents'>): boolean {
  return note.parents?.involved === false && note.parents.notInvolvedReason === 'suspected-abuse-by-parent';
}

/**
 * What completing (or amending) a note asks from now on; notes completed before keep their status.
 * - Who will talk with the child or the family, and by when (help within a week).
 * - Whether the child is in acute danger: answered, yes or no.
 * - In acute danger, or with suspected abuse by a parent, the decision is an underretning
 *   (`underretning_required` at `decision`).
 * - With suspected abuse by a parent the first conversation is with the child, not the family
 *   (`not_family_first` at `firstConversation.with`): the municipality informs the parents.
 */
function concernNoteCompletionRules(note: ConcernNote): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const suspected = suspectsAbuseByParent(note);
  if (note.acute === undefined) issues.push({ code: 'required', path: ['acute'], params: {} });
  // A missing decision is the schema's `required`; a chosen one that is not an underretning is ours.
  if ((suspected || note.acute === true) && note.decision !== undefined && note.decision !== 'notification') {
    issues.push({ code: 'underretning_required', path: ['decision'], params: {} });
  }
  if (!note.firstConversation) issues.push({ code: 'required', path: ['firstConversation', 'who'], params: {} });
  else if (suspected && note.firstConversation.with !== 'child') issues.push({ code: 'not_family_first', path: ['firstConversation', 'with'], params: {} });
  return issues;
}

export const concernNoteDefinition: RecordDefinition<ConcernNote> = {
  kind: 'concern-note',
  schemaVersion: CONCERN_NOTE_VERSION,
  schema: ConcernNote,
  migrations: {},
  completionRules: concernNoteCompletionRules,
};

/** Where the first conversation stands against the week: planned in time, planned too late, due, overdue, held. */
export type FirstConversationState = 'not-planned' | 'planned' | 'planned-after-deadline' | 'due-today' | 'overdue' | 'held' | 'held-late';

export interface FirstConversationDeadline {
  /** The day the note was written (the Danish date of `createdAt`) plus 7 days. */
  dueOn: string;
  state: FirstConversationState;
  /** Whole days from today to the deadline (negative when passed). */
  daysLeft: number;
}

/**
 * The deadline for help within a week and where the note stands against it, on `today` (a calendar date,
 * the Danish day). The week counts from the day the note was written — the Danish calendar date of its
 * `createdAt` — not from the day of the observation, which may lie weeks back. Undefined when the note
 * has no readable `createdAt`. Never throws.
 */
export function firstConversationDeadline(note: Pick<ConcernNote, 'createdAt' | 'firstConversation'>, today: string): FirstConversationDeadline | undefined {
  const written = dayNumber(writtenOn(note?.createdAt));
  const now = dayNumber(today);
  if (written === undefined || now === undefined) return undefined;
  const due = written + HELP_WITHIN_DAYS;
  const dueOn = fromDayNumber(due);
  const daysLeft = due - now;
  const plan = typeof note.firstConversation === 'object' && note.firstConversation !== null ? note.firstConversation : undefined;
  const held = dayNumber(plan?.heldOn);
  const by = dayNumber(plan?.by);
  let state: FirstConversationState;
  if (held !== undefined) state = held <= due ? 'held' : 'held-late';
  else if (daysLeft < 0) state = 'overdue';
  else if (daysLeft === 0) state = 'due-today';
  else if (by === undefined || !plan?.who?.trim()) state = 'not-planned';
  else state = by > due ? 'planned-after-deadline' : 'planned';
  return { dueOn, state, daysLeft };
}

/** The Danish calendar date of an instant (`2026-11-12T23:30:00Z` was written on the 13th), or undefined. */
function writtenOn(instant: unknown): string | undefined {
  if (typeof instant !== 'string' || Number.isNaN(Date.parse(instant))) return undefined;
  return danishDate(instant);
}

const DAY_MS = 24 * 60 * 60 * 1000;
function dayNumber(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? undefined : Math.round(time / DAY_MS);
}
function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const PREFILL_WORDS = {
  da: { worries: 'Bekymringernes hus', goodThings: 'De gode tings hus', dreams: 'Drømmenes hus', position: { yellow: 'gul', red: 'rød' } },
  en: { worries: 'House of worries', goodThings: 'House of good things', dreams: 'House of dreams', position: { yellow: 'yellow', red: 'red' } },
} as const;

/**
 * A draft concern note opened from a wellbeing check (its next step): the child and setting, the check's
 * strengths as what works well, the child's own words and three houses (verbatim), the gul and rød areas
 * with their justifications as what we worry about, what may lie behind, and a link back to the check.
 * The concrete observations, level and decision are left to the professional. Labels are in `locale`.
 */
export function concernNoteFromCheck(
  check: WellbeingCheck,
  options: Omit<CreateRecordOptions, 'child'> & { instrument?: Instrument; locale?: 'da' | 'en' },
): ConcernNote {
  const note = createConcernNote({ ...options, child: check.child });
  const words = PREFILL_WORDS[options.locale === 'en' ? 'en' : 'da'];
  const instrument = options.instrument ?? defaultInstrument;
  const label = (id: string) => instrument.dimensions.find((d) => d.id === id)?.label[options.locale === 'en' ? 'en' : 'da'] ?? id;
  const worries = check.dimensions
    .filter((d) => d.position === 'yellow' || d.position === 'red')
    .map((d) => `${label(d.dimensionId)} (${words.position[d.position as 'yellow' | 'red']})${d.justification?.trim() ? `: ${d.justification.trim()}` : ''}`);
  const perspective = check.childPerspective;
  const houses = perspective?.threeHouses;
  const houseLines = houses ? (['worries', 'goodThings', 'dreams'] as const).filter((h) => houses[h]?.trim()).map((h) => `${words[h]}: ${houses[h]!.trim()}`) : [];
  const text = (value: string | undefined) => (value?.trim() ? value : undefined);
  const prefilled: Partial<ConcernNote> = {
    worksWell: text(check.strengths),
    childWords: text(perspective?.ownWords),
    childViews: houseLines.length ? houseLines.join('\n') : undefined,
    worries: worries.length ? worries.join('\n') : undefined,
    possibleBackground: text(check.possibleBackground),
    ...(check.parentPerspective?.notInformedBecause === 'suspected-abuse-by-parent' ? { parents: { involved: false, notInvolvedReason: 'suspected-abuse-by-parent' as const } } : {}),
    links: [{ kind: 'wellbeing-check', id: check.id }],
  };
  const result: ConcernNote = { ...note };
  for (const [key, value] of Object.entries(prefilled)) if (value !== undefined) (result as Record<string, unknown>)[key] = value;
  return result;
}
