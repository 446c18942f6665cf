import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';

type PrintHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * What every printed page carries in its margins: the child's name, a confidentiality line, and "Side x af y".
 * `pageOf` is one sentence with `{{page}}` and `{{pages}}` where the page number and the page count go
 * (`'Side {{page}} af {{pages}}'`), so a language may put them in its own order.
 */
export interface PageText {
  child: string;
  confidential: string;
  pageOf: string;
}

export interface PrintOptions {
  /** Renders the host now (Lit's `performUpdate`): the page is laid out for paper right after `beforeprint`. */
  renderNow: () => void;
  /** Puts focus back on a field by its key after printing. */
  focusField: (key: string) => Promise<void>;
  /**
   * The text for every page's margins, asked when printing begins (with the version being printed, if
   * any). Without it, or when it gives nothing, the pages carry no margin text of ours.
   */
  pageText?: (version: string | undefined) => PageText | undefined;
}

/**
 * Knows when the page is being printed (the browser's own print command or a widget's button), so a
 * widget renders its record as text for paper instead of empty inputs and buttons, and puts focus back
 * where it was afterwards.
 *
 * While printing it also puts the child's name, a confidentiality line and "Side x af y" in the margins of
 * every page. `@page` rules do nothing inside a shadow root, so that one rule goes into a constructed
 * stylesheet adopted by the document (allowed under a strict CSP, unlike a `<style>` element), appended
 * to the page's own adopted sheets and taken out again after printing: nothing is left behind.
 */
export class PrintController implements ReactiveController {
  /** True while the browser prints. */
  printing = false;
  /**
   * Which version of the record is printed: `undefined` for the record itself (the journal print), or a
   * name a widget gave `print()` (e.g. `'parents'`). A widget reads it while rendering.
   */
  version?: string;
  /** What had focus inside the widget when printing began: the text view replaces it for a moment. */
  private focusBefore?: { field?: string; selector?: string };

  constructor(
    private readonly host: PrintHost,
    private readonly options: PrintOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    // Removed from the page while printing: its name leaves the margins, and no sheet stays behind.
    pageSheets.leave(this.host.ownerDocument, this);
  }

  /**
   * Prints the page through the browser's print dialog; with a `version`, the widget renders that
   * version while printing (`this.version`). The version is forgotten after printing, or at once when
   * the browser did not print (a blocked dialog), so the next Ctrl+P prints the record itself.
   */
  print(version?: string): void {
    this.version = version;
    try {
      window.print();
    } finally {
      // Browsers that print synchronously have fired `afterprint` by now; where printing goes on
      // (`printing` still true) `afterprint` forgets the version.
      if (!this.printing) this.version = undefined;
    }
  }

  private readonly onBeforePrint = (): void => {
    if (this.printing) return;
    const root = this.host.renderRoot as ShadowRoot;
    const active = root.activeElement as HTMLElement | null | undefined;
    const field = active?.closest<HTMLElement>('[data-field]')?.dataset.field;
    const selector = active?.id ? `#${CSS.escape(active.id)}` : active?.dataset.action ? `[data-action="${CSS.escape(active.dataset.action)}"]` : undefined;
    this.focusBefore = active ? { field, selector } : undefined;
    this.printing = true;
    this.host.requestUpdate();
    const text = this.options.pageText?.(this.version);
    if (text) pageSheets.join(this.host.ownerDocument, this, this.host, text);
    // The page is laid out for paper right after this event: render now, not in a later microtask.
    this.options.renderNow();
  };

  private readonly onAfterPrint = async (): Promise<void> => {
    if (!this.printing) return;
    this.printing = false;
    this.version = undefined;
    pageSheets.leave(this.host.ownerDocument, this);
    const before = this.focusBefore;
    this.focusBefore = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (before?.field) return this.options.focusField(before.field);
    if (before?.selector) this.host.renderRoot.querySelector<HTMLElement>(before.selector)?.focus();
  };
}

/** Styles for what the shell shows only on paper: when and by whom the record was completed, and the confidentiality line. */
export const printStyles = css`
  .print-meta {
    margin: 0;
    display: grid;
    gap: var(--_space-xs);
  }
  .print-meta p {
    margin: 0;
  }
  .print-meta .confidential {
    font-weight: 600;
  }
`;

/**
 * A CSS string literal that holds `value` as text and nothing else: backslash and quotes escaped, and
 * every control character (below U+0020, and DEL) as a hex escape, so a name can neither end the string
 * nor start a rule of its own. The space after a hex escape ends it and is not part of the text.
 */
export function cssString(value: string): string {
  let out = '"';
  for (const char of String(value)) {
    const code = char.codePointAt(0)!;
    if (char === '"' || char === "'" || char === '\\') out += `\\${char}`;
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(16)} `;
    else out += char;
  }
  return `${out}"`;
}

/**
 * The `@page` rule for the margins: the child on top, the confidentiality line bottom left and the
 * page number bottom right. The margins are set so the boxes have room on any browser's defaults.
 */
export function pageRule(text: PageText): string {
  const pageOf = String(text.pageOf)
    .split(/(\{\{\s*pages?\s*\}\})/)
    .filter(Boolean)
    .map((part) => (/^\{\{\s*page\s*\}\}$/.test(part) ? 'counter(page)' : /^\{\{\s*pages\s*\}\}$/.test(part) ? 'counter(pages)' : cssString(part)))
    .join(' ');
  const box = 'font-family: system-ui, sans-serif; font-size: 9pt; color: CanvasText;';
  return `@page {
  margin: 20mm 16mm;
  @top-left { content: ${cssString(text.child)}; ${box} font-weight: 600; }
  @bottom-left { content: ${cssString(text.confidential)}; ${box} }
  @bottom-right { content: ${pageOf || '""'}; ${box} white-space: nowrap; }
}`;
}

/**
 * One margin sheet per document, whatever the number of widgets printing. With two records on one page,
 * every page names each child once, in the order the records stand on the page (two rounds of one child:
 * one name). Naming only the first child would label the second child's pages with the wrong name;
 * the confidentiality line and page words come from the first record.
 */
const pageSheets = {
  sheets: new WeakMap<Document, { sheet: CSSStyleSheet; printing: Map<object, { host: Element; text: PageText }> }>(),

  join(doc: Document, who: object, host: Element, text: PageText): void {
    let entry = this.sheets.get(doc);
    if (!entry) {
      // Made by the document's own window: a sheet from another window cannot be adopted.
      const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
      entry = { sheet: new Sheet(), printing: new Map() };
      this.sheets.set(doc, entry);
    }
    entry.printing.set(who, { host, text });
    this.write(entry);
    // Appended to the page's own sheets, never replacing them.
    if (!doc.adoptedStyleSheets.includes(entry.sheet)) doc.adoptedStyleSheets.push(entry.sheet);
  },

  leave(doc: Document, who: object): void {
    const entry = this.sheets.get(doc);
    if (!entry || !entry.printing.delete(who)) return;
    // Another record is still printing: the margins name what is left.
    if (entry.printing.size > 0) return this.write(entry);
    // Only ours goes: the page's own sheets (even ones added while printing) stay as they are.
    const index = doc.adoptedStyleSheets.indexOf(entry.sheet);
    if (index >= 0) doc.adoptedStyleSheets.splice(index, 1);
    this.sheets.delete(doc);
  },

  write(entry: { sheet: CSSStyleSheet; printing: Map<object, { host: Element; text: PageText }> }): void {
    const inOrder = [...entry.printing.values()].sort((a, b) => (a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const children = [...new Set(inOrder.map((p) => String(p.text.child)))];
    entry.sheet.replaceSync(pageRule({ ...inOrder[0]!.text, child: children.join(' / ') }));
  },
};
