import { type DraftEntry, type DraftStore, DraftStoreError, type DraftStoreFailureReason, toDraftStoreError } from './draft-store.js';
import type { IndexedDbDraftStore, IndexedDbDraftStoreOptions } from './indexeddb-store.js';
import { MemoryDraftStore } from './memory-store.js';

export interface ResilientDraftStoreOptions {
  /** Called once, the first time the primary store fails, with why. */
  onFallback?: (reason: DraftStoreFailureReason) => void;
  /** The clock for drafts kept in memory; tests pass a fixed one. */
  now?: () => Date;
  /**
   * How long one call to the primary store may take before it counts as failed (ms). A store that never
   * answers (a hung database, a host's request that never returns) must not leave the user waiting for a
   * draft or reading "Gemmer …" forever. Default `STORE_TIMEOUT`.
   */
  timeout?: number;
}

/** How long a call to a store may take before the draft is kept in memory instead (ms). */
export const STORE_TIMEOUT = 3000;

/**
 * A store that never loses what was typed, whatever the store it wraps does: fail, fill up, throw, or
 * never answer.
 *
 * Every draft is written to this page's memory first, so nothing typed depends on the primary answering;
 * then to `primary`, so it survives a reload. Reads return the newer of the two (a draft another tab saved
 * later is found); a primary that does not answer in time is left out and the memory copy is used.
 *
 * Each call to the primary gets `timeout` ms. The first failure or timeout turns the primary off for
 * writes for the rest of the page's life (a store that failed once is not trusted with the next
 * keystroke, and the warning the user was shown, "forsvinder, hvis du lukker siden", stays true). A
 * primary that timed out or was unavailable is not asked again at all; one that failed otherwise (full,
 * say) is still read, for drafts it holds from before.
 */
export class ResilientDraftStore implements DraftStore {
  private readonly memory: MemoryDraftStore;
  private readonly onFallback?: (reason: DraftStoreFailureReason) => void;
  private readonly timeout: number;
  private reason?: DraftStoreFailureReason;
  /** The primary cannot be reached at all (it timed out, or is unavailable): reads skip it too. */
  private unreachable = false;

  constructor(
    readonly primary: DraftStore,
    options: ResilientDraftStoreOptions = {},
  ) {
    this.memory = new MemoryDraftStore({ now: options.now });
    this.onFallback = options.onFallback;
    this.timeout = Math.max(options.timeout ?? STORE_TIMEOUT, 0);
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
    const fromMemory = await this.memory.get<T>(key);
    if (this.unreachable) return fromMemory;
    let fromPrimary: DraftEntry<T> | undefined;
    try {
      fromPrimary = await this.call(() => this.primary.get<T>(key));
    } catch (error) {
      this.fallBack(error);
    }
    // The newer of the two: a draft another tab saved to the primary later than this page's last save wins.
    return newer(fromPrimary, fromMemory);
  }

  async put<T>(key: string, value: T): Promise<DraftEntry<T>> {
    // A value that cannot be kept (it cannot be cloned) fails here, the same way it would in the primary:
    // the fault is the value's, not the store's, and the primary stays in use.
    const kept = await this.memory.put(key, value);
    if (this.reason) return kept;
    try {
      return await this.call(() => this.primary.put(key, value));
    } catch (error) {
      this.fallBack(error);
      return kept;
    }
  }

  async delete(key: string): Promise<void> {
    await this.memory.delete(key);
    if (this.unreachable) return;
    // A draft the primary still holds from before a failure must go too, or it would come back on the
    // next visit; if the primary cannot delete it now, there is nothing better to do than carry on.
    await this.call(() => this.primary.delete(key)).catch((error: unknown) => this.fallBack(error));
  }

  /** One call to the primary: a synchronous throw becomes a rejection, and no answer in time a timeout. */
  private call<R>(operation: () => Promise<R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const timer = setTimeout(() => reject(new DraftStoreError('unavailable', 'The draft store did not answer in time.', { cause: 'timeout' })), this.timeout);
      new Promise<R>((settle) => settle(operation())).then(
        (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  private fallBack(error: unknown): void {
    const reason = toDraftStoreError(error).reason;
    if (reason === 'unavailable') this.unreachable = true;
    if (this.reason) return;
    this.reason = reason;
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
  return Date.parse(primary.savedAt) > Date.parse(memory.savedAt) ? primary : memory;
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
  return new ResilientDraftStore(new DeferredIndexedDbDraftStore({ name: options.name, now: options.now }), options);
}

/**
 * The embedded IndexedDB store, loaded (its module and `idb`) with the first draft looked up or saved,
 * not with a widget's first render. A module that cannot load (offline, blocked) counts as no IndexedDB.
 */
export class DeferredIndexedDbDraftStore implements DraftStore {
  readonly kind = 'indexeddb';
  private loaded?: Promise<IndexedDbDraftStore>;

  constructor(private readonly options: IndexedDbDraftStoreOptions = {}) {}

  /** The IndexedDB store itself, once loaded. */
  load(): Promise<IndexedDbDraftStore> {
    this.loaded ??= import('./indexeddb-store.js').then(
      ({ IndexedDbDraftStore }) => new IndexedDbDraftStore({ ...this.options, ...(IndexedDbDraftStore.isAvailable() ? {} : { indexedDB: null }) }),
      (error: unknown) => {
        throw new DraftStoreError('unavailable', 'The draft store could not be loaded.', { cause: error });
      },
    );
    return this.loaded;
  }

  async get<T>(key: string): Promise<DraftEntry<T> | undefined> {
    return (await this.load()).get<T>(key);
  }

  async put<T>(key: string, value: T): Promise<DraftEntry<T>> {
    return (await this.load()).put(key, value);
  }

  async delete(key: string): Promise<void> {
    return (await this.load()).delete(key);
  }
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
