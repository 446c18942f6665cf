import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { newId } from '@spire/model';
import { exampleConcernNote } from '@spire/model/examples';
import type { OutboxReloadWindow } from '../../../../../test/fixtures/outbox-reload-page.js';
import { quietServerState, resetServer, serverState, setFaults, waitFor } from '../../../../../test/servers/records-server-client.js';

// A real page with an HttpDraftStore, reloaded while its outbox is still sending (as
// test/draft-reload.test.ts reloads a page with a draft): what was queued survives in IndexedDB, the
// reloaded page's store sends it on its own start, and each record is stored exactly once.

let frame: HTMLIFrameElement;
let databaseName: string;

function page(): OutboxReloadWindow {
  return frame.contentWindow as unknown as OutboxReloadWindow;
}

function loaded(): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

async function reload(): Promise<void> {
  const reloaded = loaded();
  page().location.reload();
  await reloaded;
  await waitFor(() => page().store, 'the reloaded page to make its store');
}

describe('the outbox survives a real page reload', function () {
  this.timeout(40_000);

  beforeEach(async () => {
    const endpoint = await resetServer();
    databaseName = `spire-outbox-reload-${newId()}`;
    frame = document.createElement('iframe');
    frame.title = 'Udbakke-side';
    const first = loaded();
    frame.src = `/test/fixtures/outbox-reload.html?db=${encodeURIComponent(databaseName)}&endpoint=${encodeURIComponent(endpoint)}`;
    document.body.append(frame);
    await first;
    await waitFor(() => page().store, 'the page to make its store');
  });

  afterEach(async () => {
    page().store.close();
    frame.remove();
    await setFaults({});
    await deleteDB(databaseName);
  });

  it('sends every record once, none lost, when the page reloads mid-outbox', async () => {
    // Every request is held 500 ms by the server, so the reload catches one under way; the first is
    // stored but its answer never comes back.
    await setFaults({ script: [{ kind: 'drop-after' }], always: { kind: 'delay', ms: 500 } });
    const notes = Array.from({ length: 6 }, () => ({ ...structuredClone(exampleConcernNote), id: `cn-${newId()}` }));
    for (const value of notes) await page().store.submit({ kind: value.kind, id: value.id, value });
    await page().store.put('spire:concern-note:reload', { note: 'skrevet lige før' });
    // Reload while the server holds a request it has not handled yet (after two records are stored).
    await waitFor(async () => {
      const state = await serverState();
      return state.stored.length >= 2 && state.log.some((r) => r.type === 'record.submit' && r.fault === 'delay' && !r.processedAt);
    }, 'two records stored and a third under way');
    expect(page().store.status.pending).to.be.above(2);

    const reloadedAt = Date.now();
    await reload();
    await setFaults({});
    // Nothing here asks the reloaded page to send: its store does so on its own start.
    await waitFor(async () => new Set((await serverState()).stored.map((r) => r.id)).size === notes.length, 'the reloaded page to send the rest', 20_000);
    await waitFor(() => page().store.status.state === 'idle' && page().store.status.pending === 0, 'the outbox to empty');

    const state = await quietServerState();
    // Mid-outbox indeed: a request the first page sent was still held by the server when it reloaded.
    expect(state.log.some((r) => r.type === 'record.submit' && r.at < reloadedAt && r.processedAt! > reloadedAt), 'a request under way at the reload').to.equal(true);
    const counts = new Map<string, number>();
    for (const record of state.stored) counts.set(record.id, (counts.get(record.id) ?? 0) + 1);
    expect([...counts.keys()].sort()).to.deep.equal(notes.map((value) => value.id).sort());
    expect([...counts.values()]).to.deep.equal([1, 1, 1, 1, 1, 1]);
    expect(state.drafts['spire:concern-note:reload']?.value).to.deep.equal({ note: 'skrevet lige før' });
    // The reloaded page sent what the first left, by itself (no poll timer on this page).
    expect(state.log.filter((r) => r.method === 'POST' && r.at > reloadedAt).length).to.be.above(2);
    expect(state.log.some((r) => r.fault === 'drop-after')).to.equal(true);
    expect((await page().store.get<{ note: string }>('spire:concern-note:reload'))?.value).to.deep.equal({ note: 'skrevet lige før' });
  });

  it('keeps a draft saved just before the reload, and sends it after', async () => {
    await setFaults({ always: { kind: 'drop-before' } });
    await page().store.put('spire:concern-note:r2', { note: 'gemt' });
    await reload();
    expect((await page().store.get<{ note: string }>('spire:concern-note:r2'))?.value).to.deep.equal({ note: 'gemt' });
    await setFaults({});
    await waitFor(async () => (await serverState()).drafts['spire:concern-note:r2'], 'the draft to be sent', 20_000);
    expect((await serverState()).drafts['spire:concern-note:r2']?.value).to.deep.equal({ note: 'gemt' });
    await waitFor(() => page().store.status.pending === 0 && page().store.status.state === 'idle', 'the outbox to empty');
  });
});
