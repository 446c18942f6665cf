import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deleteDB } from 'idb';
import { newId } from '@spire/model';
import type { HttpDraftReloadWindow } from '../../../../../test/fixtures/http-draft-reload-page.js';
import { resetServer, setFaults, waitFor } from '../../../../../test/servers/records-server-client.js';

// A widget whose only store is an HttpDraftStore (drafts through its IndexedDB outbox), on a real page
// reloaded right after the last keystroke — as test/demo.test.ts reloads the demo — must come back with
// every character typed, as the embedded IndexedDbDraftStore does. Nothing typed is lost.

const SENTENCE = 'Ida sad alene ved frokosten tre dage i træk.';

let frame: HTMLIFrameElement;
let databaseName: string;

function page(): HttpDraftReloadWindow {
  return frame.contentWindow as unknown as HttpDraftReloadWindow;
}

function loaded(): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

async function ready(): Promise<void> {
  await waitFor(() => page().note?.value, 'the page to open its note');
  await page().note.updateComplete;
}

function textarea(): HTMLTextAreaElement {
  return page().note.shadowRoot!.querySelector('spire-text-area[data-field="observations"]')!.shadowRoot!.querySelector('textarea')!;
}

async function reload(): Promise<void> {
  const reloaded = loaded();
  page().location.reload();
  await reloaded;
  await ready();
}

for (const kind of ['indexeddb', 'http'] as const) {
  describe(`a draft typed through ${kind === 'http' ? 'an HttpDraftStore' : 'the IndexedDbDraftStore'} and a reload right after`, function () {
    this.timeout(30_000);
    let id: string;

    beforeEach(async () => {
      const endpoint = await resetServer();
      // Every request is held, so nothing the server does can help: the draft must be on this device.
      await setFaults({ always: { kind: 'delay', ms: 2000 } });
      databaseName = `spire-http-draft-reload-${newId()}`;
      id = `cn-reload-${newId()}`;
      frame = document.createElement('iframe');
      frame.title = 'Kladde-side';
      frame.width = '900';
      frame.height = '700';
      const first = loaded();
      frame.src = `/test/fixtures/http-draft-reload.html?store=${kind}&db=${encodeURIComponent(databaseName)}&endpoint=${encodeURIComponent(endpoint)}&id=${id}`;
      document.body.append(frame);
      await first;
      await ready();
    });

    afterEach(async () => {
      page().store.close();
      frame.remove();
      await setFaults({});
      await deleteDB(databaseName);
    });

    it('keeps every character typed before the reload', async () => {
      const saved = new Promise((resolve) => page().note.addEventListener('spire-draft-saved', resolve, { once: true }));
      frame.focus();
      textarea().focus();
      await sendKeys({ type: SENTENCE });
      await saved;
      expect(page().note.value!.observations).to.equal(SENTENCE);
      // At once, as a user closing or reloading the tab: only what the store has committed by now counts.
      await reload();
      const entry = await page().store.get<{ observations?: string }>(`spire:concern-note:${id}`);
      expect(entry?.value.observations, 'the draft read back').to.equal(SENTENCE);
      await waitFor(() => page().note.value!.observations === SENTENCE || undefined, 'the widget to restore the draft').catch(() => undefined);
      expect(page().note.value!.observations, 'the widget after the reload').to.equal(SENTENCE);
    });
  });
}
