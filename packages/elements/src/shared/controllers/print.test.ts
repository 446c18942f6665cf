import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import type { ConcernNote } from '@spire/model';
import { exampleConcernNote } from '@spire/model/examples';
import { SpireTestNote } from '../../../../../test/fixtures/spire-test-note.js';
import { MemoryDraftStore } from '../drafts/memory-store.js';
import { defineElement } from '../define-element.js';
import { formatDate } from '../i18n/i18n.js';
import { cssString, pageRule } from './print.js';

/** A widget on the shared base that also prints another version of its record, as the wellbeing check's parents' version will. */
class PrintProbe extends SpireTestNote {
  /** Versions seen while rendering for paper. */
  seen: (string | undefined)[] = [];
  printVersion(version?: string): void {
    this.print.print(version);
  }
  get printController() {
    return this.print;
  }
  override render() {
    if (this.print.printing) this.seen.push(this.print.version);
    if (this.print.printing && this.print.version === 'letter') return litHtml`<p class="letter">Kære forældre</p>`;
    return super.render();
  }
}
defineElement('spire-print-probe', PrintProbe);

const HOSTILE = '"; } body { display:none } @page { content: "x';

function note(patch: Partial<ConcernNote> = {}): ConcernNote {
  return { ...structuredClone(exampleConcernNote), ...patch };
}

async function widget(value: ConcernNote = note(), tag = 'spire-test-note'): Promise<SpireTestNote> {
  const el = document.createElement(tag) as SpireTestNote;
  el.store = new MemoryDraftStore();
  el.value = value;
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** Sheets the document has adopted that Spire added (the page's own are kept apart by identity). */
function ours(before: readonly CSSStyleSheet[]): CSSStyleSheet[] {
  return document.adoptedStyleSheets.filter((s) => !before.includes(s));
}

/** The one @page rule of a margin sheet, with its margin boxes by name. */
function marginBoxes(sheet: CSSStyleSheet): Record<string, string> {
  expect(sheet.cssRules.length, 'rules in the margin sheet').to.equal(1);
  const rule = sheet.cssRules[0]!;
  expect(rule.constructor.name, 'the one rule').to.equal('CSSPageRule');
  const boxes = [...(rule as CSSPageRule & { cssRules: CSSRuleList }).cssRules] as (CSSRule & { name: string; style: CSSStyleDeclaration })[];
  return Object.fromEntries(boxes.map((box) => [box.name, box.style.getPropertyValue('content')]));
}

/** Reads a CSS string token back to its text (the reverse of `cssString`). */
function unquote(token: string): string {
  expect(token.startsWith('"') && token.endsWith('"'), `a single string: ${token}`).to.equal(true);
  return token.slice(1, -1).replace(/\\([0-9a-fA-F]{1,6} ?|[^0-9a-fA-F])/g, (_m, escaped: string) => (/^[0-9a-fA-F]/.test(escaped) ? String.fromCodePoint(parseInt(escaped, 16)) : escaped));
}

function printing(): void {
  window.dispatchEvent(new Event('beforeprint'));
}
async function printed(...els: SpireTestNote[]): Promise<void> {
  window.dispatchEvent(new Event('afterprint'));
  for (const el of els) await el.updateComplete;
}

describe('PrintController', () => {
  afterEach(() => {
    document.documentElement.setAttribute('lang', 'da');
    // A failed test must not leave its print state to the next one.
    window.dispatchEvent(new Event('afterprint'));
  });

  describe('page margins', () => {
    it('while printing, one @page rule gives every page the child, the confidentiality line and "Side x af y"; afterwards it is gone', async () => {
      const before = [...document.adoptedStyleSheets];
      const el = await widget();
      expect(ours(before), 'nothing before printing').to.deep.equal([]);
      printing();
      const [sheet, ...more] = ours(before);
      expect(more, 'one sheet').to.deep.equal([]);
      const boxes = marginBoxes(sheet!);
      expect(unquote(boxes['top-left']!)).to.equal('Ida');
      expect(unquote(boxes['bottom-left']!)).to.equal('Fortroligt: indeholder oplysninger om et barn. Opbevares og deles efter kommunens regler.');
      expect(boxes['bottom-right']).to.equal('"Side " counter(page) " af " counter(pages)');
      await printed(el);
      expect(ours(before), 'nothing after printing').to.deep.equal([]);
    });

    it('speaks the record’s language: "Page x of y" in English', async () => {
      document.documentElement.setAttribute('lang', 'en');
      const el = await widget();
      await aTimeout(0);
      await el.updateComplete;
      const before = [...document.adoptedStyleSheets];
      printing();
      const boxes = marginBoxes(ours(before)[0]!);
      expect(boxes['bottom-right']).to.equal('"Page " counter(page) " of " counter(pages)');
      expect(unquote(boxes['bottom-left']!)).to.match(/^Confidential: contains information about a child\./);
      await printed(el);
    });

    it('a hostile child name stays text inside one valid @page rule: the page is not restyled', async () => {
      const before = [...document.adoptedStyleSheets];
      const el = await widget(note({ child: { ...exampleConcernNote.child, displayName: HOSTILE } }));
      printing();
      const sheets = ours(before);
      expect(sheets.length).to.equal(1);
      const boxes = marginBoxes(sheets[0]!);
      expect(Object.keys(boxes).sort()).to.deep.equal(['bottom-left', 'bottom-right', 'top-left']);
      expect(unquote(boxes['top-left']!)).to.equal(HOSTILE);
      expect(getComputedStyle(document.body).display).to.not.equal('none');
      await printed(el);
    });

    it('escapes backslash, quotes, newlines and every control character as CSS escapes', () => {
      expect(cssString('a"b\'c\\d')).to.equal('"a\\"b\\\'c\\\\d"');
      expect(cssString('Ida\nNoah\r\t\u0000\u001f\u007f!')).to.equal('"Ida\\a Noah\\d \\9 \\0 \\1f \\7f !"');
      // What the escapes mean: the text comes back from the browser's own parser unchanged.
      const name = 'Ida\n"Noah"\\\u0001 }{ ; @page';
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(pageRule({ child: name, confidential: 'x', pageOf: 'Side {{page}} af {{pages}}' }));
      expect(unquote(marginBoxes(sheet)['top-left']!)).to.equal(name);
    });

    it('never clobbers the page’s own adopted sheets: ours is appended, and only ours is removed (also a sheet the page adds while printing stays)', async () => {
      const own = new CSSStyleSheet();
      own.replaceSync('.page-own { color: rebeccapurple; }');
      const original = [...document.adoptedStyleSheets];
      document.adoptedStyleSheets = [...original, own];
      try {
        const el = await widget();
        printing();
        const during = [...document.adoptedStyleSheets];
        expect(during.slice(0, -1)).to.deep.equal([...original, own]);
        const later = new CSSStyleSheet();
        document.adoptedStyleSheets.push(later);
        await printed(el);
        expect(document.adoptedStyleSheets).to.deep.equal([...original, own, later]);
      } finally {
        document.adoptedStyleSheets = original;
      }
    });

    it('two records on one page: one sheet naming each child once, in page order; one left printing keeps its child; none after', async () => {
      const before = [...document.adoptedStyleSheets];
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const make = async (displayName: string, id: string) => {
        const el = document.createElement('spire-test-note') as SpireTestNote;
        el.store = new MemoryDraftStore();
        el.value = note({ id, child: { ...exampleConcernNote.child, id: `child-${id}`, displayName } });
        return el;
      };
      const first = await make('Ida', 'a');
      const second = await make('Noah', 'b');
      const again = await make('Ida', 'c');
      wrapper.append(first, second, again);
      await Promise.all([first.updateComplete, second.updateComplete, again.updateComplete]);
      printing();
      const sheets = ours(before);
      expect(sheets.length, 'one sheet for the page').to.equal(1);
      expect(unquote(marginBoxes(sheets[0]!)['top-left']!)).to.equal('Ida / Noah');
      // A record taken off the page while printing takes its child with it.
      second.remove();
      expect(unquote(marginBoxes(sheets[0]!)['top-left']!)).to.equal('Ida');
      await printed(first, again);
      expect(ours(before)).to.deep.equal([]);
    });

    it('a record removed from the page while printing leaves no sheet behind', async () => {
      const before = [...document.adoptedStyleSheets];
      const el = await widget();
      printing();
      expect(ours(before).length).to.equal(1);
      el.remove();
      expect(ours(before)).to.deep.equal([]);
    });
  });

  describe('page 1', () => {
    const text = (el: SpireTestNote) => el.shadowRoot!.querySelector('.print-meta')?.textContent?.replace(/\s+/g, ' ').trim();

    it('says when and by whom the record was completed, and that it is confidential — only while printing', async () => {
      const el = await widget();
      expect(text(el), 'not on screen').to.equal(undefined);
      printing();
      const when = formatDate('2026-11-12T09:20:00Z', 'da', { dateStyle: 'long', timeStyle: 'short' });
      expect(text(el)).to.equal(`Afsluttet ${when} af Mette Holm, pædagog. Fortroligt: indeholder oplysninger om et barn. Opbevares og deles efter kommunens regler.`);
      await expect(el).to.be.accessible();
      await printed(el);
      expect(text(el), 'gone after printing').to.equal(undefined);
    });

    it('takes the last completion or amendment from the history', async () => {
      const value = note({
        status: 'amended',
        history: [
          ...exampleConcernNote.history,
          { at: '2026-11-20T10:00:00Z', by: { name: 'Jonas Berg', role: 'lærer' }, action: 'amended' },
          { at: '2026-11-21T10:00:00Z', by: { name: 'Else Dal', role: 'leder' }, action: 'edited' },
        ],
      });
      const el = await widget(value);
      printing();
      expect(text(el)).to.contain(`Rettet ${formatDate('2026-11-20T10:00:00Z', 'da', { dateStyle: 'long', timeStyle: 'short' })} af Jonas Berg, lærer.`);
      await printed(el);
    });

    it('a draft says so', async () => {
      const el = await widget(note({ status: 'draft', history: exampleConcernNote.history.slice(0, 1) }));
      printing();
      expect(text(el)).to.match(/^Kladde – ikke afsluttet\. Fortroligt:/);
      await printed(el);
    });

    it('a completed record changed on screen says the printout holds corrections not saved yet', async () => {
      const el = await widget();
      const area = el.shadowRoot!.querySelector('textarea')!;
      area.value = `${area.value} Rettet.`;
      area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      printing();
      expect(text(el)).to.contain('Udskriften indeholder rettelser, der endnu ikke er gemt.');
      await printed(el);
    });

    it('in English', async () => {
      document.documentElement.setAttribute('lang', 'en');
      const el = await widget();
      await aTimeout(0);
      await el.updateComplete;
      printing();
      expect(text(el)).to.match(/^Completed .+ by Mette Holm, pædagog\. Confidential: contains information about a child\./);
      await printed(el);
    });
  });

  describe('print(version)', () => {
    let realPrint: typeof window.print;
    let calls = 0;
    beforeEach(() => {
      realPrint = window.print;
      calls = 0;
    });
    afterEach(() => {
      window.print = realPrint;
    });
    /** A browser that prints at once: `beforeprint`, paper, `afterprint`, inside `window.print()`. */
    const browserPrints = () => {
      window.print = () => {
        calls++;
        window.dispatchEvent(new Event('beforeprint'));
        window.dispatchEvent(new Event('afterprint'));
      };
    };

    it('the print button prints the record itself', async () => {
      browserPrints();
      const el = (await widget(note(), 'spire-print-probe')) as PrintProbe;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="print"]')!.click();
      expect(calls).to.equal(1);
      expect(el.seen).to.deep.equal([undefined]);
    });

    it('renders the version asked for while printing, and the record again after', async () => {
      browserPrints();
      const el = (await widget(note(), 'spire-print-probe')) as PrintProbe;
      el.printVersion('letter');
      expect(el.seen).to.deep.equal(['letter']);
      expect(el.printController.version).to.equal(undefined);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.letter')).to.equal(null);
      // The browser's own print command afterwards prints the record itself.
      window.dispatchEvent(new Event('beforeprint'));
      expect(el.shadowRoot!.querySelector('.letter')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.print-meta')).to.not.equal(null);
      await printed(el);
    });

    it('a browser printing after window.print() returns (afterprint later) keeps the version until afterprint', async () => {
      window.print = () => {
        calls++;
        window.dispatchEvent(new Event('beforeprint'));
      };
      const el = (await widget(note(), 'spire-print-probe')) as PrintProbe;
      el.printVersion('letter');
      expect(el.shadowRoot!.querySelector('.letter')).to.not.equal(null);
      expect(el.printController.version).to.equal('letter');
      await printed(el);
      expect(el.printController.version).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('.letter')).to.equal(null);
    });

    it('a blocked print dialog (no beforeprint) forgets the version at once', async () => {
      window.print = () => {
        calls++;
      };
      const el = (await widget(note(), 'spire-print-probe')) as PrintProbe;
      el.printVersion('letter');
      expect(calls).to.equal(1);
      expect(el.printController.version).to.equal(undefined);
      window.dispatchEvent(new Event('beforeprint'));
      expect(el.seen).to.deep.equal([undefined]);
      await printed(el);
    });
  });
});
