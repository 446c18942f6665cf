/** A saved draft: the record as typed so far, and when it was saved. */
export interface DraftEntry<T = unknown> {
  key: string;
  value: T;
  /** ISO instant of the save. */
  savedAt: string;
}

/**
 * Where drafts live. Spire ships an IndexedDB store (the embedded default) and an in-memory one; a host
 * may pass its own (for example one that talks to its own back end). Implementations must never log
 * values: they are children's wellbeing data.
 */
export interface DraftStore {
  /** A short name for status messages and events, e.g. `indexeddb`, `memory`, or the host's own. */
  readonly kind: string;
  get<T>(key: string): Promise<DraftEntry<T> | undefined>;
  put<T>(key: string, value: T): Promise<DraftEntry<T>>;
  delete(key: string): Promise<void>;
}

/** True for anything with a store's shape (`get`, `put` and `delete` functions); a host may pass any object. */
export function isDraftStore(value: unknown): value is DraftStore {
  if (typeof value !== 'object' || value === null) return false;
  const store = value as Partial<Record<'get' | 'put' | 'delete', unknown>>;
  return typeof store.get === 'function' && typeof store.put === 'function' && typeof store.delete === 'function';
}

/** The key a widget's draft is stored under: one draft per record kind and record id. */
export function draftKey(kind: string, recordId: string): string {
  return `spire:${kind}:${recordId}`;
}

/**
 * Why a store could not keep a draft: `unavailable` (no usable storage at all: missing, blocked, refused
 * to open), `quota` (storage is full), `failed` (anything else went wrong with one operation).
 */
export type DraftStoreFailureReason = 'unavailable' | 'quota' | 'failed';

/** The one error type stores reject with, so callers can tell a full disk from a missing database. */
export class DraftStoreError extends Error {
  override readonly name = 'DraftStoreError';

  constructor(
    readonly reason: DraftStoreFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

// Browsers have spelled "storage is full" differently over the years.
const QUOTA_ERROR_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Any rejection from a store (ours or a host's) as a `DraftStoreError`. The message names only the kind
 * of failure: the cause is kept for debugging, and nothing of the draft's value is copied into it.
 */
export function toDraftStoreError(error: unknown, otherwise: DraftStoreFailureReason = 'failed'): DraftStoreError {
  if (error instanceof DraftStoreError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (QUOTA_ERROR_NAMES.has(name)) return new DraftStoreError('quota', 'The draft store is full.', { cause: error });
  return new DraftStoreError(otherwise, `The draft store failed${name ? ` (${name})` : ''}.`, { cause: error });
}
