import type { ModelIssue, ParseResult, RecordDefinition, RecordKind } from './common.js';
import { type RecordByKind, isRecordKind, parseRecordOf, readRecordData, readRecordDataOf, recordDefinitions } from './records.js';

/**
 * Issues that say a record's structure is broken — a wrong type, a value outside its list, a missing
 * object, unreadable input — as opposed to content a person can still fix in a form (empty text, a
 * missing justification, a too-long note, the rules for completing).
 */
const STRUCTURAL = new Set<string>(['invalid_type', 'invalid_value', 'unknown_kind', 'unknown_schema_version', 'unrecognized_keys', 'unreadable_input']);

export type OpenResult<T> = { ok: true; value: T; issues: ModelIssue[] } | { ok: false; issues: ModelIssue[] };

/**
 * Opens a record for editing: what a widget calls with the `value` a host sets. Like `parseRecord` it
 * never throws, migrates older versions and drops keys sent as `null`; unlike it, a record whose only
 * problems are content a person can fix (an empty required text, a text over its limit, a gul without
 * its justification, a completed record that misses what completion needs) still opens — as a plain
 * copy, with those issues — because it is someone's work. A record with a broken structure (wrong types, unknown values, a
 * missing part, a cycle, a list over its limit, a malformed id or date) does not open: the issues say where.
 */
export function openRecord<K extends RecordKind>(input: unknown, kind: K): OpenResult<RecordByKind[K]> {
  if (!isRecordKind(kind)) {
    const read = readRecordData(input, kind);
    return { ok: false, issues: read.ok ? [] : read.issues };
  }
  return openRecordOf(recordDefinitions[kind] as RecordDefinition<RecordByKind[K]>, input);
}

/** `openRecord` for one kind, given its definition: only that kind's schema is needed. */
export function openRecordOf<T>(definition: RecordDefinition<T>, input: unknown): OpenResult<T> {
  const parsed: ParseResult<T> = parseRecordOf(definition, input);
  if (parsed.ok) return { ok: true, value: parsed.value, issues: [] };
  const read = readRecordDataOf(definition as RecordDefinition<unknown>, input);
  if (!read.ok) return read;
  const data = read.value;
  // Completion rules are not about structure: judge the record as a draft would be judged.
  const asDraft = typeof data.status === 'string' ? parseRecordOf(definition, { ...data, status: 'draft' }) : parsed;
  const problems = [...parsed.issues.filter((issue) => STRUCTURAL.has(issue.code)), ...(asDraft.ok ? [] : asDraft.issues)];
  // A number out of its range (a ring 7, a rating 9) is no one's unfinished work: it is broken structure.
  // So is a list past its limit (`LIST_LIMITS`: ten thousand agreements): no one typed it, and a form
  // that tried to show it would freeze the page. So is a malformed id or date (`<img src=x>` or 20,000
  // characters as an id, `i går` as a date): no field makes one (a date field gives a date or nothing), and
  // a record opened with one could never be completed. An empty date is a field not filled in yet.
  const structural = problems.find(
    (issue) =>
      STRUCTURAL.has(issue.code) ||
      isIdKey(issue.path.at(-1)) ||
      (issue.code === 'invalid_date' && valueAt(data, issue.path) !== '') ||
      (issue.code === 'required' && typeof valueAt(data, issue.path) !== 'string') ||
      ((issue.code === 'too_big' || issue.code === 'too_small') && typeof valueAt(data, issue.path) === 'number') ||
      (issue.code === 'too_big' && Array.isArray(valueAt(data, issue.path))),
  );
  if (structural) return { ok: false, issues: [structural, ...parsed.issues.filter((issue) => issue !== structural)] };
  return { ok: true, value: data as unknown as T, issues: parsed.issues };
}

/** Ids are named `id` or `…Id` in every record (`dimensionId`, `parentId`, …). */
function isIdKey(key: string | number | undefined): boolean {
  return typeof key === 'string' && (key === 'id' || key.endsWith('Id'));
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

