// The in-page half of the render, keystroke and memory benchmarks: bundled with every Spire element by
// lib.mjs (esbuild, production builds, @spire/model from source) and exposed to the page as `bench`.
// Each widget is mounted as a host page would: inside a <spire-provider> with the professional, the
// child, the municipality's configuration, a memory draft store and the child's earlier records, with a
// realistic record from @spire/model's examples.
import '../../packages/elements/src/define.js';
import type { NetworkMap, Position, Referral, SpireRecord, WellbeingCheck } from '@spire/model';
import { exampleAuthor, exampleChild, exampleConcernNote, exampleIndstilling, exampleNetworkMap, exampleUnderretning, exampleWellbeingCheck, exampleWellbeingCheckEarlier } from '../../packages/model/src/examples/index.js';
import { MemoryDraftStore } from '../../packages/elements/src/shared/drafts/memory-store.js';
import type { SpireProvider } from '../../packages/elements/src/shared/provider/provider.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean>; isUpdatePending: boolean };

const config = { overviewThreshold: 3, beredskab: { phone: '99 99 99 99', url: 'https://kommune.example/beredskab', label: 'Eksempel Kommune, Familierådgivningen (døgnvagt)' } };

/** A sent example moved back to a draft, as the referral form's own tests do: everything filled in. */
const asDraft = (r: Referral): Referral => ({ ...structuredClone(r), status: 'draft', statusHistory: [r.statusHistory[0]!] });

/** A class of 20 children for the overview: the example check with positions spread over the class. */
function classChecks(): WellbeingCheck[] {
  const at = (child: number, area: number): Position => (child % 7 === 3 ? 'red' : (child + area) % 4 === 0 ? 'yellow' : 'green');
  return Array.from({ length: 20 }, (_, child) => {
    const check = structuredClone(exampleWellbeingCheck);
    check.id = `wc-class-${child}`;
    check.child = { ...check.child, id: `class-child-${child}`, displayName: `Elev ${child + 1}` };
    check.dimensions = check.dimensions.map(({ dimensionId }, area) => {
      const position = at(child, area);
      return position === 'green' ? { dimensionId, position } : { dimensionId, position, justification: 'Se noter.' };
    });
    check.overall = { position: at(child, 5) };
    return check;
  });
}

/**
 * A long professional's note of `chars` characters: the example records' own observations and
 * wonderings, with sentences that give language nudges (labels, absolutes, a diagnosis as a
 * description) between them, ending at a word.
 */
export function longNote(chars: number): string {
  const parts = [
    exampleConcernNote.observations,
    'Hun er meget sky over for nye voksne og lidt doven, når vi skal rydde op.',
    exampleWellbeingCheck.wonderings,
    exampleConcernNote.pattern,
    'Drengene er altid aggressive over for hende i garderoben, siger hun.',
    exampleWellbeingCheck.possibleBackground,
    'Mor fortæller, at Ida sover dårligt, og farmor siger, at hun er jo ADHD.',
    exampleConcernNote.worries,
  ].filter((part): part is string => Boolean(part));
  let text = '';
  for (let i = 0; text.length < chars; i++) text += `${parts[i % parts.length]} `;
  return `${text.slice(0, chars - 1).replace(/\S*$/, '').padEnd(chars - 1, 'x')}.`;
}

interface Widget {
  tag: string;
  /** The child's earlier records, given to the provider. */
  records?: readonly SpireRecord[];
  /** Sets the widget's record and properties (the same objects every mount: only the widget allocates). */
  setup: (el: HTMLElement & Record<string, unknown>) => void;
}

const checkDraft: WellbeingCheck = { ...structuredClone(exampleWellbeingCheck), status: 'draft' };
const noteDraft = { ...structuredClone(exampleConcernNote), status: 'draft' as const };
const mapDraft: NetworkMap = { ...structuredClone(exampleNetworkMap), status: 'draft' };
const referralDraft = asDraft(exampleIndstilling);
const klass = classChecks();
const statusNow = new Date('2026-11-20T10:00:00Z');

/** The six widgets, each with the record a professional would open it with. */
export const widgets: Record<string, Widget> = {
  'wellbeing-check': { tag: 'spire-wellbeing-check', records: [exampleWellbeingCheckEarlier], setup: (el) => void (el.value = checkDraft) },
  'wellbeing-overview': {
    tag: 'spire-wellbeing-overview',
    setup: (el) => {
      el.setAttribute('group-label', '0.B');
      el.setAttribute('group-size', '22');
      el.checks = klass;
    },
  },
  'concern-note': { tag: 'spire-concern-note', records: [exampleWellbeingCheck], setup: (el) => void (el.value = noteDraft) },
  'network-map': { tag: 'spire-network-map', setup: (el) => void (el.value = mapDraft) },
  'referral-form': { tag: 'spire-referral-form', records: [exampleWellbeingCheck, exampleConcernNote, exampleNetworkMap], setup: (el) => void (el.value = referralDraft) },
  'referral-status': {
    tag: 'spire-referral-status',
    setup: (el) => {
      el.now = statusNow;
      el.value = exampleUnderretning;
    },
  },
};

export interface Mounted {
  provider: SpireProvider;
  el: HTMLElement;
}

/**
 * Creates a provider and the widget in it, puts them in `container` and waits until every Lit element
 * inside (nested controls included) has rendered. `value` overrides the widget's record.
 */
export async function mount(name: string, container: Element = document.body, value?: SpireRecord): Promise<Mounted> {
  const widget = widgets[name];
  if (!widget) throw new Error(`no widget ${name}`);
  const provider = document.createElement('spire-provider') as SpireProvider;
  provider.locale = 'da';
  provider.author = exampleAuthor;
  provider.child = exampleChild;
  provider.config = config;
  provider.store = new MemoryDraftStore();
  if (widget.records) provider.records = widget.records;
  const el = document.createElement(widget.tag) as HTMLElement & Record<string, unknown>;
  widget.setup(el);
  if (value) el.value = value;
  provider.append(el);
  container.append(provider);
  await settled(el);
  return { provider, el };
}

/** Every element under `root`'s shadow root, in nested shadow roots too. */
export function deepElements(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.querySelectorAll('*')) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  return out;
}

const isLit = (el: Element): el is Lit => 'updateComplete' in el;

/** Resolves when `el` and every Lit element inside it have no update pending. */
export async function settled(el: Element): Promise<void> {
  if (isLit(el)) await el.updateComplete;
  for (let round = 0; round < 50; round++) {
    const pending = [el, ...deepElements(el)].filter(isLit).filter((e) => e.isUpdatePending);
    if (!pending.length) return;
    await Promise.all(pending.map((e) => e.updateComplete));
  }
  throw new Error(`${el.localName} did not settle`);
}

/**
 * Resolves after the next frame: the rAF callback, then the frame's style, layout and paint; a message
 * posted from the rAF lands after them.
 */
export function frame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['style', 'script']);

function sheetText(sheet: CSSStyleSheet): string {
  return [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
}

/**
 * The element as HTML with declarative shadow DOM: every (nested) shadow root as
 * `<template shadowrootmode="open">`, its adopted style sheets as `<style>` text, and the live state of
 * form controls (a text area's text, an input's value and checkedness, the selected option) as markup,
 * so that parsing it gives the same DOM the widget built.
 */
export function toDeclarativeHTML(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) {
    const parent = node.parentElement;
    return parent && RAW.has(parent.localName) ? node.textContent! : escapeText(node.textContent!);
  }
  if (node.nodeType === Node.COMMENT_NODE) return `<!--${(node as Comment).data}-->`;
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as Element;
  const tag = el.localName;
  const attributes = new Map([...el.attributes].map((a) => [a.name, a.value]));
  let content: string | undefined;
  if (el instanceof HTMLInputElement) {
    if (el.value !== (el.getAttribute('value') ?? '') && el.type !== 'file') attributes.set('value', el.value);
    if (el.type === 'checkbox' || el.type === 'radio') {
      if (el.checked) attributes.set('checked', '');
      else attributes.delete('checked');
    }
  } else if (el instanceof HTMLOptionElement) {
    if (el.selected) attributes.set('selected', '');
    else attributes.delete('selected');
  } else if (el instanceof HTMLTextAreaElement) {
    // A leading newline would be eaten by the parser: one more keeps it.
    content = (el.value.startsWith('\n') ? '\n' : '') + escapeText(el.value);
  }
  const open = `<${tag}${[...attributes].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`)).join('')}>`;
  if (VOID.has(tag)) return open;
  let inner = '';
  const shadow = el.shadowRoot;
  if (shadow) {
    inner += `<template shadowrootmode="open"${shadow.delegatesFocus ? ' shadowrootdelegatesfocus' : ''}>`;
    inner += shadow.adoptedStyleSheets.map((sheet) => `<style>${sheetText(sheet)}</style>`).join('');
    inner += [...shadow.childNodes].map(toDeclarativeHTML).join('');
    inner += '</template>';
  }
  if (content !== undefined) inner += content;
  else if (el instanceof HTMLTemplateElement) inner += [...el.content.childNodes].map(toDeclarativeHTML).join('');
  else inner += [...el.childNodes].map(toDeclarativeHTML).join('');
  return `${open}${inner}</${tag}>`;
}

/** How much DOM a widget made: elements (all shadow roots), shadow roots, and style sheets adopted. */
export function domSize(el: Element): { elements: number; shadowRoots: number; sheets: number } {
  const all = [el, ...deepElements(el)];
  const hosts = all.filter((e) => e.shadowRoot);
  return {
    elements: all.filter((e) => e.localName !== 'style').length,
    shadowRoots: hosts.length,
    sheets: hosts.reduce((n, h) => n + h.shadowRoot!.adoptedStyleSheets.length + h.shadowRoot!.querySelectorAll('style').length, 0),
  };
}

/** The deepest focused element, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export { MemoryDraftStore };
