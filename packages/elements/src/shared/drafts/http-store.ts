import { type DraftEntry, type DraftStore, DraftStoreError, toDraftStoreError } from './draft-store.js';
import { type JournalEntry, type LocalDraft, type OutboxItem, OutboxDatabase, type OutboxRejection, type OutboxSnapshot, randomId } from './outbox.js';
import { canonicalJson, recordVersionKey } from './record-version.js';

export type { OutboxRejection } from './outbox.js';

/**
 * How the outbox is doing, most urgent first:
 * - `rejected`: the server refused something (a 4xx other than 401, 408, 429); it is not sent again until
 *   a corrected version is submitted — the user must act;
 * - `offline`: the browser is offline; what is queued goes when it is back;
 * - `waiting`: the last attempt failed (no answer, 5xx, 408, 429, 401); the next is at `retryAt`;
 * - `sending`: something is queued and on its way;
 * - `idle`: nothing is waiting.
 */
export type OutboxState = 'idle' | 'sending' | 'waiting' | 'offline' | 'rejected';

export interface OutboxStatus {
  state: OutboxState;
  /** Items still to send (draft saves and deletes, records), rejected ones not counted. */
  pending: number;
  /** Items the server refused. */
  rejected: number;
  /** What was refused and why: the record (kind and id) or draft key, the status and the server's issues. */
  rejections: readonly OutboxRefusal[];
  /** Failed attempts in a row (0 after any success): one dropped request is not worth telling the user. */
  failures: number;
  /** ISO instant of the next attempt, while `waiting`. */
  retryAt?: string;
  /** ISO instant the server last accepted a record from this page. */
  sentAt?: string;
}

export interface OutboxRefusal extends OutboxRejection {
  what: 'draft' | 'record';
  /** The record's kind and id, for a record. */
  kind?: string;
  id?: string;
  /** The draft key, for a draft. */
  key?: string;
}

/** A completed record to send: its kind, its id, and the record itself (sent as JSON). */
export interface SubmittedRecord {
  kind: string;
  id: string;
  value: unknown;
}

export interface HttpDraftStoreOptions {
  /**
   * The one URL every request goes to, always as a POST with a JSON body (what it is in `type`). Keys,
   * ids and values travel in bodies only: never put anything personal, or a token, in this URL.
   */
  endpoint: string | URL;
  /** Extra request headers (an `Authorization` header, a CSRF token); a function is asked before each request. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** `fetch`'s credentials mode. Default `same-origin`; `include` sends cookies to another origin. */
  credentials?: RequestCredentials;
  /** The IndexedDB database for local drafts and the outbox. Default `spire-outbox`. */
  name?: string;
  /** How long one request may take before it counts as failed (ms). Default 15000. */
  requestTimeout?: number;
  /**
   * How long `get` waits for the server when this device has no copy (ms); then it answers "no draft".
   * Default 2000: under `STORE_TIMEOUT`, so the `ResilientDraftStore` every widget wraps a store in never
   * gives up on this one because the server was slow.
   */
  getTimeout?: number;
  /** Quiet time after a draft save before it is sent (ms), so steady typing is not a request per pause. Default 2000. */
  draftDelay?: number;
  /** The longest a draft save waits for typing to pause before it is sent anyway (ms). Default 10000. */
  draftMaxWait?: number;
  /** The first retry's delay (ms); each failure in a row doubles it, up to `retryCap`, with jitter. Default 1000. */
  retryBase?: number;
  /** The longest delay between retries (ms). Default 60000. A server's `Retry-After` is honoured up to one hour. */
  retryCap?: number;
  /** How often the outbox is looked at anyway (ms): items another tab left, a missed wake-up. Default 30000. */
  pollInterval?: number;
  /** The `fetch` to use; default the page's. */
  fetch?: typeof fetch;
  /** The clock for `savedAt`; tests pass a fixed one. */
  now?: () => Date;
}

export interface HttpDraftStoreEventMap {
  /** `status` changed. */
  statuschange: Event;
}

const MAX_RETRY_AFTER = 3_600_000;
const MAX_ISSUES = 50;

/**
 * A draft store that also sends drafts and completed records to the host's own back end.
 *
 * Everything is written to this device first (IndexedDB), so a reload, a closed tab or being offline
 * loses nothing, and `put`, `delete` and `submit` resolve as soon as it is written; sending happens in the
 * background from a persistent outbox. A draft save is written as the embedded IndexedDbDraftStore writes
 * one: a single request in a transaction made in the call itself and committed at once, so a page that
 * goes away right after a save (a reload, a closed tab) keeps it; its request is queued from there in the
 * background, on this page or the next. A draft key's newest version replaces an older one not yet sent.
 * A record is sent with an `Idempotency-Key` derived from its content, so each version of a record is one
 * key however often it is sent, and the server stores it once.
 *
 * Failures: no answer, a 5xx, 408, 429 or 401 is retried with exponential backoff and jitter (capped,
 * honouring `Retry-After`); any other 4xx is not retried — the item is rejected with the server's `issues`
 * until a corrected version replaces it. Sending starts on construction (so a reload mid-outbox carries
 * on), on `online`, after each change and on a timer. Tabs of one origin take turns through the Web
 * Locks API, so two tabs never send the same item at once.
 *
 * `status` says how it is going; a `statuschange` event follows every change. Nothing is ever logged.
 * Call `close()` when the store is no longer used.
 */
export class HttpDraftStore extends EventTarget implements DraftStore {
  readonly kind = 'http';
  readonly endpoint: string;
  private readonly db: OutboxDatabase;
  private readonly options: Required<Omit<HttpDraftStoreOptions, 'headers' | 'endpoint' | 'fetch' | 'name' | 'now'>>;
  private readonly headers?: HttpDraftStoreOptions['headers'];
  private readonly fetcher: typeof fetch;
  private readonly now: () => Date;
  private current: OutboxStatus = { state: 'idle', pending: 0, rejected: 0, rejections: [], failures: 0 };
  /** The outbox and journal as last read: what `status` is made of. */
  private snapshot: OutboxSnapshot = { items: [], journal: [] };
  /**
   * Draft saves and deletes of this page on their way to the journal: the newest copy of their key until
   * the journal has them (the connection may still be opening).
   */
  private readonly writing = new Map<string, Omit<JournalEntry, 'key'>>();
  /**
   * This page's saves in the journal and not folded yet, as far as this page knows (counted in `status`
   * before the database is read again): `seq` orders them against reads, `firstAt` is the key's first
   * save since its last fold (the request waits at most `draftMaxWait` from it).
   */
  private readonly unfolded = new Map<string, { version: string; seq: number; at: number; firstAt: number; deleted: boolean }>();
  private seq = 0;
  private failures = 0;
  /** No attempt before this (ms): the backoff after the last failure, for the whole endpoint. */
  private waitUntil = 0;
  private sentAt?: string;
  private running?: Promise<void>;
  private again = false;
  /** The last round failed on the database: the next waits `retryBase`, not a loop of failures. */
  private passFailed = false;
  private timer?: ReturnType<typeof setTimeout>;
  private timerAt = Infinity;
  private readonly poller?: ReturnType<typeof setInterval>;
  private closed = false;
  /** Aborts the requests under way when the store closes. */
  private readonly aborter = new AbortController();

  constructor(options: HttpDraftStoreOptions) {
    super();
    this.endpoint = new URL(options.endpoint, globalThis.location?.href).href;
    this.db = new OutboxDatabase(options.name ?? 'spire-outbox');
    this.headers = options.headers;
    this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
    this.now = options.now ?? (() => new Date());
    this.options = {
      credentials: options.credentials ?? 'same-origin',
      requestTimeout: options.requestTimeout ?? 15_000,
      getTimeout: options.getTimeout ?? 2000,
      draftDelay: options.draftDelay ?? 2000,
      draftMaxWait: options.draftMaxWait ?? 10_000,
      retryBase: options.retryBase ?? 1000,
      retryCap: options.retryCap ?? 60_000,
      pollInterval: options.pollInterval ?? 30_000,
    };
    globalThis.addEventListener?.('online', this.onOnline);
    globalThis.addEventListener?.('offline', this.onOffline);
    if (this.options.pollInterval > 0) this.poller = setInterval(() => this.wake(0), this.options.pollInterval);
    // Open now: the first save makes its transaction at once on an open connection.
    this.db.warm();
    // After a reload mid-outbox, what the last page left is sent now (and saves it left, queued).
    this.wake(0);
  }

  /** How sending is going (see `OutboxState`). */
  get status(): OutboxStatus {
    return this.current;
  }

  /** The draft as this device holds it; if it has none, the server's (asked for at most `getTimeout`). */
  async get<T>(key: string): Promise<DraftEntry<T> | undefined> {
    const writing = this.writing.get(key);
    if (writing) return writing.deleted ? undefined : { key, value: clone(writing.value) as T, savedAt: writing.savedAt };
    const local = await this.db.getDraft(key);
    if (local) return local.deleted ? undefined : ({ key, value: local.value as T, savedAt: local.savedAt });
    const remote = await this.fetchDraft(key);
    if (!remote) return undefined;
    const kept = await this.db.cacheDraft(remote);
    return kept.deleted ? undefined : ({ key, value: kept.value as T, savedAt: kept.savedAt });
  }

  /**
   * Saves the draft on this device and queues it for the server; resolves once it is saved here. The
   * save is one write, started in this call (see the class comment); its request is queued after.
   */
  async put<T>(key: string, value: T): Promise<DraftEntry<T>> {
    // Not JSON (it could never be sent) or not cloneable (it could not be stored): refused here, before
    // anything is written.
    toJson(value);
    const savedAt = this.now().toISOString();
    await this.save({ key, version: randomId(), savedAt, at: Date.now(), value: clone(value) });
    return { key, value, savedAt };
  }

  /** Deletes the draft on this device and queues the delete for the server. */
  async delete(key: string): Promise<void> {
    await this.save({ key, version: randomId(), savedAt: this.now().toISOString(), at: Date.now(), deleted: true });
  }

  /**
   * Queues a completed record for the server and resolves once it is queued on this device — not when
   * it is sent: the outbox sends it, retries it and survives reloads. Resolves with the version's
   * idempotency key (`Idempotency-Key` on the request), derived from the record's content: submitting
   * the same version again queues nothing new, and an amended record is a new version with a new key.
   * A later version replaces a rejected one. Rejects with a `DraftStoreError` when it cannot be queued
   * (no IndexedDB, storage full, a value that is not JSON).
   */
  async submit(record: SubmittedRecord): Promise<{ idempotencyKey: string }> {
    if (typeof record?.kind !== 'string' || !record.kind || typeof record.id !== 'string' || !record.id) {
      throw new DraftStoreError('failed', 'A submitted record needs a kind and an id.');
    }
    const value = toJson(record.value, true);
    const idempotencyKey = recordVersionKey(record.kind, record.id, value);
    const body = `{"type":"record.submit","record":{"id":${JSON.stringify(record.id)},"kind":${JSON.stringify(record.kind)},"value":${value}}}`;
    await this.db.queueRecord({ kind: record.kind, id: record.id, idempotencyKey, body }, Date.now());
    await this.changed();
    return { idempotencyKey };
  }

  /** Sends what is due now (the backoff still holds); resolves when this round of sending ends. */
  sendNow(): Promise<void> {
    return this.pass();
  }

  /** Stops sending and closes the database. What is queued stays queued for the next store. */
  close(): void {
    this.closed = true;
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.removeEventListener?.('offline', this.onOffline);
    clearInterval(this.poller);
    clearTimeout(this.timer);
    this.aborter.abort();
    this.db.close();
  }

  override addEventListener<K extends keyof HttpDraftStoreEventMap>(type: K, listener: ((event: HttpDraftStoreEventMap[K]) => void) | EventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
  }

  // ---- saving ---------------------------------------------------------------------------------------

  /**
   * A draft save or delete: written to the journal in a transaction made synchronously here (no `await`
   * comes first), the memory copy answering `get` until it is stored; then counted in `status`, and folded
   * into the outbox when its request would be due.
   */
  private async save(entry: JournalEntry): Promise<void> {
    if (this.closed) throw new DraftStoreError('unavailable', 'The outbox is closed.');
    const { key, ...rest } = entry;
    this.writing.set(key, rest);
    try {
      await this.db.journal(entry);
    } finally {
      if (this.writing.get(key)?.version === entry.version) this.writing.delete(key);
    }
    const earlier = this.unfolded.get(key);
    this.unfolded.set(key, { version: entry.version, seq: ++this.seq, at: entry.at, firstAt: earlier?.firstAt ?? entry.at, deleted: entry.deleted === true });
    this.publish();
  }

  /** Folds the journal into the outbox (this page's saves, and any another page left). */
  private async fold(): Promise<void> {
    const folded = await this.db.fold({ delay: this.options.draftDelay, maxWait: this.options.draftMaxWait });
    for (const { key, version } of folded) {
      if (this.unfolded.get(key)?.version === version) this.unfolded.delete(key);
    }
  }

  // ---- sending --------------------------------------------------------------------------------------

  /** Something was queued: send what is due, and resolve once `status` counts it. */
  private async changed(): Promise<void> {
    this.wake(0);
    await this.refresh();
  }

  /** A pass `delay` ms from now, unless one is planned sooner. */
  private wake(delay: number): void {
    if (this.closed) return;
    const at = Date.now() + Math.max(delay, 0);
    if (this.timer !== undefined && this.timerAt <= at) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Infinity;
      void this.pass();
    }, at - Date.now());
  }

  /** One round of sending; a round asked for while one runs follows it. Never rejects. */
  private pass(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = (async () => {
      do {
        this.again = false;
        try {
          // Saves first become requests (outside the lock: a fold is one transaction, safe beside another tab's).
          await this.fold();
          await this.exclusively(() => this.drain());
          this.passFailed = false;
        } catch {
          // The database failed; a later wake-up tries again. Never logged: it may name a draft.
          this.passFailed = true;
        }
        await this.refresh().catch(() => undefined);
      } while (this.again && !this.closed);
    })();
    this.running = run.finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** One tab at a time sends from this outbox; without the Web Locks API the server's dedupe must do. */
  private exclusively(operation: () => Promise<void>): Promise<void> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    if (typeof locks?.request !== 'function') return operation();
    return locks.request(`spire-outbox:${this.db.name}`, () => operation());
  }

  private async drain(): Promise<void> {
    while (!this.closed && isOnline() && Date.now() >= this.waitUntil) {
      const now = Date.now();
      const item = (await this.db.items()).find((candidate) => !candidate.rejection && Math.max(candidate.dueAt, candidate.retryAt) <= now);
      if (!item) return;
      this.setState({ ...this.current, state: this.current.rejected ? 'rejected' : 'sending' });
      const outcome = await this.send(item);
      if (outcome.kind === 'sent') {
        this.failures = 0;
        this.waitUntil = 0;
        await this.db.complete(item);
        if (item.what === 'record') this.sentAt = this.now().toISOString();
      } else if (outcome.kind === 'rejected') {
        this.failures = 0;
        await this.db.update(item, { rejection: outcome.rejection });
      } else {
        this.failures++;
        const delay = outcome.retryAfter ?? this.backoff(this.failures);
        this.waitUntil = Date.now() + delay;
        await this.db.update(item, { attempts: item.attempts + 1, retryAt: Date.now() + (outcome.retryAfter ?? this.backoff(item.attempts + 1)) });
        return;
      }
      await this.refresh();
    }
  }

  private async send(item: OutboxItem): Promise<Outcome> {
    let response: Response;
    try {
      response = await this.request(item.body, item.idempotencyKey, this.options.requestTimeout);
    } catch {
      return { kind: 'retry' };
    }
    const status = response.status;
    if (status >= 200 && status < 300) {
      // Only the server's own acknowledgement counts: a 200 from a login page or a proxy is not one.
      const answer = await readJson(response);
      return isObject(answer) && answer.ok === true ? { kind: 'sent' } : { kind: 'retry' };
    }
    if (status === 401 || status === 408 || status === 429 || status >= 500 || status < 200 || status >= 600) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'retry', retryAfter: retryAfter(response.headers.get('Retry-After')) };
    }
    if (status >= 400) {
      const answer = await readJson(response);
      const issues = isObject(answer) && Array.isArray(answer.issues) ? answer.issues.slice(0, MAX_ISSUES) : undefined;
      return { kind: 'rejected', rejection: { status, at: this.now().toISOString(), ...(issues ? { issues } : {}) } };
    }
    return { kind: 'retry' };
  }

  private async request(body: string, idempotencyKey: string | undefined, timeout: number): Promise<Response> {
    const headers = new Headers(typeof this.headers === 'function' ? await this.headers() : this.headers);
    headers.set('Content-Type', 'application/json');
    headers.set('Accept', 'application/json');
    if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);
    return this.fetcher(this.endpoint, {
      method: 'POST',
      body,
      headers,
      credentials: this.options.credentials,
      cache: 'no-store',
      // A redirect (to a login page, say) is not the server taking the record: it counts as a failure.
      redirect: 'error',
      signal: typeof AbortSignal.any === 'function' ? AbortSignal.any([AbortSignal.timeout(timeout), this.aborter.signal]) : AbortSignal.timeout(timeout),
    });
  }

  /** The server's copy of a draft, or `undefined` when it has none or does not answer in time. */
  private async fetchDraft(key: string): Promise<LocalDraft | undefined> {
    if (!isOnline()) return undefined;
    try {
      const response = await this.request(JSON.stringify({ type: 'draft.get', key }), undefined, this.options.getTimeout);
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return undefined;
      }
      const answer = await readJson(response);
      const entry = isObject(answer) ? answer.entry : undefined;
      if (!isObject(entry) || entry.key !== key || typeof entry.savedAt !== 'string' || !('value' in entry)) return undefined;
      const revision = typeof entry.revision === 'number' && Number.isSafeInteger(entry.revision) && entry.revision > 0 ? entry.revision : 1;
      return { key, value: entry.value, savedAt: entry.savedAt, revision };
    } catch {
      return undefined;
    }
  }

  private backoff(failures: number): number {
    const { retryBase, retryCap } = this.options;
    const full = Math.min(retryCap, retryBase * 2 ** Math.min(Math.max(failures - 1, 0), 30));
    // "Equal jitter": half fixed, half random, so tabs and devices that failed together do not return together.
    return full / 2 + Math.random() * (full / 2);
  }

  // ---- status ---------------------------------------------------------------------------------------

  /** Re-reads the outbox and the journal, plans the next pass, and tells listeners when the status changed. */
  private async refresh(): Promise<void> {
    const since = this.seq;
    try {
      this.snapshot = await this.db.snapshot();
    } catch {
      return;
    }
    // A save this page counted before the read began and the read did not find was folded (here or by
    // another tab) or replaced: the read counts it now, as a request or a newer journal entry.
    for (const [key, save] of this.unfolded) {
      if (save.seq <= since && !this.snapshot.journal.some((entry) => entry.key === key && entry.version === save.version)) this.unfolded.delete(key);
    }
    this.publish();
  }

  /** Plans the next pass and tells listeners when the status changed, from the last read and this page's saves since. */
  private publish(): void {
    const { items, journal } = this.snapshot;
    const pending = items.filter((item) => !item.rejection);
    const rejections: OutboxRefusal[] = items
      .filter((item) => item.rejection)
      .map((item) =>
        item.what === 'record'
          ? { what: 'record', kind: item.recordKind, id: item.recordId, ...item.rejection! }
          : { what: 'draft', key: item.draftKey, ...item.rejection! },
      );
    // Saves not folded yet: one request each, unless their key's request is already queued.
    const saves = new Map<string, { at: number; firstAt: number; deleted: boolean }>();
    for (const entry of journal) saves.set(entry.key, { at: entry.at, firstAt: entry.at, deleted: entry.deleted === true });
    for (const [key, save] of this.unfolded) {
      const read = saves.get(key);
      if (!read || save.at >= read.at) saves.set(key, { at: save.at, firstAt: Math.min(save.firstAt, read?.firstAt ?? Infinity), deleted: save.deleted });
    }
    const queuedDrafts = new Set(pending.filter((item) => item.what === 'draft').map((item) => item.draftKey));
    const count = pending.length + [...saves.keys()].filter((key) => !queuedDrafts.has(key)).length;
    const nextSend = pending.reduce((soonest, item) => Math.min(soonest, Math.max(item.dueAt, item.retryAt, this.waitUntil)), Infinity);
    // A save is folded into the outbox when its request would be due: after typing pauses, or at once for a delete.
    let next = nextSend;
    for (const save of saves.values()) {
      next = Math.min(next, save.deleted ? save.at : Math.min(save.at + this.options.draftDelay, save.firstAt + this.options.draftMaxWait));
    }
    // Offline, the `online` event wakes us: no timer spinning on items that cannot go.
    if (Number.isFinite(next) && isOnline()) this.wake(Math.max(next - Date.now(), this.passFailed ? this.options.retryBase : 0));
    let state: OutboxState = 'idle';
    if (rejections.length > 0) state = 'rejected';
    else if (count === 0) state = 'idle';
    else if (!isOnline()) state = 'offline';
    else if (this.failures > 0) state = 'waiting';
    else state = 'sending';
    this.setState({
      state,
      pending: count,
      rejected: rejections.length,
      rejections,
      failures: this.failures,
      ...(this.failures > 0 && count > 0 && Number.isFinite(nextSend) ? { retryAt: new Date(nextSend).toISOString() } : {}),
      ...(this.sentAt ? { sentAt: this.sentAt } : {}),
    });
  }

  private setState(next: OutboxStatus): void {
    if (JSON.stringify(next) === JSON.stringify(this.current)) return;
    this.current = Object.freeze(next);
    this.dispatchEvent(new Event('statuschange'));
  }

  private readonly onOnline = (): void => {
    // Back online: what waited on the backoff is tried at once.
    this.failures = 0;
    this.waitUntil = 0;
    void this.db.clearRetries().catch(() => undefined).then(() => this.changed());
  };

  private readonly onOffline = (): void => {
    void this.refresh();
  };
}

type Outcome = { kind: 'sent' } | { kind: 'retry'; retryAfter?: number } | { kind: 'rejected'; rejection: OutboxRejection };

function isOnline(): boolean {
  return (globalThis.navigator as Navigator | undefined)?.onLine !== false;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** `Retry-After` as ms from now: delta-seconds or an HTTP date; at most an hour. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER) : undefined;
}

/** A copy of a value, as IndexedDB would store it. */
function clone<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch (error) {
    throw toDraftStoreError(error, 'failed');
  }
}

/** A value as the JSON it will be sent as; canonical (sorted keys) for records, whose content is their version. */
function toJson(value: unknown, canonical = false): string {
  try {
    const json = canonical ? canonicalJson(value) : JSON.stringify(value);
    if (json === undefined) throw new TypeError('Not JSON.');
    return json;
  } catch (error) {
    throw toDraftStoreError(error, 'failed');
  }
}
