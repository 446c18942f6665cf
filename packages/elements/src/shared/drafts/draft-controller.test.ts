import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, type PropertyDeclarations } from 'lit';
import { LocaleController } from '../i18n/i18n.js';
import { DraftController, DRAFT_MAX_WAIT } from './draft-controller.js';
import { renderDraftStatus, draftStatusStyles } from './draft-status.js';
import { type DraftEntry, type DraftStore, draftKey } from './draft-store.js';
import { IndexedDbDraftStore } from './indexeddb-store.js';
import { MemoryDraftStore } from './memory-store.js';
import { ResilientDraftStore } from './resilient-store.js';

interface Note {
  note: string;
}

/** A real memory store that also notes when each save landed. */
class RecordingStore extends MemoryDraftStore {
  readonly saves: { key: string; value: unknown; at: number }[] = [];

  override async put<T>(key: string, value: T): Promise<DraftEntry<T>> {
    const entry = await super.put(key, value);
    this.saves.push({ key, value: entry.value, at: performance.now() });
    return entry;
  }
}

/** The smallest widget that autosaves: one text field, the draft status line. */
class DraftTestHost extends LitElement {
  static override properties: PropertyDeclarations = {
    recordId: { attribute: 'record-id' },
    store: { attribute: false },
  };
  static override styles = [draftStatusStyles];

  recordId?: string = 'r1';
  store?: DraftStore;
  readonly i18n = new LocaleController(this);
  readonly drafts = new DraftController<Note>(this, {
    store: () => this.store,
    key: () => (this.recordId ? draftKey('test-note', this.recordId) : undefined),
  });

  get input(): HTMLInputElement {
    return this.renderRoot.querySelector('input')!;
  }

  get statusRegion(): HTMLElement {
    return this.renderRoot.querySelector('[role="status"]')!;
  }

  /** What a sighted user sees in the status line. */
  get visibleStatus(): string {
    const line = this.renderRoot.querySelector('.spire-draft-status')!;
    return [...line.querySelectorAll<HTMLElement>('span')]
      .filter((span) => !span.classList.contains('spire-draft-status__visually-hidden'))
      .map((span) => span.textContent!.trim())
      .filter(Boolean)
      .join(' ');
  }

  protected override render() {
    return html`<label for="note">Note</label>
      <input id="note" @input=${(event: Event) => this.drafts.schedule({ note: (event.target as HTMLInputElement).value })} />
      ${renderDraftStatus(this.drafts, this.i18n)}`;
  }
}
customElements.define('draft-test-host', DraftTestHost);

async function host(store: DraftStore | undefined, lang = 'da'): Promise<DraftTestHost> {
  return fixture<DraftTestHost>(html`<draft-test-host lang=${lang} .store=${store}></draft-test-host>`);
}

/** Local wall-clock time, so the expected "14.32" holds in any time zone the browser runs in. */
function localInstant(year: number, month: number, day: number, hour: number, minute: number): string {
  return new Date(year, month - 1, day, hour, minute).toISOString();
}

const KEY = draftKey('test-note', 'r1');

describe('DraftController', () => {
  it('renders an accessible host with its status line', async () => {
    const el = await host(new MemoryDraftStore());
    await expect(el).to.be.accessible();
    expect(el.statusRegion.getAttribute('aria-live')).to.equal('polite');
    expect(el.drafts.status).to.equal('idle');
    expect(el.statusRegion.textContent).to.equal('');
  });

  it('saves real typing once, with the last value, within 500 ms of the first key', async () => {
    const store = new RecordingStore();
    const el = await host(store);
    el.input.focus();
    const started = performance.now();
    const saved = oneEvent(el, 'spire-draft-saved');
    await sendKeys({ type: 'Hej' });
    const event = await saved;
    expect(store.saves.map((save) => save.value)).to.deep.equal([{ note: 'Hej' }]);
    expect(store.saves[0]!.at - started).to.be.at.most(500);
    expect(event.detail).to.deep.equal({ key: KEY, savedAt: el.drafts.savedAt, store: 'memory' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.drafts.status).to.equal('saved');
    // No second save trails behind.
    await aTimeout(DRAFT_MAX_WAIT + 100);
    expect(store.saves).to.have.length(1);
  });

  it('keeps saving during steady typing, so no edit waits more than 500 ms', async () => {
    const store = new RecordingStore();
    const el = await host(store);
    const edits: { at: number; n: number }[] = [];
    for (let n = 0; n < 12; n++) {
      edits.push({ at: performance.now(), n });
      el.drafts.schedule({ note: `edit ${n}` });
      await aTimeout(100);
    }
    await el.drafts.flush();
    for (const edit of edits) {
      const landed = store.saves.find((save) => Number((save.value as Note).note.split(' ')[1]) >= edit.n);
      expect(landed, `edit ${edit.n}`).to.not.equal(undefined);
      expect(landed!.at - edit.at, `edit ${edit.n}`).to.be.at.most(500);
    }
    expect(store.saves.length).to.be.within(2, 6);
    expect(store.saves.at(-1)!.value).to.deep.equal({ note: 'edit 11' });
  });

  it('saves at once on pagehide instead of waiting for the timer', async () => {
    const store = new RecordingStore();
    const el = await host(store);
    el.drafts.schedule({ note: 'lige før siden lukkes' });
    const before = performance.now();
    const saved = oneEvent(el, 'spire-draft-saved');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    await saved;
    expect(performance.now() - before).to.be.below(150);
    expect(store.saves.map((save) => save.value)).to.deep.equal([{ note: 'lige før siden lukkes' }]);
    await aTimeout(DRAFT_MAX_WAIT + 100);
    expect(store.saves).to.have.length(1);
  });

  it('on pagehide behind a save still under way, sends what waits behind it to the store at once, and still ends with the newest', async () => {
    // The first save does not finish before the page goes (a slow store, a busy page).
    class HeldFirstStore extends RecordingStore {
      readonly calls: unknown[] = [];
      release!: () => void;
      private readonly held = new Promise<void>((resolve) => (this.release = resolve));
      override async put<T>(key: string, value: T): Promise<DraftEntry<T>> {
        this.calls.push(structuredClone(value));
        if (this.calls.length === 1) await this.held;
        return super.put(key, value);
      }
    }
    const store = new HeldFirstStore();
    const el = await host(store);
    el.drafts.schedule({ note: 'Ida sad' });
    void el.drafts.flush();
    await waitUntil(() => store.calls.length === 1, 'the first save under way');
    // A word's end flushed behind it, and the last word still waiting for the pause.
    el.drafts.schedule({ note: 'Ida sad alene' });
    void el.drafts.flush();
    el.drafts.schedule({ note: 'Ida sad alene ved frokosten' });
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    // In the pagehide task itself (its microtasks, no task after it): nothing may wait for the save under way.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    // The newest of the key, once, though "hidden" follows pagehide.
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      for (let i = 0; i < 20; i++) await Promise.resolve();
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(store.calls).to.deep.equal([{ note: 'Ida sad' }, { note: 'Ida sad alene ved frokosten' }]);
    // The page stays after all (bfcache): the queue writes them again after the first, the newest last.
    store.release();
    await el.drafts.flush();
    expect(store.saves.at(-1)!.value).to.deep.equal({ note: 'Ida sad alene ved frokosten' });
    expect((await store.get<Note>(KEY))?.value).to.deep.equal({ note: 'Ida sad alene ved frokosten' });
    expect(el.drafts.status).to.equal('saved');
  });

  it('saves at once when the page becomes hidden, not when it becomes visible', async () => {
    const store = new RecordingStore();
    const el = await host(store);
    // The test page cannot really be hidden or shown; the browser's own property is shadowed meanwhile.
    let visibility: DocumentVisibilityState = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    try {
      el.drafts.schedule({ note: 'skifter fane' });
      document.dispatchEvent(new Event('visibilitychange'));
      await aTimeout(50);
      expect(store.saves).to.have.length(0);
      visibility = 'hidden';
      const saved = oneEvent(el, 'spire-draft-saved');
      const hiddenAt = performance.now();
      document.dispatchEvent(new Event('visibilitychange'));
      await saved;
      expect(store.saves.map((save) => save.value)).to.deep.equal([{ note: 'skifter fane' }]);
      // Well before the debounce (300 ms after the edit, 250 ms after "hidden") would have fired.
      expect(store.saves[0]!.at - hiddenAt).to.be.below(100);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(Object.getOwnPropertyDescriptor(document, 'visibilityState')).to.equal(undefined);
  });

  it('saves a pending edit when the host is removed, and stops listening for pagehide', async () => {
    const store = new RecordingStore();
    const el = await host(store);
    el.drafts.schedule({ note: 'fjernet' });
    el.remove();
    await el.drafts.flush();
    expect(store.saves.map((save) => save.value)).to.deep.equal([{ note: 'fjernet' }]);
    el.drafts.schedule({ note: 'efter fjernelse' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await Promise.resolve();
    expect(store.saves).to.have.length(1);
    await el.drafts.flush();
  });

  it('never lets a slow older save overwrite a newer one', async () => {
    class SlowFirstStore extends RecordingStore {
      private first = true;
      override async put<T>(key: string, value: T): Promise<DraftEntry<T>> {
        if (this.first) {
          this.first = false;
          await aTimeout(200);
        }
        return super.put(key, value);
      }
    }
    const store = new SlowFirstStore();
    const el = await host(store);
    el.drafts.schedule({ note: 'older' });
    void el.drafts.flush();
    el.drafts.schedule({ note: 'newer' });
    await el.drafts.flush();
    expect(store.saves.map((save) => save.value)).to.deep.equal([{ note: 'older' }, { note: 'newer' }]);
    expect((await store.get(KEY))?.value).to.deep.equal({ note: 'newer' });
    expect(el.drafts.status).to.equal('saved');
  });

  it('saves a pending edit under the old key when the record changes', async () => {
    const store = new RecordingStore();
    const el = await host(store);
    el.drafts.schedule({ note: 'til r1' });
    el.recordId = 'r2';
    el.drafts.schedule({ note: 'til r2' });
    await el.drafts.flush();
    expect((await store.get(KEY))?.value).to.deep.equal({ note: 'til r1' });
    expect((await store.get(draftKey('test-note', 'r2')))?.value).to.deep.equal({ note: 'til r2' });
  });

  it('does nothing without a key or a store', async () => {
    const store = new RecordingStore();
    const el = await host(store);
    el.recordId = undefined;
    el.drafts.schedule({ note: 'ingen nøgle' });
    await el.drafts.flush();
    expect(store.saves).to.have.length(0);
    const bare = await host(undefined);
    bare.drafts.schedule({ note: 'ingen store' });
    await bare.drafts.flush();
    expect(await bare.drafts.restore()).to.equal(undefined);
    expect(bare.drafts.status).to.equal('idle');
  });

  it('restores the draft for the current key, with the time it was saved', async () => {
    const savedAt = localInstant(2025, 3, 4, 9, 5);
    const store = new MemoryDraftStore({ now: () => new Date(savedAt) });
    await store.put(KEY, { note: 'fra i går' });
    const el = await host(store);
    const entry = await el.drafts.restore();
    expect(entry).to.deep.equal({ key: KEY, value: { note: 'fra i går' }, savedAt });
    expect(el.drafts.status).to.equal('saved');
    expect(el.drafts.savedAt).to.equal(savedAt);
    el.recordId = 'no-draft';
    expect(await el.drafts.restore()).to.equal(undefined);
    expect(el.drafts.status).to.equal('idle');
    expect(el.drafts.savedAt).to.equal(undefined);
  });

  it('clears the draft on submit, including an edit not yet saved', async () => {
    const store = new RecordingStore();
    const el = await host(store);
    el.drafts.schedule({ note: 'gemt' });
    await el.drafts.flush();
    expect(await store.get(KEY)).to.not.equal(undefined);
    el.drafts.schedule({ note: 'indsendt før gem' });
    await el.drafts.clear();
    expect(await store.get(KEY)).to.equal(undefined);
    await aTimeout(DRAFT_MAX_WAIT + 100);
    expect(store.saves).to.have.length(1);
    expect(el.drafts.status).to.equal('idle');
    expect(el.drafts.savedAt).to.equal(undefined);
    await el.updateComplete;
    expect(el.statusRegion.textContent).to.equal('');
  });

  it('falls back to memory when IndexedDB is missing: warns once, keeps every value', async () => {
    const el = await host(new ResilientDraftStore(new IndexedDbDraftStore({ indexedDB: null })));
    const fallbacks: CustomEvent[] = [];
    el.addEventListener('spire-storage-fallback', (event) => fallbacks.push(event as CustomEvent));
    const saved = oneEvent(el, 'spire-draft-saved');
    el.drafts.schedule({ note: 'første' });
    const event = await saved;
    expect(event.detail.store).to.equal('memory');
    el.drafts.schedule({ note: 'anden' });
    await el.drafts.flush();
    expect(fallbacks).to.have.length(1);
    expect(fallbacks[0]!.detail).to.deep.equal({ reason: 'unavailable' });
    expect(fallbacks[0]!.bubbles && fallbacks[0]!.composed).to.equal(true);
    expect(el.drafts.status).to.equal('fallback');
    expect((await el.drafts.restore())?.value).to.deep.equal({ note: 'anden' });
    await el.updateComplete;
    expect(el.statusRegion.textContent).to.equal(
      'Kladden kan ikke gemmes i browseren. Den gemmes midlertidigt og forsvinder, hvis du lukker siden.',
    );
    await expect(el).to.be.accessible();
  });

  it('falls back to memory when a host store is full, keeping the value that failed', async () => {
    const full: DraftStore = {
      kind: 'host',
      get: () => Promise.resolve(undefined),
      put: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
      delete: () => Promise.resolve(),
    };
    const el = await host(full, 'en');
    const fallback = oneEvent(el, 'spire-storage-fallback');
    el.drafts.schedule({ note: 'must not be lost' });
    expect((await fallback).detail).to.deep.equal({ reason: 'quota' });
    await el.drafts.flush();
    expect(el.drafts.fallbackReason).to.equal('quota');
    expect((await el.drafts.restore())?.value).to.deep.equal({ note: 'must not be lost' });
    await el.updateComplete;
    expect(el.statusRegion.textContent).to.equal(
      'The draft cannot be saved in the browser. It is kept for now and will be lost if you close the page.',
    );
  });

  it('shows an error, and logs nothing, when a value cannot be kept anywhere', async () => {
    const logged: unknown[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((method) => console[method]);
    methods.forEach((method) => (console[method] = (...args: unknown[]) => logged.push(...args)));
    try {
      const el = await host(new MemoryDraftStore());
      el.drafts.schedule({ note: 'hemmeligt', callback: () => 1 } as unknown as Note);
      await el.drafts.flush();
      expect(el.drafts.status).to.equal('error');
      await el.updateComplete;
      expect(el.statusRegion.textContent).to.equal(
        'Kladden kunne ikke gemmes. Det, du har skrevet, står stadig her, men forsvinder, hvis du lukker siden.',
      );
      el.drafts.schedule({ note: 'nu kan den gemmes' });
      await el.drafts.flush();
      expect(el.drafts.status).to.equal('saved');
    } finally {
      methods.forEach((method, i) => (console[method] = originals[i]!));
    }
    expect(logged).to.deep.equal([]);
  });
});

describe('renderDraftStatus', () => {
  async function hostSavedAt(savedAt: string, lang: string): Promise<DraftTestHost> {
    const store = new MemoryDraftStore({ now: () => new Date(savedAt) });
    await store.put(KEY, { note: 'x' });
    const el = await host(store, lang);
    await el.drafts.restore();
    await el.updateComplete;
    return el;
  }

  it('says when the draft was saved today, in Danish and in English', async () => {
    const today = new Date();
    const savedAt = localInstant(today.getFullYear(), today.getMonth() + 1, today.getDate(), 14, 32);
    const da = await hostSavedAt(savedAt, 'da');
    expect(da.statusRegion.textContent).to.equal('Kladde gemt kl. 14.32');
    expect(da.visibleStatus).to.equal('Kladde gemt kl. 14.32');
    const en = await hostSavedAt(savedAt, 'en');
    expect(en.statusRegion.textContent).to.equal('Draft saved at 14:32');
  });

  it('adds the date when the draft is from another day', async () => {
    const savedAt = localInstant(2024, 2, 3, 8, 5);
    expect((await hostSavedAt(savedAt, 'da')).statusRegion.textContent).to.equal('Kladde gemt 3. februar 2024 kl. 08.05');
    expect((await hostSavedAt(savedAt, 'en')).statusRegion.textContent).to.equal('Draft saved on 3 February 2024 at 08:05');
  });

  it('does not say "Gemmer …" forever when the host\'s store never answers: it keeps the draft in memory and says so', async () => {
    const never: DraftStore = { kind: 'host-api', get: () => new Promise(() => {}), put: () => new Promise(() => {}), delete: () => new Promise(() => {}) };
    const el = await host(never);
    el.drafts.schedule({ note: 'skrevet, mens lageret ikke svarer' });
    const done = el.drafts.flush();
    await el.updateComplete;
    expect(el.visibleStatus).to.equal('Gemmer …');
    await done;
    await el.updateComplete;
    expect(el.drafts.status).to.equal('fallback');
    expect(el.statusRegion.textContent).to.contain('lukker siden');
    expect((await el.drafts.restore())?.value).to.deep.equal({ note: 'skrevet, mens lageret ikke svarer' });
  });

  it('shows "Gemmer …" to the eye while saving and keeps the live region calm', async () => {
    let release!: () => void;
    class GateStore extends MemoryDraftStore {
      override async put<T>(key: string, value: T): Promise<DraftEntry<T>> {
        await new Promise<void>((resolve) => (release = resolve));
        return super.put(key, value);
      }
    }
    const el = await host(new GateStore());
    el.drafts.schedule({ note: 'a' });
    const done = el.drafts.flush();
    await el.updateComplete;
    expect(el.drafts.status).to.equal('saving');
    expect(el.visibleStatus).to.equal('Gemmer …');
    const saving = el.renderRoot.querySelector('.spire-draft-status__saving')!;
    expect(saving.getAttribute('aria-hidden')).to.equal('true');
    expect(el.statusRegion.textContent).to.equal('');
    await waitUntil(() => release !== undefined, 'the save reached the store');
    release();
    await done;
    await el.updateComplete;
    expect(el.drafts.status).to.equal('saved');
    expect(el.visibleStatus).to.match(/^Kladde gemt kl\. \d\d\.\d\d$/);
    expect(el.renderRoot.querySelector('.spire-draft-status__saving')).to.equal(null);
    expect(el.statusRegion.textContent).to.equal(el.visibleStatus);
  });
});
