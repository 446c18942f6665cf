import './zod.js';
import * as z from 'zod/mini';
import { type CreateRecordOptions, type RecordDefinition, Context, newRecordHeader, Id, IsoDate, RECORD_KINDS, RecordStatus, addIssue, optionalText, recordBase, text } from './common.js';

/** Bekymringsbarometer: from trivsel to truet. A level of concern, not a label on the child. */
export const CONCERN_LEVELS = ['trivsel', 'faldende-trivsel', 'saarbar', 'udsat', 'truet'] as const;
export const ConcernLevel = z.enum(CONCERN_LEVELS);
export type ConcernLevel = z.infer<typeof ConcernLevel>;

export const CONCERN_DECISIONS = ['general-setting', 'interdisciplinary-meeting', 'network-meeting', 'notification'] as const;
export const ConcernDecision = z.enum(CONCERN_DECISIONS);
export type ConcernDecision = z.infer<typeof ConcernDecision>;

export const PARENTS_NOT_INVOLVED_REASONS = ['suspected-abuse-by-parent', 'other'] as const;

export const CONCERN_NOTE_VERSION = 1;

export const ConcernNote = z
  .object({
    ...recordBase('concern-note', CONCERN_NOTE_VERSION),
    status: RecordStatus,
    observedAt: IsoDate,
    where: z.object({ context: Context, place: optionalText(200) }),
    observedBy: z.object({ name: text(200), role: text(100) }),
    /** Konkrete iagttagelser: what was seen and heard — facts, not interpretations. */
    observations: optionalText(6000),
    /** The child's own words, verbatim. */
    childWords: optionalText(4000),
    frequency: optionalText(1000),
    pattern: optionalText(1000),
    duration: optionalText(1000),
    worksWell: optionalText(4000),
    worries: optionalText(4000),
    whatNeedsToHappen: optionalText(4000),
    level: z.optional(ConcernLevel),
    actionsTaken: optionalText(4000),
    discussedWith: z.array(z.object({ role: text(100), on: IsoDate })),
    parents: z.optional(
      z.object({
        involved: z.boolean(),
        on: z.optional(IsoDate),
        reaction: optionalText(2000),
        notInvolvedReason: z.optional(z.enum(PARENTS_NOT_INVOLVED_REASONS)),
        notInvolvedExplanation: optionalText(2000),
      }),
    ),
    decision: z.optional(ConcernDecision),
    links: z.array(z.object({ kind: z.enum(RECORD_KINDS), id: Id })),
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

/** A valid, empty draft note, observed today by its author in the child's context. */
export function createConcernNote(options: CreateRecordOptions): ConcernNote {
  const header = newRecordHeader('concern-note', CONCERN_NOTE_VERSION, options);
  return {
    ...header,
    status: 'draft',
    observedAt: header.createdAt.slice(0, 10),
    where: { context: options.child.context },
    observedBy: { name: options.author.name, role: options.author.role },
    discussedWith: [],
    links: [],
  };
}

export const concernNoteDefinition: RecordDefinition<ConcernNote> = {
  kind: 'concern-note',
  schemaVersion: CONCERN_NOTE_VERSION,
  schema: ConcernNote,
  migrations: {},
};
