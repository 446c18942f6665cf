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
 * The key under which a widget remembers which record it was writing when the host gave it none: one per
 * record kind, child and author, holding `{ id }` of that record. Opening the widget again for the same
 * child finds the draft by it instead of starting an empty record beside a draft no one finds again.
 *
 * The child's id and the author are hashed, so a store that puts keys where they are seen (a URL, a log)
 * does not show them. The hash is short and not a secret: it hides ids from a glance, nothing more, and
 * the draft itself holds the child's id in any case.
 */
export function openDraftKey(kind: string, childId: string, author: { name: string; role: string }): string {
  return `spire:${kind}:open:${hash([childId, author.name, author.role].join('\u0000'))}`;
}

/** What an open-draft key holds: the id of the record being written. */
export interface OpenDraftPointer {
  id: string;
}

/** True for a pointer as `openDraftKey` stores it; anything else a store returns is ignored. */
export function isOpenDraftPointer(value: unknown): value is OpenDraftPointer {
  return typeof value === 'object' && value !== null && typeof (value as OpenDraftPointer).id === 'string' && (value as OpenDraftPointer).id.length > 0 && (value as OpenDraftPointer).id.length <= 200;
}

/** cyrb53: a fast 53-bit string hash, as 11 base-36 characters. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}

/**
 * How long the embedded store keeps a draft nobody saved again: drafts are work in progress about a
 * child, not an archive. A host passes its own `retention` to `IndexedDbDraftStore`; a host's own store
 * keeps its own rules.
 */
export const DRAFT_RETENTION_DAYS = 14;

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
