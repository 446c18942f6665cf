import type { ModelIssue, ParseResult, RecordDefinition } from './common.js';
import { type SpireRecord, isRecordKind, parseRecord, parseRecordOf, recordDefinitions } from './records.js';

/** Who completes: the history keeps name and role only. */
export interface Completer {
  name: string;
  role: string;
}

/**
 * What pressing "complete" (Afslut / Send) does to a record, by the model's rules, with the right
 * history entry (append-only):
 * - a draft becomes `completed` (history `completed`); a referral in draft becomes `sent`, with the
 *   moment added to its status history;
 * - a completed or amended record becomes `amended` (history `amended`); a referral already sent keeps
 *   its status (receipt and outcome come from the receiver) and gets an `amended` entry;
 * - a record `entered-in-error` cannot be completed (`illegal_transition`).
 * The result is not validated: `parseRecord` says whether it may be completed.
 */
export function completeRecord<T extends SpireRecord>(record: T, by: Completer, now: Date = new Date()): ParseResult<T> {
  if (typeof record !== 'object' || record === null) return { ok: false, issues: [{ code: 'invalid_type', path: [], params: { expected: 'object' } }] };
  const at = (now instanceof Date && !Number.isNaN(now.getTime()) ? now : new Date()).toISOString();
  const entry = (action: 'completed' | 'amended') => [...(Array.isArray(record.history) ? record.history : []), { at, by: { name: by.name, role: by.role }, action }];
  if (record.kind === 'referral') {
    if (record.status === 'draft') {
      const statusHistory = [...(Array.isArray(record.statusHistory) ? record.statusHistory : []), { status: 'sent' as const, at }];
      return { ok: true, value: { ...record, status: 'sent', statusHistory, updatedAt: at, history: entry('completed') } as T };
    }
    return { ok: true, value: { ...record, updatedAt: at, history: entry('amended') } as T };
  }
  switch (record.status) {
    case 'draft':
      return { ok: true, value: { ...record, status: 'completed', updatedAt: at, history: entry('completed') } as T };
    case 'completed':
    case 'amended':
      return { ok: true, value: { ...record, status: 'amended', updatedAt: at, history: entry('amended') } as T };
    default:
      return { ok: false, issues: [{ code: 'illegal_transition', path: ['status'], params: { from: String(record.status), to: 'completed' } }] };
  }
}

/**
 * Whether the record may be completed (or amended) now, and the record as completing makes it: the
 * transition (`completeRecord`), the record's schema, and the rules completing asks from now on (a
 * wellbeing check assesses at least one area and says whether the parents know). All issues in one go.
 */
export function checkCompletion<T extends SpireRecord>(record: T, by: Completer, now: Date = new Date()): ParseResult<T> {
  const kind: unknown = typeof record === 'object' && record !== null ? record.kind : undefined;
  if (isRecordKind(kind)) return checkCompletionOf(recordDefinitions[kind] as RecordDefinition<T>, record, by, now);
  const completed = completeRecord(record, by, now);
  return completed.ok ? (parseRecord(completed.value, record.kind) as ParseResult<T>) : completed;
}

/** `checkCompletion` for one kind, given its definition: only that kind's schema and rules are needed. */
export function checkCompletionOf<T extends SpireRecord>(definition: RecordDefinition<T>, record: T, by: Completer, now: Date = new Date()): ParseResult<T> {
  const completed = completeRecord(record, by, now);
  if (!completed.ok) return completed;
  const parsed = parseRecordOf(definition, completed.value);
  // The rules are read defensively: on a record the schema rejects they add what they can still tell.
  const issues = [...(parsed.ok ? [] : parsed.issues), ...completionRuleIssues(definition, parsed.ok ? parsed.value : completed.value)];
  return issues.length ? { ok: false, issues } : parsed;
}

function completionRuleIssues<T>(definition: RecordDefinition<T>, record: T): ModelIssue[] {
  try {
    return definition.completionRules?.(record) ?? [];
  } catch {
    // A record whose shape the rules cannot read has schema issues already.
    return [];
  }
}

const skeletons = new WeakMap<object, string>();
const answers = new Map<string, boolean>();
const ANSWERS_KEPT = 2000;

/**
 * Whether completing the record needs the field at `path` (`round.label`, `agreements.0.goal`,
 * `dimensions.2.justification`) filled in — so a form marks only the others "(frivilligt)". Answers
 * follow the record's own rules (a justification is needed for gul and rød only). Cheap to ask on
 * every render: an answer is kept while which texts are empty and which choices are made stay the same.
 */
export function isRequiredAtCompletion(record: SpireRecord, path: string): boolean {
  return requiredAtCompletion(record, path, checkCompletion);
}

/** `isRequiredAtCompletion` for one kind, given its definition: only that kind's schema and rules are needed. */
export function isRequiredAtCompletionOf<T extends SpireRecord>(definition: RecordDefinition<T>, record: T, path: string): boolean {
  return requiredAtCompletion(record, path, (copy, by) => checkCompletionOf(definition, copy, by));
}

function requiredAtCompletion<T extends SpireRecord>(record: T, path: string, check: (record: T, by: Completer) => ParseResult<T>): boolean {
  try {
    const key = `${skeleton(record)}\u0000${path}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = computeRequired(record, path, check);
      if (answers.size >= ANSWERS_KEPT) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  } catch {
    // Input no record could be (a cycle, a hostile object): nothing is known to be required.
    return false;
  }
}

function computeRequired<T extends SpireRecord>(record: T, path: string, check: (record: T, by: Completer) => ParseResult<T>): boolean {
  const keys = path.split('.');
  const copy = structuredClone(record) as unknown as Record<string, unknown>;
  let parent: unknown = copy;
  for (const key of keys.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) break;
    parent = (parent as Record<string, unknown>)[key];
  }
  // Where the part holding the field is missing too (no parents' section yet), the field is absent already.
  if (typeof parent === 'object' && parent !== null) delete (parent as Record<string, unknown>)[keys.at(-1)!];
  const result = check(copy as unknown as T, { name: 'x', role: 'x' });
  // The field is absent now: any issue at its path (a missing text, a missing choice) says it is needed.
  return !result.ok && result.issues.some((issue) => issue.path.join('.') === path);
}

/**
 * The record with each free text reduced to empty or not: what decides which fields are required.
 * Choices (`green`, `underretning`, `own-rating`: short lower-case tokens) are kept as they are, so a
 * changed choice never reuses an answer given for another.
 */
function skeleton(record: SpireRecord): string {
  let known = skeletons.get(record);
  if (known === undefined) {
    known = JSON.stringify(record, (_key, value) => (typeof value === 'string' && !CHOICE.test(value) ? (value.trim() ? 1 : 0) : value));
    skeletons.set(record, known);
  }
  return known;
}

const CHOICE = /^[a-z0-9][a-z0-9-]{0,40}$/;
