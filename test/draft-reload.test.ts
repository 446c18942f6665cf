import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deleteDB } from 'idb';
import { IndexedDbDraftStore } from '../packages/elements/src/shared/drafts/indexeddb-store.js';
import { draftKey } from '../packages/elements/src/shared/drafts/draft-store.js';
import type { DraftReloadWindow } from './fixtures/draft-reload-page.js';

const KEY = draftKey('reload-probe', 'record-1');

interface AxeInFrame {
  run(context: Document): Promise<{ violations: { id: string }[]; passes: unknown[] }>;
}

let frame: HTMLIFrameElement;
let databaseName: string;

function page(): DraftReloadWindow {
  return frame.contentWindow as unknown as DraftReloadWindow;
}

function loaded(): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

async function ready() {
  const restored = await page().draftRestored;
  await page().probe.updateComplete;
  return restored;
}

function input(): HTMLInputElement {
  return page().probe.renderRoot.querySelector('input')!;
}

function statusText(): string {
  return page().probe.renderRoot.querySelector('[role="status"]')!.textContent!;
}

async function typeInFrame(text: string): Promise<void> {
  frame.focus();
  input().focus();
  await sendKeys({ type: text });
}

async function reload(): Promise<void> {
  const reloaded = loaded();
  page().location.reload();
  await reloaded;
}

/** What IndexedDB holds right now, read through a connection of the test page's own. */
async function stored(): Promise<unknown> {
  const store = new IndexedDbDraftStore({ name: databaseName });
  const entry = await store.get(KEY);
  store.close();
  return entry?.value;
}

describe('a draft survives a real page reload', () => {
  beforeEach(async () => {
    databaseName = `spire-drafts-reload-${Date.now()}`;
    frame = document.createElement('iframe');
    frame.title = 'Kladde-side';
    const first = loaded();
    frame.src = `/test/fixtures/draft-reload.html?db=${encodeURIComponent(databaseName)}`;
    document.body.append(frame);
    await first;
    expect(await ready()).to.equal(undefined);
  });

  afterEach(async () => {
    frame.remove();
    await deleteDB(databaseName);
  });

  it('renders an accessible page', async () => {
    // axe must run in the frame's own document (an element from another realm is refused): load it there.
    const doc = frame.contentDocument!;
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const axeLoaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    doc.head.append(script);
    await axeLoaded;
    const axe = (frame.contentWindow as unknown as { axe: AxeInFrame }).axe;
    const results = await axe.run(doc);
    expect(results.violations.map((violation) => violation.id)).to.deep.equal([]);
    expect(results.passes.length).to.be.above(0);
  });

  it('restores an autosaved draft into the field after the reload, from IndexedDB', async () => {
    const saved = new Promise((resolve) => page().probe.addEventListener('spire-draft-saved', resolve, { once: true }));
    await typeInFrame('Trives i frikvarteret');
    await saved;
    expect(page().draftStoreKind()).to.equal('indexeddb');
    expect(await stored()).to.deep.equal({ note: 'Trives i frikvarteret' });

    await reload();
    const restored = await ready();
    expect(restored?.value).to.deep.equal({ note: 'Trives i frikvarteret' });
    expect(input().value).to.equal('Trives i frikvarteret');
    expect(page().draftStoreKind()).to.equal('indexeddb');
    expect(statusText()).to.match(/^Kladde gemt kl\. \d\d\.\d\d$/);
  });

  it('keeps the last keystrokes, saved on pagehide before the debounce fired', async () => {
    const saved = new Promise((resolve) => page().probe.addEventListener('spire-draft-saved', resolve, { once: true }));
    await typeInFrame('Glad');
    await saved;
    await typeInFrame(' i dag');
    // The last edit is still waiting for its timer: only the pagehide flush can save it now.
    expect(page().draftSavedCount).to.equal(1);
    expect(page().probe.drafts.status).to.equal('saved');
    await reload();
    expect((await ready())?.value).to.deep.equal({ note: 'Glad i dag' });
    expect(input().value).to.equal('Glad i dag');
    expect(await stored()).to.deep.equal({ note: 'Glad i dag' });
  });

  it('does not restore a draft that was cleared on submit', async () => {
    const saved = new Promise((resolve) => page().probe.addEventListener('spire-draft-saved', resolve, { once: true }));
    await typeInFrame('Sendt');
    await saved;
    await page().probe.drafts.clear();
    await reload();
    expect(await ready()).to.equal(undefined);
    expect(input().value).to.equal('');
    expect(await stored()).to.equal(undefined);
  });
});
