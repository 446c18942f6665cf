import { type DraftEntry, type DraftStore, toDraftStoreError } from './draft-store.js';

export interface MemoryDraftStoreOptions {
  /** The clock for `savedAt`; tests pass a fixed one. */
  now?: () => Date;
}

/**
 * Drafts kept in this page's memory only: they are gone when the page closes. Values are structured-cloned
 * on the way in and out, as IndexedDB does, so a caller mutating its record after `put` (or the entry it
 * got from `get`) cannot change what is stored, and both stores behave alike.
 */
export class MemoryDraftStore implements DraftStore {
  readonly kind = 'memory';
  private readonly entries = new Map<string, DraftEntry>();
  private readonly now: () => Date;

  constructor(options: MemoryDraftStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
  }

  async get<T>(key: string): Promise<DraftEntry<T> | undefined> {
    const entry = this.entries.get(key);
    return entry ? (clone(entry) as DraftEntry<T>) : undefined;
  }

  async put<T>(key: string, value: T): Promise<DraftEntry<T>> {
    const entry: DraftEntry<T> = { key, value: clone(value), savedAt: this.now().toISOString() };
    this.entries.set(key, entry);
    return clone(entry);
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }
}

function clone<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch (error) {
    // A value that cannot be cloned (a function, a DOM node) would not survive IndexedDB either.
    throw toDraftStoreError(error, 'failed');
  }
}
