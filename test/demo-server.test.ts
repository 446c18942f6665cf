// The demo's whole path, widget → server → back: a wellbeing check typed in and completed on the demo page
// goes out through the page's HttpDraftStore, the demo's back end (demo/server/, mounted under /api/spire by
// test/servers/demo-backend-plugin.mjs as `npm start` mounts it in Vite) validates and stores it, the
// page's "Modtaget af serveren" list shows it, and "Åbn serverens kopi" opens the server's copy again.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFrame, loadPage } from './page-frame.js';
import { type WellbeingCheck, newId } from '@spire/model';
import { exampleConcernNote, exampleWellbeingCheck } from '@spire/model/examples';

type Widget = HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean>; value: Record<string, unknown> | undefined };

let frame: HTMLIFrameElement;
const doc = () => frame.contentDocument!;
const widget = (tag: string) => doc().querySelector(tag) as Widget;
const CHECK_ID = 'wc-2026-2-ida-demo';

async function load(): Promise<void> {
  await loadPage(frame, '/demo/index.html', () => widget('spire-wellbeing-check')?.value);
  await widget('spire-wellbeing-check').updateComplete;
}

/** What the server holds for a record id (its newest version), or `undefined`. */
async function fromServer(id: string): Promise<{ status: string; versions: number; record: Record<string, unknown> } | undefined> {
  const response = await fetch(`/api/spire/records/${id}`, { cache: 'no-store' });
  return response.ok ? response.json() : undefined;
}

describe('the demo and its back end', function () {
  this.timeout(60_000);

  before(() => {
    sessionStorage.clear();
    frame = createFrame('Demo');
  });
  after(() => {
    sessionStorage.clear();
    frame.remove();
  });

  it('sends a check typed in and completed on the page to the server, lists it, and opens the server’s copy again', async () => {
    await load();
    const panel = () => doc().querySelector<HTMLElement>('#server-panel')!;
    expect(panel().querySelector('h2')!.textContent).to.equal('Modtaget af serveren');

    // Fill: the example's positions, then the strengths typed in by keyboard; submit with the widget's own button.
    const check = widget('spire-wellbeing-check');
    const marker = `Ida hjælper de yngre i frikvarteret (${newId().slice(0, 8)}).`;
    check.value = { ...structuredClone(exampleWellbeingCheck), id: CHECK_ID, status: 'draft', strengths: '' } as WellbeingCheck as unknown as Record<string, unknown>;
    await check.updateComplete;
    check.shadowRoot.querySelector('spire-text-area[data-field="strengths"]')!.shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ type: marker });
    await waitUntil(() => check.value?.strengths === marker, 'the typed strengths are in the record');
    const submit = [...check.shadowRoot.querySelectorAll<HTMLButtonElement>('button.primary')].find((button) => button.textContent!.includes('Afslut vurdering'))!;
    submit.click();

    // The server has it: validated, stored, readable by id, with what was typed.
    await waitUntil(async () => (await fromServer(CHECK_ID))?.record.strengths === marker, 'the server stored the completed check', { timeout: 20_000, interval: 200 });
    const stored = (await fromServer(CHECK_ID))!;
    expect(stored.status).to.equal('completed');
    expect(stored.record.kind).to.equal('wellbeing-check');

    // The page lists what the server received.
    const item = () => panel().querySelector<HTMLElement>(`[data-server-list] li[data-record-id="${CHECK_ID}"]`);
    await waitUntil(() => item() !== null, 'the page lists the record as received by the server', { timeout: 10_000 });
    expect(item()!.textContent).to.contain('Trivselsvurdering').and.to.contain('afsluttet');
    expect(panel().querySelector('[data-server-state]')!.textContent).to.match(/Serveren har modtaget \d+ registrering/);

    // The path back: a fresh page has only an empty draft of the check; the server's copy opens in it.
    await load();
    const again = widget('spire-wellbeing-check');
    expect(again.value!.strengths ?? '', 'no local copy of the completed check').to.not.equal(marker);
    await waitUntil(() => item() !== null, 'listed after the reload', { timeout: 10_000 });
    item()!.querySelector('button')!.click();
    await waitUntil(() => again.value?.strengths === marker, 'the server’s copy is open in the widget', { timeout: 10_000 });
    expect(again.value!.status).to.equal('completed');
    expect(doc().querySelector('.banner')!.textContent).to.contain('Åbnet fra serveren: Trivselsvurdering');

    // In English too.
    doc().querySelector<HTMLButtonElement>('.lang button[data-lang="en"]')!.click();
    expect(panel().querySelector('h2')!.textContent).to.equal('Received by the server');
    expect(item()!.textContent).to.contain('Wellbeing check').and.to.contain('completed');
    doc().querySelector<HTMLButtonElement>('.lang button[data-lang="da"]')!.click();
  });

  it('refuses an invalid record on the same origin with the model’s issues, and stores nothing', async () => {
    const id = `cn-invalid-${newId().slice(0, 8)}`;
    const response = await fetch('/api/spire', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `spire-${id}` },
      body: JSON.stringify({ type: 'record.submit', record: { kind: 'concern-note', id, value: { ...structuredClone(exampleConcernNote), id, observations: 42 } } }),
    });
    expect(response.status).to.equal(422);
    const answer = await response.json();
    expect(answer.issues.map((issue: { path: (string | number)[] }) => issue.path.join('.'))).to.deep.equal(['observations']);
    expect(await fromServer(id)).to.equal(undefined);
  });
});
