import { type ModelIssue, type ParseResult, type RecordDefinition, type RecordKind, RECORD_KINDS, parseWith } from './common.js';
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

export const recordDefinitions: { [K in RecordKind]: RecordDefinition<RecordByKind[K]> } = {
  'wellbeing-check': wellbeingCheckDefinition,
  'concern-note': concernNoteDefinition,
  'network-map': networkMapDefinition,
  referral: referralDefinition,
};

export function isRecordKind(value: unknown): value is RecordKind {
  return typeof value === 'string' && (RECORD_KINDS as readonly string[]).includes(value);
}

/**
 * Moves a stored record of an older schema version forward, one version at a time. Returns issues
 * instead when the version is unknown (newer than this library, or with no migration path).
 */
export function migrateRecord(kind: RecordKind, input: Record<string, unknown>): ParseResult<Record<string, unknown>> {
  const definition: RecordDefinition<unknown> = recordDefinitions[kind];
  const version = input.schemaVersion;
  const supported = supportedVersions(definition);
  if (typeof version !== 'number' || !Number.isInteger(version) || !supported.includes(version)) {
    return {
      ok: false,
      issues: [{ code: version === undefined ? 'required' : 'unknown_schema_version', path: ['schemaVersion'], params: { version: String(version), supported } }],
    };
  }
  let current = input;
  for (let from = version; from < definition.schemaVersion; from++) {
    current = { ...definition.migrations[from]!(current), schemaVersion: from + 1 };
  }
  return { ok: true, value: current };
}

/** The versions a definition can read: the current one and every one with an unbroken migration path. */
function supportedVersions(definition: RecordDefinition<unknown>): number[] {
  const versions = [definition.schemaVersion];
  for (let from = definition.schemaVersion - 1; from >= 1 && definition.migrations[from]; from--) versions.unshift(from);
  return versions;
}

/**
 * Reads any Spire record: identifies its kind and schema version, migrates older versions forward and
 * validates it. A vendor's server calls exactly what the widget calls. Issues carry a stable `code`,
 * a `path` and the values a message needs, never prose only in English.
 */
export function parseRecord(input: unknown): ParseResult<SpireRecord>;
export function parseRecord<K extends RecordKind>(input: unknown, expectedKind: K): ParseResult<RecordByKind[K]>;
export function parseRecord(input: unknown, expectedKind?: RecordKind): ParseResult<SpireRecord> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ code: 'invalid_type', path: [], params: { expected: 'object' } }] };
  }
  const record = input as Record<string, unknown>;
  const kind = record.kind;
  if (!isRecordKind(kind) || (expectedKind !== undefined && kind !== expectedKind)) {
    const allowed = expectedKind ? [expectedKind] : [...RECORD_KINDS];
    const issue: ModelIssue = { code: kind === undefined ? 'required' : 'unknown_kind', path: ['kind'], params: { kind: String(kind), allowed } };
    return { ok: false, issues: [issue] };
  }
  const migrated = migrateRecord(kind, record);
  if (!migrated.ok) return migrated;
  return parseWith(recordDefinitions[kind].schema as RecordDefinition<SpireRecord>['schema'], migrated.value);
}
