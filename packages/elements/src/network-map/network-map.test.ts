import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { LIST_LIMITS, type NetworkMap, type NetworkPerson, SPHERES, createNetworkMap } from '@spire/model';
import { exampleAuthor, exampleChild, exampleNetworkMap } from '@spire/model/examples';
import './define.js';
import type { SpireNetworkMap } from './network-map.js';
import { MemoryDraftStore } from '../shared/drafts/memory-store.js';
import { runFormLifecycleSuite, runWidgetContractSuite } from '../testing/index.js';
import { hasOverlap, type PlacedNode } from './layout.js';
import { listenToSpeech } from '../shared/speech-testing.js';

const draft = (): NetworkMap => ({ ...structuredClone(exampleNetworkMap), status: 'draft' });
const withUnnamed = (): NetworkMap => {
  const map = draft();
  map.people[0]!.name = '';
  return map;
};

runFormLifecycleSuite({
  tag: 'spire-network-map',
  validValue: draft,
  invalidValue: withUnnamed,
  hostileValues: (valid) => {
    const map = structuredClone(valid) as NetworkMap;
    return [
      { value: { ...map, people: [null] }, path: 'people.0' },
      { value: { ...map, people: [{ ...map.people[0], ring: 7 }] }, path: 'people.0.ring' },
      { value: { ...map, people: [{ ...map.people[0], relation: 'enemy' }] }, path: 'people.0.relation' },
      { value: { ...map, people: 'everyone' }, path: 'people' },
      { value: { ...map, people: [{ ...map.people[0], name: 42 }] }, path: 'people.0.name' },
    ];
  },
});
runWidgetContractSuite({ tag: 'spire-network-map', validValue: draft, defineModule: new URL('./define.ts', import.meta.url).href });

async function networkMap(value: NetworkMap = draft(), attributes: { lang?: string; view?: string; readonly?: boolean } = {}) {
  const el = await fixture<SpireNetworkMap>(
    html`<spire-network-map .store=${new MemoryDraftStore()} .value=${value} lang=${attributes.lang ?? 'da'} view=${attributes.view ?? 'both'} ?readonly=${attributes.readonly ?? false}></spire-network-map>`,
  );
  await el.updateComplete;
  return el;
}
const $ = <E extends Element = HTMLElement>(el: SpireNetworkMap, selector: string) => el.shadowRoot!.querySelector<E & Element>(selector)!;
const $$ = <E extends Element = HTMLElement>(el: SpireNetworkMap, selector: string) => [...el.shadowRoot!.querySelectorAll<E & Element>(selector)];
const node = (el: SpireNetworkMap, id: string) => $<SVGGElement>(el, `svg.map .person[data-id="${id}"]`);
const line = (el: SpireNetworkMap, id: string) => $<SVGPathElement>(el, `svg.map .relation[data-id="${id}"]`);
const person = (el: SpireNetworkMap, id: string) => el.value!.people.find((p) => p.id === id)!;
const statusText = (el: SpireNetworkMap) => $$(el, '[role="status"]').map((s) => s.textContent).join(' ');
async function settle(el: SpireNetworkMap) {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

describe('<spire-network-map>', () => {
  it('is accessible with the map and the table, in Danish and English', async () => {
    const el = await networkMap();
    await expect(el).to.be.accessible();
    expect($(el, 'svg.map').getAttribute('aria-label')).to.equal('Netværkskort for Ida');
    expect(node(el, 'p-mor').getAttribute('aria-label')).to.equal('Lene, mor. Familie, tættest på. Stærk relation, støtter barnet. Tryg voksen. Oplyst af: Barnet.');
    const en = await networkMap(draft(), { lang: 'en' });
    await aTimeout(50);
    await settle(en);
    await expect(en).to.be.accessible();
    expect(node(en, 'p-far').getAttribute('aria-label')).to.equal('Anders, far. Family, closest. Stressful relation, support both ways. Told by: The child.');
    expect($(en, 'table caption').textContent).to.contain('The network as a table');
  });

  describe('drawing', () => {
    it('draws each relation in ecomap notation: strong thick, ordinary, weak dashed, stressful zigzag', async () => {
      const el = await networkMap();
      const strong = line(el, 'p-mor');
      const ordinary = line(el, 'p-bror');
      const weak = line(el, 'p-alma');
      const stressful = line(el, 'p-far');
      expect(Number(strong.getAttribute('stroke-width'))).to.be.greaterThan(Number(ordinary.getAttribute('stroke-width')));
      expect(ordinary.hasAttribute('stroke-dasharray')).to.equal(false);
      expect(weak.getAttribute('stroke-dasharray')).to.equal('7 6');
      // A zigzag is a path of many turns, not a straight line; its colour is not the only sign.
      expect(stressful.getAttribute('d')!.split('L').length).to.be.greaterThan(4);
      expect(ordinary.getAttribute('d')!.split('L').length).to.equal(2);
    });

    it('shows the direction of support with arrowheads part-way along the line', async () => {
      const el = await networkMap();
      const arrow = (id: string) => $<SVGPathElement>(el, `svg.map .arrow[data-id="${id}"]`);
      /** The arrowhead's corners, in the map's coordinates: the tip first, then the two corners of its base. */
      const corners = (id: string) => [...arrow(id).getAttribute('d')!.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].slice(0, 3).map(([, x, y]) => [Number(x), Number(y)] as const);
      /** Where the head points: toward the child in the centre (-1) or toward the person (1). */
      const pointing = (id: string) => {
        const [tip, a, b] = corners(id);
        return Math.sign(Math.hypot(...tip!) - Math.hypot((a![0] + b![0]) / 2, (a![1] + b![1]) / 2));
      };
      expect(pointing('p-mor'), 'mor supports Ida: the head points at Ida').to.equal(-1);
      expect(arrow('p-mor').getAttribute('data-support')).to.equal('to-child');
      expect(arrow('p-sara').getAttribute('data-support'), 'both ways: two heads').to.equal('both');
      expect(arrow('p-sara').getAttribute('d')!.match(/M/g)).to.have.length(2);
      expect(arrow('p-alma'), 'no support, no arrow').to.equal(null);
      // Out where the lines spread, not piled at the child's edge.
      expect(Math.hypot(...corners('p-mor')[0]!)).to.be.greaterThan(60);
    });

    it('marks a safe adult with a star as well as colour, and explains everything in a legend', async () => {
      const el = await networkMap();
      expect(node(el, 'p-mor').querySelector('.safe-star'), 'star on a safe adult').to.exist;
      expect(node(el, 'p-far').querySelector('.safe-star')).to.equal(null);
      const legend = $(el, '.legend').textContent!.replace(/\s+/g, ' ');
      for (const words of ['Stærk relation', 'Svag relation (stiplet)', 'Belastende relation (zigzag)', 'Pilen viser', 'Tryg voksen']) expect(legend).to.contain(words);
    });

    it('draws name and role under each person, and the child in the centre', async () => {
      const el = await networkMap();
      expect($(el, 'svg.map .name[data-id="p-mette"]').textContent).to.equal('Mette Holm');
      expect($(el, 'svg.map .role[data-id="p-mette"]').textContent).to.equal('pædagog');
      expect($(el, 'svg.map .initials[data-id="p-mette"]').textContent).to.equal('MH');
      expect($(el, 'svg.map .child text').textContent).to.equal('Ida');
    });
  });

  describe('moving people', () => {
    it('moves a person by keyboard: pick up, change sector and ring, drop, each step announced', async () => {
      const el = await networkMap();
      node(el, 'p-gym').focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(statusText(el)).to.contain('Trine er taget op');
      expect(node(el, 'p-gym').getAttribute('aria-pressed')).to.equal('true');
      let inputs = 0;
      el.addEventListener('input', () => inputs++);
      const placeBefore = { sphere: person(el, 'p-gym').sphere, ring: person(el, 'p-gym').ring };
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(node(el, 'p-gym').getAttribute('aria-label'), 'drawn where the arrow took her').to.contain('Professionelle, længere væk');
      expect(statusText(el)).to.contain('Trine: Professionelle, længere væk.');
      await sendKeys({ press: 'ArrowUp' });
      await settle(el);
      expect(node(el, 'p-gym').getAttribute('aria-label')).to.contain('Professionelle, tæt på');
      expect(el.shadowRoot!.activeElement?.getAttribute('data-id'), 'focus stays on the person').to.equal('p-gym');
      expect(person(el, 'p-gym'), 'the record changes when she is dropped, not on each arrow').to.include(placeBefore);
      expect(inputs).to.equal(0);
      const change = oneEvent(el, 'change');
      await sendKeys({ press: 'Enter' });
      await change;
      await settle(el);
      expect(person(el, 'p-gym')).to.include({ sphere: 'professionelle', ring: 2 });
      expect(inputs).to.equal(1);
      expect(statusText(el)).to.contain('Trine er flyttet til Professionelle, tæt på.');
      expect(node(el, 'p-gym').getAttribute('aria-pressed')).to.equal('false');
      expect(el.shadowRoot!.activeElement?.getAttribute('data-id'), 'focus stays on her after the drop').to.equal('p-gym');
    });

    it('rings the person keyboard focus reaches, and the one being moved, and no one else', async () => {
      const el = await networkMap();
      const ringShown = (id: string) => {
        const ring = node(el, id).querySelector('.focus-ring');
        return ring !== null && getComputedStyle(ring).display !== 'none';
      };
      node(el, 'p-gym').focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      const next = el.shadowRoot!.activeElement!.getAttribute('data-id')!;
      expect(next).to.not.equal('p-gym');
      expect(ringShown(next), 'the person focus went to').to.equal(true);
      expect(ringShown('p-gym'), 'the one focus left').to.equal(false);
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(ringShown(next), 'while being moved').to.equal(true);
      expect($$(el, 'svg.map .focus-ring').length, 'one ring on the map').to.equal(1);
    });

    it('drops a picked-up person where they are shown when focus leaves the map, so no move is lost', async () => {
      const el = await networkMap();
      node(el, 'p-gym').focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      $<HTMLButtonElement>(el, '[data-action="add-person"]').focus();
      await settle(el);
      expect(person(el, 'p-gym').sphere).to.equal('professionelle');
      expect(node(el, 'p-gym').getAttribute('aria-pressed')).to.equal('false');
    });

    it('cancels a keyboard move with Escape, back where the person was', async () => {
      const el = await networkMap();
      const before = el.value!.people.map((p) => p.id);
      node(el, 'p-sara').focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(node(el, 'p-sara').getAttribute('aria-label')).to.contain('Slægt, længere væk');
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(person(el, 'p-sara')).to.include({ sphere: 'venner', ring: 2 });
      expect(el.value!.people.map((p) => p.id)).to.deep.equal(before);
      expect(statusText(el)).to.contain('Flytningen er fortrudt');
    });

    it('moves focus between people with the arrow keys, one tab stop for the whole map', async () => {
      const el = await networkMap();
      const tabbable = $$(el, 'svg.map .person[tabindex="0"]');
      expect(tabbable.length).to.equal(1);
      tabbable[0]!.focus();
      const first = el.shadowRoot!.activeElement!.getAttribute('data-id');
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      const second = el.shadowRoot!.activeElement!.getAttribute('data-id');
      expect(second).to.not.equal(first);
      expect($$(el, 'svg.map .person[tabindex="0"]').map((n) => n.getAttribute('data-id'))).to.deep.equal([second]);
    });

    it('moves a person by dragging with the mouse, snapping to the ring and sector where it is dropped', async () => {
      const el = await networkMap(draft(), { view: 'map' });
      // Earlier tests leave the page scrolled: the real mouse needs both people on screen.
      window.scrollTo(0, 0);
      await aTimeout(20);
      const target = $<SVGGElement>(el, 'svg.map .person[data-id="p-sundhed"]');
      const from = target.getBoundingClientRect();
      // Drop onto Jonas Berg's place (dagtilbud/skole, ring 2): the drop snaps to that cell.
      const onto = node(el, 'p-jonas').getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(from.x + from.width / 2), Math.round(from.y + 10)] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [Math.round(from.x + from.width / 2 + 10), Math.round(from.y + 20)] });
      await sendMouse({ type: 'move', position: [Math.round(onto.x + onto.width / 2), Math.round(onto.y + 12)] });
      // The browser delivers the pointer events after the command returns: wait for the drawing to follow.
      for (let i = 0; i < 50 && !node(el, 'p-sundhed').classList.contains('moving'); i++) await aTimeout(20);
      expect(node(el, 'p-sundhed').classList.contains('moving'), 'drawn where the pointer is').to.equal(true);
      await sendMouse({ type: 'up' });
      await aTimeout(50);
      await settle(el);
      expect(person(el, 'p-sundhed')).to.include({ sphere: 'dagtilbud-skole', ring: 2 });
      expect(statusText(el)).to.contain('K. Madsen er flyttet til Dagtilbud / skole, tæt på.');
      expect(hasOverlap({ nodes: drawnNodes(el) }), 'snapped, not left on top of Jonas').to.equal(false);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('keeps 60 people in one sector apart on the page', async () => {
      const map = draft();
      for (let i = 0; i < 60; i++) map.people.push({ ...map.people[2]!, id: `p-extra-${i}`, name: `Barn ${i}`, ring: 1 + (i % 3) });
      const el = await networkMap(map, { view: 'map' });
      expect($$(el, 'svg.map .person').length).to.equal(70);
      expect(hasOverlap({ nodes: drawnNodes(el) })).to.equal(false);
    });
  });

  describe('the table twin', () => {
    it('holds the same people, and an edit in the table reaches the map', async () => {
      const el = await networkMap();
      expect($$(el, 'tbody tr').length).to.equal(el.value!.people.length);
      const drawnBefore = node(el, 'p-alma').querySelector('.disc')!.getAttribute('cx');
      const sphere = $<HTMLSelectElement>(el, 'tr[data-id="p-alma"] select[aria-label="Område for Alma"]');
      sphere.value = 'fritid-forening';
      sphere.dispatchEvent(new Event('change'));
      await settle(el);
      expect(person(el, 'p-alma').sphere).to.equal('fritid-forening');
      expect(node(el, 'p-alma').querySelector('.disc')!.getAttribute('cx'), 'the map draws Alma in her new sector').to.not.equal(drawnBefore);
      const relation = $<HTMLSelectElement>(el, 'tr[data-id="p-alma"] select[aria-label="Relation for Alma"]');
      relation.value = 'stressful';
      relation.dispatchEvent(new Event('change'));
      await settle(el);
      expect(line(el, 'p-alma').getAttribute('data-relation')).to.equal('stressful');
    });

    it('shows a move on the map in the table', async () => {
      const el = await networkMap();
      node(el, 'p-bror').focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect($<HTMLSelectElement>(el, 'tr[data-id="p-bror"] select[aria-label="Nærhed for Oskar"]').value).to.equal('2');
    });

    it('edits names in the table, and is the whole map when the view is the table alone', async () => {
      const el = await networkMap(draft(), { view: 'table' });
      expect($(el, 'svg.map')).to.equal(null);
      const name = $<HTMLInputElement>(el, 'tr[data-id="p-gym"] input[aria-label="Navn for Trine"]');
      name.focus();
      name.select();
      await sendKeys({ type: 'Trine K.' });
      await settle(el);
      expect(person(el, 'p-gym').name).to.equal('Trine K.');
      await expect(el).to.be.accessible();
    });
  });

  describe('adding, editing and deleting', () => {
    it('adds a person through the form, by keyboard, and Cancel takes a new person away again', async () => {
      const el = await networkMap(createNetworkMap({ author: exampleAuthor, child: exampleChild }));
      expect($(el, '.map-area .note').textContent).to.contain('Ingen personer');
      $(el, '[data-action="add-person"]').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect($(el, '.person-form h3').textContent).to.equal('Ny person');
      await sendKeys({ type: 'Mormor' });
      await settle(el);
      expect(el.value!.people[0]!.name).to.equal('Mormor');
      await expect(el).to.be.accessible();
      $(el, '[data-action="cancel"]').click();
      await settle(el);
      expect(el.value!.people).to.deep.equal([]);
      expect($(el, '.person-form')).to.equal(null);
    });

    it('edits a person (E on the map) and Done keeps the edits, with focus back on the person', async () => {
      const el = await networkMap();
      node(el, 'p-gym').focus();
      await sendKeys({ press: 'e' });
      await settle(el);
      expect($(el, '.person-form h3').textContent).to.equal('Rediger Trine');
      const safe = $<HTMLInputElement>(el, '.person-form input[type="checkbox"][data-field="people.8.safeAdult"]');
      safe.click();
      await settle(el);
      expect(person(el, 'p-gym').safeAdult).to.equal(true);
      $(el, '[data-action="done"]').click();
      await settle(el);
      expect($(el, '.person-form')).to.equal(null);
      expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('p-gym');
      expect(node(el, 'p-gym').querySelector('.safe-star')).to.exist;
    });

    it('deletes with Delete and brings the person back with undo, in the same place', async () => {
      const el = await networkMap();
      const order = el.value!.people.map((p) => p.id);
      node(el, 'p-alma').focus();
      await sendKeys({ press: 'Delete' });
      await settle(el);
      expect(el.value!.people.some((p) => p.id === 'p-alma')).to.equal(false);
      expect(node(el, 'p-alma')).to.equal(null);
      expect(statusText(el)).to.contain('Alma er slettet.');
      expect(el.shadowRoot!.activeElement?.getAttribute('data-action'), 'focus on undo').to.equal('undo');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.value!.people.map((p) => p.id)).to.deep.equal(order);
      expect(statusText(el)).to.contain('Alma er tilbage på kortet.');
    });

    it('opens the form at a person’s field from the error summary when the map cannot be completed', async () => {
      const el = await networkMap(withUnnamed());
      expect(await el.submit()).to.equal(undefined);
      await settle(el);
      const link = $<HTMLAnchorElement>(el, '.error-summary a');
      expect(link.textContent).to.contain('Navn eller initialer');
      link.click();
      await settle(el);
      await aTimeout(20);
      expect($(el, '.person-form'), 'form opened').to.exist;
    });
  });

  describe('activation, versions and the network meeting', () => {
    it('lists what each person can do and what was agreed', async () => {
      const el = await networkMap();
      const text = $(el, '.activation').textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Mormor Inge');
      expect(text).to.contain('Henter Ida hver onsdag');
    });

    it('compares two versions: who joined, who left, what changed', async () => {
      const el = await networkMap();
      const from = $<HTMLSelectElement>(el, 'select[data-action="compare-from"]');
      from.value = 'nm-ida-v1';
      from.dispatchEvent(new Event('change'));
      await settle(el);
      expect($(el, '.comparison .joined').textContent).to.contain('Trine');
      expect($(el, '.comparison .changed').textContent!.replace(/\s+/g, ' ')).to.contain('Alma: nærhed: Tættest på → Længere væk; relation: Stærk → Svag');
      // A change now is compared with the newest version.
      from.value = 'nm-ida-v2';
      from.dispatchEvent(new Event('change'));
      node(el, 'p-alma').focus();
      await sendKeys({ press: 'Delete' });
      await settle(el);
      expect($(el, '.comparison .left').textContent).to.contain('Alma');
    });

    it('saves a dated version', async () => {
      const el = await networkMap();
      $(el, '[data-action="save-version"]').click();
      await settle(el);
      expect(el.value!.versions.length).to.equal(3);
      expect(el.value!.versions[2]!.people.map((p: NetworkPerson) => p.id)).to.deep.equal(el.value!.people.map((p) => p.id));
      expect(statusText(el)).to.contain('er gemt');
    });

    it('keeps the private and the professional network apart and sends the list as an event', async () => {
      const el = await networkMap();
      expect($(el, '.invite-group.private').textContent).to.contain('Mormor Inge');
      expect($(el, '.invite-group.private').textContent).to.not.contain('Mette Holm');
      expect($(el, '.invite-group.professional').textContent).to.contain('Mette Holm');
      const sent = oneEvent(el, 'spire-network-meeting');
      $(el, '[data-action="send-invitations"]').click();
      const { detail } = await sent;
      expect(detail.private.map((p: NetworkPerson) => p.id)).to.deep.equal(['p-mor', 'p-far', 'p-mormor']);
      expect(detail.professional.map((p: NetworkPerson) => p.id)).to.deep.equal(['p-mette', 'p-jonas', 'p-sundhed']);
      expect(detail.record.id).to.equal('nm-ida');
    });
  });

  describe('export and print', () => {
    it('exports a valid, standalone SVG', async () => {
      const el = await networkMap();
      const source = el.toSVG();
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
      expect(doc.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
      expect(doc.querySelectorAll('.person').length).to.equal(10);
      expect(doc.querySelectorAll('[tabindex]').length).to.equal(0);
      expect(source).to.not.contain('<!--');
    });

    it('exports a PNG', async () => {
      const el = await networkMap();
      const png = await el.toPNG(1);
      expect(png.type).to.equal('image/png');
      const signature = [...new Uint8Array(await png.slice(0, 8).arrayBuffer())];
      expect(signature).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
      const bitmap = await createImageBitmap(png);
      expect(bitmap.width).to.be.greaterThan(400);
    });

    it('is read-only as a map and a table without controls', async () => {
      const el = await networkMap(exampleNetworkMap, { readonly: true });
      expect($$(el, 'select, input, [data-action="add-person"]').length).to.equal(0);
      expect($$(el, 'svg.map .person[tabindex]').length).to.equal(0);
      expect(node(el, 'p-mor').getAttribute('role')).to.equal('img');
      await expect(el).to.be.accessible();
    });

    it('prints the whole map on one page, above the table and never split', async () => {
      await setViewport({ width: 680, height: 1000 });
      await emulateMedia({ media: 'print' });
      try {
        const el = await networkMap(exampleNetworkMap, { readonly: true });
        const map = $(el, 'svg.map').getBoundingClientRect();
        expect(map.height, 'the map takes at most 70% of a page').to.be.at.most(700);
        expect(map.width).to.be.at.most(680);
        expect(map.top + map.height, 'header and map on the first page').to.be.below(1000);
        expect(getComputedStyle($(el, '.map-area')).breakInside).to.equal('avoid');
        expect($(el, '.map-scroll').scrollWidth, 'nothing cut off at the side').to.be.at.most($(el, '.map-scroll').clientWidth);
      } finally {
        await emulateMedia({ media: 'screen' });
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  it('reports hostile people without throwing, and draws only what is valid', async () => {
    const errors: string[] = [];
    const el = await fixture<SpireNetworkMap>(html`<spire-network-map .store=${new MemoryDraftStore()} @spire-error=${(e: CustomEvent) => errors.push(e.detail.path)}></spire-network-map>`);
    el.value = { ...draft(), people: [{ ...draft().people[0], sphere: 'moon' }] } as never;
    await settle(el);
    expect(errors).to.include('people.0.sphere');
    expect(SPHERES).to.not.include('moon');
  });
});

/** Where the people are drawn, read back from the page, as the layout's nodes (for the overlap check). */
function drawnNodes(el: SpireNetworkMap): Map<string, PlacedNode> {
  const nodes = new Map<string, PlacedNode>();
  for (const g of el.shadowRoot!.querySelectorAll<SVGGElement>('svg.map .person')) {
    const disc = g.querySelector('.disc')!;
    const [x, y] = [Number(disc.getAttribute('cx')), Number(disc.getAttribute('cy'))];
    const id = g.dataset.id!;
    const p = el.value!.people.find((q) => q.id === id)!;
    nodes.set(id, { id, x: x!, y: y!, size: g.dataset.size as PlacedNode['size'], sphere: p.sphere, ring: p.ring });
  }
  return nodes;
}

describe('<spire-network-map> child mode', () => {
  const childCard = (el: SpireNetworkMap, id: string) => $<HTMLButtonElement>(el, `.child-person[data-id="${id}"]`);
  const radio = (el: SpireNetworkMap, key: string, value: string) => $$<HTMLInputElement>(el, `input[type="radio"][name="${key}"]`).find((r) => r.value === value)!;

  it('opens from the adults\' map and back, with focus at the top of what is shown', async () => {
    const el = await networkMap();
    $<HTMLButtonElement>(el, '[data-action="child-mode"]').click();
    await settle(el);
    expect(el.mode).to.equal('child');
    expect(el.getAttribute('mode')).to.equal('child');
    expect($(el, 'h2.title').textContent).to.equal('Mit netværkskort');
    expect(el.shadowRoot!.activeElement?.classList.contains('child-lead')).to.equal(true);
    expect($(el, '.child-lead').textContent).to.contain('Hvem er der omkring dig, Ida?');
    expect($$(el, 'svg.map .person[tabindex]'), 'the child\'s map is looked at; the buttons do the placing').to.have.length(0);
    $<HTMLButtonElement>(el, '[data-action="adult-mode"]').click();
    await settle(el);
    expect(el.mode).to.equal('professional');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-action')).to.equal('child-mode');
  });

  it('lets the child place a person with big buttons, kept apart from the adults\' placement', async () => {
    const el = await networkMap(draft(), { view: 'map' });
    el.mode = 'child';
    await settle(el);
    expect(childCard(el, 'p-gym').textContent).to.contain('mangler en plads');
    expect($(el, 'svg.map [data-id="p-gym"]'), 'not on the child\'s map before the child places her').to.equal(null);
    childCard(el, 'p-gym').click();
    await settle(el);
    expect(childCard(el, 'p-gym').getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.id).to.equal('child-questions-title');
    expect($(el, '#child-questions-title').textContent).to.equal('Om Trine');
    const rings = $$<HTMLLabelElement>(el, '.child-questions .choices label');
    expect(rings.map((l) => l.textContent!.trim())).to.deep.equal(['Helt tæt på mig', 'Tæt på mig', 'Lidt længere væk']);
    expect(rings[0]!.getBoundingClientRect().height, 'big targets').to.be.at.least(64);
    expect(childCard(el, 'p-gym').getBoundingClientRect().height).to.be.at.least(72);
    const change = oneEvent(el, 'change');
    radio(el, 'people.8.childPlacement.ring', '1').click();
    await change;
    await settle(el);
    const trine = person(el, 'p-gym');
    expect(trine.childPlacement, 'only what the child said: no sphere assumed').to.deep.equal({ ring: 1 });
    expect(trine).to.include({ sphere: 'fritid-forening', ring: 3, relation: 'ordinary' });
    expect(statusText(el)).to.contain('Trine: Helt tæt på mig.');
    expect(node(el, 'p-gym').getAttribute('aria-label'), 'read to the child in the child\'s words').to.equal('Trine, gymnastiktræner. Fritid, Helt tæt på mig.');
    expect(line(el, 'p-gym'), 'no line until the child has said how it is').to.equal(null);
    radio(el, 'people.8.childPlacement.relation', 'stressful').click();
    await settle(el);
    expect(person(el, 'p-gym').childPlacement!.relation).to.equal('stressful');
    expect(line(el, 'p-gym').getAttribute('data-relation')).to.equal('stressful');
    expect($(el, 'svg.map .arrow[data-id="p-gym"]'), 'the child\'s map draws no arrows the child did not give').to.equal(null);
    expect(node(el, 'p-gym').getAttribute('aria-label')).to.contain('Du siger: Svært.');
    radio(el, 'people.8.childPlacement.sphere', 'venner').click();
    await settle(el);
    expect(statusText(el), 'the answer given is announced').to.contain('Trine: Mine venner.');
    expect(person(el, 'p-gym').childPlacement!.sphere).to.equal('venner');
    expect(person(el, 'p-gym').sphere, 'the adults\' map is not changed').to.equal('fritid-forening');
  });

  it('keeps the child\'s words exactly as written', async () => {
    const el = await networkMap();
    el.mode = 'child';
    await settle(el);
    childCard(el, 'p-bror').click();
    await settle(el);
    radio(el, 'people.2.childPlacement.ring', '1').click();
    await settle(el);
    const words = '  Oskar er   SJOV, men han "låner" mine ting!!  ';
    const area = $<HTMLElement & { value: string }>(el, 'spire-text-area[data-field="people.2.childPlacement.words"]');
    const textarea = area.shadowRoot!.querySelector('textarea')!;
    textarea.focus();
    textarea.value = words;
    textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(person(el, 'p-bror').childPlacement!.words).to.equal(words);
  });

  it('can be done with the keyboard alone, and the next person follows', async () => {
    const el = await networkMap();
    el.mode = 'child';
    await settle(el);
    childCard(el, 'p-bror').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('child-questions-title');
    radio(el, 'people.2.childPlacement.ring', '1').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(person(el, 'p-bror').childPlacement!.ring).to.equal(2);
    $<HTMLButtonElement>(el, '.next-person').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($(el, '#child-questions-title').textContent, 'the next person not placed yet').to.equal('Om Alma');
    expect(el.shadowRoot!.activeElement?.id).to.equal('child-questions-title');
  });

  it('puts someone the child names on both maps where the child places them, told by the child', async () => {
    const el = await networkMap();
    el.mode = 'child';
    await settle(el);
    const name = $<HTMLInputElement>(el, 'input[name="child-new-name"]');
    name.focus();
    await sendKeys({ type: 'Morfar Bent' });
    $<HTMLInputElement>(el, 'input[name="child-new-role"]').focus();
    await sendKeys({ type: 'morfar' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const added = el.value!.people.at(-1)!;
    expect(added).to.include({ name: 'Morfar Bent', role: 'morfar', source: 'barnet' });
    expect($(el, '#child-questions-title').textContent).to.equal('Om Morfar Bent');
    radio(el, `people.${el.value!.people.length - 1}.childPlacement.ring`, '1').click();
    await settle(el);
    radio(el, `people.${el.value!.people.length - 1}.childPlacement.sphere`, 'slaegt').click();
    await settle(el);
    expect(el.value!.people.at(-1)).to.include({ sphere: 'slaegt', ring: 1 });
    expect(el.value!.people.at(-1)!.childPlacement).to.include({ sphere: 'slaegt', ring: 1 });
  });

  it('reads the questions and their answers aloud on the device, in the widget\'s language', async () => {
    const speech = listenToSpeech([
      { name: 'Google dansk', lang: 'da-DK', localService: false },
      { name: 'Sara (enheden)', lang: 'da-DK', localService: true },
      { name: 'Daniel (device)', lang: 'en-GB', localService: true },
    ]);
    try {
      const el = await networkMap();
      el.mode = 'child';
      await settle(el);
      childCard(el, 'p-bror').click();
      await settle(el);
      $<HTMLButtonElement>(el, '.child-questions .read-aloud').click();
      await aTimeout(0);
      expect(speech.spoken.at(-1)).to.deep.equal({
        text: 'Hvor tæt på dig er Oskar? Du kan vælge: Helt tæt på mig, Tæt på mig, Lidt længere væk.',
        lang: 'da-DK',
        voice: 'Sara (enheden)',
      });
      el.lang = 'en';
      await settle(el);
      $<HTMLButtonElement>(el, '.child-intro .read-aloud').click();
      await aTimeout(0);
      expect(speech.spoken.at(-1)!.text).to.equal('Who are the people around you, Ida? Choose a person. Then show how close to you they are.');
      expect(speech.spoken.at(-1)!.lang).to.equal('en-GB');
    } finally {
      speech.restore();
    }
  });

  it('says nothing rather than send the words to a network voice', async () => {
    const speech = listenToSpeech([{ name: 'Google dansk', lang: 'da-DK', localService: false }]);
    try {
      const el = await networkMap();
      el.mode = 'child';
      await settle(el);
      $<HTMLButtonElement>(el, '.child-intro .read-aloud').click();
      await aTimeout(0);
      await settle(el);
      expect(speech.spoken).to.have.length(0);
      expect(statusText(el)).to.contain('Oplæsning kræver en stemme på denne enhed.');
    } finally {
      speech.restore();
    }
  });

  it('says nothing when the device lists no voice at all (the browser would pick one, maybe over the network)', async () => {
    const speech = listenToSpeech([]);
    try {
      const el = await networkMap();
      el.mode = 'child';
      await settle(el);
      $<HTMLButtonElement>(el, '.child-intro .read-aloud').click();
      await aTimeout(1100);
      expect(speech.spoken).to.have.length(0);
      expect(statusText(el)).to.contain('Oplæsning kræver en stemme på denne enhed.');
    } finally {
      speech.restore();
    }
  });

  it('is accessible with the questions open, in Danish and English', async () => {
    const el = await networkMap();
    el.mode = 'child';
    await settle(el);
    childCard(el, 'p-far').click();
    await settle(el);
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await settle(el);
    expect($(el, 'h2.title').textContent).to.equal('My network map');
    expect($(el, '#child-questions-title').textContent).to.equal('About Anders');
    expect(childCard(el, 'p-far').textContent).to.contain('has a place');
    await expect(el).to.be.accessible();
  });

  it('shows what the child said as text when read-only', async () => {
    const el = await networkMap(draft(), { readonly: true });
    el.mode = 'child';
    await settle(el);
    expect($$(el, '.child-person:not([disabled])')).to.have.length(0);
    expect($(el, '[data-action="child-add"]')).to.equal(null);
    expect($(el, 'svg.map .person[data-id="p-far"]').getAttribute('aria-label')).to.contain('Min familie, Tæt på mig');
  });
});

describe('<spire-network-map> view="beside"', () => {
  it('shows the child\'s own map beside the adults\', with where they differ and the child\'s words', async () => {
    const el = await networkMap(draft(), { view: 'beside' });
    const maps = $$(el, 'svg.map');
    expect($$(el, 'figcaption').map((c) => c.textContent)).to.deep.equal(['De voksnes kort', 'Kortet, som Ida har tegnet']);
    expect(maps[0]!.querySelectorAll('.person')).to.have.length(10);
    expect(maps[1]!.querySelectorAll('.person')).to.have.length(4);
    expect($$(el, '.beside .map-scroll').map((g) => g.getAttribute('aria-labelledby')), 'each drawing named once, by its caption').to.deep.equal(['beside-adults', 'beside-child']);
    const differences = $$(el, '.differences li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(differences).to.include('Længere væk hos barnet: Anders (de voksne: Tættest på; barnet: Tæt på).');
    expect(differences).to.include('Barnet siger om Anders: »Godt« (de voksne: Belastende).');
    expect($(el, '.differences').textContent).to.contain('Barnet har ikke placeret: Oskar, Alma');
    expect($(el, '.child-words').textContent).to.contain('Far er sur om morgenen. Om lørdagen bygger vi Lego.');
    await expect(el).to.be.accessible();
  });

  it('prints what the child said with the map: read-only shows the child\'s map, the differences and the words', async () => {
    const el = await networkMap(exampleNetworkMap, { readonly: true });
    expect($(el, '.child-words').textContent).to.contain('Mor læser for mig hver aften.');
    expect($(el, '.differences').textContent).to.contain('Længere væk hos barnet: Anders');
  });

  it('says so when the child has placed no one yet, in English too', async () => {
    const map = draft();
    for (const p of map.people) delete p.childPlacement;
    const el = await networkMap(map, { view: 'beside', lang: 'en' });
    expect($(el, '.differences').textContent).to.contain('The child has not placed anyone yet.');
    expect($$(el, 'svg.map')[1]!.querySelectorAll('.person')).to.have.length(0);
  });
});

describe('<spire-network-map> redraws what changed', () => {
  it('names everyone anew when the language changes, and as pictures when it turns read-only', async () => {
    const el = await networkMap(draft(), { view: 'both' });
    expect(node(el, 'p-mor').getAttribute('aria-label')).to.contain('Familie, tættest på');
    expect($(el, 'tr[data-id="p-mor"] select').getAttribute('aria-label')).to.equal('Område for Lene');
    el.lang = 'en';
    await settle(el);
    await settle(el);
    expect(node(el, 'p-mor').getAttribute('aria-label')).to.contain('Family, closest');
    expect($(el, 'tr[data-id="p-mor"] select').getAttribute('aria-label')).to.equal('Area for Lene');
    el.readonly = true;
    await settle(el);
    expect(node(el, 'p-mor').getAttribute('role')).to.equal('img');
    expect(node(el, 'p-mor').hasAttribute('tabindex')).to.equal(false);
  });

  it('puts a picked-up person back when a new value arrives, and never pulls focus back to the map', async () => {
    const el = await networkMap();
    node(el, 'p-gym').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    const add = $<HTMLButtonElement>(el, '[data-action="add-person"]');
    add.focus();
    await settle(el);
    expect(el.shadowRoot!.activeElement, 'focus stays where it went').to.equal(add);
    node(el, 'p-sara').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    el.value = draft();
    await settle(el);
    expect(node(el, 'p-sara').getAttribute('aria-pressed')).to.equal('false');
    expect(person(el, 'p-sara')).to.include({ sphere: 'venner', ring: 2 });
    expect(node(el, 'p-sara').getAttribute('aria-label'), 'drawn where the new value has her').to.contain('Venner, tæt på');
  });
});

describe('<spire-network-map> at the model\'s limit of people', () => {
  const crowded = (count: number): NetworkMap => {
    const map = draft();
    const template = map.people[0]!;
    map.people = Array.from({ length: count }, (_, i) => ({ ...template, id: `p-${i}`, name: `Person ${i + 1}` }));
    return map;
  };

  it('stops adding at 500 people and says why, in Danish and English', async () => {
    const el = await networkMap(crowded(LIST_LIMITS.people), { view: 'list' });
    const add = $<HTMLButtonElement>(el, '[data-action="add-person"]');
    expect(add.disabled).to.equal(true);
    expect($(el, '#map-full').textContent).to.equal('Kortet er fuldt: det kan højst rumme 500 personer.');
    expect(add.getAttribute('aria-describedby')).to.equal('map-full');
    el.lang = 'en';
    await settle(el);
    expect($(el, '#map-full').textContent).to.equal('The map is full: it holds at most 500 people.');

    const room = await networkMap(crowded(LIST_LIMITS.people - 1), { view: 'list' });
    expect($<HTMLButtonElement>(room, '[data-action="add-person"]').disabled).to.equal(false);
    expect(room.shadowRoot!.querySelector('#map-full')).to.equal(null);
  });

  it('reports a host value over the limit with spire-error, in the list\'s own words, and keeps working', async () => {
    const errors: CustomEvent[] = [];
    const el = await fixture<SpireNetworkMap>(html`<spire-network-map .store=${new MemoryDraftStore()} @spire-error=${(e: CustomEvent) => errors.push(e)}></spire-network-map>`);
    el.value = crowded(LIST_LIMITS.people + 1);
    await el.updateComplete;
    expect(errors.map((e) => [e.detail.path, e.detail.code, e.detail.message])).to.deep.equal([['people', 'too_big', 'Der må højst være 500.']]);
  });
});
