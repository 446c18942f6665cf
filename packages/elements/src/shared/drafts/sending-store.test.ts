import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { HttpDraftStore } from './http-store.js';
import { MemoryDraftStore } from './memory-store.js';
import { asResilient } from './resilient-store.js';
import { sendingStoreOf } from './sending-store.js';

describe('sendingStoreOf', () => {
  it('finds an HttpDraftStore itself or behind the ResilientDraftStore a widget wraps it in, and nothing else', async () => {
    const name = `spire-outbox-sending-${Date.now()}`;
    const store = new HttpDraftStore({ endpoint: 'http://127.0.0.1:9/spire', name, pollInterval: 0 });
    try {
      expect(sendingStoreOf(store)).to.equal(store);
      expect(sendingStoreOf(asResilient(store))).to.equal(store);
      expect(sendingStoreOf(new MemoryDraftStore())).to.equal(undefined);
      expect(sendingStoreOf(asResilient(new MemoryDraftStore()))).to.equal(undefined);
      expect(sendingStoreOf(null)).to.equal(undefined);
      expect(sendingStoreOf(undefined)).to.equal(undefined);
      // A host's store with a submit but no status is a plain draft store.
      const partial = Object.assign(new MemoryDraftStore(), { submit: async () => ({ idempotencyKey: 'x' }) });
      expect(sendingStoreOf(partial)).to.equal(undefined);
    } finally {
      store.close();
      await deleteDB(name);
    }
  });
});
