import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import { DraftStoreError } from './draft-store.js';
import { DEFAULT_DRAFT_DATABASE, IndexedDbDraftStore } from './indexeddb-store.js';

let databaseNumber = 0;
const created: string[] = [];

function databaseName(): string {
  const name = `spire-drafts-test-${Date.now()}-${databaseNumber++}`;
  created.push(name);
  return name;
}

async function rejection(promise: Promise<unknown>): Promise<DraftStoreError> {
  const reason = await promise.then(
    () => {
      throw new Error('expected the promise to reject');
    },
    (error: unknown) => error,
  );
  expect(reason).to.be.instanceOf(DraftStoreError);
  return reason as DraftStoreError;
}

describe('IndexedDbDraftStore', () => {
  afterEach(async () => {
    await Promise.all(created.splice(0).map((name) => deleteDB(name)));
  });

  it('is available in Chromium and defaults to the database "spire-drafts"', () => {
    expect(IndexedDbDraftStore.isAvailable()).to.equal(true);
    expect(DEFAULT_DRAFT_DATABASE).to.equal('spire-drafts');
    expect(new IndexedDbDraftStore().name).to.equal('spire-drafts');
    expect(new IndexedDbDraftStore().kind).to.equal('indexeddb');
  });

  it('round-trips a draft through a real database, readable by a second connection', async () => {
    const name = databaseName();
    const writer = new IndexedDbDraftStore({ name, now: () => new Date('2025-05-06T08:09:10Z') });
    const value = { id: 'c1', positions: [{ dimension: 'trivsel', position: 'yellow' }], note: 'Æble og ø' };
    const saved = await writer.put('spire:check:c1', value);
    expect(saved).to.deep.equal({ key: 'spire:check:c1', value, savedAt: '2025-05-06T08:09:10.000Z' });
    writer.close();

    const reader = new IndexedDbDraftStore({ name, now: () => new Date('2025-05-07T08:00:00Z') });
    expect(await reader.get('spire:check:c1')).to.deep.equal(saved);
    expect(await reader.get('spire:check:other')).to.equal(undefined);
    reader.close();

    // Stored the way the design says: one object store, keyed by the draft key, with savedAt.
    const raw = await openDB(name);
    expect([...raw.objectStoreNames]).to.deep.equal(['drafts']);
    expect(await raw.get('drafts', 'spire:check:c1')).to.deep.equal(saved);
    raw.close();
  });

  it('keeps databases apart by name', async () => {
    const first = new IndexedDbDraftStore({ name: databaseName() });
    const second = new IndexedDbDraftStore({ name: databaseName() });
    await first.put('k', 'first');
    expect(await second.get('k')).to.equal(undefined);
    expect((await first.get('k'))?.value).to.equal('first');
    first.close();
    second.close();
  });

  it('overwrites and deletes', async () => {
    const store = new IndexedDbDraftStore({ name: databaseName() });
    await store.put('k', { n: 1 });
    await store.put('k', { n: 2 });
    expect((await store.get('k'))?.value).to.deep.equal({ n: 2 });
    await store.delete('k');
    expect(await store.get('k')).to.equal(undefined);
    store.close();
  });

  it('lets another page delete the database, then carries on with a fresh one', async () => {
    const name = databaseName();
    const store = new IndexedDbDraftStore({ name });
    await store.put('k', 'before');
    // Would stay blocked for ever if the store held on to its connection.
    await deleteDB(name);
    expect(await store.get('k')).to.equal(undefined);
    await store.put('k', 'after');
    expect((await store.get('k'))?.value).to.equal('after');
    store.close();
  });

  it('rejects every operation with "unavailable" when the browser has no IndexedDB', async () => {
    const store = new IndexedDbDraftStore({ name: databaseName(), indexedDB: null });
    expect((await rejection(store.get('k'))).reason).to.equal('unavailable');
    expect((await rejection(store.put('k', 'v'))).reason).to.equal('unavailable');
    expect((await rejection(store.delete('k'))).reason).to.equal('unavailable');
  });

  it('rejects with "unavailable" when opening throws (a sandboxed frame refuses storage)', async () => {
    const refusing = {
      open() {
        throw new DOMException('Access to the IndexedDB API is denied in this context.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const error = await rejection(new IndexedDbDraftStore({ indexedDB: refusing }).put('k', 'v'));
    expect(error.reason).to.equal('unavailable');
    expect((error.cause as DOMException).name).to.equal('SecurityError');
  });

  it('rejects with "unavailable" when the database fails to open', async () => {
    const name = databaseName();
    // A newer version already on disk: opening ours fails with a VersionError.
    (await openDB(name, 7)).close();
    const error = await rejection(new IndexedDbDraftStore({ name }).get('k'));
    expect(error.reason).to.equal('unavailable');
    expect((error.cause as DOMException).name).to.equal('VersionError');
  });

  it('gives up with "unavailable" when opening never finishes, and drops the late connection', async () => {
    const name = databaseName();
    // A delete held up by an open connection makes every later open wait behind it.
    const holder = await openDB(name, 1);
    const deletion = deleteDB(name);
    const store = new IndexedDbDraftStore({ name, openTimeout: 100 });
    const error = await rejection(store.put('k', 'v'));
    expect(error.reason).to.equal('unavailable');
    expect(error.message).to.match(/timed out/);
    holder.close();
    await deletion;
    // The connection that arrives late was closed, so nothing blocks the database being deleted again.
    await deleteDB(name);
  });

  it('rejects a value IndexedDB cannot store with "failed"', async () => {
    const store = new IndexedDbDraftStore({ name: databaseName() });
    const error = await rejection(store.put('k', { callback: () => 1 }));
    expect(error.reason).to.equal('failed');
    expect((error.cause as DOMException).name).to.equal('DataCloneError');
    expect(await store.get('k')).to.equal(undefined);
    store.close();
  });

  it('leaves no unhandled rejection when the browser aborts its transactions, and reports each failure', async () => {
    const name = databaseName();
    // A factory whose connections abort every transaction right after its first request: what storage
    // being cleared, or the browser closing the database under a page, looks like.
    const aborting = {
      open(dbName: string, version?: number) {
        const request = indexedDB.open(dbName, version);
        request.addEventListener('success', () => {
          const db = request.result;
          const transaction = db.transaction.bind(db);
          db.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
            const tx = transaction(...args);
            // A write asks to commit at once: it is aborted instead. A read is aborted after its request.
            tx.commit = () => tx.abort();
            queueMicrotask(() => {
              try {
                tx.abort();
              } catch {
                // Finished already.
              }
            });
            return tx;
          }) as IDBDatabase['transaction'];
        });
        return request;
      },
    } as unknown as IDBFactory;
    let unhandled = 0;
    const count = (event: PromiseRejectionEvent) => {
      unhandled++;
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', count);
    try {
      const store = new IndexedDbDraftStore({ name, indexedDB: aborting });
      expect((await rejection(store.get('a'))).reason).to.equal('failed');
      expect((await rejection(store.put('a', { note: 'x' }))).reason).to.equal('failed');
      expect((await rejection(store.delete('a'))).reason).to.equal('failed');
      await store.sweep().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
      store.close();
    } finally {
      window.removeEventListener('unhandledrejection', count);
    }
    expect(unhandled, 'unhandled rejections').to.equal(0);
  });
});
