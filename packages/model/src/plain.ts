// Internal: not re-exported from the package index.
import './zod.js';
import * as z from 'zod/mini';
import { type ModelIssue, type ParseResult, toModelIssues } from './common.js';

/** Deeper than any record needs (a record is about six levels deep); deeper input is junk. */
export const MAX_DEPTH = 32;
/** Values (objects, arrays and leaves) read from one input before it is rejected as too large. */
export const MAX_NODES = 200_000;

export type PlainResult = { ok: true; value: unknown } | { ok: false; issue: ModelIssue };

class Unreadable {
  constructor(
    readonly path: (string | number)[],
    readonly reason: 'cycle' | 'depth' | 'size' | 'error',
  ) {}
}

/**
 * Copies any input into plain, JSON-like data before it is validated: own enumerable string keys
 * only, arrays by index, `Date`s as ISO strings. Keys whose value is `null` or `undefined` are left
 * out (back ends send `null` for "absent"); a `null` inside an array stays, so it is reported at its
 * index. Never throws: a cycle, a throwing getter or Proxy trap, nesting deeper than `MAX_DEPTH` or
 * more than `MAX_NODES` values give one `unreadable_input` issue at the path where reading stopped.
 * A `__proto__` key becomes an own data property, never a prototype.
 */
export function toPlainData(input: unknown): PlainResult {
  const ancestors = new Set<object>();
  let nodes = 0;
  const path: (string | number)[] = [];

  const copy = (value: unknown, depth: number): unknown => {
    if (++nodes > MAX_NODES) throw new Unreadable([...path], 'size');
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    if (typeof value === 'function') return value; // left for the schema to reject as a wrong type
    if (depth > MAX_DEPTH) throw new Unreadable([...path], 'depth');
    if (ancestors.has(value)) throw new Unreadable([...path], 'cycle');
    try {
      if (value instanceof Date) {
        const time = value.getTime();
        return Number.isNaN(time) ? 'Invalid Date' : value.toISOString();
      }
      ancestors.add(value);
      if (Array.isArray(value)) {
        const length = value.length;
        if (typeof length !== 'number' || length > MAX_NODES - nodes) throw new Unreadable([...path], 'size');
        const out: unknown[] = [];
        for (let index = 0; index < length; index++) {
          path.push(index);
          const item = copy(value[index], depth + 1);
          out.push(item === undefined ? null : item);
          path.pop();
        }
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        path.push(key);
        const item = copy((value as Record<string, unknown>)[key], depth + 1);
        path.pop();
        if (item === null || item === undefined) continue;
        Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
      }
      return out;
    } catch (error) {
      if (error instanceof Unreadable) throw error;
      throw new Unreadable([...path], 'error');
    } finally {
      ancestors.delete(value);
    }
  };

  try {
    return { ok: true, value: copy(input, 0) };
  } catch (error) {
    const { path: at, reason } = error instanceof Unreadable ? error : new Unreadable([], 'error');
    return { ok: false, issue: { code: 'unreadable_input', path: at, params: { reason } } };
  }
}

/** Internal: `parseWith` for input that is already plain data. */
export function parsePlain<T>(schema: z.ZodMiniType<T>, input: unknown): ParseResult<T> {
  // zod leaves the input off its issues unless asked, and without it a wrong type looks like a missing
  // field. The input is only inspected here, never passed on (it may be personal data).
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: toModelIssues(result.error.issues as unknown as Parameters<typeof toModelIssues>[0]) };
}

/** Internal: a plain copy of `input` when it is an object (not an array), else undefined. Never throws. */
export function plainObject(input: unknown): Record<string, unknown> | undefined {
  const plain = toPlainData(input);
  return plain.ok && typeof plain.value === 'object' && plain.value !== null && !Array.isArray(plain.value) ? (plain.value as Record<string, unknown>) : undefined;
}

/** Internal: a plain copy of `input` when it is an array, else undefined. Never throws. */
export function plainArray(input: unknown): unknown[] | undefined {
  const plain = toPlainData(input);
  return plain.ok && Array.isArray(plain.value) ? plain.value : undefined;
}

/** Internal: a `Date` or date string as milliseconds, NaN when unreadable. Never throws. */
export function moment(at: unknown): number {
  try {
    return typeof at === 'string' ? Date.parse(at) : at instanceof Date ? at.getTime() : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
