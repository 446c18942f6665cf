import { CONTEXTS, type Context, type RecordDefinition, parseWith } from './common.js';
import { type Instrument, Instrument as InstrumentSchema, POSITIONS, type Position, defaultInstrument } from './instrument.js';
import { plainArray } from './plain.js';
import { readRecordDataOf } from './records.js';
import { type WellbeingCheck, wellbeingCheckDefinition } from './wellbeing-check.js';

/** A count, or `null` where it is hidden so no single child can be recognised. */
export type OverviewCount = number | null;

export interface OverviewRow {
  /** A dimension id, or `overall`. */
  id: string;
  /** Each count, or `null` where hidden. A suppressed row has every count `null`. */
  counts: Record<Position, OverviewCount>;
  /** How many children the row covers (assessed or not): the group's size, shown exactly. */
  n: number;
  /**
   * True when no count of the row may be shown: every cell had to be hidden, which always happens when
   * every child shares one position (e.g. all rød) — showing it would tell each child's position.
   */
  suppressed: boolean;
}

/** How many children were assessed, as it may be shown: exactly from 10, else only "fewer than 10". */
export type RoughCount = { exact: number } | { below: number };

export interface WellbeingOverview {
  /** Children counted: the group size when given, else the children with a counted check. */
  n: number;
  /** Children with a counted check (completed or amended joint assessment in `context`). */
  assessed: number;
  /** `assessed` as the overview shows it: exact from `ROUGH_COUNT_BELOW` (10), else "fewer than 10". */
  assessedRough: RoughCount;
  /** The setting counted (the child's context on the checks); undefined when no check could be counted. */
  context?: Context;
  /** The threshold used: never below `MIN_OVERVIEW_THRESHOLD` (3). */
  threshold: number;
  /** True when the threshold asked for was below 3 and was raised to 3 (show a note). */
  thresholdClamped: boolean;
  /** The threshold asked for, when it was raised (`thresholdClamped`). */
  requestedThreshold?: number;
  /** True when fewer children than the threshold were assessed: nothing is shown (every row is suppressed). */
  suppressed: boolean;
  dimensions: OverviewRow[];
  overall: OverviewRow;
}

/** Counts below this are hidden unless a municipality sets another threshold. */
export const DEFAULT_OVERVIEW_THRESHOLD = 3;
/** No threshold below this is ever used: 0, 1 or 2 would switch the protection off. */
export const MIN_OVERVIEW_THRESHOLD = 3;
/** Below this many assessed children the overview says only "fewer than 10". */
export const ROUGH_COUNT_BELOW = 10;

export interface OverviewOptions {
  instrument?: Instrument;
  /** Counts below the threshold (0 included) are hidden. Default 3; anything below 3 is raised to 3. */
  threshold?: number;
  /** Children in the group; those without a counted check count as "ikke vurderet". */
  groupSize?: number;
  /**
   * The setting to count (the child's context on each check: dagtilbud, skole, sfo, fritid, hjem).
   * Default: the setting most of the countable checks are from (ties: in `CONTEXTS` order).
   */
  context?: Context;
}

/** What the overview needs of one check, read with guards from its migrated plain data. */
interface Counted {
  childId: string;
  context: Context;
  updatedAt: string;
  positions: Map<string, Position>;
  overall: Position;
}

const asPosition = (value: unknown): Position => (typeof value === 'string' && (POSITIONS as readonly string[]).includes(value) ? (value as Position) : 'not-assessed');
const asObject = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const isContext = (value: unknown): value is Context => typeof value === 'string' && (CONTEXTS as readonly string[]).includes(value);

/**
 * A check as the overview counts it: older schema versions migrated, unknown positions counted as not
 * assessed. Only a completed or amended joint assessment (fælles vurdering, at least two participants)
 * with a child id and a known context counts; anything else — a draft, an individual assessment
 * (egen vurdering), one entered in error, unreadable input, another kind — is left out (undefined).
 */
function readCheck(input: unknown): Counted | undefined {
  const read = readRecordDataOf(wellbeingCheckDefinition as RecordDefinition<unknown>, input);
  if (!read.ok) return undefined;
  const check = read.value;
  const child = asObject(check.child);
  const assessment = asObject(check.assessment);
  if (check.status !== 'completed' && check.status !== 'amended') return undefined;
  if (assessment.type !== 'joint' || !Array.isArray(assessment.participants) || assessment.participants.length < 2) return undefined;
  if (typeof child.id !== 'string' || !isContext(child.context)) return undefined;
  const positions = new Map<string, Position>();
  for (const d of Array.isArray(check.dimensions) ? check.dimensions : []) {
    const dimension = asObject(d);
    if (typeof dimension.dimensionId === 'string' && !positions.has(dimension.dimensionId)) positions.set(dimension.dimensionId, asPosition(dimension.position));
  }
  return { childId: child.id, context: child.context, updatedAt: typeof check.updatedAt === 'string' ? check.updatedAt : '', positions, overall: asPosition(asObject(check.overall).position) };
}

/** The setting most checks are from; ties go to the first in `CONTEXTS`. */
function mostCommonContext(checks: readonly Counted[]): Context | undefined {
  const tally = new Map<Context, number>();
  for (const check of checks) tally.set(check.context, (tally.get(check.context) ?? 0) + 1);
  let best: Context | undefined;
  for (const context of CONTEXTS) if ((tally.get(context) ?? 0) > (best ? tally.get(best)! : 0)) best = context;
  return best;
}

/** The newest counted check per child in one setting: a child counts once per setting. */
function latestPerChild(checks: readonly Counted[], context: Context | undefined): Counted[] {
  const latest = new Map<string, Counted>();
  for (const check of checks) {
    if (check.context !== context) continue;
    const current = latest.get(check.childId);
    if (!current || check.updatedAt > current.updatedAt) latest.set(check.childId, check);
  }
  return [...latest.values()];
}

/**
 * Which cells of one row must be hidden (complementary suppression, as statistics offices do).
 *
 * What a reader is assumed to know, beyond the shown cells: the row total `n` (the group's size) and the
 * exact number of assessed children `assessed`, so "ikke vurderet" is at least `n − assessed`; every
 * other cell is at least 0. For a hidden cell the values that agree with all of that run from its own
 * lower bound to the hidden rest (n minus the shown cells) minus the other hidden cells' lower bounds —
 * or are exactly the rest when it is the only hidden cell.
 *
 * The rule:
 * 1. primary: every count below `threshold` is hidden, 0 included (so "hidden" never tells "some" from "none");
 * 2. complementary: while some hidden cell is pinned to one value, or is known to be below the threshold
 *    (the largest value it could have is below it), the smallest shown cell is hidden as well (ties in
 *    `POSITIONS` order). A row with exactly one hidden cell therefore always gets a second one. A reader
 *    who knows this rule knows every hidden cell is at most the smallest shown one, so that bound (minus
 *    one, for ties) is part of "the largest value it could have".
 *
 * Hiding every cell always satisfies the rule once `assessed ≥ threshold` (a cell other than "ikke
 * vurderet" could then be anything from 0 to `assessed`), so the loop ends. A row left with every cell
 * hidden is a suppressed row; a row where everyone shares one position always ends there.
 *
 * @returns The positions to hide, in `POSITIONS` order.
 */
export function hiddenCells(counts: Readonly<Record<Position, number>>, assessed: number, threshold: number): Position[] {
  const n = POSITIONS.reduce((sum, p) => sum + counts[p], 0);
  const lower: Record<Position, number> = { green: 0, yellow: 0, red: 0, 'not-assessed': Math.max(0, n - assessed) };
  const hidden = new Set<Position>(POSITIONS.filter((p) => counts[p] < threshold));
  const decodable = (): boolean => {
    if (hidden.size === 0) return false;
    if (hidden.size === 1) return true;
    const rest = [...hidden].reduce((sum, p) => sum + counts[p], 0);
    const lowerSum = [...hidden].reduce((sum, p) => sum + lower[p], 0);
    // Every hidden cell is at most the smallest shown one (small cells and then the smallest are hidden);
    // a reader who knows this rule could rule out a tie, so a hidden cell counts as below it.
    const shown = POSITIONS.filter((p) => !hidden.has(p));
    const belowShown = shown.length ? Math.min(...shown.map((p) => counts[p])) - 1 : Number.POSITIVE_INFINITY;
    return [...hidden].some((p) => {
      const most = Math.min(rest - (lowerSum - lower[p]), belowShown);
      return most <= lower[p] || most < threshold;
    });
  };
  while (decodable() && hidden.size < POSITIONS.length) {
    const next = POSITIONS.filter((p) => !hidden.has(p)).reduce((a, b) => (counts[b] < counts[a] ? b : a));
    hidden.add(next);
  }
  return POSITIONS.filter((p) => hidden.has(p));
}

function row(id: string, positions: readonly Position[], unassessed: number, threshold: number, suppressAll: boolean): OverviewRow {
  const raw: Record<Position, number> = { green: 0, yellow: 0, red: 0, 'not-assessed': unassessed };
  for (const position of positions) raw[position]++;
  const hidden = suppressAll ? POSITIONS : hiddenCells(raw, positions.length, threshold);
  const counts = Object.fromEntries(POSITIONS.map((p) => [p, hidden.includes(p) ? null : raw[p]])) as Record<Position, OverviewCount>;
  return { id, counts, n: positions.length + unassessed, suppressed: hidden.length === POSITIONS.length };
}

/**
 * Aggregates for a group (stue, klasse): per dimension how many children are grøn, gul, rød or ikke
 * vurderet. Only counts, in the instrument's order — never a ranking and never a name — and the counts
 * cannot be decoded, so the overview cannot become surveillance of one child:
 *
 * - only completed or amended joint assessments (fælles vurdering) count, in one setting (`context`),
 *   each child once by its newest check in that setting; drafts and individual assessments never count;
 * - the threshold is never below 3 (`thresholdClamped` says when a lower one was asked for);
 * - counts below the threshold, 0 included, are hidden, and further cells so that no hidden cell can be
 *   worked out from the row total and the shown cells (`hiddenCells`);
 * - a row where everyone shares one position is suppressed; with fewer assessed children than the
 *   threshold the whole overview is;
 * - how many were assessed is given roughly below 10 (`assessedRough`).
 */
export function aggregateWellbeing(checks: readonly WellbeingCheck[], options: OverviewOptions = {}): WellbeingOverview {
  // Old schema versions and hostile input are read with guards (see `readCheck`); never a TypeError.
  options = asObject(options) as OverviewOptions;
  const given = options.instrument === undefined || options.instrument === defaultInstrument ? undefined : parseWith(InstrumentSchema, options.instrument);
  const instrument = given?.ok ? given.value : defaultInstrument;
  const groupSize = typeof options.groupSize === 'number' && Number.isFinite(options.groupSize) ? options.groupSize : undefined;
  // A threshold that is not a number (a typo in an attribute) must not switch the protection off, nor may 0, 1 or 2.
  const requested = typeof options.threshold === 'number' && Number.isFinite(options.threshold) ? Math.floor(options.threshold) : undefined;
  const threshold = requested === undefined ? DEFAULT_OVERVIEW_THRESHOLD : Math.max(MIN_OVERVIEW_THRESHOLD, requested);
  const thresholdClamped = requested !== undefined && requested < MIN_OVERVIEW_THRESHOLD;
  const countable = (plainArray(checks) ?? []).flatMap((input) => readCheck(input) ?? []);
  const context = isContext(options.context) ? options.context : mostCommonContext(countable);
  const perChild = latestPerChild(countable, context);
  const assessed = perChild.length;
  const unchecked = Math.max(0, (groupSize ?? assessed) - assessed);
  const n = assessed + unchecked;
  const suppressed = assessed < threshold;
  const dimensions = instrument.dimensions.map((dimension) =>
    row(
      dimension.id,
      perChild.map((check) => check.positions.get(dimension.id) ?? 'not-assessed'),
      unchecked,
      threshold,
      suppressed,
    ),
  );
  const overall = row('overall', perChild.map((check) => check.overall), unchecked, threshold, suppressed);
  return {
    n,
    assessed,
    assessedRough: assessed < ROUGH_COUNT_BELOW ? { below: ROUGH_COUNT_BELOW } : { exact: assessed },
    ...(context ? { context } : {}),
    threshold,
    thresholdClamped,
    ...(thresholdClamped ? { requestedThreshold: requested } : {}),
    suppressed,
    dimensions,
    overall,
  };
}
