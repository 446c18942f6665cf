import './zod.js';
import * as z from 'zod/mini';
import { LIST_LIMITS, TEXT_LIMITS } from './limits.js';
import {
  type CreateRecordOptions,
  type ModelIssue,
  type RecordDefinition,
  Id,
  IsoDate,
  RecordStatus,
  addIssue,
  duplicateIndexes,
  list,
  newRecordHeader,
  optionalText,
  recordBase,
  text,
} from './common.js';
import { Agreement, ChildPerspective, FollowUp, ParentPerspective, hasChildPerspective, parentsInformedOrReason } from './perspectives.js';
import { type Instrument, POSITION_WEIGHT, Position, defaultInstrument } from './instrument.js';
import { plainArray, plainObject } from './plain.js';

/**
 * From least to most intrusive: carry on, adjust, meet across professions or with the child's network,
 * write a concern note, make an indstilling (with consent) or an underretning (the legal duty, § 133).
 */
export const NEXT_STEPS = ['continue', 'pedagogical-adjustment', 'interdisciplinary-meeting', 'network-meeting', 'concern-note', 'referral', 'underretning'] as const;
export const NextStep = z.enum(NEXT_STEPS);
export type NextStep = z.infer<typeof NextStep>;

export const WELLBEING_CHECK_VERSION = 2;

export const DimensionAssessment = z
  .object({ dimensionId: Id, position: Position, justification: optionalText(TEXT_LIMITS.text) })
  .check((ctx) => {
    const { position, justification } = ctx.value;
    // A gul or rød position is a professional judgement others will act on: it must say why.
    if ((position === 'yellow' || position === 'red') && !justification?.trim()) {
      addIssue(ctx, 'justification_required', ['justification'], { position });
    }
  });
export type DimensionAssessment = z.infer<typeof DimensionAssessment>;

export const Participant = z.object({ name: text(TEXT_LIMITS.name), role: text(TEXT_LIMITS.label) });
export type Participant = z.infer<typeof Participant>;

export const WellbeingCheck = z
  .object({
    ...recordBase('wellbeing-check', WELLBEING_CHECK_VERSION),
    status: RecordStatus,
    instrumentId: Id,
    instrumentVersion: z.int().check(z.gte(1)),
    round: z.object({ label: text(TEXT_LIMITS.label), dueOn: z.optional(IsoDate) }),
    /** Egen vurdering (individual) or fælles vurdering (joint, agreed by the team). */
    assessment: z.object({ type: z.enum(['individual', 'joint']), participants: list(Participant, LIST_LIMITS.participants) }),
    dimensions: list(DimensionAssessment, LIST_LIMITS.dimensions),
    overall: z.object({ position: Position, suggested: z.optional(Position), overrideReason: optionalText(TEXT_LIMITS.note) }),
    /** Hvad går godt: strengths and resources, first. */
    strengths: optionalText(TEXT_LIMITS.longText),
    /** Hvad undrer vi os over. */
    wonderings: optionalText(TEXT_LIMITS.longText),
    /** Hvad kan ligge bag. */
    possibleBackground: optionalText(TEXT_LIMITS.longText),
    childPerspective: z.optional(ChildPerspective),
    parentPerspective: z.optional(ParentPerspective),
    agreements: list(Agreement, LIST_LIMITS.agreements),
    /** Last round's agreements followed up: done, not done, or continued into this round's agreements. */
    followUps: z.optional(list(FollowUp, LIST_LIMITS.agreements)),
    nextStep: z.optional(NextStep),
  })
  .check((ctx) => {
    const check = ctx.value;
    if (check.assessment.type === 'joint' && check.assessment.participants.length < 2) {
      addIssue(ctx, 'too_small', ['assessment', 'participants'], { minimum: 2, origin: 'array' });
    }
    for (const index of duplicateIndexes(check.dimensions.map((d) => d.dimensionId))) {
      addIssue(ctx, 'duplicate_id', ['dimensions', index, 'dimensionId'], { id: check.dimensions[index]!.dimensionId });
    }
    for (const index of duplicateIndexes(check.agreements.map((a) => a.id))) {
      addIssue(ctx, 'duplicate_id', ['agreements', index, 'id'], { id: check.agreements[index]!.id });
    }
    const { position, suggested, overrideReason } = check.overall;
    if (suggested && suggested !== 'not-assessed' && position !== 'not-assessed' && position !== suggested && !overrideReason?.trim()) {
      addIssue(ctx, 'reason_required', ['overall', 'overrideReason'], { suggested, position });
    }
    if (check.status === 'draft' || check.status === 'entered-in-error') return;
    // Completion rules: a finished check has a position, the child's view, and leads somewhere.
    if (position === 'not-assessed') addIssue(ctx, 'overall_position_required', ['overall', 'position']);
    if (!hasChildPerspective(check.childPerspective)) addIssue(ctx, 'child_perspective_required', ['childPerspective']);
    if ((position === 'yellow' || position === 'red') && check.agreements.length === 0 && (!check.nextStep || check.nextStep === 'continue')) {
      addIssue(ctx, 'agreement_or_next_step_required', ['agreements'], { position });
    }
  });
export type WellbeingCheck = z.infer<typeof WellbeingCheck>;

/** The most serious assessed position; not-assessed when nothing has been assessed. */
export function suggestOverallPosition(dimensions: readonly { position: Position }[]): Position {
  return (plainArray(dimensions) ?? []).reduce<Position>((worst, d) => {
    const position: unknown = typeof d === 'object' && d !== null ? (d as { position?: unknown }).position : undefined;
    // Own keys only: an unknown value (`toString`, `__proto__`) weighs nothing.
    if (typeof position !== 'string' || !Object.hasOwn(POSITION_WEIGHT, position)) return worst;
    return POSITION_WEIGHT[position as Position] > POSITION_WEIGHT[worst] ? (position as Position) : worst;
  }, 'not-assessed');
}

/**
 * Rounds in time order, oldest first: by the round's due date when known, else the day the check was
 * created; equal days keep the order given. Checks entered in error are left out, and so is anything
 * that is not a check (no `createdAt` and no due date), so a trend never throws on a host's list.
 */
export function chronologicalChecks<T extends WellbeingCheck>(checks: readonly T[]): T[] {
  let list: readonly T[];
  try {
    list = Array.isArray(checks) ? [...checks] : [];
  } catch {
    return [];
  }
  // Read through a plain copy, so a hostile entry is left out; the checks themselves are returned.
  const when = (c: T): { at: string; status: unknown } | undefined => {
    const check = plainObject(c);
    if (!check) return undefined;
    const round = check.round as { dueOn?: unknown } | undefined;
    const dueOn = typeof round === 'object' && round !== null ? round.dueOn : undefined;
    if (typeof dueOn === 'string') return { at: dueOn, status: check.status };
    return typeof check.createdAt === 'string' ? { at: check.createdAt.slice(0, 10), status: check.status } : undefined;
  };
  return list
    .map((check) => ({ check, read: when(check) }))
    .flatMap(({ check, read }) => (read && read.status !== 'entered-in-error' ? [{ check, at: read.at }] : []))
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((entry) => entry.check);
}

/** A valid, empty draft check for the instrument: every dimension not yet assessed. */
export function createWellbeingCheck(options: CreateRecordOptions & { instrument?: Instrument; roundLabel?: string }): WellbeingCheck {
  const instrument = options.instrument ?? defaultInstrument;
  return {
    ...newRecordHeader('wellbeing-check', WELLBEING_CHECK_VERSION, options),
    status: 'draft',
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    round: { label: options.roundLabel ?? defaultRoundLabel(options.now ?? new Date()) },
    assessment: { type: 'individual', participants: [] },
    dimensions: instrument.dimensions.map((d) => ({ dimensionId: d.id, position: 'not-assessed' as const })),
    overall: { position: 'not-assessed' },
    agreements: [],
  };
}

/** "Efterår 2026" style labels are municipality language; the default is the neutral year-half. */
function defaultRoundLabel(now: Date): string {
  return `${now.getFullYear()}-${now.getMonth() < 6 ? 1 : 2}`;
}

/**
 * Version 1 (the first pilot) stored `overall` as a bare position string and `strengths` as a list of
 * short strings. Version 2 keeps the suggestion and any override reason beside the overall position,
 * and strengths as one text in the professional's own words.
 */
function migrateV1(old: Record<string, unknown>): Record<string, unknown> {
  const overall = typeof old.overall === 'string' ? { position: old.overall } : old.overall;
  const strengths = Array.isArray(old.strengths) ? old.strengths.filter((s) => typeof s === 'string' && s.trim()).join('\n') : old.strengths;
  const next: Record<string, unknown> = { ...old, overall, schemaVersion: 2 };
  if (strengths === '' || strengths === undefined) delete next.strengths;
  else next.strengths = strengths;
  return next;
}

/**
 * What completing a check asks since the first pilot (checks completed before keep their status): at
 * least one area assessed, and when the parents were informed or why they were not. The date field is
 * where that answer usually goes; a written reason or the safeguarding choice also answers it.
 */
function wellbeingCompletionRules(check: WellbeingCheck): ModelIssue[] {
  const issues: ModelIssue[] = [];
  if (check.dimensions.every((d) => d.position === 'not-assessed')) issues.push({ code: 'dimension_required', path: ['dimensions'], params: {} });
  if (!parentsInformedOrReason(check.parentPerspective)) issues.push({ code: 'parents_informed_required', path: ['parentPerspective', 'informedOn'], params: {} });
  return issues;
}

export const wellbeingCheckDefinition: RecordDefinition<WellbeingCheck> = {
  kind: 'wellbeing-check',
  schemaVersion: WELLBEING_CHECK_VERSION,
  schema: WellbeingCheck,
  migrations: { 1: migrateV1 },
  completionRules: wellbeingCompletionRules,
};
