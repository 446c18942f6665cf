import { type ModelIssue, type ParseResult, type RecordDefinition, type RecordKind, RECORD_KINDS } from './common.js';
import { parsePlain, toPlainData } from './plain.js';
import { type WellbeingCheck, wellbeingCheckDefinition } from './wellbeing-check.js';
import { type ConcernNote, concernNoteDefinition } from './concern-note.js';
import { type NetworkMap, networkMapDefinition } from './network-map.js';
import { type Referral, referralDefinition } from './referral.js';

/** Any record a professional writes about a child. Narrow by `kind`. */
export type SpireRecord = WellbeingCheck | ConcernNote | NetworkMap | Referral;

export interface RecordByKind {
  'wellbeing-check': WellbeingCheck;
  'concern-note': ConcernNote;
  'network-map': NetworkMap;
  referral: Referral;
}

// Getters, so a record module may import this one (for `parseRecord`) without a cycle reading a
// definition before its module has run.
export const recordDefinitions: { readonly [K in RecordKind]: RecordDefinition<RecordByKind[K]> } = {
  get 'wellbeing-check'() {
    return wellbeingCheckDefinition;
  },
  get 'concern-note'() {
    return concernNoteDefinition;
  },
  get 'network-map'() {
    return networkMapDefinition;
  },
  get referral() {
    return referralDefinition;
  },
};

export function isRecordKind(value: unknown): value is RecordKind {
  return typeof value === 'string' && (RECORD_KINDS as readonly string[]).includes(value);
}

/**
 * Moves a stored record of an older schema version forward, one version at a time. Returns issues
 * instead when the version is unknown (newer than this library, or with no migration path), or when
 * the input cannot be read as data. Never throws; the input is copied, never changed.
 */
export function migrateRecord(kind: RecordKind, input: Record<string, unknown>): ParseResult<Record<string, unknown>> {
  if (!isRecordKind(kind)) return { ok: false, issues: [{ code: 'unknown_kind', path: ['kind'], params: { kind: describe(kind), allowed: [...RECORD_KINDS] } }] };
  const plain = toPlainData(input);
  if (!plain.ok) return { ok: false, issues: [plain.issue] };
  if (!isObject(plain.value)) return { ok: false, issues: [{ code: 'invalid_type', path: [], params: { expected: 'object' } }] };
  return migratePlain(recordDefinitions[kind], plain.value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a message may show it: strings as they are, anything else by its type only. */
function describe(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 100) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : value === null ? 'null' : typeof value;
}

function migratePlain(definition: RecordDefinition<unknown>, input: Record<string, unknown>): ParseResult<Record<string, unknown>> {
  const version = input.schemaVersion;
  const supported = supportedVersions(definition);
  if (typeof version !== 'number' || !Number.isInteger(version) || !supported.includes(version)) {
    return {
      ok: false,
      issues: [{ code: version === undefined ? 'required' : 'unknown_schema_version', path: ['schemaVersion'], params: { version: describe(version), supported } }],
    };
  }
  let current = input;
  try {
    for (let from = version; from < definition.schemaVersion; from++) {
      current = { ...definition.migrations[from]!(current), schemaVersion: from + 1 };
    }
  } catch {
    return { ok: false, issues: [{ code: 'unreadable_input', path: [], params: { reason: 'error' } }] };
  }
  return { ok: true, value: current };
}

/** The versions a definition can read: the current one and every one with an unbroken migration path. */
function supportedVersions(definition: RecordDefinition<unknown>): number[] {
  const versions = [definition.schemaVersion];
  for (let from = definition.schemaVersion - 1; from >= 1 && definition.migrations[from]; from--) versions.unshift(from);
  return versions;
}

type Read = { ok: true; kind: RecordKind; value: Record<string, unknown> } | { ok: false; issues: ModelIssue[] };

/**
 * Internal (not in the package index): the input as plain data of the current schema version, not yet
 * validated. `parseRecord` validates it; export functions that must work on drafts read it leniently.
 */
export function readRecordData(input: unknown, expectedKind?: RecordKind): Read {
  return readWith(input, expectedKind ? [expectedKind] : RECORD_KINDS, (kind) => recordDefinitions[kind]);
}

/** `readRecordData` for one kind, by its definition alone: no other kind's schema is needed. */
export function readRecordDataOf(definition: RecordDefinition<unknown>, input: unknown): Read {
  return readWith(input, [definition.kind], () => definition);
}

function readWith(input: unknown, allowed: readonly RecordKind[], definitionOf: (kind: RecordKind) => RecordDefinition<unknown>): Read {
  const plain = toPlainData(input);
  if (!plain.ok) return { ok: false, issues: [plain.issue] };
  const record = plain.value;
  if (!isObject(record)) return { ok: false, issues: [{ code: 'invalid_type', path: [], params: { expected: 'object' } }] };
  const kind = record.kind;
  if (!isRecordKind(kind) || !allowed.includes(kind)) {
    const issue: ModelIssue = { code: kind === undefined ? 'required' : 'unknown_kind', path: ['kind'], params: { kind: describe(kind), allowed: [...allowed] } };
    return { ok: false, issues: [issue] };
  }
  const migrated = migratePlain(definitionOf(kind), record);
  return migrated.ok ? { ok: true, kind, value: migrated.value } : migrated;
}

/**
 * Reads any Spire record: identifies its kind and schema version, migrates older versions forward and
 * validates it. A vendor's server calls exactly what the widget calls. Issues carry a stable `code`,
 * a `path` and the values a message needs, never prose only in English.
 *
 * Never throws. The input is first copied into plain data: an object key whose value is `null` counts
 * as absent (so `null` in a required field gives `required`); a `null` inside an array gives
 * `invalid_type` at its index; a cycle, a throwing getter or Proxy, nesting deeper than 32 levels or a
 * huge input gives one `unreadable_input` issue (`params.reason`: cycle, depth, size, error).
 */
export function parseRecord(input: unknown): ParseResult<SpireRecord>;
export function parseRecord<K extends RecordKind>(input: unknown, expectedKind: K): ParseResult<RecordByKind[K]>;
export function parseRecord(input: unknown, expectedKind?: RecordKind): ParseResult<SpireRecord> {
  const read = readRecordData(input, expectedKind);
  if (!read.ok) return read;
  return parsePlain(recordDefinitions[read.kind].schema as RecordDefinition<SpireRecord>['schema'], read.value);
}

/**
 * `parseRecord` for one kind, given its definition (`concernNoteDefinition`, …): the same result as
 * `parseRecord(input, definition.kind)`, but a bundle that uses only this needs only that kind's schema —
 * a page with one widget, or a server that takes one kind.
 */
export function parseRecordOf<T>(definition: RecordDefinition<T>, input: unknown): ParseResult<T> {
  const read = readRecordDataOf(definition as RecordDefinition<unknown>, input);
  if (!read.ok) return read;
  return parsePlain(definition.schema, read.value);
}
