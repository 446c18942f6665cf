import { expect } from '@open-wc/testing';
import { DraftStoreError } from './draft-store.js';
import { MemoryDraftStore } from './memory-store.js';

describe('MemoryDraftStore', () => {
  it('is kind "memory" and round-trips a draft with the time it was saved', async () => {
    const store = new MemoryDraftStore({ now: () => new Date('2025-03-04T13:32:00Z') });
    expect(store.kind).to.equal('memory');
    const saved = await store.put('spire:check:1', { note: 'første udkast', items: [1, 2] });
    expect(saved).to.deep.equal({
      key: 'spire:check:1',
      value: { note: 'første udkast', items: [1, 2] },
      savedAt: '2025-03-04T13:32:00.000Z',
    });
    expect(await store.get('spire:check:1')).to.deep.equal(saved);
    expect(await store.get('spire:check:2')).to.equal(undefined);
  });

  it('keeps one draft per key: the last put wins', async () => {
    const store = new MemoryDraftStore();
    await store.put('k', { n: 1 });
    await store.put('k', { n: 2 });
    expect((await store.get<{ n: number }>('k'))?.value).to.deep.equal({ n: 2 });
  });

  it('stores a copy: mutating the value after put, or the entry from get, does not change the draft', async () => {
    const store = new MemoryDraftStore();
    const value = { note: 'a', list: ['x'] };
    const returned = await store.put('k', value);
    value.note = 'changed';
    value.list.push('y');
    returned.value.list.push('z');
    const first = await store.get<typeof value>('k');
    expect(first?.value).to.deep.equal({ note: 'a', list: ['x'] });
    first!.value.note = 'changed again';
    expect((await store.get<typeof value>('k'))?.value.note).to.equal('a');
  });

  it('deletes a draft, and deleting a missing key is fine', async () => {
    const store = new MemoryDraftStore();
    await store.put('k', 'v');
    await store.delete('k');
    expect(await store.get('k')).to.equal(undefined);
    await store.delete('never-there');
  });

  it('rejects a value that cannot be cloned with DraftStoreError "failed"', async () => {
    const store = new MemoryDraftStore();
    const error = await store.put('k', { callback: () => 1 }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(DraftStoreError);
    expect((error as DraftStoreError).reason).to.equal('failed');
    expect(await store.get('k')).to.equal(undefined);
  });
});
