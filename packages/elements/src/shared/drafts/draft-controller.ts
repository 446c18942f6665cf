import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftEntry, DraftStore, DraftStoreFailureReason } from './draft-store.js';
import { asResilient, type ResilientDraftStore } from './resilient-store.js';

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'fallback' | 'error';

/**
 * The longest an edit waits before its save starts. Saves that start by then finish well inside the
 * 500 ms promise ("every edit reaches the draft store within 500 ms") with a local store.
 */
export const DRAFT_MAX_WAIT = 400;

export interface DraftControllerOptions {
  /** The store to use now (the provider's, or a default); `undefined` turns drafts off. */
  store: () => DraftStore | undefined;
  /** The key of the record being edited (see `draftKey`); `undefined` while there is nothing to key by. */
  key: () => string | undefined;
  /** Quiet time after an edit before saving (ms). Default 300; never more than `DRAFT_MAX_WAIT`. */
  delay?: number;
}

interface Pending<T> {
  store: ResilientDraftStore;
  key: string;
  value: T;
  /** When the first edit of this batch arrived: the batch is saved no later than DRAFT_MAX_WAIT after. */
  since: number;
}

/**
 * Autosaves a widget's record as a draft and restores it.
 *
 * `schedule(value)` after each edit: saves are debounced (`delay` after the last edit, and at most
 * `DRAFT_MAX_WAIT` after the first unsaved one, so steady typing still saves), written one at a time in
 * order (the last value wins; a slow save is never overtaken by an older one), and flushed at once on
 * `pagehide`, when the page is hidden and when the host disconnects.
 *
 * Whatever store it is given, it writes through a memory fallback: if the store fails, drafts stay in
 * memory, `status` becomes `fallback` and the host gets `spire-storage-fallback` once.
 *
 * Events on the host (bubbling, composed): `spire-draft-saved` `{ key, savedAt, store }` after each save;
 * `spire-storage-fallback` `{ reason }` when drafts can only be kept in memory. Values never leave
 * through events or logs.
 */
export class DraftController<T> implements ReactiveController {
  status: DraftStatus = 'idle';
  /** ISO instant of the last save (or of the restored draft). */
  savedAt?: string;
  /** Set when drafts are kept in memory only, and why. */
  fallbackReason?: DraftStoreFailureReason;

  private readonly delay: number;
  private pending?: Pending<T>;
  private timer?: ReturnType<typeof setTimeout>;
  private queue: Promise<void> = Promise.resolve();
  private writesInFlight = 0;
  private warnedStore?: ResilientDraftStore;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DraftControllerOptions,
  ) {
    this.delay = Math.min(Math.max(options.delay ?? 300, 0), DRAFT_MAX_WAIT);
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    void this.flush();
  }

  /** Records an edit. Does nothing while there is no store or key. */
  schedule(value: T): void {
    const store = this.currentStore();
    const key = this.options.key();
    if (!store || key === undefined) return;
    const now = Date.now();
    if (this.pending && (this.pending.key !== key || this.pending.store !== store)) {
      // The record (or store) changed under a pending edit: that edit belongs to the old record.
      this.writePending();
    }
    this.pending = { store, key, value, since: this.pending?.since ?? now };
    clearTimeout(this.timer);
    const due = Math.min(now + this.delay, this.pending.since + DRAFT_MAX_WAIT);
    this.timer = setTimeout(() => this.writePending(), Math.max(due - now, 0));
  }

  /** Saves a pending edit now; resolves when every save so far has finished. */
  flush(): Promise<void> {
    this.writePending();
    return this.queue;
  }

  /**
   * The draft for the current key, if there is one (after pending saves have landed). Its `value` is
   * whatever was stored: validate it with the model before using it.
   */
  async restore(): Promise<DraftEntry<T> | undefined> {
    await this.flush();
    const store = this.currentStore();
    const key = this.options.key();
    if (!store || key === undefined) return undefined;
    try {
      const entry = await store.get<T>(key);
      this.noteFallback(store);
      this.update(this.fallbackReason ? 'fallback' : entry ? 'saved' : 'idle', entry?.savedAt);
      return entry;
    } catch {
      this.update('error', this.savedAt);
      return undefined;
    }
  }

  /** Deletes the current key's draft (after a submit), dropping an edit not yet saved for it. */
  async clear(): Promise<void> {
    const store = this.currentStore();
    const key = this.options.key();
    if (this.pending && this.pending.key === key && this.pending.store === store) {
      clearTimeout(this.timer);
      this.pending = undefined;
    }
    await this.flush();
    if (!store || key === undefined) return;
    const run = this.queue.then(async () => {
      try {
        await store.delete(key);
        this.noteFallback(store);
        this.update(this.fallbackReason ? 'fallback' : 'idle', undefined);
      } catch {
        this.update('error', this.savedAt);
      }
    });
    this.queue = run;
    await run;
  }

  private currentStore(): ResilientDraftStore | undefined {
    const store = this.options.store();
    return store ? asResilient(store) : undefined;
  }

  private writePending(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    this.writesInFlight++;
    this.update('saving', this.savedAt);
    // Chained, not concurrent: a store may finish writes out of order, and an older value must never
    // land after a newer one.
    this.queue = this.queue.then(() => this.write(pending));
  }

  private async write({ store, key, value }: Pending<T>): Promise<void> {
    try {
      const entry = await store.put(key, value);
      this.writesInFlight--;
      this.noteFallback(store);
      this.update(this.settledStatus(), entry.savedAt);
      this.host.dispatchEvent(
        new CustomEvent('spire-draft-saved', {
          detail: { key, savedAt: entry.savedAt, store: store.kind },
          bubbles: true,
          composed: true,
        }),
      );
    } catch {
      // The memory fallback itself failed (a value that cannot be cloned): nothing was kept. The value
      // is still in the widget; the status tells the user. Never log it: it is a child's data.
      this.writesInFlight--;
      this.noteFallback(store);
      this.update(this.writesInFlight > 0 ? 'saving' : 'error', this.savedAt);
    }
  }

  private settledStatus(): DraftStatus {
    if (this.writesInFlight > 0) return 'saving';
    return this.fallbackReason ? 'fallback' : 'saved';
  }

  private noteFallback(store: ResilientDraftStore): void {
    const reason = store.fallbackReason;
    if (reason !== this.fallbackReason) {
      this.fallbackReason = reason;
      this.host.requestUpdate();
    }
    if (!reason || this.warnedStore === store) return;
    this.warnedStore = store;
    this.host.dispatchEvent(
      new CustomEvent('spire-storage-fallback', { detail: { reason }, bubbles: true, composed: true }),
    );
  }

  private update(status: DraftStatus, savedAt: string | undefined): void {
    if (status === this.status && savedAt === this.savedAt) return;
    this.status = status;
    this.savedAt = savedAt;
    this.host.requestUpdate();
  }

  private readonly onPageHide = (): void => {
    this.writePending();
  };

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.writePending();
  };
}
