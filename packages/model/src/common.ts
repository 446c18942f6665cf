import './zod.js';
import * as z from 'zod/mini';
import { parsePlain, toPlainData } from './plain.js';
import { LIST_LIMITS, TEXT_LIMITS } from './limits.js';

/**
 * Issue codes are the stable vocabulary between the model and every user interface: the elements
 * map each code to a localized message, filling in `params`. Never change the meaning of a code.
 * A runtime list, so a user interface can check at build time that it has a message for every code.
 */
export const ISSUE_CODES = [
  // Generic shape problems (mapped from zod).
  'required',
  'invalid_type',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'invalid_value',
  'invalid_format',
  'invalid_date',
  'unrecognized_keys',
  // Record-level problems.
  'unknown_kind',
  'unknown_schema_version',
  'duplicate_id',
  'illegal_transition',
  /** The input could not be read as data at all: a cycle, a throwing getter or Proxy, nesting too deep, too large. */
  'unreadable_input',
  // Domain rules.
  'justification_required',
  'overall_position_required',
  'child_perspective_required',
  'reason_required',
  'agreement_or_next_step_required',
  /** A completed wellbeing check has at least one area assessed. */
  'dimension_required',
  /** A completed wellbeing check says when the parents were informed, or why they were not. */
  'parents_informed_required',
  'cpr_invalid',
  'ground_required',
  'consent_required',
  'consent_missing_holder',
  'parent_contact_required',
  'resources_required',
  'date_order',
  /** Completing a concern note in acute danger or with suspected abuse by a parent: the decision is an underretning. */
  'underretning_required',
  /** With suspected abuse by a parent, the week's first conversation is not with the family. */
  'not_family_first',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type IssueParam = string | number | boolean | readonly (string | number)[];

/** One thing wrong with a record: where (`path`), what (`code`) and what a message needs (`params`). */
export interface ModelIssue {
  code: IssueCode;
  path: (string | number)[];
  params: Record<string, IssueParam>;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ModelIssue[] };

/** Adds one of our own domain issues from inside a zod `.check(ctx => …)`. */
export function addIssue(
  ctx: { issues: unknown[]; value: unknown },
  code: IssueCode,
  path: (string | number)[],
  params: Record<string, IssueParam> = {},
): void {
  // `continue`: a domain rule broken in one part (a gul without its justification) must not hide the
  // record's other rules — every problem is reported in one go, not in waves.
  ctx.issues.push({ code: 'custom', message: code, input: ctx.value, path, params: { ...params, spireCode: code }, continue: true });
}

interface RawZodIssue {
  code: string;
  path: PropertyKey[];
  input?: unknown;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  expected?: string;
  values?: unknown[];
  format?: string;
  keys?: string[];
  params?: Record<string, unknown>;
}

/** Turns zod's issues into our stable `ModelIssue`s, so no caller ever sees zod's English prose. */
export function toModelIssues(issues: readonly RawZodIssue[]): ModelIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    const params: Record<string, IssueParam> = {};
    switch (issue.code) {
      case 'custom': {
        const { spireCode, ...rest } = (issue.params ?? {}) as Record<string, IssueParam>;
        return { code: (spireCode as IssueCode) ?? 'invalid_value', path, params: rest };
      }
      case 'invalid_type':
        // Absent (a `null` object value is dropped as absent before validation); a `null` left inside an
        // array is a wrong type at its index.
        if (issue.input === undefined || issue.input === '') return { code: 'required', path, params };
        return { code: 'invalid_type', path, params: { expected: String(issue.expected ?? '') } };
      case 'too_small':
        if (issue.origin === 'string') {
          if (Number(issue.minimum) === 1) return { code: 'required', path, params };
          return { code: 'too_short', path, params: { minimum: Number(issue.minimum) } };
        }
        if (issue.origin === 'array') return { code: 'too_small', path, params: { minimum: Number(issue.minimum), origin: 'array' } };
        return { code: 'too_small', path, params: { minimum: Number(issue.minimum), origin: String(issue.origin ?? '') } };
      case 'too_big':
        if (issue.origin === 'string') return { code: 'too_long', path, params: { maximum: Number(issue.maximum) } };
        return { code: 'too_big', path, params: { maximum: Number(issue.maximum), origin: String(issue.origin ?? '') } };
      case 'invalid_value':
        return { code: 'invalid_value', path, params: { allowed: (issue.values ?? []).map(String) } };
      case 'invalid_format':
        if (issue.format === 'date' || issue.format === 'datetime') return { code: 'invalid_date', path, params: { format: issue.format } };
        return { code: 'invalid_format', path, params: { format: String(issue.format ?? '') } };
      case 'unrecognized_keys':
        return { code: 'unrecognized_keys', path, params: { keys: issue.keys ?? [] } };
      default:
        return { code: 'invalid_value', path, params };
    }
  });
}

/**
 * Runs a zod schema and answers in our own terms. The input is first copied into plain data (see
 * `toPlainData`: `null` object values count as absent; hostile input gives `unreadable_input`), so this
 * never throws.
 */
export function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown): ParseResult<T> {
  const plain = toPlainData(input);
  if (!plain.ok) return { ok: false, issues: [plain.issue] };
  return parsePlain(schema, plain.value);
}

// ---------------------------------------------------------------------------------------------
// Building blocks shared by every record.

/** Required text: trimmed length at least 1, at most `max` (one of `TEXT_LIMITS`). */
export const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
/** Optional free text: may be empty; at most `max` (one of `TEXT_LIMITS`). */
export const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max)));
/**
 * A list of at most `max` items (one of `LIST_LIMITS`). The length is checked first, so a list over its
 * limit gives one `too_big` and its items are never read: ten thousand junk items are one issue, not fifty
 * thousand.
 */
export const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
export const Id = z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^[A-Za-z0-9._:-]+$/));
/** Calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
/** Instant with offset or `Z`, e.g. `2026-11-22T09:30:00Z`. */
export const IsoDateTime = z.iso.datetime({ offset: true });

export const CONTEXTS = ['dagtilbud', 'skole', 'sfo', 'fritid', 'hjem'] as const;
export const Context = z.enum(CONTEXTS);
export type Context = z.infer<typeof Context>;

/** The professional who writes. Work details only: never a private address. */
export const Author = z.object({
  name: text(TEXT_LIMITS.name),
  role: text(TEXT_LIMITS.label),
  institution: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.name))),
});
export type Author = z.infer<typeof Author>;

/**
 * A pseudonymous reference to the child: the host's opaque id and a display name. CPR never lives here
 * (only in a referral, only when the receiver needs it).
 */
export const ChildRef = z.object({
  id: Id,
  displayName: text(TEXT_LIMITS.name),
  birthDate: z.optional(IsoDate),
  birthYear: z.optional(z.int().check(z.gte(1990), z.lte(2100))),
  context: Context,
  group: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.label))),
});
export type ChildRef = z.infer<typeof ChildRef>;

/** Append-only: an entry is added for every save; earlier entries are never edited. */
export const HistoryEntry = z.object({
  at: IsoDateTime,
  by: z.object({ name: text(TEXT_LIMITS.name), role: text(TEXT_LIMITS.label) }),
  action: z.enum(['created', 'edited', 'completed', 'amended', 'status-changed', 'migrated']),
  fields: z.optional(list(z.string().check(z.maxLength(TEXT_LIMITS.name)), LIST_LIMITS.historyFields)),
  note: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.note))),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const RECORD_STATUSES = ['draft', 'completed', 'amended', 'entered-in-error'] as const;
export const RecordStatus = z.enum(RECORD_STATUSES);
export type RecordStatus = z.infer<typeof RecordStatus>;

export const RECORD_KINDS = ['wellbeing-check', 'concern-note', 'network-map', 'referral'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The fields every record starts with; spread into each record's `z.object({...})`. */
export function recordBase<K extends RecordKind, V extends number>(kind: K, schemaVersion: V) {
  return {
    id: Id,
    kind: z.literal(kind),
    schemaVersion: z.literal(schemaVersion),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    author: Author,
    child: ChildRef,
    history: list(HistoryEntry, LIST_LIMITS.history),
  };
}

export interface CreateRecordOptions {
  id?: string;
  author: Author;
  child: ChildRef;
  /** Defaults to the current time; pass one for reproducible records. */
  now?: Date;
}

/** The header every new record starts with: id, kind, version, timestamps, author, child, history. */
export function newRecordHeader<K extends RecordKind, V extends number>(kind: K, schemaVersion: V, options: CreateRecordOptions) {
  const at = (options.now ?? new Date()).toISOString();
  return {
    id: options.id ?? newId(),
    kind,
    schemaVersion,
    createdAt: at,
    updatedAt: at,
    author: options.author,
    child: options.child,
    history: [{ at, by: { name: options.author.name, role: options.author.role }, action: 'created' as const }],
  };
}

/**
 * A random UUID (version 4). Uses `crypto.randomUUID` where it exists; it does not on a page served
 * over plain http (no secure context), so then `crypto.getRandomValues`, and as a last resort
 * `Math.random` (ids only need to be unique, not secret).
 */
export function newId(): string {
  const c = (globalThis as { crypto?: Partial<Crypto> }).crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof c?.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Finds duplicates in a list of ids (for "ids unique" rules). */
export function duplicateIndexes(ids: readonly string[]): number[] {
  const seen = new Set<string>();
  const dupes: number[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) dupes.push(index);
    seen.add(id);
  });
  return dupes;
}

/**
 * How a record kind is validated and moved forward. `migrations[n]` turns a version-`n` record into a
 * version-`n + 1` record; `parseRecord` applies them in order until `schemaVersion` is reached.
 */
export interface RecordDefinition<T> {
  kind: RecordKind;
  schemaVersion: number;
  schema: z.ZodMiniType<T>;
  migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>>;
  /**
   * Rules for completing a record from now on, beyond the schema's: checked when a record is completed or
   * amended (`checkCompletion`), never when one is read. A record completed before a rule existed stays a
   * valid record; it meets the rule when it is next amended.
   */
  completionRules?(record: T): ModelIssue[];
}
