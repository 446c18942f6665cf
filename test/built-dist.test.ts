// What we ship is what we test: the build minifies the text of Lit's html``, svg`` and css`` templates
// (packages/elements/vite.config.ts), which the browser tests, running on source, never see. So every
// widget is rendered twice, from source and from packages/elements/dist, each in its own frame (its own
// custom-element registry), in Danish and in English, and the two must show the same elements with the
// same attributes and computed styles, and the same text. Needs a build (`npm test` builds first).
import { expect } from '@open-wc/testing';
import type { BuiltPageWindow, PageSnapshot } from './fixtures/built-page.js';

async function open(from: 'src' | 'dist'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = `Spire from ${from}`;
  frame.width = '1000';
  frame.height = '800';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/fixtures/built-page.html?from=${from}`;
  document.body.append(frame);
  await loaded;
  const page = () => frame.contentWindow as unknown as BuiltPageWindow;
  for (let i = 0; i < 100 && !page().ready; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  await page().ready;
  return frame;
}

const snapshot = (frame: HTMLIFrameElement): PageSnapshot => (frame.contentWindow as unknown as BuiltPageWindow).snapshot();

/** The first place two snapshots differ, said so a person can find it; undefined when they agree. */
function firstDifference(source: PageSnapshot, built: PageSnapshot): string | undefined {
  if (source.length !== built.length) return `${source.length} shadow roots from source, ${built.length} from dist`;
  for (const [i, a] of source.entries()) {
    const b = built[i]!;
    if (a.host !== b.host) return `root ${i}: <${a.host}> from source, <${b.host}> from dist`;
    if (a.text !== b.text) {
      let at = 0;
      while (a.text[at] === b.text[at]) at++;
      const around = (text: string) => `…${text.slice(Math.max(0, at - 60), at + 60)}…`;
      return `<${a.host}> text differs at ${at}:\n  src:  ${around(a.text)}\n  dist: ${around(b.text)}`;
    }
    const at = a.elements.findIndex((el, j) => el !== b.elements[j]);
    if (at >= 0 || a.elements.length !== b.elements.length) return `<${a.host}> element ${at}:\n  src:  ${a.elements[at]}\n  dist: ${b.elements[at]}`;
  }
  return undefined;
}

describe('the built package (packages/elements/dist)', () => {
  let source: HTMLIFrameElement;
  let built: HTMLIFrameElement;
  before(async () => {
    source = await open('src');
    built = await open('dist');
  });
  after(() => {
    source.remove();
    built.remove();
  });

  it('renders every widget as the source does, in Danish', () => {
    const a = snapshot(source);
    expect(a.length, 'the page rendered its widgets').to.be.above(20);
    expect(a.some((root) => root.host === 'spire-network-map' && root.elements.some((el) => el.startsWith('circle['))), 'the map is drawn').to.equal(true);
    expect(firstDifference(a, snapshot(built))).to.equal(undefined);
  });

  it('renders every widget as the source does, in English', async () => {
    for (const frame of [source, built]) {
      frame.contentDocument!.documentElement.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve, 50));
      await (frame.contentWindow as unknown as BuiltPageWindow).settled();
    }
    const a = snapshot(source);
    expect(a.find((root) => root.host === 'spire-concern-note')?.text).to.contain('Concern');
    expect(firstDifference(a, snapshot(built))).to.equal(undefined);
  });
});
