import { parseWith } from './common.js';
import { type Instrument, Instrument as InstrumentSchema, POSITIONS, type Position, defaultInstrument } from './instrument.js';
import { plainArray } from './plain.js';
import { readRecordData } from './records.js';
import type { WellbeingCheck } from './wellbeing-check.js';

/** A count, or `null` where it is hidden so no single child can be recognised. */
export type OverviewCount = number | null;

export interface OverviewRow {
  /** A dimension id, or `overall`. */
  id: string;
  counts: Record<Position, OverviewCount>;
  /** How many children the row covers (assessed or not). */
  n: number;
}

export interface WellbeingOverview {
  /** Children counted: the group size when given, else the children with a check. */
  n: number;
  threshold: number;
  /** True when the group is too small to show anything at all. */
  suppressed: boolean;
  dimensions: OverviewRow[];
  overall: OverviewRow;
}

/** Counts below this are hidden unless a municipality sets another threshold. */
export const DEFAULT_OVERVIEW_THRESHOLD = 3;

export interface OverviewOptions {
  instrument?: Instrument;
  /** Counts between 1 and threshold − 1 are hidden. Default 3. */
  threshold?: number;
  /** Children in the group; those without a check count as "ikke vurderet". */
  groupSize?: number;
}

/** What the overview needs of one check, read with guards from its migrated plain data. */
interface Counted {
  childId: string;
  updatedAt: string;
  positions: Map<string, Position>;
  overall: Position;
}

const asPosition = (value: unknown): Position => (typeof value === 'string' && (POSITIONS as readonly string[]).includes(value) ? (value as Position) : 'not-assessed');
const asObject = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/**
 * A check as the overview counts it: older schema versions migrated, unknown positions counted as not
 * assessed. Unreadable input, another kind, a check without a child id or one entered in error is
 * left out (undefined).
 */
function readCheck(input: unknown): Counted | undefined {
  const read = readRecordData(input, 'wellbeing-check');
  if (!read.ok) return undefined;
  const check = read.value;
  const childId = asObject(check.child).id;
  if (check.status === 'entered-in-error' || typeof childId !== 'string') return undefined;
  const positions = new Map<string, Position>();
  for (const d of Array.isArray(check.dimensions) ? check.dimensions : []) {
    const dimension = asObject(d);
    if (typeof dimension.dimensionId === 'string' && !positions.has(dimension.dimensionId)) positions.set(dimension.dimensionId, asPosition(dimension.position));
  }
  return { childId, updatedAt: typeof check.updatedAt === 'string' ? check.updatedAt : '', positions, overall: asPosition(asObject(check.overall).position) };
}

/** The newest usable check per child: a child counts once, whatever how many checks were passed. */
function latestPerChild(checks: readonly unknown[]): Counted[] {
  const latest = new Map<string, Counted>();
  for (const input of checks) {
    const check = readCheck(input);
    if (!check) continue;
    const current = latest.get(check.childId);
    if (!current || check.updatedAt > current.updatedAt) latest.set(check.childId, check);
  }
  return [...latest.values()];
}

function row(id: string, positions: readonly Position[], unassessed: number, threshold: number): OverviewRow {
  const raw: Record<Position, number> = { green: 0, yellow: 0, red: 0, 'not-assessed': unassessed };
  for (const position of positions) raw[position]++;
  const counts: Record<Position, OverviewCount> = { ...raw };
  const hidden = POSITIONS.filter((p) => raw[p] > 0 && raw[p] < threshold);
  for (const p of hidden) counts[p] = null;
  // With one hidden cell and n shown, the hidden count is n minus the rest: hide the next smallest too.
  if (hidden.length === 1) {
    const next = POSITIONS.filter((p) => counts[p] !== null && raw[p] > 0).sort((a, b) => raw[a] - raw[b])[0];
    if (next) counts[next] = null;
  }
  return { id, counts, n: positions.length + unassessed };
}

/**
 * Aggregates for a group (stue, klasse): per dimension how many children are grøn, gul, rød or ikke
 * vurderet. Only counts, in the instrument's order — never a ranking and never a name — and small counts
 * are hidden so the overview cannot become surveillance of one child.
 */
export function aggregateWellbeing(checks: readonly WellbeingCheck[], options: OverviewOptions = {}): WellbeingOverview {
  // Old schema versions and hostile input are read with guards (see `readCheck`); never a TypeError.
  options = asObject(options) as OverviewOptions;
  const given = options.instrument === undefined || options.instrument === defaultInstrument ? undefined : parseWith(InstrumentSchema, options.instrument);
  const instrument = given?.ok ? given.value : defaultInstrument;
  const groupSize = typeof options.groupSize === 'number' && Number.isFinite(options.groupSize) ? options.groupSize : undefined;
  // A threshold that is not a number (a typo in an attribute) must not switch the protection off.
  const threshold = Number.isFinite(options.threshold) ? Math.max(1, Math.floor(options.threshold!)) : DEFAULT_OVERVIEW_THRESHOLD;
  const perChild = latestPerChild(plainArray(checks) ?? []);
  const unchecked = Math.max(0, (groupSize ?? perChild.length) - perChild.length);
  const n = perChild.length + unchecked;
  const dimensions = instrument.dimensions.map((dimension) =>
    row(
      dimension.id,
      perChild.map((check) => check.positions.get(dimension.id) ?? 'not-assessed'),
      unchecked,
      threshold,
    ),
  );
  const overall = row('overall', perChild.map((check) => check.overall), unchecked, threshold);
  return { n, threshold, suppressed: n < threshold, dimensions, overall };
}
