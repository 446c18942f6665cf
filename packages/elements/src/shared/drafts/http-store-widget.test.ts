import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { type ConcernNote, newId } from '@spire/model';
import { exampleConcernNote } from '@spire/model/examples';
import '../../concern-note/define.js';
import type { SpireConcernNote } from '../../concern-note/concern-note.js';
import { HttpDraftStore } from './http-store.js';
import { quietServerState, resetServer, setFaults } from '../../../../../test/servers/records-server-client.js';

// A widget given an HttpDraftStore: its submit queues the record for the host's back end (a real server
// on 127.0.0.1, started by the test run) and its status line says how sending goes.
describe('a widget with an HttpDraftStore', function () {
  this.timeout(30_000);
  let store: HttpDraftStore;
  let name: string;

  beforeEach(async () => {
    const endpoint = await resetServer();
    name = `spire-outbox-widget-${newId()}`;
    store = new HttpDraftStore({ endpoint, name, retryBase: 20, retryCap: 200, draftDelay: 30, draftMaxWait: 500, requestTimeout: 3000, pollInterval: 0 });
  });

  afterEach(async () => {
    store.close();
    await setFaults({});
    await new Promise((resolve) => setTimeout(resolve, 50));
    await deleteDB(name);
  });

  async function note(lang = 'da') {
    const value: ConcernNote = { ...structuredClone(exampleConcernNote), id: `cn-${newId()}`, status: 'draft' };
    const el = await fixture<SpireConcernNote>(html`<spire-concern-note lang=${lang} .store=${store} .value=${value}></spire-concern-note>`);
    await el.updateComplete;
    return el;
  }

  const statusLine = (el: SpireConcernNote) => el.shadowRoot!.querySelector('.record-header')!.textContent!.replace(/\s+/g, ' ');

  it('sends the submitted record to the server once, and says it was sent', async () => {
    const el = await note();
    const submitted = await el.submit();
    expect(submitted).to.exist;
    await waitUntil(async () => (await quietServerState()).stored.some((record) => record.id === submitted!.id), 'the server has the record', { timeout: 10_000 });
    const state = await quietServerState();
    expect(state.stored.filter((record) => record.id === submitted!.id)).to.have.length(1);
    await waitUntil(() => /Sendt kl\. \d\d\.\d\d/.test(statusLine(el)), 'the status line says it was sent', { timeout: 10_000 });
    await expect(el).to.be.accessible();
  });

  it('keeps the record queued through server errors and says so, in English too', async () => {
    await setFaults({ always: { kind: 'status', status: 500 } });
    const el = await note('en');
    const submitted = await el.submit();
    expect(submitted, 'queued: the submit itself does not wait for the network').to.exist;
    await waitUntil(() => store.status.pending > 0 && store.status.state !== 'sending', 'waiting to retry', { timeout: 10_000 });
    await setFaults({});
    await store.sendNow();
    await waitUntil(async () => (await quietServerState()).stored.some((record) => record.id === submitted!.id), 'sent after the errors', { timeout: 10_000 });
    await waitUntil(() => /Sent at/.test(statusLine(el)), 'the English status line', { timeout: 10_000 });
  });
});
