// The embedding pages (demo/embed/) as a vendor runs them: from the PACKED packages, in a Vite dev server
// over the scratch project (the `development` condition, React's JSX, Vue's runtime), loaded in Chromium.
// Each test types into a real widget with the keyboard and completes a real record: a plain form's native
// submit hands FormData on, React 19 and a Vue wrapper component hear spire-submit.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { exampleConcernNote, exampleIndstilling, exampleNetworkMap, exampleWellbeingCheck } from '@spire/model/examples';
import { createFrame, loadPage } from './page-frame.js';

type Widget = HTMLElement & { value: { kind: string; status: string; id: string; observations?: string } | undefined; updateComplete: Promise<boolean>; submit(): Promise<unknown> };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let frame: HTMLIFrameElement;
const doc = () => frame.contentDocument!;
const widget = (selector: string) => doc().querySelector(selector) as Widget;

async function load(page: string, ready: string): Promise<void> {
  frame?.remove();
  frame = createFrame(page);
  // The first page also waits for Vite to pre-bundle React and Vue.
  await loadPage(frame, `/vite/embed/${page}`, () => widget(ready)?.value, 15_000);
  expect(widget(ready)?.value, `${ready} is running on ${page}`).to.exist;
  await widget(ready).updateComplete;
}

/** Types into a text field of a widget with the real keyboard. */
async function typeInto(host: Widget, field: string, text: string): Promise<void> {
  const area = host.shadowRoot!.querySelector<HTMLElement>(`spire-text-area[data-field="${field}"]`)!;
  area.shadowRoot!.querySelector('textarea')!.focus();
  await sendKeys({ type: text });
  await wait(300);
  await host.updateComplete;
}

/** A completed example note's content, as the host's own draft (the user still has to finish it). */
const noteDraft = (id: string) => ({ ...structuredClone(exampleConcernNote), id, status: 'draft' as const, observations: '' });

describe('embedding pages from the packed packages (Vite dev server)', function () {
  this.timeout(60_000);
  after(() => frame?.remove());

  it('plain HTML form: four widgets in FormData through the form’s own submit button', async () => {
    await load('form.html', 'spire-concern-note');
    for (const tag of ['spire-wellbeing-check', 'spire-concern-note', 'spire-network-map', 'spire-referral-form']) {
      expect(frame.contentWindow!.customElements.get(tag), tag).to.exist;
    }
    widget('spire-wellbeing-check').value = structuredClone(exampleWellbeingCheck) as never;
    widget('spire-network-map').value = structuredClone(exampleNetworkMap) as never;
    widget('spire-referral-form').value = structuredClone(exampleIndstilling) as never;
    widget('spire-concern-note').value = noteDraft('cn-form-page') as never;
    await widget('spire-concern-note').updateComplete;
    await typeInto(widget('spire-concern-note'), 'observations', 'Ida sad alene i frikvarteret.');
    doc().querySelector<HTMLButtonElement>('.host-submit')!.click();
    const said = doc().querySelector('#received')!.textContent!;
    expect(said).to.contain('Sendt med formularen');
    // FormData holds each record as it would be submitted (completed where it was a draft), as JSON.
    expect(said).to.contain('wellbeing-check').and.to.contain('concern-note (completed) cn-form-page').and.to.contain('network-map').and.to.contain('referral');
    const form = doc().querySelector<HTMLFormElement>('#host-form')!;
    const data = new (frame.contentWindow as unknown as { FormData: typeof FormData }).FormData(form);
    expect(JSON.parse(String(data.get('note'))).observations, 'what was typed').to.equal('Ida sad alene i frikvarteret.');
  });

  it('React 19: properties and onspire-submit straight on the element, a controlled value from onInput', async () => {
    await load('react.html', 'spire-concern-note');
    const note = widget('spire-concern-note');
    expect(note.value!.kind, 'the provider’s author and child reached the widget').to.equal('concern-note');
    await typeInto(note, 'observations', 'Ida græd ved aflevering.');
    expect(doc().querySelector('#draft-state')!.textContent, 'React state follows input').to.equal('concern-note · draft');
    const { id, observations } = note.value!;
    note.value = { ...noteDraft(id), observations } as never;
    await note.updateComplete;
    expect(await note.submit()).to.exist;
    await wait(50);
    expect(doc().querySelector('#received')!.textContent).to.equal(`Modtaget som hændelse: concern-note (completed) ${id}`);
    expect(doc().querySelector('#draft-state')!.textContent, 'the completed record reached React state').to.equal('concern-note · completed');
  });

  it('@spire/react: a generated wrapper sets properties and hears onSpireSubmit', async () => {
    await load('react-wrappers.html', 'spire-concern-note');
    const note = widget('spire-concern-note');
    expect(note.value!.kind, 'the provider’s author and child reached the widget through the wrappers').to.equal('concern-note');
    await typeInto(note, 'observations', 'Ida ville ikke spise.');
    const { id, observations } = note.value!;
    expect(observations).to.equal('Ida ville ikke spise.');
    note.value = { ...noteDraft(id), observations } as never;
    await note.updateComplete;
    expect(await note.submit()).to.exist;
    await wait(50);
    expect(doc().querySelector('#received')!.textContent).to.equal(`Modtaget som hændelse: concern-note (completed) ${id}`);
  });

  it('Vue 3: a wrapper component with v-model and events out, no spire-error flood from v-model’s null', async () => {
    await load('vue.html', 'spire-concern-note');
    const note = widget('spire-concern-note');
    await wait(100);
    expect(doc().querySelector('#error-count')!.textContent, 'v-model wrote null as \'\' without an error').to.equal('0');
    const id = note.value!.id;
    await typeInto(note, 'observations', 'Ida sagde, at hun ikke vil hjem.');
    expect(doc().querySelector('#draft-state')!.textContent, 'v-model took the typed record').to.equal('concern-note · draft');
    expect(note.value!.observations).to.equal('Ida sagde, at hun ikke vil hjem.');
    expect(note.value!.id, 'the same record all along').to.equal(id);
    note.value = { ...noteDraft(id), observations: note.value!.observations } as never;
    await note.updateComplete;
    expect(await note.submit()).to.exist;
    await wait(50);
    expect(doc().querySelector('#received')!.textContent).to.equal(`Modtaget som hændelse: concern-note (completed) ${id}`);
    expect(doc().querySelector('#error-count')!.textContent).to.equal('0');
  });
});
