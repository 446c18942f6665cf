import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DraftStoreError, toDraftStoreError } from './draft-store.js';

// The persistent half of HttpDraftStore: its local copies of drafts and its outbox, in one IndexedDB
// database.
//
// A draft save is one blind write to the `journal` (the draft as typed, by key), in a transaction made
// synchronously in the call and committed at once, as IndexedDbDraftStore writes: no request waits for
// another, so the page going away right after the save (a reload, a closed tab) cannot cut it off. Saving
// a draft and queuing its request used to be one transaction of six requests in a row (read the revision,
// write the draft, read the queued item, read and write the queue order, write the item, commit): a page
// that went before the last of them lost the draft, and each save took that long.
//
// The bookkeeping follows in a transaction of its own, `fold`: each journal entry becomes the draft (its
// revision one higher) and the request that will send it, and the entry is deleted — in that one
// transaction, so a reload can never keep the one without the other, and an entry is folded exactly
// once, on this page or the next. Until then the journal entry is the newest copy and reads look there
// first.

/** A draft as this device holds it. A deleted draft stays as a tombstone, so revisions keep rising. */
export interface LocalDraft {
  key: string;
  value?: unknown;
  savedAt: string;
  /** Rises with every save and delete of the key on this device: the server keeps the highest. */
  revision: number;
  deleted?: true;
}

/** Why the server refused an item: it is not sent again until a new version replaces it. */
export interface OutboxRejection {
  /** The HTTP status (400, 403, 409, 413, 422 …). */
  status: number;
  /** The `issues` of the server's JSON answer, when it gave some (e.g. the model's `ModelIssue`s). */
  issues?: unknown[];
  /** ISO instant of the refusal. */
  at: string;
}

/** One request waiting to be sent. */
export interface OutboxItem {
  /** `draft:<key>` (one per draft key: a newer version replaces an older one) or `record:<idempotency key>`. */
  id: string;
  what: 'draft' | 'record';
  /** Random per enqueue: an answer for an older version never removes a newer one. */
  version: string;
  idempotencyKey: string;
  /** The JSON request body, fixed when queued. */
  body: string;
  /** Queue order: lower is sent first. */
  order: number;
  /** When this item (or the unsent version it replaced) was first queued (ms since the epoch). */
  queuedAt: number;
  /** Not sent before this (ms): drafts wait for typing to pause. */
  dueAt: number;
  /** Not sent before this either (ms): the backoff after a failed attempt. */
  retryAt: number;
  attempts: number;
  rejection?: OutboxRejection;
  draftKey?: string;
  recordKind?: string;
  recordId?: string;
}

/** A draft save or delete not folded into `drafts` and the outbox yet: the newest copy of its key. */
export interface JournalEntry {
  key: string;
  /** Random per save. */
  version: string;
  savedAt: string;
  /** When it was saved (ms since the epoch): a draft's request waits for typing to pause from here. */
  at: number;
  value?: unknown;
  deleted?: true;
}

interface OutboxSchema extends DBSchema {
  drafts: { key: string; value: LocalDraft };
  outbox: { key: string; value: OutboxItem };
  meta: { key: string; value: number };
  journal: { key: string; value: JournalEntry };
}

type Database = IDBPDatabase<OutboxSchema>;
type Names = StoreNames<OutboxSchema>;
type Transaction<S extends Names[]> = IDBPTransaction<OutboxSchema, S, 'readwrite'>;

// 2: the journal.
const VERSION = 2;

/** When a draft put is due: after `delay` of quiet, but no later than `maxWait` after its first unsent version. */
export interface DraftTiming {
  now: number;
  delay: number;
  maxWait: number;
}

/** What `status` is made of: the queued requests, and the saves not folded into requests yet. */
export interface OutboxSnapshot {
  items: OutboxItem[];
  journal: JournalEntry[];
}

export class OutboxDatabase {
  private connection?: Promise<Database>;
  /** The connection once open: a save makes its transaction on it synchronously. */
  private open?: Database;
  private closed = false;

  constructor(
    readonly name: string,
    private readonly openTimeout = 5000,
  ) {}

  /** The newest copy of a draft on this device: a journal entry not folded yet, else the draft itself. */
  async getDraft(key: string): Promise<Pick<LocalDraft, 'value' | 'savedAt' | 'deleted'> | undefined> {
    return this.run(async (db) => {
      const tx = db.transaction(['journal', 'drafts'], 'readonly');
      tx.done.catch(() => undefined);
      const [journal, draft] = await Promise.all([tx.objectStore('journal').get(key), tx.objectStore('drafts').get(key)]);
      return journal ?? draft;
    });
  }

  /** Starts opening the database, so the first save finds the connection open. */
  warm(): void {
    this.connect().catch(() => undefined);
  }

  /**
   * Writes a draft save or delete to the journal: one request in a transaction made synchronously in this
   * call when the connection is open (else as soon as it is) and committed at once. Resolves when it is
   * stored.
   */
  journal(entry: JournalEntry): Promise<void> {
    const db = this.closed ? undefined : this.open;
    if (db) {
      let written: Promise<void> | undefined;
      try {
        written = journalIn(db, entry);
      } catch {
        // The connection is closing (the browser, another tab upgrading): a fresh one below.
      }
      if (written) return written.catch((error: unknown) => Promise.reject(toDraftStoreError(error, 'failed')));
    }
    return this.run((db) => journalIn(db, entry));
  }

  /**
   * Folds the journal into drafts and the outbox, in one transaction: each entry becomes the draft (or its
   * tombstone) at a revision one higher, and the request that sends it, and is deleted. Resolves with what
   * was folded.
   */
  fold(timing: Omit<DraftTiming, 'now'>): Promise<Pick<JournalEntry, 'key' | 'version'>[]> {
    return this.write(['journal', 'drafts', 'outbox', 'meta'], async (tx) => {
      const journal = tx.objectStore('journal');
      const entries = (await journal.getAll()).sort((a, b) => a.at - b.at);
      for (const entry of entries) {
        const drafts = tx.objectStore('drafts');
        const previous = await drafts.get(entry.key);
        const revision = (previous?.revision ?? 0) + 1;
        if (entry.deleted) {
          await drafts.put({ key: entry.key, savedAt: entry.savedAt, revision, deleted: true });
          const body = `{"type":"draft.delete","key":${JSON.stringify(entry.key)},"revision":${revision}}`;
          // A delete is sent without waiting for typing to pause: there is no more typing.
          await this.queueDraft(tx, entry.key, body, { ...timing, now: entry.at, delay: 0 });
        } else {
          await drafts.put({ key: entry.key, value: entry.value, savedAt: entry.savedAt, revision });
          // The value was checked to be JSON when it was saved; a structured clone of it stringifies alike.
          const valueJson = JSON.stringify(entry.value) ?? 'null';
          const body = `{"type":"draft.put","key":${JSON.stringify(entry.key)},"revision":${revision},"savedAt":${JSON.stringify(entry.savedAt)},"value":${valueJson}}`;
          await this.queueDraft(tx, entry.key, body, { ...timing, now: entry.at });
        }
        await journal.delete(entry.key);
      }
      return entries.map(({ key, version }) => ({ key, version }));
    });
  }

  /** Keeps a draft the server had, unless this device has one of its own by now; returns what is kept. */
  cacheDraft(remote: LocalDraft): Promise<Pick<LocalDraft, 'value' | 'savedAt' | 'deleted'>> {
    return this.write(['journal', 'drafts'], async (tx) => {
      const journal = await tx.objectStore('journal').get(remote.key);
      if (journal) return journal;
      const local = await tx.objectStore('drafts').get(remote.key);
      if (local) return local;
      await tx.objectStore('drafts').put(remote);
      return remote;
    });
  }

  /**
   * Queues one version of a record. The same version queued again is one item (a rejected one is tried
   * again); any rejected item of another version of the same record is dropped: the new version replaces it.
   */
  queueRecord(record: { kind: string; id: string; idempotencyKey: string; body: string }, now: number): Promise<void> {
    return this.write(['outbox', 'meta'], async (tx) => {
      const outbox = tx.objectStore('outbox');
      const id = `record:${record.idempotencyKey}`;
      for (const item of await outbox.getAll()) {
        if (item.id !== id && item.rejection && item.recordKind === record.kind && item.recordId === record.id) await outbox.delete(item.id);
      }
      const existing = await outbox.get(id);
      if (existing && !existing.rejection) return;
      await outbox.put({
        id,
        what: 'record',
        version: randomId(),
        idempotencyKey: record.idempotencyKey,
        body: record.body,
        order: existing?.order ?? (await nextOrder(tx)),
        queuedAt: existing?.queuedAt ?? now,
        dueAt: now,
        retryAt: 0,
        attempts: 0,
        recordKind: record.kind,
        recordId: record.id,
      });
    });
  }

  async items(): Promise<OutboxItem[]> {
    const items = await this.run((db) => db.getAll('outbox'));
    return items.sort((a, b) => a.order - b.order);
  }

  /** The queued requests (in order) and the journal, read together. */
  snapshot(): Promise<OutboxSnapshot> {
    return this.run(async (db) => {
      const tx = db.transaction(['outbox', 'journal'], 'readonly');
      tx.done.catch(() => undefined);
      const [items, journal] = await Promise.all([tx.objectStore('outbox').getAll(), tx.objectStore('journal').getAll()]);
      return { items: items.sort((a, b) => a.order - b.order), journal };
    });
  }

  /**
   * The server took `item`: removes it unless a newer version replaced it meanwhile. A record's rejected
   * older versions go too. True when the item was removed.
   */
  complete(item: OutboxItem): Promise<boolean> {
    return this.write(['outbox'], async (tx) => {
      const outbox = tx.objectStore('outbox');
      const current = await outbox.get(item.id);
      if (!current || current.version !== item.version) return false;
      await outbox.delete(item.id);
      if (item.what === 'record') {
        for (const other of await outbox.getAll()) {
          if (other.rejection && other.recordKind === item.recordKind && other.recordId === item.recordId) await outbox.delete(other.id);
        }
      }
      return true;
    });
  }

  /** Changes an item after an attempt, unless a newer version replaced it meanwhile. */
  update(item: OutboxItem, change: Partial<Pick<OutboxItem, 'attempts' | 'retryAt' | 'rejection'>>): Promise<void> {
    return this.write(['outbox'], async (tx) => {
      const current = await tx.objectStore('outbox').get(item.id);
      if (!current || current.version !== item.version) return;
      await tx.objectStore('outbox').put({ ...current, ...change });
    });
  }

  /** Every waiting item may be tried at once (the connection is back). */
  clearRetries(): Promise<void> {
    return this.write(['outbox'], async (tx) => {
      const outbox = tx.objectStore('outbox');
      for (const item of await outbox.getAll()) if (item.retryAt > 0) await outbox.put({ ...item, retryAt: 0 });
    });
  }

  /** Closes the connection for good: later operations reject (and never make the database again). */
  close(): void {
    this.closed = true;
    this.open = undefined;
    const connection = this.connection;
    this.connection = undefined;
    connection?.then((db) => db.close(), () => undefined);
  }

  /** Replaces the draft key's item; an unsent older version's place in the queue, wait and backoff carry over. */
  private async queueDraft(tx: Transaction<['journal', 'drafts', 'outbox', 'meta']>, key: string, body: string, timing: DraftTiming): Promise<void> {
    const outbox = tx.objectStore('outbox');
    const id = `draft:${key}`;
    const previous = await outbox.get(id);
    const carried = previous && !previous.rejection ? previous : undefined;
    const queuedAt = carried?.queuedAt ?? timing.now;
    const version = randomId();
    await outbox.put({
      id,
      what: 'draft',
      version,
      idempotencyKey: `spire-draft-${version}`,
      body,
      order: carried?.order ?? (await nextOrder(tx)),
      queuedAt,
      dueAt: Math.min(timing.now + timing.delay, queuedAt + timing.maxWait),
      retryAt: carried?.retryAt ?? 0,
      attempts: carried?.attempts ?? 0,
      draftKey: key,
    });
  }

  /**
   * A write committed explicitly: Chromium discards a transaction left to commit by itself when the page
   * goes away right after (see IndexedDbDraftStore.write).
   */
  private write<S extends Names[], R>(stores: S, operation: (tx: Transaction<S>) => Promise<R>): Promise<R> {
    return this.run(async (db) => {
      const tx = db.transaction(stores, 'readwrite');
      const done = tx.done;
      try {
        const result = await operation(tx);
        tx.commit();
        await done;
        return result;
      } catch (error) {
        done.catch(() => undefined);
        try {
          tx.abort();
        } catch {
          // Already finished or aborted.
        }
        throw error;
      }
    });
  }

  private async run<R>(operation: (db: Database) => Promise<R>): Promise<R> {
    // One retry with a fresh connection: the browser may close ours between operations.
    for (let attempt = 0; ; attempt++) {
      const connection = this.connect();
      const db = await connection;
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
    if (this.closed) return Promise.reject(new DraftStoreError('unavailable', 'The outbox is closed.'));
    if (!this.connection) {
      let db: Database | undefined;
      const forget = () => {
        if (this.connection === connection) this.connection = undefined;
        if (db && this.open === db) this.open = undefined;
      };
      const connection = this.openDatabase(forget).then(
        (opened) => {
          db = opened;
          if (this.connection === connection && !this.closed) this.open = opened;
          return opened;
        },
        (error: unknown) => {
          forget();
          throw error;
        },
      );
      this.connection = connection;
    }
    return this.connection;
  }

  private openDatabase(onGone: () => void): Promise<Database> {
    let factory: IDBFactory | undefined;
    try {
      // Reading `indexedDB` itself throws a SecurityError in some sandboxed frames.
      factory = globalThis.indexedDB;
    } catch {
      factory = undefined;
    }
    if (typeof factory?.open !== 'function') return Promise.reject(new DraftStoreError('unavailable', 'IndexedDB is not available in this browser.'));
    return new Promise<Database>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => fail(new DraftStoreError('unavailable', 'Opening the outbox database timed out.')), this.openTimeout);
      function fail(error: DraftStoreError): void {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(error);
      }
      openDB<OutboxSchema>(this.name, VERSION, {
        upgrade(db) {
          if (!db.objectStoreNames.contains('drafts')) db.createObjectStore('drafts', { keyPath: 'key' });
          if (!db.objectStoreNames.contains('outbox')) db.createObjectStore('outbox', { keyPath: 'id' });
          if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta');
          if (!db.objectStoreNames.contains('journal')) db.createObjectStore('journal', { keyPath: 'key' });
        },
        blocked: () => fail(new DraftStoreError('unavailable', 'The outbox database is blocked by another open page.')),
      }).then(
        (db) => {
          if (settled) {
            // We gave up waiting (timeout, blocked); a connection arriving late is not used.
            db.close();
            return;
          }
          settled = true;
          clearTimeout(timer);
          // Let another page upgrade or delete the database instead of blocking it; reconnect when needed.
          db.addEventListener('versionchange', () => {
            db.close();
            onGone();
          });
          db.addEventListener('close', onGone);
          resolve(db);
        },
        (error: unknown) => fail(toDraftStoreError(error, 'unavailable')),
      );
    });
  }
}

/** One put in a transaction of its own, made now and committed at once (see the top of this file). */
function journalIn(db: Database, entry: JournalEntry): Promise<void> {
  const tx = db.transaction(['journal'], 'readwrite');
  const done = tx.done;
  // Handled here once: the failure reaches the caller through the promise returned.
  done.catch(() => undefined);
  const request = tx.objectStore('journal').put(entry);
  request.catch(() => undefined);
  tx.commit();
  return Promise.all([request, done]).then(() => undefined);
}

async function nextOrder(tx: Transaction<['journal', 'drafts', 'outbox', 'meta']> | Transaction<['outbox', 'meta']>): Promise<number> {
  const meta = (tx as unknown as Transaction<['meta']>).objectStore('meta');
  const order = ((await meta.get('order')) ?? 0) + 1;
  await meta.put(order, 'order');
  return order;
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/** A random id for item versions: `crypto.randomUUID` only exists in secure contexts. */
export function randomId(): string {
  const bytes = new Uint8Array(16);
  const crypto = (globalThis as { crypto?: Partial<Crypto> }).crypto;
  if (typeof crypto?.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
