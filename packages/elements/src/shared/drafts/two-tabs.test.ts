import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type ConcernNote, createConcernNote } from '@spire/model';
import { exampleAuthor, exampleChild } from '@spire/model/examples';
import '../../concern-note/define.js';
import type { SpireConcernNote } from '../../concern-note/concern-note.js';
import { MemoryDraftStore } from './memory-store.js';
import { draftKey } from './draft-store.js';
import { mergeDrafts, takeAt } from './merge.js';

// One record open twice, each with the same store, as two tabs share one IndexedDB; saves reach the other
// copy over the same BroadcastChannel two tabs use.
const fresh = (): ConcernNote => createConcernNote({ id: 'cn-two-tabs', author: exampleAuthor, child: exampleChild, now: new Date('2026-11-12T10:00:00Z') });

async function twoTabs(lang = 'da') {
  const store = new MemoryDraftStore();
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>
    <spire-concern-note id="a" .store=${store} .value=${fresh()}></spire-concern-note>
    <spire-concern-note id="b" .store=${store} .value=${fresh()}></spire-concern-note>
  </div>`);
  const a = wrapper.querySelector<SpireConcernNote>('#a')!;
  const b = wrapper.querySelector<SpireConcernNote>('#b')!;
  await Promise.all([a.updateComplete, b.updateComplete]);
  // Both have looked for a draft (none) before anyone types.
  await aTimeout(20);
  return { a, b, stored: async () => (await store.get<ConcernNote>(draftKey('concern-note', 'cn-two-tabs')))?.value };
}

/** Types into one field of one copy, as a user would. */
async function typeInto(el: SpireConcernNote, field: string, text: string) {
  el.shadowRoot!.querySelector(`spire-text-area[data-field="${field}"]`)!.shadowRoot!.querySelector('textarea')!.focus();
  await sendKeys({ type: text });
}

/**
 * Edits made in two windows at the same moment: each lands before the other's save arrives. (Typed with
 * sendKeys one after the other, the second tab would already hold the first tab's words: leaving a field
 * and ending a word save at once.) Letters only, so neither edit is saved before the pause.
 */
async function typeAtOnce(...edits: [SpireConcernNote, string, string][]) {
  for (const [el, field, text] of edits) {
    const area = el.shadowRoot!.querySelector(`spire-text-area[data-field="${field}"]`)!.shadowRoot!.querySelector('textarea')!;
    area.value += text;
    area.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text.at(-1), bubbles: true, composed: true }));
  }
}

/** Until every save and every answer to a save has landed (the drafts wait up to 400 ms). */
const exchange = () => aTimeout(1200);

const notice = (el: SpireConcernNote) => el.shadowRoot!.querySelector<HTMLElement>('.other-tab');
const live = (el: SpireConcernNote) => el.shadowRoot!.querySelector('.live-region')!.textContent ?? '';

describe('one record open in two tabs', () => {
  it('brings in what the other tab wrote in other fields, and keeps both tabs\' words', async () => {
    const { a, b, stored } = await twoTabs();
    await typeInto(a, 'observations', 'Set i garderoben');
    await typeInto(b, 'worries', 'Hun græder om morgenen');
    await exchange();
    for (const el of [a, b]) {
      expect(el.value!.observations, el.id).to.equal('Set i garderoben');
      expect(el.value!.worries, el.id).to.equal('Hun græder om morgenen');
      expect(notice(el), 'no choice to make').to.equal(null);
    }
    expect((await stored())).to.include({ observations: 'Set i garderoben', worries: 'Hun græder om morgenen' });
    expect(live(b) + live(a)).to.contain('også åben i et andet vindue');
  });

  it('never overwrites a field both tabs changed: each keeps its text, is told, and can take the other', async () => {
    const { a, b, stored } = await twoTabs();
    await typeAtOnce([a, 'observations', 'Skrevet i vindue A'], [b, 'observations', 'Skrevet i vindue B']);
    await exchange();
    expect(a.value!.observations).to.equal('Skrevet i vindue A');
    expect(b.value!.observations).to.equal('Skrevet i vindue B');
    for (const el of [a, b]) {
      expect(notice(el), `${el.id} is told`).to.exist;
      expect(notice(el)!.textContent).to.contain('Feltet »Hvad ser og hører vi?« er ændret begge steder');
      await expect(el).to.be.accessible();
    }
    // B takes A's text: both agree, both notices go, and the store holds it. The choice is B's committed edit.
    const changes: string[] = [];
    b.addEventListener('change', () => changes.push(b.value!.observations!));
    notice(b)!.querySelector<HTMLButtonElement>('[data-action="use-other-tab"]')!.click();
    expect(changes, 'one change, with the taken text in value').to.deep.equal(['Skrevet i vindue A']);
    await exchange();
    expect(b.value!.observations).to.equal('Skrevet i vindue A');
    expect(a.value!.observations).to.equal('Skrevet i vindue A');
    expect(notice(a)).to.equal(null);
    expect(notice(b)).to.equal(null);
    expect((await stored())!.observations).to.equal('Skrevet i vindue A');
  });

  it('does not swap the two texts when both tabs save the same field at the same moment', async () => {
    const { a, b } = await twoTabs();
    // Both edits land before either save, so the two saves cross on the channel.
    for (const [el, text] of [[a, 'Samtidig fra A'], [b, 'Samtidig fra B']] as const) {
      const area = el.shadowRoot!.querySelector('spire-text-area[data-field="observations"]')!.shadowRoot!.querySelector('textarea')!;
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await exchange();
    expect(a.value!.observations).to.equal('Samtidig fra A');
    expect(b.value!.observations).to.equal('Samtidig fra B');
    expect(notice(a)).to.exist;
    expect(notice(b)).to.exist;
  });

  it('keeps telling the other tab after "Behold min", so it is never overwritten there either', async () => {
    const { a, b } = await twoTabs();
    await typeAtOnce([a, 'observations', 'A'], [b, 'observations', 'B']);
    await exchange();
    notice(a)!.querySelector<HTMLButtonElement>('[data-action="keep-mine"]')!.click();
    await exchange();
    expect(notice(a), 'closed where the user chose').to.equal(null);
    expect(live(a)).to.contain('Din udgave bliver stående');
    // A goes on typing elsewhere: B takes that in, but still keeps its own observations, and still says so.
    await typeInto(a, 'worries', 'Mere fra A');
    await exchange();
    expect(b.value!.worries).to.equal('Mere fra A');
    expect(b.value!.observations).to.equal('B');
    expect(notice(b)).to.exist;
    // And B's next save does not overwrite A's observations.
    await typeInto(b, 'worries', ' og B');
    await exchange();
    expect(a.value!.observations).to.equal('A');
    expect(a.value!.worries).to.equal('Mere fra A og B');
  });

  it('says it in English', async () => {
    const { a, b } = await twoTabs('en');
    await typeAtOnce([a, 'observations', 'From A'], [b, 'observations', 'From B']);
    await waitUntil(() => notice(a) && notice(b), 'both told', { timeout: 3000 });
    expect(notice(a)!.textContent).to.match(/The field “.+” was changed in both places/);
    expect(notice(a)!.querySelector('[data-action="use-other-tab"]')!.textContent!.trim()).to.equal('Use the other version');
  });

  it('never lets a draft found on opening replace what was typed while the store was asked', async () => {
    // The store takes a while to answer, and then holds a newer draft (another tab saved at that moment).
    const memory = new MemoryDraftStore();
    await memory.put(draftKey('concern-note', 'cn-two-tabs'), { ...fresh(), observations: 'fra det andet vindue', updatedAt: '2999-01-01T00:00:00.000Z' });
    const slow = { kind: 'slow', get: async <T,>(key: string) => (await aTimeout(300), memory.get<T>(key)), put: <T,>(key: string, value: T) => memory.put(key, value), delete: (key: string) => memory.delete(key) };
    const el = await fixture<SpireConcernNote>(html`<spire-concern-note .store=${slow} .value=${fresh()}></spire-concern-note>`);
    await typeInto(el, 'observations', 'skrevet straks');
    await aTimeout(700);
    expect(el.value!.observations).to.equal('skrevet straks');
  });

  it('ignores broken messages on the channel, and shows another tab\'s markup as text', async () => {
    const { a } = await twoTabs();
    const key = draftKey('concern-note', 'cn-two-tabs');
    const channel = new BroadcastChannel('spire-drafts');
    const before = structuredClone(a.value);
    for (const data of [null, 42, 'x', { key, value: null }, { key, value: { observations: 12 } }, { key, value: { ...fresh(), observations: 12 } }, { key: 'spire:concern-note:another', value: { ...fresh(), observations: 'en anden' } }]) {
      channel.postMessage(data);
    }
    await aTimeout(100);
    expect(a.value, 'nothing taken from a broken message or another record').to.deep.equal(before);
    channel.postMessage({ key, value: { ...fresh(), observations: '<img src=x onerror=alert(1)>' }, disputed: 'nope' });
    await waitUntil(() => a.value!.observations === '<img src=x onerror=alert(1)>', 'a valid save is taken in');
    await a.updateComplete;
    channel.close();
    const area = a.shadowRoot!.querySelector('spire-text-area[data-field="observations"]')!;
    expect(area.shadowRoot!.querySelector('textarea')!.value).to.equal('<img src=x onerror=alert(1)>');
    expect(a.shadowRoot!.querySelector('img'), 'as text, no element').to.equal(null);
  });
});

describe('one record open in three tabs', () => {
  async function threeTabs() {
    const store = new MemoryDraftStore();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <spire-concern-note id="a" .store=${store} .value=${fresh()}></spire-concern-note>
      <spire-concern-note id="b" .store=${store} .value=${fresh()}></spire-concern-note>
      <spire-concern-note id="c" .store=${store} .value=${fresh()}></spire-concern-note>
    </div>`);
    const tabs = [...wrapper.querySelectorAll<SpireConcernNote>('spire-concern-note')];
    await Promise.all(tabs.map((tab) => tab.updateComplete));
    await aTimeout(20);
    return tabs as [SpireConcernNote, SpireConcernNote, SpireConcernNote];
  }

  /** No text typed anywhere is gone from every tab, and a tab that differs from another in a field says so. */
  function nothingLostSilently(tabs: SpireConcernNote[], typed: readonly string[]) {
    for (const text of typed) {
      expect(tabs.some((tab) => tab.value!.observations?.includes(text) || tab.value!.worries?.includes(text)), `"${text}" is still somewhere`).to.equal(true);
    }
    for (const tab of tabs) {
      const differs = tabs.some((other) => other.value!.observations !== tab.value!.observations);
      if (differs) expect(notice(tab) ?? tab.shadowRoot!.querySelector('.other-tab'), `${tab.id} differs and is told`).to.exist;
    }
  }

  it('brings every tab\'s other fields together, and never overwrites a field two of them changed without a word', async () => {
    const [a, b, c] = await threeTabs();
    await typeAtOnce([a, 'observations', 'Fra A'], [b, 'observations', 'Fra B'], [c, 'worries', 'Fra C']);
    await exchange();
    await exchange();
    for (const tab of [a, b, c]) expect(tab.value!.worries, `${tab.id} has C's worries`).to.equal('Fra C');
    expect(a.value!.observations).to.equal('Fra A');
    expect(b.value!.observations).to.equal('Fra B');
    nothingLostSilently([a, b, c], ['Fra A', 'Fra B', 'Fra C']);

    // A takes B's text; C, which typed elsewhere, goes on; every tab ends at one text, or is told.
    notice(a)!.querySelector<HTMLButtonElement>('[data-action="use-other-tab"]')!.click();
    await exchange();
    await typeInto(c, 'worries', ' og mere');
    await exchange();
    await exchange();
    for (const tab of [a, b, c]) expect(tab.value!.worries, `${tab.id} has all of C's worries`).to.equal('Fra C og mere');
    nothingLostSilently([a, b, c], ['Fra B', 'Fra C og mere']);
  });
});

describe('mergeDrafts', () => {
  const base = { id: 'r', updatedAt: '1', a: 'x', b: 'y', people: [{ id: 'p1', name: 'Mor' }, { id: 'p2', name: 'Far' }] };

  it('takes each side\'s changes to different fields and different people', () => {
    const local = { ...base, updatedAt: '2', a: 'lokal', people: [{ id: 'p1', name: 'Mor' }, { id: 'p2', name: 'Far' }, { id: 'p3', name: 'Ny' }] };
    const remote = { ...base, updatedAt: '3', b: 'fjern', people: [{ id: 'p1', name: 'Mormor' }] };
    const { value, conflicts } = mergeDrafts(base, local, remote);
    expect(conflicts).to.deep.equal([]);
    expect(value).to.deep.equal({ id: 'r', updatedAt: '3', a: 'lokal', b: 'fjern', people: [{ id: 'p1', name: 'Mormor' }, { id: 'p3', name: 'Ny' }] });
  });

  it('keeps this side where both changed a field, and names where, in each side\'s terms', () => {
    const local = { ...base, people: [{ id: 'p2', name: 'Far A' }, { id: 'p1', name: 'Mor' }] };
    const remote = { ...base, people: [{ id: 'p1', name: 'Mor' }, { id: 'p2', name: 'Far B' }] };
    const { value, conflicts } = mergeDrafts(base, local, remote);
    expect(conflicts).to.deep.equal([{ path: 'people.0.name', remotePath: 'people.1.name' }]);
    expect((value as typeof base).people.find((p) => p.id === 'p2')!.name).to.equal('Far A');
    expect(takeAt(local, remote, conflicts).people[0]!.name).to.equal('Far B');
  });
});
