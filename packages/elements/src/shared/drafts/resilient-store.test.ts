import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { type DraftEntry, type DraftStore, DraftStoreError, type DraftStoreFailureReason, toDraftStoreError } from './draft-store.js';
import { IndexedDbDraftStore } from './indexeddb-store.js';
import { MemoryDraftStore } from './memory-store.js';
import { DeferredIndexedDbDraftStore, asResilient, createDefaultDraftStore, ResilientDraftStore } from './resilient-store.js';

/** A clock the test moves by hand. */
function clock(start: string) {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

/** A host's store on a device whose storage fills up after `room` saves. */
class FillingStore implements DraftStore {
  readonly kind = 'host-disk';
  readonly inner: MemoryDraftStore;
  puts = 0;

  constructor(
    private readonly room: number,
    now: () => Date,
  ) {
    this.inner = new MemoryDraftStore({ now });
  }

  get<T>(key: string): Promise<DraftEntry<T> | undefined> {
    return this.inner.get<T>(key);
  }

  async put<T>(key: string, value: T): Promise<DraftEntry<T>> {
    this.puts++;
    if (this.puts > this.room) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return this.inner.put(key, value);
  }

  delete(key: string): Promise<void> {
    return this.inner.delete(key);
  }
}

describe('ResilientDraftStore', () => {
  it('falls back to memory when IndexedDB is missing, reports it once, and keeps every value readable', async () => {
    const reasons: DraftStoreFailureReason[] = [];
    const store = new ResilientDraftStore(new IndexedDbDraftStore({ indexedDB: null }), {
      onFallback: (reason) => reasons.push(reason),
    });
    expect(store.kind).to.equal('indexeddb');
    expect(store.fallbackReason).to.equal(undefined);

    const saved = await store.put('spire:check:a', { note: 'skrevet uden IndexedDB' });
    expect(saved.value).to.deep.equal({ note: 'skrevet uden IndexedDB' });
    expect(store.kind).to.equal('memory');
    expect(store.fallbackReason).to.equal('unavailable');
    expect((await store.get('spire:check:a'))?.value).to.deep.equal({ note: 'skrevet uden IndexedDB' });

    await store.put('spire:check:a', { note: 'rettet' });
    await store.put('spire:check:b', { note: 'en anden' });
    expect((await store.get('spire:check:a'))?.value).to.deep.equal({ note: 'rettet' });
    expect((await store.get('spire:check:b'))?.value).to.deep.equal({ note: 'en anden' });
    await store.delete('spire:check:a');
    expect(await store.get('spire:check:a')).to.equal(undefined);
    expect(reasons).to.deep.equal(['unavailable']);
  });

  it('notices a missing IndexedDB on the first read too', async () => {
    const reasons: DraftStoreFailureReason[] = [];
    const store = new ResilientDraftStore(new IndexedDbDraftStore({ indexedDB: null }), {
      onFallback: (reason) => reasons.push(reason),
    });
    expect(await store.get('k')).to.equal(undefined);
    expect(store.fallbackReason).to.equal('unavailable');
    expect(reasons).to.deep.equal(['unavailable']);
  });

  it('keeps the value whose save hit the quota, and reads the newest of primary and memory', async () => {
    const time = clock('2025-01-15T10:00:00Z');
    const primary = new FillingStore(1, time.now);
    const reasons: DraftStoreFailureReason[] = [];
    const store = new ResilientDraftStore(primary, { now: time.now, onFallback: (reason) => reasons.push(reason) });

    await store.put('k', 'first, on disk');
    expect(store.kind).to.equal('host-disk');
    time.advance(1000);
    const kept = await store.put('k', 'second, disk full');
    expect(kept).to.deep.equal({ key: 'k', value: 'second, disk full', savedAt: '2025-01-15T10:00:01.000Z' });
    expect(reasons).to.deep.equal(['quota']);
    expect(store.fallbackReason).to.equal('quota');
    expect(store.kind).to.equal('memory');
    // The primary still has the older draft; the newer one in memory wins.
    expect((await primary.get('k'))?.value).to.equal('first, on disk');
    expect((await store.get('k'))?.value).to.equal('second, disk full');

    // After a failure the primary is not written again …
    time.advance(1000);
    await store.put('k', 'third');
    expect(primary.puts).to.equal(2);
    expect((await store.get('k'))?.value).to.equal('third');
    // … but a newer draft that reached it another way (another tab) is preferred when newer.
    time.advance(1000);
    await primary.inner.put('k', 'from another tab');
    expect((await store.get('k'))?.value).to.equal('from another tab');
    expect(reasons).to.deep.equal(['quota']);
  });

  it('deletes the draft from memory and from the primary, so an old one cannot come back', async () => {
    const time = clock('2025-01-15T10:00:00Z');
    const primary = new FillingStore(1, time.now);
    const store = new ResilientDraftStore(primary, { now: time.now });
    await store.put('k', 'on disk');
    await store.put('k', 'in memory');
    await store.delete('k');
    expect(await store.get('k')).to.equal(undefined);
    expect(await primary.get('k')).to.equal(undefined);
  });

  it('treats any other rejection of a host store as "failed"', async () => {
    const broken: DraftStore = {
      kind: 'host-api',
      get: () => Promise.resolve(undefined),
      put: () => Promise.reject(new TypeError('Failed to fetch')),
      delete: () => Promise.resolve(),
    };
    const store = new ResilientDraftStore(broken);
    expect((await store.put('k', 1)).value).to.equal(1);
    expect(store.fallbackReason).to.equal('failed');
    expect((await store.get('k'))?.value).to.equal(1);
  });

  it('keeps the value even when the onFallback callback throws', async () => {
    const store = new ResilientDraftStore(new IndexedDbDraftStore({ indexedDB: null }), {
      onFallback: () => {
        throw new Error('host callback broke');
      },
    });
    const uncaught = new Promise<string>((resolve) => {
      const previous = window.onerror;
      window.onerror = (message) => {
        window.onerror = previous;
        resolve(String(message));
        return true;
      };
    });
    expect((await store.put('k', 'kept')).value).to.equal('kept');
    expect((await store.get('k'))?.value).to.equal('kept');
    expect(await uncaught).to.contain('host callback broke');
  });

  describe('a store that never answers, or throws', () => {
    /** A host's store whose calls never settle (a request that never returns). */
    const hung = (kind = 'host-api'): DraftStore & { calls: number } => {
      const store = {
        kind,
        calls: 0,
        get: () => (store.calls++, new Promise<never>(() => {})),
        put: () => (store.calls++, new Promise<never>(() => {})),
        delete: () => (store.calls++, new Promise<never>(() => {})),
      };
      return store;
    };

    it('gives up on a put that never resolves, keeps the value in memory and says so', async () => {
      const reasons: DraftStoreFailureReason[] = [];
      const store = new ResilientDraftStore(hung(), { timeout: 50, onFallback: (reason) => reasons.push(reason) });
      const started = performance.now();
      expect((await store.put('k', 'skrevet, mens lageret hang')).value).to.equal('skrevet, mens lageret hang');
      expect(performance.now() - started).to.be.below(2000);
      expect(reasons).to.deep.equal(['unavailable']);
      expect(store.kind).to.equal('memory');
      expect((await store.get('k'))?.value).to.equal('skrevet, mens lageret hang');
    });

    it('does not wait on it again once it has timed out: reads and writes go to memory at once', async () => {
      const primary = hung();
      const store = new ResilientDraftStore(primary, { timeout: 50 });
      expect(await store.get('k')).to.equal(undefined);
      expect(store.fallbackReason).to.equal('unavailable');
      const calls = primary.calls;
      for (let i = 0; i < 53; i++) await store.put('k', 'x'.repeat(i + 1));
      expect((await store.get('other')) ?? null).to.equal(null);
      await store.delete('other');
      expect(primary.calls, 'the hung store is not asked again').to.equal(calls);
      expect((await store.get('k'))?.value, 'all 53 characters typed meanwhile are kept').to.equal('x'.repeat(53));
    });

    it('finds the memory copy when a get never resolves', async () => {
      let answer: DraftStore['get'] = () => Promise.resolve(undefined);
      const primary: DraftStore = { kind: 'host-api', get: (key) => answer(key), put: (key, value) => Promise.resolve({ key, value, savedAt: new Date(0).toISOString() }), delete: () => Promise.resolve() };
      const store = new ResilientDraftStore(primary, { timeout: 50 });
      await store.put('k', 'i hukommelsen');
      answer = () => new Promise<never>(() => {});
      expect((await store.get('k'))?.value).to.equal('i hukommelsen');
      expect(store.fallbackReason).to.equal('unavailable');
    });

    it('uses the memory copy when a get throws synchronously', async () => {
      const primary: DraftStore = {
        kind: 'host-api',
        get: () => {
          throw new Error('broken before it began');
        },
        put: (key, value) => Promise.resolve({ key, value, savedAt: new Date(0).toISOString() }),
        delete: () => Promise.resolve(),
      };
      const store = new ResilientDraftStore(primary);
      await store.put('k', 'i hukommelsen');
      expect((await store.get('k'))?.value).to.equal('i hukommelsen');
      expect(store.fallbackReason).to.equal('failed');
    });

    it('treats an IndexedDB that never opens as unavailable after the timeout, not once per read', async () => {
      // An IDBFactory whose open request never fires any event.
      let opens = 0;
      const neverOpens = { open: () => (opens++, new EventTarget()) } as unknown as IDBFactory;
      const store = new ResilientDraftStore(new IndexedDbDraftStore({ indexedDB: neverOpens, openTimeout: 60_000 }), { timeout: 50 });
      await store.put('k', 'skrevet');
      for (let i = 0; i < 10; i++) await store.get('k');
      expect(opens, 'ten reads do not wait on the database ten more times').to.equal(1);
      expect((await store.get('k'))?.value).to.equal('skrevet');
    });
  });

  it('wraps a plain store once, and leaves a resilient store as it is', () => {
    const memory = new MemoryDraftStore();
    const wrapped = asResilient(memory);
    expect(wrapped).to.be.instanceOf(ResilientDraftStore);
    expect(wrapped.primary).to.equal(memory);
    expect(asResilient(memory)).to.equal(wrapped);
    expect(asResilient(wrapped)).to.equal(wrapped);
    expect(wrapped.kind).to.equal('memory');
  });
});

describe('toDraftStoreError', () => {
  it('classifies quota errors by name and keeps the cause, without copying anything else', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const error = toDraftStoreError(quota);
    expect(error.reason).to.equal('quota');
    expect(error.cause).to.equal(quota);
    expect(toDraftStoreError(new DOMException('x', 'UnknownError')).reason).to.equal('failed');
    expect(toDraftStoreError(new DOMException('x', 'UnknownError'), 'unavailable').reason).to.equal('unavailable');
    expect(toDraftStoreError(error)).to.equal(error);
  });
});

describe('createDefaultDraftStore', () => {
  it('is IndexedDB behind a memory fallback, saving to the named database', async () => {
    const name = `spire-drafts-default-${Date.now()}`;
    const store = createDefaultDraftStore({ name });
    expect(store).to.be.instanceOf(ResilientDraftStore);
    expect(store.kind).to.equal('indexeddb');
    await store.put('k', { note: 'gemt' });
    expect(store.fallbackReason).to.equal(undefined);
    const direct = new IndexedDbDraftStore({ name });
    expect((await direct.get('k'))?.value).to.deep.equal({ note: 'gemt' });
    direct.close();
    (await (store.primary as DeferredIndexedDbDraftStore).load()).close();
    await deleteDB(name);
  });
});

describe('ResilientDraftStore with a value that cannot be stored', () => {
  it('rejects it without giving up on the primary, which then takes the next value', async () => {
    const name = `spire-drafts-clone-${Date.now()}`;
    const reasons: DraftStoreFailureReason[] = [];
    const primary = new IndexedDbDraftStore({ name });
    const store = new ResilientDraftStore(primary, { onFallback: (reason) => reasons.push(reason) });
    const error = await store.put('k', { callback: () => 1 }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(DraftStoreError);
    expect((error as DraftStoreError).reason).to.equal('failed');
    expect(store.fallbackReason).to.equal(undefined);
    expect(reasons).to.deep.equal([]);
    await store.put('k', 'plain');
    expect((await primary.get('k'))?.value).to.equal('plain');
    primary.close();
    await deleteDB(name);
  });
});
