import { type Instrument, POSITIONS, type Position, defaultInstrument } from './instrument.js';
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

/** The newest usable check per child: a child counts once, whatever how many checks were passed. */
function latestPerChild(checks: readonly WellbeingCheck[]): WellbeingCheck[] {
  const latest = new Map<string, WellbeingCheck>();
  for (const check of checks) {
    if (check.status === 'entered-in-error') continue;
    const current = latest.get(check.child.id);
    if (!current || check.updatedAt > current.updatedAt) latest.set(check.child.id, check);
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
  const instrument = options.instrument ?? defaultInstrument;
  // A threshold that is not a number (a typo in an attribute) must not switch the protection off.
  const threshold = Number.isFinite(options.threshold) ? Math.max(1, Math.floor(options.threshold!)) : DEFAULT_OVERVIEW_THRESHOLD;
  const perChild = latestPerChild(checks);
  const unchecked = Math.max(0, (options.groupSize ?? perChild.length) - perChild.length);
  const n = perChild.length + unchecked;
  const dimensions = instrument.dimensions.map((dimension) =>
    row(
      dimension.id,
      perChild.map((check) => check.dimensions.find((d) => d.dimensionId === dimension.id)?.position ?? 'not-assessed'),
      unchecked,
      threshold,
    ),
  );
  const overall = row('overall', perChild.map((check) => check.overall.position), unchecked, threshold);
  return { n, threshold, suppressed: n < threshold, dimensions, overall };
}
