import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type DraftEntry, type DraftStore, type DraftStoreFailureReason, isOpenDraftPointer } from './draft-store.js';
import { asResilient, type ResilientDraftStore } from './resilient-store.js';
import type { DraftConflict } from './merge.js';

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'fallback' | 'error';

/**
 * The longest an edit waits before its save starts. Saves that start by then finish well inside the
 * 500 ms promise ("every edit reaches the draft store within 500 ms") with a local store.
 */
export const DRAFT_MAX_WAIT = 400;

export interface DraftControllerOptions<T = unknown> {
  /** The store to use now (the provider's, or a default); `undefined` turns drafts off. */
  store: () => DraftStore | undefined;
  /** The key of the record being edited (see `draftKey`); `undefined` while there is nothing to key by. */
  key: () => string | undefined;
  /** Quiet time after an edit before saving (ms). Default 300; never more than `DRAFT_MAX_WAIT`. */
  delay?: number;
  /**
   * Another tab (or another widget on this page) saved a draft under the same key: `value` is what it
   * saved, unchecked — open it with the model before use. Without it, other tabs' saves are ignored.
   */
  onRemote?: (remote: RemoteSave) => void;
  /**
   * Fields where this tab keeps its own version over another tab's, until the user chooses: sent with
   * each save (paths in the other tab's terms as `remotePath`), so the other tab keeps its own there too
   * and says so, instead of taking this tab's version silently.
   */
  disputed?: () => readonly DraftConflict[];
  /** The version the record was opened at: what a first save evolved from (see `knownVersion`). */
  origin?: () => T | undefined;
  /**
   * For a record the widget started itself (the host gave none): where it is remembered for its child
   * and author. Its draft is then found again on the next visit, not left behind while an empty record
   * is started beside it; and submitting it forgets it.
   */
  openDraft?: () => OpenDraft | undefined;
}

/** How a record the widget started itself is remembered (see `openDraftKey`). */
export interface OpenDraft {
  /** The key remembering which record is being written (`openDraftKey`). */
  pointer: string;
  /** The id of the record the widget holds now. */
  id: string;
  /** The draft key of a record id (`draftKey` with the widget's kind). */
  keyOf(id: string): string;
}

/** Another tab's save, as the channel brought it: every part unchecked until the model opens it. */
export interface RemoteSave {
  value: unknown;
  /** The version that save evolved from: the common ancestor for a three-way merge. */
  parent: unknown;
  savedAt: string;
  disputed: readonly DraftConflict[];
  /** Which copy saved it (one per widget and page): disputes are kept with each other copy apart. */
  from: string;
}

/** What a save tells the other tabs of this origin: the key, the draft, and which controller saved it. */
interface SavedMessage {
  key: string;
  savedAt: string;
  from: string;
  value: unknown;
  parent: unknown;
  disputed: readonly DraftConflict[];
}

/** The channel drafts are announced on, shared by every Spire widget of an origin. */
export const DRAFT_CHANNEL = 'spire-drafts';

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
 * `pagehide`, when the page is hidden and when the host disconnects. When the page is hidden while a save
 * is under way, the newest save waiting behind it goes to the store at once too: the page may be gone
 * before the one under way finishes (it is still written again in order after it).
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
  /** A save (or delete) of the queue is under way. */
  private running = false;
  /** Saves in the queue not started yet, oldest first. */
  private waiting: Pending<T>[] = [];
  /** Saves already given to the store ahead of the queue as the page went. */
  private readonly sentEarly = new WeakSet<Pending<T>>();
  private writesInFlight = 0;
  private warnedStore?: ResilientDraftStore;
  /** The last version this controller knows the store held: its own last save, or another tab's it took in. */
  private known?: { key: string; value: T };
  private channel?: BroadcastChannel;
  /** The draft key this page last remembered as the open draft (written once a page, with its first save). */
  private pointedAt?: string;
  private readonly id = Math.random().toString(36).slice(2) + Date.now().toString(36);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DraftControllerOptions<T>,
  ) {
    this.delay = Math.min(Math.max(options.delay ?? 300, 0), DRAFT_MAX_WAIT);
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    if (this.options.onRemote && typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(DRAFT_CHANNEL);
      this.channel.addEventListener('message', this.onMessage);
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    // Flushed before the channel closes, so the other tabs hear of the last save.
    const channel = this.channel;
    this.channel = undefined;
    void this.flush().finally(() => channel?.close());
  }

  /**
   * The version this tab's record last evolved from: its own last save, another tab's it took in, or the
   * version it was opened at. Each save tells the other tabs its parent, their common ancestor.
   */
  knownVersion(): T | undefined {
    const key = this.options.key();
    return this.known && this.known.key === key ? this.known.value : this.options.origin?.();
  }

  /** A version taken in (another tab's draft, a restored draft): later saves evolve from it. */
  acknowledge(value: T): void {
    const key = this.options.key();
    if (key !== undefined) this.known = { key, value };
  }

  /**
   * The record changed without an edit of this tab's (another tab's changes taken in): a save still
   * waiting saves this value instead. Otherwise it would save the version from before, named as evolved
   * from the other tab's — and every other copy would read that as the other tab's changes undone.
   */
  replacePending(value: T): void {
    if (this.pending && this.pending.key === this.options.key()) this.pending = { ...this.pending, value };
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
      const entry = (await store.get<T>(key)) ?? (await this.findOpenDraft(store, key));
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
    const open = this.options.openDraft?.();
    await this.enqueue(async () => {
      try {
        await store.delete(key);
        await this.forgetOpenDraft(store, key, open);
        this.noteFallback(store);
        this.update(this.fallbackReason ? 'fallback' : 'idle', undefined);
      } catch {
        this.update('error', this.savedAt);
      }
    });
  }

  /** Runs `job` after every save and delete queued before it. */
  private enqueue(job: () => Promise<void>): Promise<void> {
    const run = this.queue.then(async () => {
      this.running = true;
      try {
        await job();
      } finally {
        this.running = false;
      }
    });
    this.queue = run;
    return run;
  }

  /**
   * The draft of the record this widget was writing for the same child and author, when the host gave no
   * record: what the open-draft key remembers, if it is another record than the one just started.
   */
  private async findOpenDraft(store: ResilientDraftStore, key: string): Promise<DraftEntry<T> | undefined> {
    const open = this.options.openDraft?.();
    if (!open || open.keyOf(open.id) !== key) return undefined;
    const pointer = await store.get(open.pointer);
    if (!pointer || !isOpenDraftPointer(pointer.value)) return undefined;
    const other = open.keyOf(pointer.value.id);
    return other === key ? undefined : store.get<T>(other);
  }

  /** After a submit: the open-draft key is deleted when it names the record just submitted. */
  private async forgetOpenDraft(store: ResilientDraftStore, key: string, open: OpenDraft | undefined): Promise<void> {
    if (this.pointedAt === key) this.pointedAt = undefined;
    if (!open) return;
    const pointer = await store.get(open.pointer);
    if (pointer && isOpenDraftPointer(pointer.value) && open.keyOf(pointer.value.id) === key) await store.delete(open.pointer);
  }

  /** With a record's first save on this page, the open-draft key is set to it (and so kept from expiring). */
  private async rememberOpenDraft(store: ResilientDraftStore, key: string): Promise<void> {
    const open = this.options.openDraft?.();
    if (!open || open.keyOf(open.id) !== key || this.pointedAt === key) return;
    this.pointedAt = key;
    try {
      await store.put(open.pointer, { id: open.id });
    } catch {
      // The draft itself is saved; without the pointer it is found only by its id, as before.
    }
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
    this.waiting.push(pending);
    // Chained, not concurrent: a store may finish writes out of order, and an older value must never
    // land after a newer one.
    void this.enqueue(() => {
      this.waiting = this.waiting.filter((waiting) => waiting !== pending);
      return this.write(pending);
    });
  }

  /**
   * The page is going (or hidden, which may be the last it hears): the pending edit is saved now. Behind a
   * save still under way (a slow store), a queued save would start only once that one finishes, and the
   * page may be gone by then: the newest queued save of each key goes to the store now as well, once. A
   * store that keeps the order of its calls (Spire's do: each makes its transaction in the call) lands it
   * after the one under way; the queue writes it again after that one in any case, so any store ends with
   * the newest.
   */
  private leave(): void {
    this.writePending();
    if (!this.running) return;
    const newest: Pending<T>[] = [];
    for (const waiting of [...this.waiting].reverse()) {
      if (!newest.some((other) => other.store === waiting.store && other.key === waiting.key)) newest.unshift(waiting);
    }
    for (const waiting of newest) {
      // pagehide and "hidden" come together: once is enough.
      if (this.sentEarly.has(waiting)) continue;
      this.sentEarly.add(waiting);
      void waiting.store.put(waiting.key, waiting.value).catch(() => undefined);
    }
  }

  private async write({ store, key, value }: Pending<T>): Promise<void> {
    try {
      const parent = this.known?.key === key ? this.known.value : this.options.origin?.();
      const entry = await store.put(key, value);
      this.writesInFlight--;
      this.known = { key, value };
      this.tell({ key, savedAt: entry.savedAt, from: this.id, value, parent, disputed: this.options.disputed?.() ?? [] });
      this.noteFallback(store);
      this.update(this.settledStatus(), entry.savedAt);
      this.host.dispatchEvent(
        new CustomEvent('spire-draft-saved', {
          detail: { key, savedAt: entry.savedAt, store: store.kind },
          bubbles: true,
          composed: true,
        }),
      );
      await this.rememberOpenDraft(store, key);
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

  /** Tells the other tabs of a save; a value the channel cannot carry is not worth failing the save for. */
  private tell(message: SavedMessage): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // Nothing to do: the store has the draft; other tabs will find it when they next open the record.
    }
  }

  private readonly onMessage = (event: MessageEvent<SavedMessage>): void => {
    const message = event.data;
    if (typeof message !== 'object' || message === null || message.from === this.id) return;
    if (typeof message.key !== 'string' || message.key !== this.options.key()) return;
    const disputed = Array.isArray(message.disputed) ? message.disputed.filter((d) => typeof d?.path === 'string' && typeof d?.remotePath === 'string') : [];
    this.options.onRemote?.({ value: message.value, parent: message.parent, savedAt: String(message.savedAt), disputed, from: String(message.from) });
  };

  private readonly onPageHide = (): void => {
    this.leave();
  };

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') this.leave();
  };
}
