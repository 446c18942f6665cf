/// <reference types="mocha" />
// The widget contract every Spire record widget keeps, in Danish and English: accessible, no raw text,
// printable as text, usable by keyboard alone, and robust against bad settings.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { SpireRecord } from '@spire/model';
import { MemoryDraftStore } from '../shared/drafts/memory-store.js';
import { type Locale, SUPPORTED_LOCALES, formatDate, hasKey } from '../shared/i18n/i18n.js';
import type { SpireErrorDetail } from '../shared/events.js';
// The bad-settings checks put the widget inside a provider.
import '../shared/provider/define.js';

export interface WidgetContractOptions {
  /** The widget's tag, already defined. */
  tag: string;
  /** A record that is valid to submit; the widget opens it for every check. */
  validValue: () => SpireRecord;
  /**
   * Gives a fresh widget what it needs beyond its value (an instrument, a property), before each check.
   * It runs after the widget is on the page; the suite waits for the update that follows.
   */
  setup?: (el: HTMLElement) => void | Promise<void>;
  /**
   * The URL of the module that defines the tag (e.g. `new URL('./define.ts', import.meta.url).href`).
   * Given it, the suite also opens the widget on a page with a strict Content-Security-Policy (no inline
   * script or style, no eval, no connection at all), uses it — typing, submitting, printing, switching to
   * English, which loads on demand — and fails on any violation or `style` attribute.
   */
  defineModule?: string;
}

/** As strict as a municipal intranet may be; `connect-src 'none'` makes any request a violation. */
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src data:; font-src 'none'; media-src 'none'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'";

export type Widget = HTMLElement & { value?: SpireRecord; updateComplete: Promise<boolean> };

/** Form controls that have no place on paper. */
const FORM_CONTROLS = 'textarea, input, select, spire-text-area, spire-date-field, button';
/** Fields whose text a user wrote and print must show. */
export const TEXT_FIELDS = 'textarea, input[type=text], input:not([type]), spire-text-area';
/** Key-like words: `shared.actions.print`, `wellbeing.check.title`. */
const KEY_LIKE = /\b[a-z][A-Za-z]*(?:\.[A-Za-z0-9_-]+)+\b/g;
/** What a template shows when it stringifies something it should not. */
const BROKEN_TEXT = /\bundefined\b|\[object Object\]|\bNaN\b|\bnull\b/g;
/** Attributes a user (or a screen reader) reads. */
const READ_ATTRIBUTES = ['aria-label', 'aria-description', 'title', 'placeholder', 'alt'];

/** Every shadow root under a root, itself included. */
export function shadowRoots(root: ShadowRoot | Document): (ShadowRoot | Document)[] {
  return [root, ...[...root.querySelectorAll('*')].flatMap((n) => (n.shadowRoot ? shadowRoots(n.shadowRoot) : []))];
}

/** All elements under an element's shadow root, nested shadow roots included. */
export function deepElements(el: Element): Element[] {
  return el.shadowRoot ? shadowRoots(el.shadowRoot).flatMap((root) => [...root.querySelectorAll('*')]) : [];
}

/** The text a person meets in the widget: text in every shadow root and the attributes read aloud. */
function readableText(el: Element): string {
  const texts = shadowRoots(el.shadowRoot!).map((root) => (root instanceof ShadowRoot ? [...root.childNodes].map(textOf).join(' ') : ''));
  const attributes = deepElements(el).flatMap((n) => READ_ATTRIBUTES.map((a) => n.getAttribute(a) ?? ''));
  return [...texts, ...attributes].join(' ').replace(/\s+/g, ' ');
}

/** Text of a node without `<style>` (CSS is not read by anyone). */
export function textOf(node: Node): string {
  if (node instanceof HTMLStyleElement) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(textOf).join(' ');
}

/** Raw i18n keys, `undefined`, `[object Object]`, `NaN` and `null` in what the widget shows. */
function problemsIn(el: Element, lang: Locale): string[] {
  const text = readableText(el);
  const keys = (text.match(KEY_LIKE) ?? []).filter((k) => hasKey(k, lang) || hasKey(k.split('.')[0]!, lang) || /^(shared|issues|drafts|controls|wellbeing|provider)\./.test(k));
  return [...keys, ...(text.match(BROKEN_TEXT) ?? [])];
}

/** The element that really has focus, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is `el` or inside it, across shadow roots. */
function within(node: Node | null, el: Element): boolean {
  for (let n = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) if (n === el) return true;
  return false;
}

/** A short name for an element in a message (assertions never hold elements: the runner cannot send them). */
function nameOf(node: Element | null): string {
  if (!node) return 'nothing';
  const field = node.getAttribute('data-field');
  return `<${node.localName}${node.id ? `#${node.id}` : ''}${field ? ` data-field=${field}` : ''}>`;
}

export function userText(value: unknown): string {
  return String(value ?? '').replace(/\s+/g, ' ').trim();
}

export async function settle(el: Widget): Promise<void> {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

/** Resolves with the widget's `spire-submit` events seen within `ms`. */
export async function submitsWithin(el: Element, act: () => Promise<unknown>, ms = 2000): Promise<number> {
  let count = 0;
  const listener = () => count++;
  el.addEventListener('spire-submit', listener);
  try {
    await act();
    const started = performance.now();
    while (count === 0 && performance.now() - started < ms) await aTimeout(20);
    return count;
  } finally {
    el.removeEventListener('spire-submit', listener);
  }
}

export function runWidgetContractSuite(options: WidgetContractOptions): void {
  const tag = unsafeStatic(options.tag);

  async function prepare(el: Widget): Promise<Widget> {
    await el.updateComplete;
    await options.setup?.(el);
    await settle(el);
    return el;
  }

  async function widget(): Promise<Widget> {
    return prepare(await fixture<Widget>(staticHtml`<${tag} .store=${new MemoryDraftStore()} .value=${options.validValue()}></${tag}>`));
  }

  /** The widget between two buttons, so Tab can be pressed from before it to after it. */
  async function between(): Promise<{ el: Widget; before: HTMLButtonElement; after: HTMLButtonElement }> {
    const wrapper = await fixture<HTMLDivElement>(
      staticHtml`<div><button id="before">before</button><${tag} .store=${new MemoryDraftStore()} .value=${options.validValue()}></${tag}><button id="after">after</button></div>`,
    );
    const el = await prepare(wrapper.querySelector(options.tag) as Widget);
    return { el, before: wrapper.querySelector('#before')!, after: wrapper.querySelector('#after')! };
  }

  /** The submit button of the shared shell. */
  const submitButton = (el: Widget) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="actions"] button.primary, .actions button.primary');

  /** Tabs from `before` until focus leaves the widget; every element focused inside it, in order. */
  async function tabThrough(el: Widget, before: HTMLElement, stopAt?: (active: Element) => boolean): Promise<{ visited: Element[]; left: Element | null }> {
    before.focus();
    const visited: Element[] = [];
    for (let i = 0; i < 300; i++) {
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      const active = deepActive();
      if (!within(active, el)) return { visited, left: active };
      visited.push(active!);
      if (stopAt?.(active!)) break;
    }
    return { visited, left: deepActive() };
  }

  describe(`widget contract: <${options.tag}>`, () => {
    let langBefore: string | null;
    before(() => (langBefore = document.documentElement.getAttribute('lang')));
    after(() => (langBefore === null ? document.documentElement.removeAttribute('lang') : document.documentElement.setAttribute('lang', langBefore)));

    if (options.defineModule) {
      it('works under a strict Content-Security-Policy: no violation, no style attribute, while typed in, submitted, printed and switched to English', async () => {
        const frame = document.createElement('iframe');
        frame.title = 'strict CSP';
        document.body.append(frame);
        try {
          const win = frame.contentWindow!;
          const violations: string[] = [];
          const doc = frame.contentDocument!;
          doc.open();
          doc.write(
            `<!doctype html><html lang="da"><head><meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}"><script type="module" src="${options.defineModule}"></script></head><body><form><${options.tag} name="record"></${options.tag}></form></body></html>`,
          );
          doc.close();
          // After close (document.open drops earlier listeners), before the module script runs: a
          // violation while the widget's modules load counts too.
          doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
          await win.customElements.whenDefined(options.tag);
          const el = doc.querySelector(options.tag) as Widget & { store?: unknown; submit(): Promise<unknown> };
          el.store = new MemoryDraftStore();
          el.value = options.validValue();
          await prepare(el);
          frame.focus();
          const field = deepElements(el).find((n) => n.matches('spire-text-area, textarea, input[type=text]')) as HTMLElement | undefined;
          field?.focus();
          await sendKeys({ type: 'Ny iagttagelse.' });
          await el.submit();
          await settle(el);
          win.dispatchEvent(new Event('beforeprint'));
          await settle(el);
          win.dispatchEvent(new Event('afterprint'));
          await settle(el);
          doc.documentElement.setAttribute('lang', 'en');
          await aTimeout(0);
          await settle(el);
          expect(problemsIn(el, 'en'), 'English under the policy').to.deep.equal([]);
          const styled = deepElements(el).filter((n) => n.hasAttribute('style')).map((n) => n.localName);
          expect(styled, 'style attributes (blocked by style-src)').to.deep.equal([]);
          expect(violations, 'CSP violations').to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }

    for (const lang of SUPPORTED_LOCALES) {
      describe(lang, () => {
        beforeEach(() => document.documentElement.setAttribute('lang', lang));

        it('is accessible (axe), as a form and while printing', async () => {
          const el = await widget();
          await expect(el).to.be.accessible();
          window.dispatchEvent(new Event('beforeprint'));
          try {
            await el.updateComplete;
            await expect(el).to.be.accessible();
          } finally {
            window.dispatchEvent(new Event('afterprint'));
          }
        });

        it('shows no raw i18n key, undefined, [object Object], NaN or null: as a form, with errors, submitted and printed', async () => {
          const el = await widget();
          expect(problemsIn(el, lang), 'form').to.deep.equal([]);
          const empty = await fixture<Widget>(staticHtml`<${tag} .store=${new MemoryDraftStore()} .value=${{ ...options.validValue(), id: 'contract-emptied' }}></${tag}>`);
          await prepare(empty);
          // Every text field cleared: the errors and the error summary in this language.
          for (const field of deepElements(empty).filter((n) => n.matches('spire-text-area, textarea')) as (HTMLElement & { value: string })[]) {
            field.value = '';
            field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          }
          await (empty as Widget & { submit(): Promise<unknown> }).submit();
          await settle(empty);
          expect(problemsIn(empty, lang), 'with errors').to.deep.equal([]);
          await (el as Widget & { submit(): Promise<unknown> }).submit();
          await settle(el);
          expect(problemsIn(el, lang), 'submitted').to.deep.equal([]);
          window.dispatchEvent(new Event('beforeprint'));
          try {
            expect(problemsIn(el, lang), 'printed').to.deep.equal([]);
          } finally {
            window.dispatchEvent(new Event('afterprint'));
          }
        });

        it('prints the record as text, not as a form, and comes back to the form with focus where it was', async () => {
          const el = await widget();
          const root = el.shadowRoot!;
          const controls = root.querySelectorAll(FORM_CONTROLS).length;
          expect(controls, 'a form before printing').to.be.greaterThan(0);
          // A date is typed as digits (`spire-date-field`'s text input) and printed in words: it is checked as a date.
          const inDateField = (n: Element) => (n.getRootNode() as ShadowRoot).host?.localName === 'spire-date-field';
          const written = [...new Set(deepElements(el).filter((n) => n.matches(TEXT_FIELDS) && !inDateField(n)).map((n) => userText((n as HTMLInputElement).value)))].filter(Boolean);
          const dates = deepElements(el).flatMap((n) => (n.localName === 'spire-date-field' && (n as HTMLInputElement).value ? [formatDate((n as HTMLInputElement).value, lang)] : []));
          expect(written.length, 'text fields with the record’s text').to.be.greaterThan(0);
          const print = root.querySelector<HTMLElement>('[data-action="print"]');
          expect(Boolean(print), 'a print button').to.equal(true);
          print!.focus();
          window.dispatchEvent(new Event('beforeprint'));
          // Laid out for paper at once, inside the event: no controls, the record as visible text.
          expect([...root.querySelectorAll(FORM_CONTROLS)].map((n) => n.localName), 'controls while printing').to.deep.equal([]);
          const printed = userText(textOf(root));
          for (const text of written) expect(printed, 'printed text').to.contain(text);
          for (const date of dates) expect(printed, 'printed date').to.contain(userText(date));
          for (const text of written) {
            const holder = [...root.querySelectorAll('*')].find((n) => userText(n.textContent).includes(text) && ![...n.children].some((c) => userText(c.textContent).includes(text)));
            expect(holder?.checkVisibility({ visibilityProperty: true, opacityProperty: true }), `"${text}" visible`).to.equal(true);
            expect(holder!.closest('.visually-hidden') === null, `"${text}" not only for screen readers`).to.equal(true);
          }
          window.dispatchEvent(new Event('afterprint'));
          await settle(el);
          expect(root.querySelectorAll(FORM_CONTROLS).length, 'the form again after printing').to.equal(controls);
          expect(root.activeElement === root.querySelector('[data-action="print"]'), `focus back on the print button, not on ${nameOf(root.activeElement)}`).to.equal(true);
        });

        it('is reachable by keyboard: Tab from before it goes into it, through every field and out again', async () => {
          const { el, before, after } = await between();
          const { visited, left } = await tabThrough(el, before);
          expect(visited.length, 'Tab from before the widget reaches a control inside it').to.be.greaterThan(0);
          expect(left === after, `Tab leaves the widget to what follows it, not to ${nameOf(left)}`).to.equal(true);
          const submit = submitButton(el);
          expect(Boolean(submit), 'a submit button').to.equal(true);
          expect(visited.includes(submit!), 'the submit button is reached').to.equal(true);
          expect(visited.includes(el.shadowRoot!.querySelector('[data-action="print"]')!), 'the print button is reached').to.equal(true);
          // Every field control (native or custom) is reached; a radio group through any of its radios. Headings
          // and groups with data-field are only where the error summary sends focus, not controls.
          const fields = deepElements(el).filter(
            (n) => n.matches('[data-field]:not(:disabled)') && (n.matches('input, select, textarea, button') || n.localName.includes('-')),
          ) as HTMLElement[];
          expect(fields.length, 'fields').to.be.greaterThan(0);
          for (const field of fields) {
            const reached = visited.some(
              (v) =>
                within(v, field) ||
                (field instanceof HTMLInputElement && field.type === 'radio' && v instanceof HTMLInputElement && v.type === 'radio' && v.name === field.name && v.getRootNode() === field.getRootNode()),
            );
            expect(reached, `field ${field.dataset.field} reached by Tab`).to.equal(true);
          }
        });

        for (const key of ['Enter', 'Space'] as const) {
          it(`submits with ${key} on the submit button, reached by Tab`, async () => {
            const { el, before } = await between();
            const submit = submitButton(el);
            expect(Boolean(submit), 'a submit button').to.equal(true);
            const { visited } = await tabThrough(el, before, (active) => active === submit);
            expect(visited.at(-1) === submit, `Tab reaches the submit button (stopped at ${nameOf(visited.at(-1) ?? null)})`).to.equal(true);
            const submits = await submitsWithin(el, () => sendKeys({ press: key }));
            expect(submits, `spire-submit after ${key}`).to.equal(1);
            expect(el.value?.status, 'the record is completed').to.not.equal('draft');
          });
        }

        const badSettings: { name: string; value: unknown }[] = [
          { name: 'author', value: {} },
          { name: 'child', value: 'x' },
          { name: 'strings', value: 'x' },
          { name: 'store', value: 5 },
        ];
        for (const bad of badSettings) {
          it(`reports a bad ${bad.name} (${JSON.stringify(bad.value)}) with spire-error (config, a path) and stays rendered`, async () => {
            const errors: { detail: SpireErrorDetail; from: EventTarget | undefined }[] = [];
            const valid = options.validValue();
            const settings: Record<string, unknown> = { author: valid.author, child: valid.child, store: new MemoryDraftStore(), [bad.name]: bad.value };
            const provider = await fixture<HTMLElement>(html`<spire-provider
              .author=${settings.author}
              .child=${settings.child}
              .store=${settings.store}
              .strings=${settings.strings}
              @spire-error=${(e: CustomEvent<SpireErrorDetail>) => errors.push({ detail: e.detail, from: e.composedPath()[0] })}
            ></spire-provider>`);
            const el = document.createElement(options.tag) as Widget;
            el.value = valid;
            provider.append(el);
            await prepare(el);
            await settle(el);
            // From the widget, or from the provider when the setting is the provider's own to check.
            const match = errors.map((e) => e.detail).find((e) => e.path === bad.name || e.path.startsWith(`${bad.name}.`));
            expect(match, `spire-error for ${bad.name}; got ${JSON.stringify(errors.map((e) => e.detail.path))}`).to.exist;
            expect(match!.source).to.equal('config');
            expect(match!.code).to.be.a('string').and.not.equal('');
            expect(match!.message, 'a message, not a key').to.be.a('string').and.not.match(/^[a-z_.]*$/);
            // Still the widget, with the record and its controls.
            expect(el.value?.id, 'the record stays open').to.equal(valid.id);
            expect(el.shadowRoot!.querySelectorAll('[data-field]').length, 'fields still rendered').to.be.greaterThan(0);
            expect(Boolean(submitButton(el)), 'submit still rendered').to.equal(true);
            expect(problemsIn(el, lang), 'no raw text').to.deep.equal([]);
            await expect(el).to.be.accessible();
          });
        }
      });
    }
  });
}
