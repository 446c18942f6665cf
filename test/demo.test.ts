// The demo page as a visitor uses it: a wellbeing check whose next step is a concern note opens the note,
// prefilled from the check, and the note (with its draft) is still there after a reload.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFrame, loadPage } from './page-frame.js';
import type { Referral, WellbeingCheck } from '@spire/model';
import { exampleConcernNote, exampleUnderretning, exampleWellbeingCheck } from '@spire/model/examples';

type Widget = HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean>; value: Record<string, unknown> | undefined; submit(): Promise<unknown> };

let frame: HTMLIFrameElement;
const doc = () => frame.contentDocument!;
const widget = (tag: string) => doc().querySelector(tag) as Widget;
const panel = () => doc().querySelector<HTMLElement>('#concern-panel')!;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function load(): Promise<void> {
  await loadPage(frame, '/demo/index.html', () => widget('spire-wellbeing-check')?.value);
  await widget('spire-wellbeing-check').updateComplete;
}

describe('the demo', () => {
  before(() => {
    sessionStorage.clear();
    frame = createFrame('Demo');
  });
  after(() => {
    sessionStorage.clear();
    frame.remove();
  });

  it('opens the concern note from the wellbeing check’s next step, prefilled from the check', async () => {
    await load();
    expect(panel().hidden, 'no note before it is asked for').to.equal(true);
    const check = widget('spire-wellbeing-check');
    const completed: WellbeingCheck = { ...structuredClone(exampleWellbeingCheck), id: 'wc-2026-2-ida-demo', status: 'draft', nextStep: 'concern-note' };
    check.value = completed as unknown as Record<string, unknown>;
    await check.updateComplete;
    expect(await check.submit(), 'the check completes').to.exist;
    const note = widget('spire-concern-note');
    await note.updateComplete;
    expect(panel().hidden).to.equal(false);
    expect(doc().activeElement === panel(), 'focus moves to the note').to.equal(true);
    expect(note.shadowRoot.querySelector('.origin')!.textContent).to.contain(exampleWellbeingCheck.round.label);
    expect(String(note.value!.worries)).to.contain('(gul)');
    expect(note.value!.links).to.deep.equal([{ kind: 'wellbeing-check', id: 'wc-2026-2-ida-demo' }]);
    expect(doc().querySelector('.banner')!.textContent).to.contain('bekymringsnotat');
  });

  it('keeps the open note and what was typed in it across a reload', async () => {
    const note = widget('spire-concern-note');
    const saved = new Promise((resolve) => note.addEventListener('spire-draft-saved', resolve, { once: true }));
    note.shadowRoot.querySelector('spire-text-area[data-field="observations"]')!.shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ type: 'Ida sad alene ved frokosten tre dage i træk.' });
    await saved;
    await load();
    const again = widget('spire-concern-note');
    for (let i = 0; i < 60 && !String(again.value?.observations ?? '').includes('tre dage'); i++) await wait(50);
    expect(panel().hidden).to.equal(false);
    expect(again.value!.observations).to.equal('Ida sad alene ved frokosten tre dage i træk.');
    expect(again.shadowRoot.querySelector('.origin')!.textContent).to.contain(exampleWellbeingCheck.round.label);
  });

  it('opens an empty note from the child card’s button', async () => {
    sessionStorage.clear();
    await load();
    expect(panel().hidden).to.equal(true);
    doc().querySelector<HTMLButtonElement>('[data-action="open-note"]')!.click();
    const note = widget('spire-concern-note');
    await note.updateComplete;
    expect(panel().hidden).to.equal(false);
    expect(note.value!.kind).to.equal('concern-note');
    expect(note.shadowRoot.querySelector('.origin'), 'not from a check').to.equal(null);
    expect(note.shadowRoot.querySelector('.error, .setup-problem'), 'no setup problem').to.equal(null);
  });

  it('takes the path on to a referral: the note\'s decision opens it, prefilled from the note and the map, and sent it shows its status', async () => {
    sessionStorage.clear();
    await load();
    const referralPanel = doc().querySelector<HTMLElement>('#referral-panel')!;
    expect(referralPanel.hidden).to.equal(true);
    const note = widget('spire-concern-note');
    const completedNote = { ...structuredClone(exampleConcernNote), status: 'completed', decision: 'notification' };
    note.dispatchEvent(new CustomEvent('spire-next-step', { detail: { step: 'underretning', record: completedNote }, bubbles: true, composed: true }));
    const form = widget('spire-referral-form');
    await form.updateComplete;
    await form.updateComplete;
    expect(referralPanel.hidden).to.equal(false);
    expect(doc().activeElement === referralPanel, 'focus moves to the referral').to.equal(true);
    expect(form.value!.referralType).to.equal('underretning');
    expect(form.value!.description, 'the note\'s observations').to.equal(exampleConcernNote.observations);
    expect((form.value!.parents as { name: string }[]).map((p) => p.name), 'the parents from the network map').to.deep.equal(['Lene', 'Anders']);
    (form.shadowRoot.querySelector('.steps button[data-step="concern"]') as HTMLButtonElement).click();
    await form.updateComplete;
    expect(form.shadowRoot.querySelector('[data-prefilled="description"]')!.textContent).to.contain('Udfyldt fra bekymringsnotat');

    await load();
    const again = widget('spire-referral-form');
    for (let i = 0; i < 40 && !again.value; i++) await wait(50);
    expect(doc().querySelector<HTMLElement>('#referral-panel')!.hidden, 'still open after a reload').to.equal(false);
    expect(again.value!.id, 'the same referral').to.equal(form.value!.id);
    expect(again.value!.referralType).to.equal('underretning');

    again.value = { ...structuredClone(exampleUnderretning), id: String(form.value!.id), status: 'draft', statusHistory: [exampleUnderretning.statusHistory[0]!] } as Referral as unknown as Record<string, unknown>;
    await again.updateComplete;
    expect(await again.submit(), 'the referral is sent').to.exist;
    const status = widget('spire-referral-status');
    await status.updateComplete;
    expect(doc().querySelector<HTMLElement>('#referral-status-panel')!.hidden).to.equal(false);
    expect(status.shadowRoot.textContent).to.contain('Status for underretningen');
    expect(status.shadowRoot.querySelector('[data-deadline="receipt"]')).to.not.equal(null);
    expect(doc().querySelector('.banner')!.textContent).to.contain('Sendt.');
  });
});
