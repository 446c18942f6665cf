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

/** The key a widget's draft is stored under: one draft per record kind and record id. */
export function draftKey(kind: string, recordId: string): string {
  return `spire:${kind}:${recordId}`;
}
