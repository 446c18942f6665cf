import { expect } from '@open-wc/testing';
import { SPHERES, type Sphere } from '@spire/model';
import { type LayoutPerson, cellAt, hasOverlap, layoutNetwork } from './layout.js';

/** A small deterministic generator, so a failing case can be found again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
function people(count: number, seed: number, bias?: { sphere: Sphere; ring: number; share: number }): LayoutPerson[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    if (bias && next() < bias.share) return { id: `p${i}`, sphere: bias.sphere, ring: bias.ring };
    return { id: `p${i}`, sphere: SPHERES[Math.floor(next() * SPHERES.length)]!, ring: 1 + Math.floor(next() * 3) };
  });
}

describe('network map layout', () => {
  it('places everyone in their own sphere and ring, with nobody overlapping (random maps, 0–300 people)', () => {
    for (const [count, seed] of [[0, 1], [1, 2], [3, 3], [10, 4], [25, 5], [60, 6], [120, 7], [300, 8]] as const) {
      const list = people(count, seed);
      const layout = layoutNetwork(list);
      expect(layout.nodes.size, `${count} placed`).to.equal(count);
      expect(hasOverlap(layout), `${count} people: no overlap`).to.equal(false);
      for (const person of list) {
        const node = layout.nodes.get(person.id)!;
        expect(cellAt(layout, node.x, node.y), `${person.id} in its cell`).to.deep.equal({ sphere: person.sphere, ring: person.ring });
      }
    }
  });

  it('keeps a crowded sphere readable: 60 people in one cell are drawn compact in rows, and still apart', () => {
    const list = people(80, 11, { sphere: 'familie', ring: 1, share: 0.75 });
    const layout = layoutNetwork(list);
    expect(hasOverlap(layout)).to.equal(false);
    const crowded = list.filter((p) => p.sphere === 'familie' && p.ring === 1).map((p) => layout.nodes.get(p.id)!);
    expect(crowded.length).to.be.greaterThan(50);
    expect(crowded.every((n) => n.size === 'compact')).to.equal(true);
    const quiet = list.filter((p) => p.sphere === 'venner').map((p) => layout.nodes.get(p.id)!);
    expect(quiet.some((n) => n.size === 'full'), 'a quiet cell keeps names and roles').to.equal(true);
  });

  it('draws a family of four in the closest ring with names and roles', () => {
    const list: LayoutPerson[] = ['mor', 'far', 'bror', 'søster'].map((id) => ({ id, sphere: 'familie', ring: 1 }));
    const layout = layoutNetwork(list);
    expect([...layout.nodes.values()].map((n) => n.size)).to.deep.equal(['full', 'full', 'full', 'full']);
    expect(hasOverlap(layout)).to.equal(false);
  });

  it('finds overlaps when there are some (the check itself bites)', () => {
    const layout = layoutNetwork([{ id: 'a', sphere: 'familie', ring: 1 }, { id: 'b', sphere: 'venner', ring: 2 }]);
    const a = layout.nodes.get('a')!;
    layout.nodes.set('b', { ...layout.nodes.get('b')!, x: a.x + 20, y: a.y + 10 });
    expect(hasOverlap(layout)).to.equal(true);
  });
});
