import { SPHERES, type Sphere } from '@spire/model';

/** What the layout needs of a person: where they belong, in the order they are listed. */
export interface LayoutPerson {
  id: string;
  sphere: Sphere;
  ring: number;
}

/** A person drawn with name and role under the circle, or (in a crowded cell) as a small circle with initials. */
export type NodeSize = 'full' | 'compact';

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  size: NodeSize;
  sphere: Sphere;
  ring: number;
}

export interface SectorArc {
  sphere: Sphere;
  /** Radians, clockwise from 12 o'clock. */
  start: number;
  end: number;
}

export interface NetworkLayout {
  /** The drawing spans -extent…extent in both directions; the child is at 0,0. */
  extent: number;
  childRadius: number;
  /** The outer radius of rings 1, 2 and 3. */
  rings: [number, number, number];
  sectors: SectorArc[];
  nodes: Map<string, PlacedNode>;
}

/** Footprints (px in the drawing): a full node's circle with its two label lines under it, a compact node's circle. */
export const FULL = { radius: 17, left: 50, right: 50, top: 18, bottom: 48 } as const;
export const COMPACT = { radius: 13, left: 14, right: 14, top: 14, bottom: 14 } as const;

const CHILD_RADIUS = 40;
const BASE_BAND = 120;
const FULL_PITCH = 104;
/** How far a row of named people may move out in its ring before the cell is drawn compact instead. */
const FULL_GROWTH = 90;
const COMPACT_PITCH = 30;
const SECTOR_PAD = 0.05;
const MARGIN = 24;
/** Room beyond the outer ring for the sector names, which sit outside it and run sideways at 3 and 9 o'clock. */
const LABEL_ROOM = 84;

const footprint = (size: NodeSize) => (size === 'full' ? FULL : COMPACT);

/**
 * Where everyone goes on the map: the child in the centre, three rings (1 closest), a sector per sphere
 * (wider for a sphere with more people), and each cell (ring × sphere) filled in list order along arcs.
 * A crowded cell draws its people compact, in as many rows as it needs, and its ring widens to hold
 * them. Nobody overlaps: the result is checked, and the rings grow until nothing does.
 */
export function layoutNetwork(people: readonly LayoutPerson[]): NetworkLayout {
  const cells = new Map<string, LayoutPerson[]>();
  for (const person of people) {
    const key = cellKey(person.sphere, clampRing(person.ring));
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = []));
    cell.push(person);
  }
  const sectors = sectorArcs(cells);
  for (let scale = 1; ; scale *= 1.12) {
    const layout = place(cells, sectors, scale);
    if (scale > 12 || !hasOverlap(layout)) return layout;
  }
}

function clampRing(ring: number): 1 | 2 | 3 {
  return ring <= 1 ? 1 : ring >= 3 ? 3 : 2;
}

function cellKey(sphere: Sphere, ring: number): string {
  return `${sphere}/${ring}`;
}

/**
 * Sectors in SPHERES order clockwise from the top. Each sphere gets the angle its most crowded ring needs
 * to show its people with names (at least a minimum share), so a family of four in the closest ring fits.
 */
function sectorArcs(cells: Map<string, LayoutPerson[]>): SectorArc[] {
  const demand = SPHERES.map((sphere) => {
    let most = 0.55;
    for (const ring of [1, 2, 3]) {
      const count = cells.get(cellKey(sphere, ring))?.length ?? 0;
      const middle = CHILD_RADIUS + 14 + BASE_BAND * (ring - 0.5) + FULL_GROWTH;
      if (count) most = Math.max(most, (count * FULL_PITCH) / (middle * 0.95) + 2 * SECTOR_PAD);
    }
    // No sphere takes more than about a third of the circle: a crowded one is drawn compact instead.
    return Math.min(most, 2.2);
  });
  const total = demand.reduce((a, b) => a + b, 0);
  let start = 0;
  return SPHERES.map((sphere, i) => {
    const end = start + (demand[i]! / total) * Math.PI * 2;
    const arc = { sphere, start, end };
    start = end;
    return arc;
  });
}

/** How many nodes fit along an arc of radius `r` and `span` radians, `pitch` apart. */
function capacity(r: number, span: number, pitch: number): number {
  return Math.max(1, Math.floor((r * Math.max(span - 2 * SECTOR_PAD, 0.01) * 0.95) / pitch));
}

function place(cells: Map<string, LayoutPerson[]>, sectors: SectorArc[], scale: number): NetworkLayout {
  const nodes = new Map<string, PlacedNode>();
  const rings: [number, number, number] = [0, 0, 0];
  let inner = CHILD_RADIUS + 14 * scale;
  for (const ring of [1, 2, 3] as const) {
    // First the rows each cell needs, so the ring is as wide as its most crowded cell.
    const plans = sectors.map((sector) => {
      const list = cells.get(cellKey(sector.sphere, ring)) ?? [];
      const span = sector.end - sector.start;
      const fullMiddle = inner + (BASE_BAND * scale) / 2;
      // The radius at which the cell's people fit side by side with their names, if the ring may widen that far.
      const fullRadius = Math.max(fullMiddle, (list.length * FULL_PITCH) / (Math.max(span - 2 * SECTOR_PAD, 0.01) * 0.95));
      if (fullRadius <= fullMiddle + FULL_GROWTH) return { sector, list, size: 'full' as const, rows: [fullRadius] };
      const rows: number[] = [];
      let room = 0;
      for (let r = inner + COMPACT_PITCH / 2 + 6; room < list.length; r += COMPACT_PITCH) {
        rows.push(r);
        room += capacity(r, span, COMPACT_PITCH);
      }
      return { sector, list, size: 'compact' as const, rows };
    });
    const needed = Math.max(
      BASE_BAND * scale,
      ...plans.map((p) => (p.size === 'compact' ? p.rows.length * COMPACT_PITCH + 12 : p.rows[0]! - inner + FULL.bottom + 8)),
    );
    for (const { sector, list, size, rows } of plans) {
      const span = sector.end - sector.start;
      let index = 0;
      for (const r of rows) {
        const pitch = size === 'full' ? FULL_PITCH : COMPACT_PITCH;
        // A full cell is one row by construction; a compact one fills its rows inner first.
        const count = size === 'full' ? list.length : Math.min(capacity(r, span, pitch), list.length - index);
        const usable = span - 2 * SECTOR_PAD;
        for (let j = 0; j < count; j++, index++) {
          const angle = sector.start + SECTOR_PAD + ((j + 0.5) * usable) / count;
          const person = list[index]!;
          nodes.set(person.id, { id: person.id, x: r * Math.sin(angle), y: -r * Math.cos(angle), size, sphere: sector.sphere, ring });
        }
      }
    }
    inner += needed;
    rings[ring - 1] = inner;
  }
  return { extent: Math.ceil(rings[2] + Math.max(FULL.bottom, LABEL_ROOM) + MARGIN), childRadius: CHILD_RADIUS, rings, sectors, nodes };
}

/** A node's footprint: a full node's circle and labels as a box, a compact node's circle as a circle. */
function overlaps(a: PlacedNode, b: PlacedNode): boolean {
  if (a.size === 'compact' && b.size === 'compact') return Math.hypot(a.x - b.x, a.y - b.y) < COMPACT.radius * 2 + 2;
  if (a.size === 'compact' || b.size === 'compact') {
    const [circle, box] = a.size === 'compact' ? [a, b] : [b, a];
    const nearestX = Math.min(Math.max(circle.x, box.x - FULL.left), box.x + FULL.right);
    const nearestY = Math.min(Math.max(circle.y, box.y - FULL.top), box.y + FULL.bottom);
    return Math.hypot(circle.x - nearestX, circle.y - nearestY) < COMPACT.radius + 1;
  }
  return Math.abs(a.x - b.x) < FULL.left + FULL.right && b.y - FULL.top < a.y + FULL.bottom && a.y - FULL.top < b.y + FULL.bottom;
}

/** True when any two footprints overlap (a grid keeps this linear for hundreds of people). */
export function hasOverlap(layout: Pick<NetworkLayout, 'nodes'>): boolean {
  const size = 100;
  const grid = new Map<string, PlacedNode[]>();
  for (const node of layout.nodes.values()) {
    const f = footprint(node.size);
    const seen = new Set<PlacedNode>();
    for (let gx = Math.floor((node.x - f.left) / size); gx <= Math.floor((node.x + f.right) / size); gx++) {
      for (let gy = Math.floor((node.y - f.top) / size); gy <= Math.floor((node.y + f.bottom) / size); gy++) {
        const key = `${gx},${gy}`;
        let bucket = grid.get(key);
        if (!bucket) grid.set(key, (bucket = []));
        for (const other of bucket) {
          if (seen.has(other)) continue;
          seen.add(other);
          if (overlaps(node, other)) return true;
        }
        bucket.push(node);
      }
    }
  }
  return false;
}

/** The sphere and ring under a point of the drawing (where a dragged person is dropped). */
export function cellAt(layout: NetworkLayout, x: number, y: number): { sphere: Sphere; ring: 1 | 2 | 3 } {
  const distance = Math.hypot(x, y);
  const ring = distance <= layout.rings[0] ? 1 : distance <= layout.rings[1] ? 2 : 3;
  let angle = Math.atan2(x, -y);
  if (angle < 0) angle += Math.PI * 2;
  const sector = layout.sectors.find((s) => angle >= s.start && angle < s.end) ?? layout.sectors[layout.sectors.length - 1]!;
  return { sphere: sector.sphere, ring };
}

/** The angle of a point, clockwise from 12 o'clock, for ordering people within a cell. */
export function angleOf(x: number, y: number): number {
  const angle = Math.atan2(x, -y);
  return angle < 0 ? angle + Math.PI * 2 : angle;
}
