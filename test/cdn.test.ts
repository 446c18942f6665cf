// The no-build page (demo/embed/cdn.html) from the packed package: it loads one self-contained CDN file per
// widget with <script type="module"> and nothing else, and a real note goes out as an event and through
// the host form's native submit.
import { expect } from '@open-wc/testing';
import { exampleConcernNote } from '@spire/model/examples';
import { createFrame, loadPage } from './page-frame.js';

type Note = HTMLElement & { value: unknown; updateComplete: Promise<boolean>; submit(): Promise<unknown>; shadowRoot: ShadowRoot };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the no-build page with the packed CDN files', () => {
  let frame: HTMLIFrameElement;
  const doc = () => frame.contentDocument!;
  const note = () => doc().querySelector('spire-concern-note') as Note;

  beforeEach(async () => {
    frame = createFrame('CDN page', 900, 700);
    await loadPage(frame, '/packed/embed/cdn.html', () => frame.contentWindow!.customElements.get('spire-concern-note'));
    await note().updateComplete;
  });
  afterEach(() => frame.remove());

  it('defines the widget and the provider from the two files alone, and renders in Danish', async () => {
    const win = frame.contentWindow!;
    expect(win.customElements.get('spire-concern-note'), 'widget').to.exist;
    expect(win.customElements.get('spire-provider'), 'provider').to.exist;
    const scripts = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js'));
    expect(scripts.sort()).to.deep.equal(['/packed/node_modules/@spire/elements/cdn/concern-note.js', '/packed/node_modules/@spire/elements/cdn/provider.js']);
    expect(note().shadowRoot.textContent).to.contain('Hvad ser og hører vi?');
  });

  it('takes the author and child from the provider in the other file (shared context keys)', async () => {
    await wait(0);
    const value = note().value as { author?: { name: string }; child?: { id: string } } | undefined;
    expect(value?.author?.name).to.equal('Mette Holm');
    expect(value?.child?.id).to.equal('demo-child-1');
  });

  it('submits a completed note as an event and through the host form', async () => {
    const draft = { ...structuredClone(exampleConcernNote), status: 'draft', author: (note().value as { author: unknown }).author };
    note().value = draft;
    await note().updateComplete;
    expect(await note().submit()).to.exist;
    expect(doc().querySelector('#received')!.textContent).to.equal(`Modtaget: concern-note ${exampleConcernNote.id}`);
    (doc().querySelector('#host-form') as HTMLFormElement).requestSubmit();
    expect(doc().querySelector('#received')!.textContent).to.equal(`Sendt med formularen: concern-note ${exampleConcernNote.id}`);
  });
});
