import { type DraftEntry, type DraftStore, type DraftStoreFailureReason, toDraftStoreError } from './draft-store.js';
import { IndexedDbDraftStore } from './indexeddb-store.js';
import { MemoryDraftStore } from './memory-store.js';

export interface ResilientDraftStoreOptions {
  /** Called once, the first time the primary store fails, with why. */
  onFallback?: (reason: DraftStoreFailureReason) => void;
  /** The clock for drafts kept in memory; tests pass a fixed one. */
  now?: () => Date;
}

/**
 * A store that never loses what was typed. It uses `primary` until that fails once (missing, full, or
 * broken), then keeps every draft in this page's memory for the rest of the page's life, starting with
 * the value whose save just failed. It does not go back to the primary after a failure: a store that
 * failed once is not trusted with the next keystroke, and the warning the user was shown ("forsvinder,
 * hvis du lukker siden") stays true.
 *
 * Reads look in both places and return the newer entry, so a draft saved to the primary before the
 * failure is still found, and a newer one in memory wins over it.
 */
export class ResilientDraftStore implements DraftStore {
  private readonly memory: MemoryDraftStore;
  private readonly onFallback?: (reason: DraftStoreFailureReason) => void;
  private reason?: DraftStoreFailureReason;

  constructor(
    readonly primary: DraftStore,
    options: ResilientDraftStoreOptions = {},
  ) {
    this.memory = new MemoryDraftStore({ now: options.now });
    this.onFallback = options.onFallback;
  }

  /** The primary's kind until it fails; `memory` after. */
  get kind(): string {
    return this.reason ? this.memory.kind : this.primary.kind;
  }

  /** Why drafts are kept in memory, or `undefined` while the primary works. */
  get fallbackReason(): DraftStoreFailureReason | undefined {
    return this.reason;
  }

  async get<T>(key: string): Promise<DraftEntry<T> | undefined> {
    const [fromPrimary, fromMemory] = await Promise.all([
      this.primary.get<T>(key).catch((error: unknown) => {
        this.fallBack(error);
        return undefined;
      }),
      this.memory.get<T>(key),
    ]);
    return newer(fromPrimary, fromMemory);
  }

  async put<T>(key: string, value: T): Promise<DraftEntry<T>> {
    if (this.reason) return this.memory.put(key, value);
    try {
      return await this.primary.put(key, value);
    } catch (error) {
      // Memory first: if the value itself cannot be kept (it cannot be cloned), memory fails the same
      // way, the fault is the value's and not the store's, and we stay with the primary.
      const kept = await this.memory.put(key, value);
      this.fallBack(error);
      return kept;
    }
  }

  async delete(key: string): Promise<void> {
    await this.memory.delete(key);
    // A draft the primary still holds from before a failure must go too, or it would come back on the
    // next visit; if the primary cannot delete it now, there is nothing better to do than carry on.
    await this.primary.delete(key).catch((error: unknown) => this.fallBack(error));
  }

  private fallBack(error: unknown): void {
    if (this.reason) return;
    this.reason = toDraftStoreError(error).reason;
    const notify = this.onFallback;
    if (!notify) return;
    try {
      notify(this.reason);
    } catch (callbackError) {
      // A broken callback must not cost the user the draft being saved: report it outside this call.
      queueMicrotask(() => {
        throw callbackError;
      });
    }
  }
}

/** The newer of two entries for one key; memory wins a tie, as it was written after the primary failed. */
function newer<T>(primary: DraftEntry<T> | undefined, memory: DraftEntry<T> | undefined): DraftEntry<T> | undefined {
  if (!primary) return memory;
  if (!memory) return primary;
  const primaryTime = Date.parse(primary.savedAt);
  const memoryTime = Date.parse(memory.savedAt);
  return primaryTime > memoryTime ? primary : memory;
}

const wrapped = new WeakMap<DraftStore, ResilientDraftStore>();

/**
 * `store` with a memory fallback: itself when it already is resilient, else one wrapper per store, so
 * every widget sharing a store also shares the memory that stands in for it.
 */
export function asResilient(store: DraftStore): ResilientDraftStore {
  if (store instanceof ResilientDraftStore) return store;
  let resilient = wrapped.get(store);
  if (!resilient) {
    resilient = new ResilientDraftStore(store);
    wrapped.set(store, resilient);
  }
  return resilient;
}

export interface DefaultDraftStoreOptions extends ResilientDraftStoreOptions {
  /** IndexedDB database name; default `spire-drafts`. */
  name?: string;
}

/**
 * The store widgets use when the host gives none: IndexedDB with a memory fallback. Where the browser
 * has no IndexedDB this is a memory store from the first operation on, and it says so (`onFallback`
 * with `unavailable`, `fallbackReason`, kind `memory`) so the widget can warn that drafts are temporary.
 */
export function createDefaultDraftStore(options: DefaultDraftStoreOptions = {}): ResilientDraftStore {
  const primary = new IndexedDbDraftStore({
    name: options.name,
    now: options.now,
    ...(IndexedDbDraftStore.isAvailable() ? {} : { indexedDB: null }),
  });
  return new ResilientDraftStore(primary, options);
}

let sharedDefault: ResilientDraftStore | undefined;

/**
 * The one embedded default store of the page, made on first use: what every widget uses when neither
 * the widget nor its provider was given a store (and drafts were not turned off with `store = null`).
 */
export function defaultDraftStore(): ResilientDraftStore {
  sharedDefault ??= createDefaultDraftStore();
  return sharedDefault;
}
