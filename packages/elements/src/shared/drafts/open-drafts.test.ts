import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deleteDB, openDB } from 'idb';
import type { ConcernNote } from '@spire/model';
import { exampleAuthor, exampleChild, exampleConcernNote } from '@spire/model/examples';
import '../../concern-note/define.js';
import '../provider/define.js';
import type { SpireConcernNote } from '../../concern-note/concern-note.js';
import { IndexedDbDraftStore } from './indexeddb-store.js';
import { DRAFT_RETENTION_DAYS, draftKey, openDraftKey } from './draft-store.js';

// A host that gives the widget no record (no stable id): each visit is a new page, so each visit gets a
// new store object over the same database, as after a reload.
let databaseName: string;
const visits: HTMLElement[] = [];

beforeEach(() => {
  databaseName = `spire-open-drafts-${Date.now()}-${Math.random().toString(36).slice(2)}`;
});
afterEach(async () => {
  for (const visit of visits.splice(0)) visit.remove();
  await deleteDB(databaseName);
});

async function visit(options: { child?: typeof exampleChild; author?: typeof exampleAuthor; lang?: string } = {}) {
  const store = new IndexedDbDraftStore({ name: databaseName });
  const provider = await fixture<HTMLElement>(
    html`<spire-provider locale=${options.lang ?? 'da'} .author=${options.author ?? exampleAuthor} .child=${options.child ?? exampleChild} .store=${store}
      ><spire-concern-note></spire-concern-note
    ></spire-provider>`,
  );
  visits.push(provider);
  const el = provider.querySelector<SpireConcernNote>('spire-concern-note')!;
  await el.updateComplete;
  return { el, store, leave: () => provider.remove() };
}

/** Until the widget has looked for its draft, and put it in place if it found one. */
async function looked(el: SpireConcernNote) {
  await aTimeout(150);
  await el.updateComplete;
}

async function typeInto(el: SpireConcernNote, field: string, text: string) {
  el.shadowRoot!.querySelector(`spire-text-area[data-field="${field}"]`)!.shadowRoot!.querySelector('textarea')!.focus();
  await sendKeys({ type: text });
}

/** Every key the database holds now. */
async function storedKeys(): Promise<string[]> {
  const db = await openDB(databaseName);
  const keys = (await db.getAllKeys('drafts')).map(String);
  db.close();
  return keys.sort();
}

describe('drafts of a record the host gave no id', () => {
  it('are found again on the next visit, for the same child and author, instead of a new draft each time', async () => {
    const first = await visit();
    await looked(first.el);
    const id = first.el.value!.id;
    const saved = oneEvent(first.el, 'spire-draft-saved');
    await typeInto(first.el, 'observations', 'Sad alene i garderoben');
    await saved;
    first.leave();
    await aTimeout(50);

    for (let again = 0; again < 3; again++) {
      const next = await visit();
      await waitUntil(() => next.el.value?.id === id, 'the earlier draft is opened', { timeout: 3000 });
      expect(next.el.value!.observations).to.equal('Sad alene i garderoben');
      const textarea = next.el.shadowRoot!.querySelector('spire-text-area[data-field="observations"]')!.shadowRoot!.querySelector('textarea')!;
      expect(textarea.value).to.equal('Sad alene i garderoben');
      next.leave();
      await aTimeout(50);
    }
    // One draft and the note of which record it is: nothing left behind by the visits.
    expect(await storedKeys()).to.deep.equal([draftKey('concern-note', id), openDraftKey('concern-note', exampleChild.id, exampleAuthor)].sort());
  });

  it('keeps what is typed on the next visit in the same draft', async () => {
    const first = await visit();
    await looked(first.el);
    const saved = oneEvent(first.el, 'spire-draft-saved');
    await typeInto(first.el, 'observations', 'Første gang');
    await saved;
    first.leave();

    const second = await visit();
    await waitUntil(() => second.el.value?.observations === 'Første gang', 'restored', { timeout: 3000 });
    const savedAgain = oneEvent(second.el, 'spire-draft-saved');
    await typeInto(second.el, 'worries', 'Anden gang');
    await savedAgain;
    second.leave();

    const third = await visit();
    await waitUntil(() => third.el.value?.worries === 'Anden gang', 'both visits kept', { timeout: 3000 });
    expect(third.el.value!.observations).to.equal('Første gang');
    expect((await storedKeys()).filter((key) => key.startsWith('spire:concern-note:') && !key.includes(':open:'))).to.have.length(1);
  });

  it('are not opened for another child, nor by another professional on the same device', async () => {
    const first = await visit();
    await looked(first.el);
    const saved = oneEvent(first.el, 'spire-draft-saved');
    await typeInto(first.el, 'observations', 'Om Ida');
    await saved;
    first.leave();

    const otherChild = await visit({ child: { ...exampleChild, id: 'another-child', displayName: 'Noah' } });
    await looked(otherChild.el);
    await aTimeout(300);
    expect(otherChild.el.value!.observations ?? '').to.equal('');
    otherChild.leave();

    const otherAuthor = await visit({ author: { name: 'Jonas Berg', role: 'lærer' } });
    await looked(otherAuthor.el);
    await aTimeout(300);
    expect(otherAuthor.el.value!.observations ?? '').to.equal('');
  });

  it('are deleted on submit, with the note of which record it was: the next visit starts afresh', async () => {
    // As a visit before left it: a nearly finished note, remembered for this child and author.
    const seed = new IndexedDbDraftStore({ name: databaseName });
    const earlier: ConcernNote = { ...structuredClone(exampleConcernNote), status: 'draft', updatedAt: new Date(Date.now() - 60_000).toISOString() };
    await seed.put(draftKey('concern-note', earlier.id), earlier);
    await seed.put(openDraftKey('concern-note', earlier.child.id, earlier.author), { id: earlier.id });
    seed.close();

    const { el, leave } = await visit({ child: earlier.child, author: earlier.author });
    await waitUntil(() => el.value?.id === earlier.id, 'the earlier note is opened', { timeout: 3000 });
    expect(await el.submit(), 'completes').to.exist;
    await aTimeout(50);
    expect(await storedKeys()).to.deep.equal([]);
    leave();

    const next = await visit({ child: earlier.child, author: earlier.author });
    await looked(next.el);
    await aTimeout(300);
    expect(next.el.value!.id).to.not.equal(earlier.id);
    expect(next.el.value!.status).to.equal('draft');
    expect(next.el.value!.observations ?? '').to.equal('');
  });

  it('are kept as the host\'s own record when the host hands the same record back (two-way binding)', async () => {
    const first = await visit();
    await looked(first.el);
    const saved = oneEvent(first.el, 'spire-draft-saved');
    await typeInto(first.el, 'observations', 'Bundet');
    await saved;
    first.el.value = structuredClone(first.el.value);
    await first.el.updateComplete;
    const savedAgain = oneEvent(first.el, 'spire-draft-saved');
    await typeInto(first.el, 'observations', ' igen');
    await savedAgain;
    first.leave();
    const next = await visit();
    await waitUntil(() => next.el.value?.observations === 'Bundet igen', 'found again', { timeout: 3000 });
  });
});

describe('the embedded store keeps drafts for a while, not for ever', () => {
  const DAY = 24 * 60 * 60 * 1000;

  it(`forgets drafts not saved for ${DRAFT_RETENTION_DAYS} days by default, and deletes them when it opens`, async () => {
    const now = Date.now();
    const then = new IndexedDbDraftStore({ name: databaseName, now: () => new Date(now - (DRAFT_RETENTION_DAYS + 1) * DAY) });
    await then.put('spire:concern-note:old', { note: 'gammel' });
    const lately = new IndexedDbDraftStore({ name: databaseName, now: () => new Date(now - (DRAFT_RETENTION_DAYS - 1) * DAY) });
    await lately.put('spire:concern-note:recent', { note: 'ny' });
    then.close();
    lately.close();

    const today = new IndexedDbDraftStore({ name: databaseName });
    expect(await today.get('spire:concern-note:old'), 'past its retention').to.equal(undefined);
    expect((await today.get('spire:concern-note:recent'))?.value).to.deep.equal({ note: 'ny' });
    await waitUntil(async () => (await storedKeys()).length === 1, 'swept on opening', { timeout: 3000 });
    expect(await storedKeys()).to.deep.equal(['spire:concern-note:recent']);
    today.close();
  });

  it('takes a retention of the host\'s, and keeps drafts for ever with Infinity', async () => {
    const now = Date.now();
    const then = new IndexedDbDraftStore({ name: databaseName, now: () => new Date(now - 3 * DAY) });
    await then.put('k', 1);
    then.close();
    const twoDays = new IndexedDbDraftStore({ name: databaseName, retention: 2 * DAY });
    const forever = new IndexedDbDraftStore({ name: `${databaseName}-b`, retention: Infinity, now: () => new Date(now - 3650 * DAY) });
    await forever.put('k', 2);
    expect(await twoDays.get('k')).to.equal(undefined);
    expect(await twoDays.sweep()).to.be.at.most(1);
    expect(await storedKeys()).to.deep.equal([]);
    expect((await new IndexedDbDraftStore({ name: `${databaseName}-b`, retention: Infinity }).get('k'))?.value).to.equal(2);
    twoDays.close();
    forever.close();
    await deleteDB(`${databaseName}-b`);
  });

  it('opens a database written before the retention index existed, drafts and all', async () => {
    const db = await openDB(databaseName, 1, { upgrade: (d) => void d.createObjectStore('drafts', { keyPath: 'key' }) });
    await db.put('drafts', { key: 'spire:concern-note:v1', value: { note: 'fra før' }, savedAt: new Date().toISOString() });
    db.close();
    const store = new IndexedDbDraftStore({ name: databaseName });
    expect((await store.get('spire:concern-note:v1'))?.value).to.deep.equal({ note: 'fra før' });
    await store.put('spire:concern-note:v2', 2);
    expect(await storedKeys()).to.deep.equal(['spire:concern-note:v1', 'spire:concern-note:v2']);
    store.close();
  });
});
