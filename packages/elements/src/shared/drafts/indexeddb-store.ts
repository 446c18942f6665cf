import { wrap, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { DRAFT_RETENTION_DAYS, type DraftEntry, type DraftStore, DraftStoreError, toDraftStoreError } from './draft-store.js';

export const DEFAULT_DRAFT_DATABASE = 'spire-drafts';

// 2: an index on `savedAt`, so drafts past their retention are found without reading every draft.
const VERSION = 2;
const STORE = 'drafts';
const BY_SAVED_AT = 'savedAt';
const DAY = 24 * 60 * 60 * 1000;

interface StoredDraft {
  key: string;
  value: unknown;
  savedAt: string;
}

interface DraftDatabase extends DBSchema {
  [STORE]: { key: string; value: StoredDraft; indexes: { [BY_SAVED_AT]: string } };
}

type Database = IDBPDatabase<DraftDatabase>;
type WriteStore = IDBPObjectStore<DraftDatabase, [typeof STORE], typeof STORE, 'readwrite'>;
type ReadStore = IDBPObjectStore<DraftDatabase, [typeof STORE], typeof STORE, 'readonly'>;

export interface IndexedDbDraftStoreOptions {
  /** Database name, so two applications on one origin need not share drafts. Default `spire-drafts`. */
  name?: string;
  /**
   * The IndexedDB factory to use. Default: the page's `indexedDB`. `null` means "this browser has none";
   * every operation then rejects with reason `unavailable`, exactly as in a browser without IndexedDB.
   */
  indexedDB?: IDBFactory | null;
  /**
   * How long opening the database may take before we give up (ms). Some browsers have left `open`
   * pending forever (private modes, a blocked upgrade); a widget must not wait on that. Default 5000.
   */
  openTimeout?: number;
  /** The clock for `savedAt`; tests pass a fixed one. */
  now?: () => Date;
  /**
   * How long a draft is kept after its last save (ms). Older drafts are not returned and are deleted the
   * first time the database is opened on a page. Default `DRAFT_RETENTION_DAYS` days; `Infinity` keeps
   * drafts until they are submitted or deleted.
   */
  retention?: number;
}

/**
 * Drafts in IndexedDB: they survive a reload and a closed tab, on this device and origin only, for
 * `retention` after their last save (14 days by default): a child's data is not kept for nothing.
 * One object store, keyed by the draft key, holding `{ key, value, savedAt }`, indexed by `savedAt`.
 *
 * Every failure rejects with a `DraftStoreError`: `unavailable` when there is no IndexedDB or it will not
 * open (missing, refused, blocked, timed out), `quota` when storage is full, `failed` for anything else.
 */
export class IndexedDbDraftStore implements DraftStore {
  readonly kind = 'indexeddb';
  readonly name: string;
  private readonly factory: IDBFactory | null | undefined;
  private readonly openTimeout: number;
  private readonly now: () => Date;
  private readonly retention: number;
  private connection?: Promise<Database>;
  /** The sweep of expired drafts: once per store object, on its first connection. */
  private swept?: Promise<void>;

  /** Whether this page has an IndexedDB at all. It may still refuse to open; the store reports that. */
  static isAvailable(): boolean {
    try {
      // Reading `indexedDB` itself throws a SecurityError in some sandboxed frames.
      return typeof globalThis.indexedDB?.open === 'function';
    } catch {
      return false;
    }
  }

  constructor(options: IndexedDbDraftStoreOptions = {}) {
    this.name = options.name ?? DEFAULT_DRAFT_DATABASE;
    this.factory = options.indexedDB;
    this.openTimeout = options.openTimeout ?? 5000;
    this.now = options.now ?? (() => new Date());
    const retention = options.retention ?? DRAFT_RETENTION_DAYS * DAY;
    this.retention = typeof retention === 'number' && retention > 0 ? retention : DRAFT_RETENTION_DAYS * DAY;
  }

  async get<T>(key: string): Promise<DraftEntry<T> | undefined> {
    const stored = await this.read((store) => store.get(key));
    if (!isStoredDraft(stored) || stored.savedAt < this.cutoff()) return undefined;
    return { key: stored.key, value: stored.value as T, savedAt: stored.savedAt };
  }

  async put<T>(key: string, value: T): Promise<DraftEntry<T>> {
    const entry: DraftEntry<T> = { key, value, savedAt: this.now().toISOString() };
    await this.write((store) => store.put(entry));
    return entry;
  }

  async delete(key: string): Promise<void> {
    await this.write((store) => store.delete(key));
  }

  /**
   * Deletes every draft saved before the retention began. Run once by itself on the first connection;
   * a long-open page may call it again. Resolves with how many drafts were deleted.
   */
  async sweep(): Promise<number> {
    const cutoff = this.cutoff();
    if (!cutoff) return 0;
    return this.run(async (db) => {
      // Not `write`: a cursor makes requests after the first, which an explicit commit would forbid.
      const transaction = db.transaction(STORE, 'readwrite');
      transaction.done.catch(() => undefined);
      let deleted = 0;
      let cursor = await transaction.store.index(BY_SAVED_AT).openCursor(IDBKeyRange.upperBound(cutoff, true));
      while (cursor) {
        await cursor.delete();
        deleted++;
        cursor = await cursor.continue();
      }
      await transaction.done;
      return deleted;
    });
  }

  /** The oldest `savedAt` still kept ('' when drafts are kept for ever). */
  private cutoff(): string {
    if (!Number.isFinite(this.retention)) return '';
    const at = this.now().getTime() - this.retention;
    return Number.isFinite(at) && at > -8.64e15 ? new Date(at).toISOString() : '';
  }

  /** Closes the connection; the next operation opens a new one. */
  close(): void {
    const connection = this.connection;
    this.connection = undefined;
    connection?.then((db) => db.close(), () => undefined);
  }

  /**
   * A write committed explicitly. Chromium discards a transaction left to commit by itself when the page
   * goes away right after (the save `pagehide` starts on reload or close: test/draft-reload.test.ts);
   * once `commit()` has been called, the write lands.
   */
  private write(operation: (store: WriteStore) => Promise<unknown>): Promise<void> {
    return this.run(async (db) => {
      const transaction = db.transaction(STORE, 'readwrite');
      const done = transaction.done;
      // Handled here once, whatever happens below: an aborted transaction must not leave a rejection
      // nobody listens to (the failure reaches the caller through `request` or the await below).
      done.catch(() => undefined);
      const request = operation(transaction.store);
      request.catch(() => undefined);
      transaction.commit();
      await Promise.all([request, done]);
    });
  }

  /**
   * A read in a transaction of our own: idb's `db.get` leaves the transaction's `done` promise unhandled,
   * and a transaction aborted under it (storage cleared, the browser closing the database) would surface
   * as an unhandled rejection on the host's page.
   */
  private read<R>(operation: (store: ReadStore) => Promise<R>): Promise<R> {
    return this.run(async (db) => {
      const transaction = db.transaction(STORE, 'readonly');
      transaction.done.catch(() => undefined);
      return operation(transaction.store);
    });
  }

  private async run<R>(operation: (db: Database) => Promise<R>): Promise<R> {
    // One retry: the browser may close our connection between operations (another tab upgrading or
    // deleting the database, storage being cleared); a fresh connection is then the right answer.
    for (let attempt = 0; ; attempt++) {
      const connection = this.connect();
      const db = await connection;
      if (!this.swept) {
        // Once a page: expired drafts go. Reads skip them meanwhile (`get` checks the cutoff itself).
        this.swept = this.sweep().then(
          () => undefined,
          () => undefined,
        );
      }
      try {
        return await operation(db);
      } catch (error) {
        if (attempt === 0 && errorName(error) === 'InvalidStateError') {
          if (this.connection === connection) this.connection = undefined;
          continue;
        }
        throw toDraftStoreError(error, 'failed');
      }
    }
  }

  private connect(): Promise<Database> {
    if (!this.connection) {
      const forget = () => {
        if (this.connection === connection) this.connection = undefined;
      };
      const connection: Promise<Database> = this.open(forget).catch((error: unknown) => {
        forget();
        throw error;
      });
      this.connection = connection;
    }
    return this.connection;
  }

  /**
   * idb's `openDB` always uses the global `indexedDB`; we open through the factory we were given (so a
   * host or a test can supply one, or none) and hand the connection to idb's `wrap` for promises.
   */
  private open(onGone: () => void): Promise<Database> {
    let factory: IDBFactory | null | undefined;
    let request: IDBOpenDBRequest;
    try {
      factory = this.factory === undefined ? globalThis.indexedDB : this.factory;
      if (!factory) throw new DraftStoreError('unavailable', 'IndexedDB is not available in this browser.');
      request = factory.open(this.name, VERSION);
    } catch (error) {
      return Promise.reject(toDraftStoreError(error, 'unavailable'));
    }

    return new Promise<Database>((resolve, reject) => {
      let settled = false;
      const fail = (error: DraftStoreError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(error);
      };
      const timer = setTimeout(
        () => fail(new DraftStoreError('unavailable', 'Opening the draft database timed out.')),
        this.openTimeout,
      );

      request.addEventListener('upgradeneeded', () => {
        const db = request.result;
        const store = db.objectStoreNames.contains(STORE) ? request.transaction!.objectStore(STORE) : db.createObjectStore(STORE, { keyPath: 'key' });
        if (!store.indexNames.contains(BY_SAVED_AT)) store.createIndex(BY_SAVED_AT, 'savedAt');
      });
      request.addEventListener('blocked', () => {
        fail(new DraftStoreError('unavailable', 'The draft database is blocked by another open page.'));
      });
      request.addEventListener('error', (event) => {
        // Handled here: the failure becomes our rejection instead of an uncaught error event.
        event.preventDefault();
        fail(toDraftStoreError(request.error, 'unavailable'));
      });
      request.addEventListener('success', () => {
        const db = request.result;
        if (settled) {
          // We gave up waiting (timeout, blocked); a connection arriving late is not used.
          db.close();
          return;
        }
        settled = true;
        clearTimeout(timer);
        // Let another page upgrade or delete the database instead of blocking it.
        db.addEventListener('versionchange', () => {
          db.close();
          onGone();
        });
        db.addEventListener('close', onGone);
        resolve(wrap(db) as unknown as Database);
      });
    });
  }
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

function isStoredDraft(stored: unknown): stored is StoredDraft {
  return (
    typeof stored === 'object' &&
    stored !== null &&
    typeof (stored as StoredDraft).key === 'string' &&
    typeof (stored as StoredDraft).savedAt === 'string' &&
    'value' in stored
  );
}
