import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { type ConcernNote, type Referral, type WellbeingCheck, createConcernNote } from '@spire/model';
import {
  exampleAuthor,
  exampleChild,
  exampleConcernNote,
  exampleIndstilling,
  exampleNetworkMap,
  exampleUnderretning,
  exampleWellbeingCheck,
  exampleWellbeingCheckEarlier,
} from '@spire/model/examples';
import '../define.js';
import { MemoryDraftStore } from './drafts/memory-store.js';
import { deepElements } from '../testing/widget-contract.js';

/**
 * The theme in real Chromium: dark mode (prefers-color-scheme and --spire-color-scheme), forced colours,
 * hosts that set the documented tokens, and ::part reaching nested controls. Contrast is computed here
 * (WCAG 2 relative luminance) over every visible text, field border and button of every widget.
 */

type Widget = HTMLElement & { updateComplete: Promise<boolean>; submit?: () => Promise<unknown> };

/** Every media feature at once (see test/emulate-media-plugin.mjs: forced colours need the DevTools protocol). */
const emulate = (media: { colorScheme?: 'light' | 'dark'; forcedColors?: 'active' | 'none'; media?: 'print' | 'screen' } = {}) =>
  executeServerCommand('spire-emulate-media', media);

// ---- colour arithmetic -------------------------------------------------------------------------------

type RGBA = [number, number, number, number];

function parse(colour: string): RGBA {
  const m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/.exec(colour);
  if (!m) throw new Error(`cannot read the colour ${colour}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}
const rgb = (c: RGBA) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')}${c[3] < 1 ? ` / ${c[3]}` : ''})`;

/** `top` painted over the opaque `bottom`. */
function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

function luminance([r, g, b]: RGBA): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The element's parent, across shadow boundaries (a slotted child's is its host's tree, as it paints). */
function up(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** What is painted behind an element: the backgrounds of it and its ancestors, composited, over the page's. */
function backdrop(el: Element): RGBA {
  const layers: RGBA[] = [];
  for (let at: Element | null = el; at; at = up(at)) {
    const bg = parse(getComputedStyle(at).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] === 1) break;
  }
  let colour: RGBA = layers.at(-1)?.[3] === 1 ? layers.pop()! : [255, 255, 255, 1];
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

function opacity(el: Element): number {
  let o = 1;
  for (let at: Element | null = el; at; at = up(at)) o *= Number(getComputedStyle(at).opacity);
  return o;
}

function visible(el: Element): boolean {
  if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
  const box = el.getBoundingClientRect();
  if (box.width <= 1 || box.height <= 1) return false;
  // Visually hidden text (for screen readers only) is clipped to nothing.
  for (let at: Element | null = el; at; at = up(at)) if (getComputedStyle(at).clipPath === 'inset(50%)') return false;
  return true;
}

const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
const inSvg = (el: Element) => el instanceof SVGElement;

interface Finding {
  what: string;
  ratio: number;
  need: number;
}

/**
 * Every visible text against what is behind it (4.5:1), every field's and button's edge and a primary
 * button's fill against what is behind them (3:1, WCAG 1.4.11), in the whole tree of the widget. Disabled
 * (dimmed) controls are exempt, as WCAG exempts them.
 */
function contrastProblems(root: Element): Finding[] {
  const found: Finding[] = [];
  let checked = 0;
  const name = (el: Element) => `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 30)}"`;
  for (const el of deepElements(root)) {
    if (inSvg(el) || !visible(el) || opacity(el) < 1) continue;
    const style = getComputedStyle(el);
    const field = el.matches('input:not([type=radio]):not([type=checkbox]), textarea, select');
    if (ownText(el) || (field && (el as HTMLInputElement).value)) {
      checked++;
      const behind = backdrop(el);
      const ratio = contrast(over(parse(style.color), behind), behind);
      if (ratio < 4.5) found.push({ what: `text ${name(el)}: ${style.color} on ${rgb(behind)}`, ratio, need: 4.5 });
    }
    if (field || el.localName === 'button') {
      const behind = backdrop(up(el)!);
      const edge = parse(style.borderTopColor);
      const fill = backdrop(el);
      const ratio = Math.max(Number(style.borderTopWidth.replace('px', '')) > 0 ? contrast(over(edge, behind), behind) : 0, contrast(fill, behind));
      if (ratio < 3) found.push({ what: `edge of ${name(el)}: ${style.borderTopColor} / ${rgb(fill)} on ${rgb(behind)}`, ratio, need: 3 });
    }
  }
  // A walk that found no text would pass anything.
  if (checked < 10) found.push({ what: `only ${checked} texts found in ${root.localName}`, ratio: 0, need: 10 });
  return found;
}

/**
 * Backgrounds anywhere in the widget at least as light as `limit` (relative luminance; white is 1). What
 * is filled with the primary colour (a primary button, a step done) is an accent, not a box.
 */
function lightBoxes(root: Element, limit = 0.5): string[] {
  return deepElements(root)
    .filter((el) => visible(el) && !inSvg(el) && !el.matches('button.primary, .step-mark.done'))
    .map((el) => ({ el, bg: parse(getComputedStyle(el).backgroundColor) }))
    .filter(({ bg }) => bg[3] > 0 && luminance(bg) >= limit)
    .map(({ el, bg }) => `${el.localName}.${String(el.className)} ${rgb(bg)}`);
}

// ---- the widgets, as a page shows them --------------------------------------------------------------

const fresh = (): ConcernNote => createConcernNote({ id: 'theme-note', author: exampleAuthor, child: exampleChild, now: new Date() });
/** A note with words the language check nudges about, so the nudges are shown too. */
const nudged = (): ConcernNote => ({
  ...structuredClone(exampleConcernNote),
  id: 'theme-nudged',
  status: 'draft',
  observations: 'Ida er altid alene i frikvarteret. I timerne er hun doven og gider ikke række hånden op.',
});
const checkDraft = (): WellbeingCheck => ({ ...structuredClone(exampleWellbeingCheck), id: 'theme-check', status: 'draft' });
const sentUnderretning = (): Referral => ({
  ...structuredClone(exampleUnderretning),
  id: 'theme-status',
  createdAt: '2026-04-01T07:00:00Z',
  updatedAt: '2026-04-01T08:00:00Z',
  status: 'sent',
  statusHistory: [
    { status: 'draft', at: '2026-04-01T07:00:00Z' },
    { status: 'sent', at: '2026-04-01T08:00:00Z' },
  ],
});
const classOf = (n: number): WellbeingCheck[] =>
  Array.from({ length: n }, (_, i) => ({ ...structuredClone(exampleWellbeingCheck), id: `theme-class-${i}`, child: { ...exampleChild, id: `theme-child-${i}` }, status: 'completed' as const }));

const WIDGETS: Record<string, () => TemplateResult> = {
  'concern note (errors shown, nudges)': () => html`<spire-concern-note .store=${new MemoryDraftStore()} .value=${nudged()}></spire-concern-note>`,
  'concern note (new)': () => html`<spire-concern-note .store=${new MemoryDraftStore()} .value=${fresh()}></spire-concern-note>`,
  'wellbeing check': () => html`<spire-wellbeing-check .store=${new MemoryDraftStore()} .value=${checkDraft()}></spire-wellbeing-check>`,
  'wellbeing check, child mode': () => html`<spire-wellbeing-check .store=${new MemoryDraftStore()} .value=${checkDraft()} mode="child"></spire-wellbeing-check>`,
  'network map': () => html`<spire-network-map .store=${new MemoryDraftStore()} .value=${{ ...structuredClone(exampleNetworkMap), status: 'draft' }} view="both"></spire-network-map>`,
  'referral form': () => html`<spire-referral-form .store=${new MemoryDraftStore()} .value=${{ ...structuredClone(exampleIndstilling), status: 'draft' }}></spire-referral-form>`,
  'referral status (overdue)': () => html`<spire-referral-status .value=${sentUnderretning()} .now=${new Date('2026-04-16T10:00:00Z')}></spire-referral-status>`,
  'wellbeing overview': () => html`<spire-wellbeing-overview .checks=${classOf(12)} .groupSize=${14} group-label="0.B"></spire-wellbeing-overview>`,
};

/** The widget inside a provider (the professional, the child, earlier records for the trend), settled. */
async function show(widget: () => TemplateResult, style = ''): Promise<Widget> {
  const page = await fixture<HTMLElement>(
    html`<div class="page" style=${`padding: 8px; ${style}`}>
      <spire-provider .author=${exampleAuthor} .child=${exampleChild} .records=${[exampleWellbeingCheckEarlier]}>${widget()}</spire-provider>
    </div>`,
  );
  const el = page.querySelector<Widget>('spire-provider > *')!;
  await settleDeep(el);
  if (el.localName === 'spire-concern-note' && (el as Widget & { value: ConcernNote }).value.id === 'theme-nudged') {
    // Errors beside fields and the summary: submitting with the acute question unanswered.
    const note = el as Widget & { value: ConcernNote };
    note.value = { ...note.value, acute: undefined };
    await settleDeep(el);
    await el.submit!();
    await settleDeep(el);
  }
  return el;
}

/** The widget and every element inside it updated (nested controls, the trend, child mode). */
async function settleDeep(el: Widget): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await el.updateComplete;
    await Promise.all(deepElements(el).map((e) => (e as Partial<Widget>).updateComplete));
    await aTimeout(0);
  }
}

/** What `color: <system colour>` computes to on this page now. */
function system(colour: string): string {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const inner = (el: Element, selector: string): HTMLElement => deepElements(el).find((e) => e.matches(selector)) as HTMLElement;

afterEach(() => emulate());

describe('theme: dark mode', () => {
  for (const [label, widget] of Object.entries(WIDGETS)) {
    it(`${label}: dark surfaces, text 4.5:1 and edges 3:1 under prefers-color-scheme: dark, and accessible`, async () => {
      await emulate({ colorScheme: 'dark' });
      const el = await show(widget);
      expect(luminance(backdrop(el)), 'the widget paints a dark background of its own').to.be.below(0.05);
      expect(lightBoxes(el), 'no light box in dark mode').to.deep.equal([]);
      const problems = contrastProblems(el);
      expect(problems.map((p) => `${p.what}: ${p.ratio.toFixed(2)} < ${p.need}`)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('the same widgets keep 4.5:1 text and 3:1 edges in light mode', async () => {
    await emulate({ colorScheme: 'light' });
    for (const [label, widget] of Object.entries(WIDGETS)) {
      const el = await show(widget);
      const problems = contrastProblems(el);
      expect(problems.map((p) => `${label}: ${p.what}: ${p.ratio.toFixed(2)} < ${p.need}`)).to.deep.equal([]);
      expect(getComputedStyle(el).backgroundColor, `${label} is transparent on a light page`).to.equal('rgba(0, 0, 0, 0)');
    }
  });

  it('buttons: the primary button and the others keep 4.5:1 in both schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await emulate({ colorScheme });
      const el = await show(WIDGETS['concern note (new)']!);
      const primary = inner(el, 'button.primary');
      const plain = inner(el, 'button:not(.primary):not(:disabled)');
      for (const button of [primary, plain]) {
        const style = getComputedStyle(button);
        const ratio = contrast(parse(style.color), backdrop(button));
        expect(ratio, `${colorScheme} ${button.className} ${style.color} on ${rgb(backdrop(button))}`).to.be.at.least(4.5);
      }
      expect(luminance(parse(getComputedStyle(primary).backgroundColor)) > 0.3, `${colorScheme}: the primary button is light only in dark mode`).to.equal(colorScheme === 'dark');
    }
  });

  it('the network map draws its sectors, lines and names from the tokens in dark mode (the export keeps its own light colours)', async () => {
    await emulate({ colorScheme: 'dark' });
    const el = await show(WIDGETS['network map']!);
    const map = el.shadowRoot!.querySelector('svg.map')!;
    const fill = (selector: string) => parse(getComputedStyle(map.querySelector(selector)!).fill);
    const stroke = (selector: string) => parse(getComputedStyle(map.querySelector(selector)!).stroke);
    for (const sector of ['.sector:nth-of-type(odd)', '.sector:nth-of-type(even)']) expect(luminance(fill(sector)), sector).to.be.below(0.05);
    expect(contrast(fill('.name'), stroke('.name')), 'a name on its halo').to.be.at.least(4.5);
    expect(contrast(fill('.role'), stroke('.role')), 'a role on its halo').to.be.at.least(4.5);
    expect(contrast(fill('.sector-label'), fill('.sector:nth-of-type(even)')), 'a sector name on its sector').to.be.at.least(4.5);
    expect(contrast(fill('.initials'), fill('.person .disc')), 'initials in their disc').to.be.at.least(4.5);
    expect(contrast(fill('.child text'), fill('.child circle')), "the child's name on the child").to.be.at.least(4.5);
    expect(contrast(stroke('.relation:not(.stressful)'), fill('.sector')), 'a line on a sector').to.be.at.least(3);
    const exported = (el as Widget & { toSVG(): string }).toSVG();
    expect(exported, 'the exported drawing is on paper').to.contain('fill="#ffffff"');
  });

  it('--spire-color-scheme forces dark on a light system, and light on a dark one (a host opting out)', async () => {
    await emulate({ colorScheme: 'light' });
    let el = await show(WIDGETS['concern note (new)']!, '--spire-color-scheme: dark; background: #000');
    expect(luminance(backdrop(inner(el, 'textarea'))), 'dark fields on a light system').to.be.below(0.05);
    expect(lightBoxes(el)).to.deep.equal([]);
    expect(contrastProblems(el).map((p) => p.what)).to.deep.equal([]);
    await emulate({ colorScheme: 'dark' });
    el = await show(WIDGETS['concern note (new)']!, '--spire-color-scheme: light');
    expect(getComputedStyle(el).backgroundColor, 'transparent, as in light mode').to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(inner(el, 'textarea')).backgroundColor, 'white fields on a dark system').to.equal('rgb(255, 255, 255)');
    expect(contrastProblems(el).map((p) => p.what)).to.deep.equal([]);
  });

  it('print is light whatever the scheme', async () => {
    await emulate({ colorScheme: 'dark', media: 'print' });
    const el = await show(WIDGETS['concern note (new)']!);
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
  });
});

describe('theme: a host that sets the documented tokens', () => {
  /** A municipality's own dark look, written only with documented tokens (single values, no light-dark()). */
  const darkBrand = [
    'background: #101418',
    '--spire-color-text: #f1f1f1',
    '--spire-color-muted: #c4c9cf',
    '--spire-color-background: #101418',
    '--spire-color-surface: #182029',
    '--spire-color-subtle: #222c37',
    '--spire-color-border: #8d9aa8',
    '--spire-color-divider: #394654',
    '--spire-color-primary: #7fd6b5',
    '--spire-color-on-primary: #08261b',
    '--spire-color-error: #ff9a90',
    '--spire-color-success: #8fdc9b',
    '--spire-color-warning-border: #f0a44a',
    '--spire-color-warning-background: #3a2c14',
    '--spire-color-nudge-border: #d8b74a',
    '--spire-color-nudge-background: #322c15',
    '--spire-color-highlight: #6e5a1c',
    '--spire-color-child-surface: #1a2633',
    '--spire-color-map-sector: #1c242d',
    '--spire-color-map-sector-alt: #243039',
    '--spire-color-map-line: #c3cad2',
    '--spire-color-suppressed: #50565d',
  ].join(';');

  for (const [label, widget] of Object.entries(WIDGETS)) {
    it(`${label}: on a dark page with the tokens set (system light), no white box and 4.5:1 text`, async () => {
      await emulate({ colorScheme: 'light' });
      const el = await show(widget, darkBrand);
      expect(lightBoxes(el, 0.3), 'no light box').to.deep.equal([]);
      expect(contrastProblems(el).map((p) => `${p.what}: ${p.ratio.toFixed(2)}`)).to.deep.equal([]);
    });
  }

  it('a host giving its brand colour for both schemes with light-dark() gets the right one in each', async () => {
    const brand = '--spire-color-primary: light-dark(#006e4f, #7fd6b5); --spire-color-on-primary: light-dark(#ffffff, #08261b)';
    await emulate({ colorScheme: 'light' });
    let el = await show(WIDGETS['concern note (new)']!, brand);
    expect(getComputedStyle(inner(el, 'button.primary')).backgroundColor).to.equal('rgb(0, 110, 79)');
    await emulate({ colorScheme: 'dark' });
    el = await show(WIDGETS['concern note (new)']!, brand);
    expect(getComputedStyle(inner(el, 'button.primary')).backgroundColor).to.equal('rgb(127, 214, 181)');
    expect(contrastProblems(el).map((p) => p.what)).to.deep.equal([]);
  });
});

describe('theme: forced colours', () => {
  it('text, fields and buttons take the system colours; focus is Highlight', async () => {
    await emulate({ forcedColors: 'active' });
    const el = await show(WIDGETS['concern note (errors shown, nudges)']!);
    const [canvasText, buttonText, highlight] = [system('CanvasText'), system('ButtonText'), system('Highlight')];
    expect(getComputedStyle(inner(el, 'h2.title')).color).to.equal(canvasText);
    expect(getComputedStyle(inner(el, '.field-error')).color, 'an error is CanvasText (and says "Fejl:")').to.equal(canvasText);
    expect(inner(el, '.field-error').textContent!.trim()).to.match(/^Fejl:/);
    expect(getComputedStyle(inner(el, 'button.primary')).borderTopColor).to.equal(buttonText);
    const textarea = inner(el, 'textarea');
    expect(getComputedStyle(textarea).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(textarea).borderTopColor).to.equal(canvasText);
    // Keyboard focus: the outline is the system's Highlight.
    inner(el, 'input[type=radio]').focus();
    await sendKeys({ press: 'Tab' });
    const focused = deepElements(el).find((e) => e.matches(':focus-visible'))!;
    expect(focused, 'something has visible focus').to.exist;
    expect(getComputedStyle(focused).outlineColor).to.equal(highlight);
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  it('grøn, gul and rød stay apart by shape and name; a quiet box gets a border', async () => {
    await emulate({ forcedColors: 'active' });
    const el = await show(WIDGETS['wellbeing check']!);
    const canvasText = system('CanvasText');
    const marks = deepElements(el).filter((e) => e.matches('.position-mark[data-position]'));
    const shapes = new Map(marks.map((m) => [m.getAttribute('data-position'), m.querySelector('svg > *')!.localName + (m.querySelector('svg > *')!.getAttribute('height') ?? '')]));
    expect(new Set(shapes.values()).size, 'one shape per position').to.equal(shapes.size);
    for (const mark of marks) expect(getComputedStyle(mark.querySelector('svg')!).fill, 'marks drawn in CanvasText').to.equal(canvasText);
    const options = deepElements(el).filter((e) => e.matches('label.option'));
    expect(options.every((o) => o.textContent!.trim().length > 0), 'every option says its position in words').to.equal(true);
    const chosen = options.find((o) => o.querySelector('input:checked'))!;
    expect(getComputedStyle(chosen).outlineColor, 'the chosen position has a Highlight outline').to.equal(system('Highlight'));
    const dimension = el.shadowRoot!.querySelector('.dimension')!;
    expect(getComputedStyle(dimension).borderTopStyle, 'a dimension has a border (no background to tell it)').to.equal('solid');
  });

  it('the network map draws in system colours, its relations apart by shape', async () => {
    await emulate({ forcedColors: 'active' });
    const el = await show(WIDGETS['network map']!);
    const map = el.shadowRoot!.querySelector('svg.map')!;
    const [canvas, canvasText] = [system('Canvas'), system('CanvasText')];
    expect(getComputedStyle(map.querySelector('.sector')!).fill).to.equal(canvas);
    expect(getComputedStyle(map.querySelector('.relation.stressful')!).stroke, 'a stressful relation: a zigzag in CanvasText').to.equal(canvasText);
    expect(getComputedStyle(map.querySelector('.relation:not(.stressful)')!).stroke).to.equal(canvasText);
    expect(getComputedStyle(map.querySelector('.name')!).fill).to.equal(canvasText);
    expect(getComputedStyle(map.querySelector('.child circle')!).fill).to.equal(canvasText);
    expect(getComputedStyle(map.querySelector('.child text')!).fill).to.equal(canvas);
  });

  it('an overdue deadline is told by words, an icon and a doubled edge', async () => {
    await emulate({ forcedColors: 'active' });
    const el = await show(WIDGETS['referral status (overdue)']!);
    const overdue = el.shadowRoot!.querySelector('.deadline.overdue, .deadline.late')!;
    expect(overdue, 'an overdue deadline').to.exist;
    expect(getComputedStyle(overdue).borderLeftStyle).to.equal('double');
    expect(overdue.querySelector('.state svg.icon'), 'with an icon').to.exist;
    expect(getComputedStyle(overdue.querySelector('.icon .cut')!).stroke, "the icon's mark is cut in Canvas").to.equal(system('Canvas'));
    expect(getComputedStyle(overdue.querySelector('.icon path')!).fill, 'the icon in CanvasText, not the error colour').to.equal(system('CanvasText'));
  });
});

describe('theme: ::part reaches nested controls (exportparts)', () => {
  const PAINT = 'rgb(1, 2, 3)';
  /** A page style sheet that paints `::part(name)` of `tag`. */
  async function styled(tag: string, part: string, widget: () => TemplateResult): Promise<Widget> {
    const style = document.createElement('style');
    style.textContent = `${tag}::part(${part}) { background-color: ${PAINT}; }`;
    document.head.append(style);
    after(() => style.remove());
    return show(widget);
  }
  const cases: [tag: string, part: string, widget: string, inside: string][] = [
    ['spire-concern-note', 'textarea', 'concern note (new)', 'spire-text-area textarea'],
    ['spire-concern-note', 'date-input', 'concern note (new)', 'spire-date-field input'],
    ['spire-concern-note', 'nudges', 'concern note (errors shown, nudges)', 'spire-text-area .nudges'],
    ['spire-wellbeing-check', 'position-option', 'wellbeing check', 'spire-position-picker label.option'],
    ['spire-wellbeing-check', 'trend-table', 'wellbeing check', 'spire-wellbeing-trend table'],
    ['spire-wellbeing-check', 'textarea', 'wellbeing check', 'spire-text-area textarea'],
    ['spire-wellbeing-check', 'smiley-face', 'wellbeing check, child mode', 'spire-smiley-scale label.face-option'],
    ['spire-network-map', 'textarea', 'network map', 'spire-text-area textarea'],
    ['spire-referral-form', 'textarea', 'referral form', 'spire-text-area textarea'],
    ['spire-referral-status', 'date-input', 'referral status (overdue)', 'spire-date-field input'],
  ];
  for (const [tag, part, widget, inside] of cases) {
    it(`${tag}::part(${part}) styles ${inside}`, async () => {
      const el = await styled(tag, part, WIDGETS[widget]!);
      if (tag === 'spire-referral-form') {
        el.shadowRoot!.querySelector<HTMLElement>('.steps button[data-step="concern"]')!.click();
        await settleDeep(el);
      }
      if (tag === 'spire-network-map') {
        // The text areas are in the person form: open it.
        el.shadowRoot!.querySelector<HTMLElement>('[data-action="add-person"]')!.click();
        await settleDeep(el);
      }
      const [host, selector] = inside.split(' ') as [string, string];
      const controls = deepElements(el).filter((e) => e.localName === host);
      expect(controls.length, `${host} in ${tag}`).to.be.above(0);
      const target = controls.map((c) => c.shadowRoot!.querySelector(selector)).find(Boolean)!;
      expect(target, `${selector} inside ${host}`).to.exist;
      expect(getComputedStyle(target).backgroundColor).to.equal(PAINT);
    });
  }
});
