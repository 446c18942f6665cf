import { type TemplateResult, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { NetworkPerson } from '@spire/model';
import { COMPACT, FULL, type NetworkLayout, type PlacedNode } from './layout.js';

/**
 * The drawing's colours as SVG attributes, so an exported SVG or PNG looks the same outside the page
 * (always light, like paper): the only colours written outside the theme. On the page, the widget's CSS
 * (the theme's tokens, dark mode and forced colours included) overrides every one of them.
 */
export const INK = {
  paper: '#ffffff',
  text: '#1a1a1a',
  muted: '#595959',
  ring: '#9aa3ad',
  sectorA: '#f4f6f9',
  sectorB: '#e9edf2',
  line: '#3d4752',
  stressful: '#a4262c',
  node: '#ffffff',
  safe: '#1b6e35',
  child: '#004993',
  focus: '#ffbf47',
} as const;

export interface DrawOptions {
  layout: NetworkLayout;
  people: readonly NetworkPerson[];
  childName: string;
  /** Accessible name of each person, in the widget's language. */
  label: (person: NetworkPerson) => string;
  sphereName: (sphere: NetworkPerson['sphere']) => string;
  /** The person that takes Tab into the map (roving focus); absent in a drawing that is not interactive. */
  focusId?: string;
  /** The person picked up by keyboard, or being dragged. */
  movingId?: string;
  /** Where a dragged person is drawn while the pointer moves. */
  dragAt?: { id: string; x: number; y: number };
  interactive: boolean;
  /** People drawn without a line: on the child's own map, those the child has not said how it is to be with. */
  lineless?: ReadonlySet<string>;
  /**
   * The drawn parts of each person, kept between renders: a person whose place, state and words are
   * unchanged reuses them, so a move with hundreds of people computes one or a few people's shapes.
   */
  memo?: DrawMemo;
}

/** What a person was drawn as, and the inputs it was drawn from. */
export type DrawMemo = WeakMap<NetworkPerson, { key: string; line: TemplateResult; node: TemplateResult; words: TemplateResult }>;

/** A person's three parts (line, node, words), from the memo when nothing they depend on changed. */
function partsOf(person: NetworkPerson, node: PlacedNode, options: DrawOptions, childRadius: number) {
  const drag = options.dragAt?.id === person.id ? options.dragAt : undefined;
  const label = options.label(person);
  const lineless = options.lineless?.has(person.id) ?? false;
  const key = `${lineless}|${node.x}|${node.y}|${node.size}|${drag ? `${drag.x}|${drag.y}` : ''}|${childRadius}|${options.focusId === person.id}|${options.movingId === person.id}|${options.interactive}|${label}`;
  const kept = options.memo?.get(person);
  if (kept?.key === key) return kept;
  const parts = { key, line: lineless ? svg`` : renderLine(person, node, childRadius), node: renderNode(person, node, options, label), words: renderWords(person, node, options) };
  options.memo?.set(person, parts);
  return parts;
}

/** Initials for a compact node: the first letter of the first two words. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => w[0]!.toLocaleUpperCase())
    .join('');
}

/** Text cut to fit under a node (the whole text is in the accessible name and the table). */
function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** An annular sector from radius r0 to r1 between two angles (clockwise from 12 o'clock). */
function sectorPath(r0: number, r1: number, a0: number, a1: number): string {
  const p = (r: number, a: number) => `${(r * Math.sin(a)).toFixed(1)} ${(-r * Math.cos(a)).toFixed(1)}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M ${p(r0, a0)} L ${p(r1, a0)} A ${r1} ${r1} 0 ${large} 1 ${p(r1, a1)} L ${p(r0, a1)} A ${r0} ${r0} 0 ${large} 0 ${p(r0, a0)} Z`;
}

/** A zigzag from (x0,y0) to (x1,y1): the ecomap's stressful relation, a shape and not only a colour. */
function zigzag(x0: number, y0: number, x1: number, y1: number): string {
  const length = Math.hypot(x1 - x0, y1 - y0);
  const steps = Math.max(2, Math.floor(length / 12));
  const ux = (x1 - x0) / length;
  const uy = (y1 - y0) / length;
  const points = [`${x0.toFixed(1)} ${y0.toFixed(1)}`];
  for (let i = 1; i < steps; i++) {
    const along = (length * i) / steps;
    const side = i % 2 ? 5 : -5;
    points.push(`${(x0 + ux * along - uy * side).toFixed(1)} ${(y0 + uy * along + ux * side).toFixed(1)}`);
  }
  points.push(`${x1.toFixed(1)} ${y1.toFixed(1)}`);
  return `M ${points.join(' L ')}`;
}

function radiusOf(node: PlacedNode): number {
  return node.size === 'full' ? FULL.radius : COMPACT.radius;
}

/** Where on a line its arrowhead sits, from the child (0) to the person (1): out where lines spread apart. */
const ARROW_AT = 0.6;

/**
 * The direction of support as an arrowhead part-way along the line (pointing at the child, at the person,
 * or both ways), not at the child's edge, where on a full map the heads of every line would pile up.
 */
function renderArrow(person: NetworkPerson, x0: number, y0: number, x1: number, y1: number, colour: string) {
  if (person.support === 'none') return nothing;
  const x = x0 + (x1 - x0) * ARROW_AT;
  const y = y0 + (y1 - y0) * ARROW_AT;
  // Unit vector along the line, turned round when the head points at the child.
  const length = Math.hypot(x1 - x0, y1 - y0) || 1;
  const sign = person.support === 'to-child' ? -1 : 1;
  const ux = (sign * (x1 - x0)) / length;
  const uy = (sign * (y1 - y0)) / length;
  // Drawn in the map's own coordinates, not with a transform: each transformed element is a paint chunk of
  // its own for Chromium's compositor, and hundreds of them made every frame of a move slower.
  const at = (along: number, across: number) => `${(x + ux * along - uy * across).toFixed(1)} ${(y + uy * along + ux * across).toFixed(1)}`;
  const head = (tip: number, base: number) => `M ${at(tip, 0)} L ${at(base, -5.5)} L ${at(base, 5.5)} Z`;
  const d = person.support === 'both' ? `${head(11, 1)} ${head(-11, -1)}` : head(6, -5);
  return svg`<path class="arrow" data-id=${person.id} data-support=${person.support} d=${d} fill=${colour} />`;
}

function renderLine(person: NetworkPerson, node: PlacedNode, childRadius: number) {
  const distance = Math.hypot(node.x, node.y) || 1;
  const ux = node.x / distance;
  const uy = node.y / distance;
  // From the child's edge to the person's edge.
  const x0 = ux * (childRadius + 2);
  const y0 = uy * (childRadius + 2);
  const x1 = node.x - ux * (radiusOf(node) + 2);
  const y1 = node.y - uy * (radiusOf(node) + 2);
  const stressful = person.relation === 'stressful';
  const width = person.relation === 'strong' ? 5 : 2;
  const stroke = stressful ? INK.stressful : INK.line;
  const d = stressful ? zigzag(x0, y0, x1, y1) : `M ${x0.toFixed(1)} ${y0.toFixed(1)} L ${x1.toFixed(1)} ${y1.toFixed(1)}`;
  return svg`<path
    class="relation ${person.relation}"
    data-id=${person.id}
    data-relation=${person.relation}
    data-support=${person.support}
    d=${d}
    fill="none"
    stroke=${stroke}
    stroke-width=${width}
    stroke-dasharray=${person.relation === 'weak' ? '7 6' : nothing}
    stroke-linejoin="round"
  />${renderArrow(person, x0, y0, x1, y1, stroke)}`;
}

/** A five-pointed star: "tryg voksen" as a symbol as well as a colour. */
function star(cx: number, cy: number, r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 ? r * 0.45 : r;
    const angle = (Math.PI / 5) * i;
    points.push(`${(cx + radius * Math.sin(angle)).toFixed(1)},${(cy - radius * Math.cos(angle)).toFixed(1)}`);
  }
  return points.join(' ');
}

function renderNode(person: NetworkPerson, node: PlacedNode, options: DrawOptions, label: string) {
  const drag = options.dragAt?.id === person.id ? options.dragAt : undefined;
  const x = (drag ? drag.x : node.x).toFixed(1);
  const y = (drag ? drag.y : node.y).toFixed(1);
  const r = radiusOf(node);
  const moving = options.movingId === person.id;
  // Only the person who can take focus (roving focus follows focus in) or is moving can show a ring; the
  // others go without one, a few hundred elements fewer on a crowded map.
  const ringed = options.interactive && (moving || options.focusId === person.id);
  // Shapes at the person's place, not a translated group: see renderArrow on transforms.
  return svg`<g
    class="person ${node.size}${moving ? ' moving' : ''}${person.safeAdult ? ' safe' : ''}"
    data-id=${person.id}
    data-size=${node.size}
    role=${options.interactive ? 'button' : 'img'}
    aria-label=${label}
    aria-pressed=${options.interactive ? (moving ? 'true' : 'false') : nothing}
    tabindex=${options.interactive ? (options.focusId === person.id ? 0 : -1) : nothing}
  >
    ${ringed ? svg`<circle class="focus-ring" cx=${x} cy=${y} r=${r + 6} fill="none" stroke=${INK.focus} stroke-width="4" />` : nothing}
    <circle class="disc" cx=${x} cy=${y} r=${r} fill=${INK.node} stroke=${person.safeAdult ? INK.safe : INK.line} stroke-width=${person.safeAdult ? 4 : 2} />
    ${person.safeAdult ? svg`<polygon class="safe-star" points=${star(Number(x) + r * 0.8, Number(y) - r * 0.8, 8)} fill=${INK.safe} stroke=${INK.paper} stroke-width="1.5" />` : nothing}
  </g>`;
}

/** A person's words on the map (initials, name, role): a layer of their own, so the button is named by its label only. */
function renderWords(person: NetworkPerson, node: PlacedNode, options: DrawOptions) {
  const drag = options.dragAt?.id === person.id ? options.dragAt : undefined;
  const x = drag ? drag.x : node.x;
  const y = drag ? drag.y : node.y;
  const full = node.size === 'full';
  const at = x.toFixed(1);
  // Loose texts, no group: one element fewer per person.
  return svg`<text class="initials" data-id=${person.id} text-anchor="middle" x=${at} y=${y.toFixed(1)} dy="0.35em" font-size=${full ? 12 : 10} font-weight="700" fill=${INK.text}>${initials(person.name)}</text>${full
    ? svg`<text class="name" data-id=${person.id} text-anchor="middle" x=${at} y=${(y + FULL.radius + 16).toFixed(1)} font-size="14" font-weight="700" fill=${INK.text} stroke=${INK.paper} stroke-width="4" paint-order="stroke">${fit(person.name, 13)}</text><text class="role" data-id=${person.id} text-anchor="middle" x=${at} y=${(y + FULL.radius + 30).toFixed(1)} font-size="12" fill=${INK.muted} stroke=${INK.paper} stroke-width="4" paint-order="stroke">${fit(person.role, 16)}</text>`
    : nothing}`;
}

/**
 * The map as SVG: sectors and rings, the child in the centre, a line per person in ecomap notation
 * (strong thick, ordinary, weak dashed, stressful zigzag) with arrowheads for the direction of support,
 * and each person with initials, name and role ("tryg voksen" with a star and a green edge). The people
 * are keyed by id, so a move redraws one person and one line.
 */
export function drawNetworkMap(options: DrawOptions): TemplateResult {
  const { layout, people } = options;
  const e = layout.extent;
  const [r1, r2, r3] = layout.rings;
  const child = layout.childRadius;
  const visible = people.filter((p) => layout.nodes.has(p.id));
  const parts = new Map(visible.map((p) => [p.id, partsOf(p, layout.nodes.get(p.id)!, options, child)]));
  return svg`<g class="sectors">
      ${layout.sectors.map(
        (s, i) => svg`<path class="sector" d=${sectorPath(child + 4, r3, s.start, s.end)} fill=${i % 2 ? INK.sectorB : INK.sectorA} />
          <text class="sector-label" text-anchor="middle" font-size="15" font-weight="700" fill=${INK.muted}
            x=${((r3 + 16) * Math.sin((s.start + s.end) / 2)).toFixed(1)} y=${(-(r3 + 16) * Math.cos((s.start + s.end) / 2) + 4).toFixed(1)}
          >${options.sphereName(s.sphere)}</text>`,
      )}
    </g>
    <g class="rings" fill="none" stroke=${INK.ring} stroke-width="1.5" stroke-dasharray="3 4">
      <circle r=${r1} /><circle r=${r2} /><circle r=${r3} />
    </g>
    <g class="relations">${repeat(
      visible,
      (p) => p.id,
      (p) => parts.get(p.id)!.line,
    )}</g>
    <g class="child">
      <circle r=${child} fill=${INK.child} />
      <text text-anchor="middle" dy="0.35em" font-size="14" font-weight="700" fill=${INK.paper}>${fit(options.childName, 10)}</text>
    </g>
    <g class="people">${repeat(
      visible,
      (p) => p.id,
      (p) => parts.get(p.id)!.node,
    )}</g>
    <g class="labels" aria-hidden="true" pointer-events="none">${repeat(
      visible,
      (p) => p.id,
      (p) => parts.get(p.id)!.words,
    )}</g>
    <rect class="frame" x=${-e} y=${-e} width=${2 * e} height=${2 * e} fill="none" stroke="none" />`;
}
