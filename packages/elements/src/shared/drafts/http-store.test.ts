import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import { newId } from '@spire/model';
import { exampleConcernNote } from '@spire/model/examples';
import { HttpDraftStore, type HttpDraftStoreOptions, type OutboxStatus } from './http-store.js';
import { asResilient } from './resilient-store.js';
import { canonicalJson, recordVersionKey, sha256Hex } from './record-version.js';
import { quietServerState, resetServer, seedServerDraft, serverState, setFaults, waitFor, type ServerState } from '../../../../../test/servers/records-server-client.js';

// Every test talks to a real HTTP server on 127.0.0.1 (test/servers/records-server.mjs), started by the
// test run, that can drop, delay, fail and duplicate requests.

let endpoint: string;
let stores: HttpDraftStore[] = [];
let databases: string[] = [];

/** A store with test timings: retries after tens of ms instead of seconds, no poll unless asked. */
function makeStore(options: Partial<HttpDraftStoreOptions> = {}, name = `spire-outbox-test-${newId()}`): HttpDraftStore {
  const store = new HttpDraftStore({ endpoint, name, retryBase: 20, retryCap: 200, draftDelay: 30, draftMaxWait: 500, requestTimeout: 3000, pollInterval: 0, ...options });
  stores.push(store);
  if (!databases.includes(name)) databases.push(name);
  return store;
}

function note(overrides: Record<string, unknown> = {}) {
  return { ...structuredClone(exampleConcernNote), id: `cn-${newId()}`, ...overrides };
}

function submitNote(store: HttpDraftStore, value: { kind: string; id: string; [field: string]: unknown }) {
  return store.submit({ kind: value.kind, id: value.id, value });
}

function settled(store: HttpDraftStore, what = 'the outbox to empty', timeout = 15_000): Promise<OutboxStatus> {
  return waitFor(() => (store.status.pending === 0 && store.status.state !== 'sending' ? store.status : undefined), what, timeout);
}

/** How many times the server stored each record id. */
function storedCounts(state: ServerState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of state.stored) counts.set(record.id, (counts.get(record.id) ?? 0) + 1);
  return counts;
}

describe('HttpDraftStore against a real server', function () {
  this.timeout(40_000);

  beforeEach(async () => {
    endpoint = await resetServer();
  });

  afterEach(async () => {
    for (const store of stores) store.close();
    stores = [];
    await new Promise((resolve) => setTimeout(resolve, 50));
    await Promise.all(databases.map((name) => deleteDB(name)));
    databases = [];
    await setFaults({});
  });

  it('is a draft store of kind http whose put resolves with the entry, saved on this device first', async () => {
    const store = makeStore();
    expect(store.kind).to.equal('http');
    const entry = await store.put('spire:concern-note:a', { note: 'Første udgave' });
    expect(entry.key).to.equal('spire:concern-note:a');
    expect(entry.value).to.deep.equal({ note: 'Første udgave' });
    expect(Date.parse(entry.savedAt)).to.be.closeTo(Date.now(), 5000);
    expect((await store.get('spire:concern-note:a'))?.value).to.deep.equal({ note: 'Første udgave' });
  });

  it('sends only the newest version of a draft typed in quick saves, and the server ends with it', async () => {
    const store = makeStore({ draftDelay: 200 });
    for (let i = 1; i <= 6; i++) await store.put('spire:concern-note:b', { note: `udgave ${i}` });
    await settled(store);
    const state = await serverState();
    expect(state.drafts['spire:concern-note:b']?.value).to.deep.equal({ note: 'udgave 6' });
    const puts = state.log.filter((request) => request.type === 'draft.put');
    expect(puts.length, 'coalesced: one request for six saves').to.equal(1);
    // Revisions rise per version queued for sending (saves typed together are folded into one), not per save.
    expect(state.drafts['spire:concern-note:b']?.revision).to.equal(puts[0]!.revision);
    expect(puts[0]!.revision).to.be.at.least(1);
  });

  it('writes a draft save at once: a store that goes right after leaves it for the next, which reads, counts and sends it once', async () => {
    const name = `spire-outbox-test-${newId()}`;
    // Typing pauses for a long time here: the save is not folded into the outbox before the page goes.
    const first = makeStore({ draftDelay: 60_000 }, name);
    await first.sendNow();
    const saving = first.put('spire:concern-note:j', { note: 'skrevet' });
    // While the write is under way, the memory copy answers.
    expect((await first.get('spire:concern-note:j'))?.value).to.deep.equal({ note: 'skrevet' });
    await saving;
    expect(first.status, 'counted as soon as it is saved').to.include({ pending: 1, state: 'sending' });
    expect((await first.get('spire:concern-note:j'))?.value).to.deep.equal({ note: 'skrevet' });
    first.close();
    const db = await openDB(name);
    expect(await db.count('journal'), 'left in the journal, not yet a request').to.equal(1);
    expect(await db.count('outbox')).to.equal(0);
    db.close();

    const second = makeStore({ draftDelay: 0 }, name);
    expect((await second.get('spire:concern-note:j'))?.value, 'read from what the first left').to.deep.equal({ note: 'skrevet' });
    // A new store's first round (it runs on its own at the start) folds and sends what the first left.
    await second.sendNow();
    await settled(second);
    const state = await quietServerState();
    expect(state.drafts['spire:concern-note:j']).to.include({ revision: 1 });
    expect(state.drafts['spire:concern-note:j']!.value).to.deep.equal({ note: 'skrevet' });
    expect(state.log.filter((r) => r.type === 'draft.put')).to.have.length(1);
    expect(state.log.some((r) => r.type === 'draft.get'), 'this device had it: the server is not asked').to.equal(false);
  });

  it('folds the saves of two stores on one database in the order they were made, the newest sent last', async () => {
    const name = `spire-outbox-test-${newId()}`;
    const a = makeStore({ draftDelay: 0 }, name);
    const b = makeStore({ draftDelay: 0 }, name);
    await a.put('spire:concern-note:t', { note: 'fra a' });
    await b.put('spire:concern-note:t', { note: 'fra b' });
    await a.delete('spire:concern-note:u');
    await settled(a);
    await settled(b);
    const state = await quietServerState();
    expect(state.drafts['spire:concern-note:t']!.value).to.deep.equal({ note: 'fra b' });
    const revisions = state.draftWrites.filter((w) => w.key === 'spire:concern-note:t').map((w) => w.revision);
    expect(revisions, 'each write a higher revision').to.deep.equal([...revisions].sort((x, y) => x - y));
    expect(new Set(revisions).size).to.equal(revisions.length);
    expect(state.drafts['spire:concern-note:u']).to.include({ deleted: true });
    expect((await a.get('spire:concern-note:t'))?.value).to.deep.equal({ note: 'fra b' });
    expect(await b.get('spire:concern-note:u')).to.equal(undefined);
  });

  it('delivers every record exactly once through dropped, delayed, failed and duplicated requests', async () => {
    // Each fault at least twice, in a fixed order, so the test proves what it names; then random chaos.
    await setFaults({
      script: [
        { kind: 'drop-after' },
        { kind: 'drop-before' },
        { kind: 'status', status: 500 },
        { kind: 'duplicate' },
        { kind: 'delay', ms: 400 },
        { kind: 'drop-after' },
        { kind: 'status', status: 502 },
        { kind: 'duplicate' },
        { kind: 'drop-before' },
        { kind: 'delay', ms: 200 },
      ],
      chaos: { seed: 14, dropBefore: 0.1, dropAfter: 0.15, delay: 0.1, delayMs: 150, error500: 0.1, duplicate: 0.1 },
    });
    const store = makeStore();
    const notes = Array.from({ length: 12 }, () => note());
    for (const value of notes) await submitNote(store, value);
    // Submitting the same version again (a double click, a retry by the host) queues nothing new.
    await submitNote(store, notes[0]!);
    await submitNote(store, notes[5]!);
    await settled(store, 'all records to be sent', 30_000);

    const state = await quietServerState();
    const counts = storedCounts(state);
    expect([...counts.keys()].sort()).to.deep.equal(notes.map((value) => value.id).sort());
    expect([...counts.values()].every((count) => count === 1), 'each record stored once').to.equal(true);
    for (const value of notes) expect(state.stored.find((record) => record.id === value.id)?.value).to.deep.equal(value);
    const faults = new Set(state.log.map((request) => request.fault));
    for (const fault of ['drop-after', 'drop-before', 'status', 'duplicate', 'delay']) expect(faults.has(fault as never), fault).to.equal(true);
    // Records dropped after the server stored them were sent again, with the same key each time.
    const keys = new Map<string, Set<string>>();
    for (const request of state.log.filter((r) => r.type === 'record.submit')) {
      keys.set(request.recordId!, (keys.get(request.recordId!) ?? new Set()).add(request.idempotencyKey!));
    }
    expect([...keys.values()].every((set) => set.size === 1), 'one idempotency key per record version').to.equal(true);
    expect(state.log.filter((r) => r.type === 'record.submit').length).to.be.above(notes.length);
    expect(store.status.state).to.equal('idle');
    expect(store.status.sentAt).to.be.a('string');
  });

  it('sends an amended record as a new version, stored beside the first', async () => {
    const store = makeStore();
    const first = note();
    const { idempotencyKey: k1 } = await submitNote(store, first);
    const amended = { ...first, status: 'amended', history: [...first.history, { at: '2026-11-13T10:00:00Z', by: first.history[0]!.by, action: 'amended' }] };
    const { idempotencyKey: k2 } = await submitNote(store, amended);
    expect(k1).to.not.equal(k2);
    await settled(store);
    const state = await serverState();
    expect(state.stored.map((record) => record.idempotencyKey)).to.deep.equal([k1, k2]);
    expect(state.stored[1]!.value.status).to.equal('amended');
  });

  it('keeps the newest draft on the server when an older request it gave up on arrives late', async () => {
    // The first put is held 1.5 s by the server; the client gives up after 300 ms and saves again.
    await setFaults({ script: [{ kind: 'delay', ms: 1500, type: 'draft.put' }] });
    const store = makeStore({ requestTimeout: 300, draftDelay: 0 });
    await store.put('spire:concern-note:c', { note: 'gammel' });
    await waitFor(async () => (await serverState()).log.some((r) => r.type === 'draft.put'), 'the first put to reach the server');
    await store.put('spire:concern-note:c', { note: 'ny' });
    await settled(store);
    // Wait for the late delivery of the old version to be processed.
    await waitFor(async () => (await serverState()).log.find((r) => r.fault === 'delay')?.processedAt, 'the late put', 5000);
    const state = await serverState();
    expect(state.drafts['spire:concern-note:c']?.value).to.deep.equal({ note: 'ny' });
    const late = state.log.find((r) => r.type === 'draft.put' && r.fault === 'delay')!;
    const newer = state.log.find((r) => r.type === 'draft.put' && r.revision === 2)!;
    expect(late.processedAt!, 'the old version really arrived after the new one').to.be.above(newer.processedAt!);
  });

  it('does not retry a record the server refuses (422), says so with the model\'s issues, and a corrected version replaces it', async () => {
    const store = makeStore();
    const bad = note({ status: 'purple' });
    const good = note();
    await submitNote(store, bad);
    await submitNote(store, good);
    const status = await waitFor(() => (store.status.state === 'rejected' && store.status.pending === 0 ? store.status : undefined), 'a rejection');
    expect(status.rejected).to.equal(1);
    expect(status.rejections[0]).to.include({ what: 'record', kind: 'concern-note', id: bad.id, status: 422 });
    expect(status.rejections[0]!.issues).to.be.an('array').that.is.not.empty;
    expect((status.rejections[0]!.issues![0] as { path: unknown[] }).path).to.deep.equal(['status']);
    // Time passes, more rounds run: the refused record is not sent again.
    await store.sendNow();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await store.sendNow();
    let state = await serverState();
    expect(state.log.filter((r) => r.recordId === bad.id).length).to.equal(1);
    expect(state.stored.map((r) => r.id)).to.deep.equal([good.id]);

    await submitNote(store, { ...bad, status: 'completed' });
    const after = await settled(store);
    expect(after.state).to.equal('idle');
    expect(after.rejected).to.equal(0);
    state = await serverState();
    expect(state.stored.map((r) => r.id)).to.deep.equal([good.id, bad.id]);
  });

  it('does not retry other 4xx either (400), but retries 408, 429 and 401', async () => {
    await setFaults({ script: [{ kind: 'status', status: 408 }, { kind: 'status', status: 429 }, { kind: 'status', status: 401 }] });
    const store = makeStore();
    const retried = note();
    const refused = note();
    await submitNote(store, retried);
    await waitFor(async () => (await serverState()).stored.length === 1, 'the retried record');
    await setFaults({ script: [{ kind: 'status', status: 400, body: { ok: false, issues: [{ code: 'custom', path: [] }] } }] });
    await submitNote(store, refused);
    const status = await waitFor(() => (store.status.state === 'rejected' ? store.status : undefined), 'the 400');
    expect(status.rejections[0]).to.include({ id: refused.id, status: 400 });
    const state = await serverState();
    expect(state.log.filter((r) => r.recordId === retried.id).map((r) => r.status)).to.deep.equal([408, 429, 401, 200]);
  });

  it('does not take a 200 that is not the server\'s acknowledgement (a login page) as sent', async () => {
    await setFaults({ script: [{ kind: 'status', status: 200, body: '<html><body>Log ind</body></html>' }] });
    const store = makeStore();
    const value = note();
    await submitNote(store, value);
    await settled(store);
    const state = await serverState();
    expect(state.log.filter((r) => r.recordId === value.id).map((r) => r.status)).to.deep.equal([200, 200]);
    expect(state.stored.map((r) => r.id)).to.deep.equal([value.id]);
  });

  it('waits as long as a 503 asks (Retry-After) before trying again, and says when', async () => {
    await setFaults({ script: [{ kind: 'status', status: 503, retryAfter: 2 }] });
    const store = makeStore();
    const value = note();
    const started = Date.now();
    await submitNote(store, value);
    const waiting = await waitFor(() => (store.status.state === 'waiting' ? store.status : undefined), 'waiting');
    expect(Date.parse(waiting.retryAt!) - started).to.be.within(1900, 3500);
    expect(waiting.failures).to.equal(1);
    await settled(store);
    const attempts = (await serverState()).log.filter((r) => r.recordId === value.id);
    expect(attempts.map((r) => r.status)).to.deep.equal([503, 200]);
    expect(attempts[1]!.at - attempts[0]!.at).to.be.at.least(1950);
  });

  it('backs off exponentially while the server is down, and sends at once when the browser comes back online', async () => {
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    let online = true;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    try {
      await setFaults({ always: { kind: 'drop-before' } });
      const store = makeStore({ retryBase: 100, retryCap: 60_000 });
      // When each failure is counted. (The server's log cannot tell: Chromium itself sends a POST again
      // at once when a reused connection is cut before any answer.)
      const failedAt: number[] = [];
      store.addEventListener('statuschange', () => {
        if (store.status.failures > failedAt.length) failedAt.push(performance.now());
      });
      await submitNote(store, note());
      await waitFor(() => store.status.failures >= 4, 'four failures', 10_000);
      const gaps = failedAt.map((at, i) => (i ? at - failedAt[i - 1]! : 0)).slice(1, 4);
      // Equal jitter: each wait is between half and all of 100, 200, 400 ms (plus the attempt itself).
      expect(gaps[0]).to.be.within(50, 400);
      expect(gaps[1]).to.be.within(100, 600);
      expect(gaps[2]).to.be.within(200, 1000);

      online = false;
      window.dispatchEvent(new Event('offline'));
      await waitFor(() => store.status.state === 'offline', 'offline');
      const value = note();
      await submitNote(store, value);
      const before = (await serverState()).log.length;
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await serverState()).log.length, 'nothing is tried while offline').to.equal(before);
      expect(store.status).to.include({ state: 'offline', pending: 2 });

      await setFaults({});
      online = true;
      const back = Date.now();
      window.dispatchEvent(new Event('online'));
      await settled(store, 'sending after online', 5000);
      expect(Date.now() - back, 'not after the backoff, which had grown past a second').to.be.below(1000);
      expect((await serverState()).stored.length).to.equal(2);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')).to.deep.equal(onLine);
    }
  });

  it('answers get from this device, else from the server (keeping its revision), and sends deletes', async () => {
    await seedServerDraft({ key: 'spire:concern-note:d', value: { note: 'fra serveren' }, savedAt: '2026-11-12T09:00:00.000Z', revision: 7 });
    const store = makeStore();
    const fromServer = await store.get('spire:concern-note:d');
    expect(fromServer).to.deep.equal({ key: 'spire:concern-note:d', value: { note: 'fra serveren' }, savedAt: '2026-11-12T09:00:00.000Z' });
    expect(await store.get('spire:concern-note:none')).to.equal(undefined);

    await store.put('spire:concern-note:d', { note: 'videre her' });
    await settled(store);
    let state = await serverState();
    expect(state.drafts['spire:concern-note:d']).to.include({ revision: 8 });
    expect(state.drafts['spire:concern-note:d']!.value).to.deep.equal({ note: 'videre her' });

    await store.delete('spire:concern-note:d');
    expect(await store.get('spire:concern-note:d'), 'a local delete is not undone by the server copy').to.equal(undefined);
    await settled(store);
    state = await serverState();
    expect(state.drafts['spire:concern-note:d']).to.include({ revision: 9, deleted: true });
    const gets = state.log.filter((r) => r.type === 'draft.get');
    expect(gets.length, 'the server is asked only when this device has nothing').to.equal(2);
  });

  it('puts nothing personal in a URL: every request goes to the bare endpoint', async () => {
    const store = makeStore();
    const value = note();
    await store.put(`spire:concern-note:${value.id}`, value);
    await submitNote(store, value);
    await store.get('spire:concern-note:not-here');
    await store.delete(`spire:concern-note:${value.id}`);
    await settled(store);
    const state = await serverState();
    expect(state.log.length).to.be.above(3);
    const path = new URL(endpoint).pathname;
    for (const request of state.log) {
      expect(request.url).to.equal(path);
      for (const secret of [value.id, value.child.displayName, value.child.id, 'spire:concern-note']) expect(request.url).to.not.include(secret);
    }
  });

  it('logs nothing to the console, whatever happens', async () => {
    const calls: unknown[][] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((method) => console[method]);
    methods.forEach((method) => (console[method] = (...args: unknown[]) => calls.push(args)));
    try {
      await setFaults({ script: [{ kind: 'drop-before' }, { kind: 'status', status: 500 }, { kind: 'drop-after' }] });
      const store = makeStore();
      await store.put('spire:concern-note:e', { note: 'Ida' });
      await submitNote(store, note());
      await submitNote(store, note({ status: 'purple' }));
      await waitFor(() => store.status.state === 'rejected' && store.status.pending === 0, 'done');
    } finally {
      methods.forEach((method, i) => (console[method] = originals[i]!));
    }
    expect(calls).to.deep.equal([]);
  });

  it('works behind the ResilientDraftStore every widget uses: put resolves at once, a slow server is not waited on', async () => {
    await setFaults({ always: { kind: 'delay', ms: 5000 } });
    const store = makeStore();
    const resilient = asResilient(store);
    let started = performance.now();
    await resilient.put('spire:concern-note:f', { note: 'hurtigt' });
    expect(performance.now() - started).to.be.below(500);
    started = performance.now();
    // Nothing on this device for this key: the server is asked, and does not answer in time.
    expect(await resilient.get('spire:concern-note:unknown')).to.equal(undefined);
    expect(performance.now() - started).to.be.within(1500, 2900);
    expect(resilient.kind, 'the store was not given up on').to.equal('http');
    expect(resilient.fallbackReason).to.equal(undefined);
    expect((await resilient.get('spire:concern-note:f'))?.value).to.deep.equal({ note: 'hurtigt' });
  });

  it('lets only one of two tabs send an item (Web Locks), so no request is sent twice', async () => {
    const name = `spire-outbox-test-${newId()}`;
    const a = makeStore({}, name);
    const b = makeStore({}, name);
    await setFaults({ always: { kind: 'delay', ms: 60 } });
    const notes = Array.from({ length: 6 }, () => note());
    await Promise.all(notes.map((value, i) => submitNote(i % 2 ? a : b, value)));
    await Promise.all([a.sendNow(), b.sendNow()]);
    await settled(a);
    await settled(b);
    const state = await quietServerState();
    const submits = state.log.filter((r) => r.type === 'record.submit');
    expect(submits.length).to.equal(6);
    expect(new Set(submits.map((r) => r.idempotencyKey)).size).to.equal(6);
  });
});

describe('record versions', () => {
  it('hashes with SHA-256 (the standard vectors, and as crypto.subtle does)', async () => {
    expect(sha256Hex('')).to.equal('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const text of ['a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'Ida græd — 👍'.repeat(50)]) {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
      expect(sha256Hex(text)).to.equal(Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''));
    }
  });

  it('gives one key per version: key order does not matter, any change does', () => {
    const key = (value: unknown) => recordVersionKey('concern-note', 'cn-1', canonicalJson(value));
    expect(key({ a: 1, b: { c: [1, 2], d: 'x' } })).to.equal(key({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(key({ a: 1 })).to.not.equal(key({ a: 2 }));
    expect(key({ a: [1, 2] })).to.not.equal(key({ a: [2, 1] }));
    expect(recordVersionKey('concern-note', 'cn-1', '{}')).to.not.equal(recordVersionKey('concern-note', 'cn-2', '{}'));
    expect(key({ a: 1 })).to.match(/^spire-[0-9a-f]{64}$/);
  });
});
