// Network map benchmark: how long <spire-network-map> takes with 300 people, in this machine's headless
// Chromium. Prints figures and compares them with the targets; it never fails on timing (machines differ).
//   (a) first render: `value` set on a connected `view="map"` element → updateComplete → one rAF and the
//       frame it starts (layout + paint), median of several fresh elements;
//   (b) one keyboard move: a person picked up with Space, then ArrowRight → updateComplete → one rAF and
//       its frame, median of many moves; and the drop (Enter) that writes the move into the record;
//   (c) `layoutNetwork` alone;
//   (d) the floor: a frame in which one person's disc and words are shifted by hand (no widget code), what
//       any move costs Chromium at the least.
// Each figure is printed twice: the widget's own work (to updateComplete) and through the frame it starts.
// Chromium runs without its 60 Hz frame limit here, so the frame figure is work (style, layout, paint),
// not time spent waiting for the next vsync.
// The page bundle is built with esbuild from source (@spire/model's entry points aliased to their source),
// production builds of every dependency, drafts in a MemoryDraftStore (no IndexedDB).
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, ensureChromium } from '../chromium.mjs';
import { pageBundle } from './lib.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PEOPLE = 300;
const RENDERS = 7;
const MOVES = 21;
const LAYOUTS = 50;
const TARGET = { firstRender: 50, move: 4 };

const dir = mkdtempSync(join(tmpdir(), 'spire-nm-bench-'));
try {
  await build({
    ...pageBundle(),
    stdin: {
      contents: `
        import './packages/elements/src/network-map/define.ts';
        export { MemoryDraftStore } from './packages/elements/src/shared/drafts/memory-store.ts';
        export { layoutNetwork } from './packages/elements/src/network-map/layout.ts';
        export { createNetworkMap } from '@spire/model';`,
      resolveDir: root,
      loader: 'ts',
    },
    outfile: join(dir, 'bench.js'),
  });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="da"><meta charset="utf-8"><title>network map bench</title><body><script src="bench.js"></script></body></html>');

  const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: [...chromeArgs, '--disable-frame-rate-limit', '--disable-gpu-vsync'], protocolTimeout: 300_000 });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 1000 });
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    await page.waitForFunction(() => customElements.get('spire-network-map') !== undefined);

    // Helpers in the page: 300 fictional people (the same every run), a connected element, frames.
    await page.evaluate((count) => {
      const first = ['Emma', 'Noah', 'Freja', 'William', 'Karla', 'Oscar', 'Alma', 'Lucas', 'Ella', 'Carl', 'Agnes', 'Malthe', 'Clara', 'Victor', 'Ida', 'Elias', 'Olivia', 'Arthur', 'Sofie', 'Valdemar'];
      const last = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Madsen', 'Olsen'];
      const spheres = ['familie', 'slaegt', 'venner', 'dagtilbud-skole', 'fritid-forening', 'professionelle'];
      // Uneven, as real crowded maps are: friends and school hold most people.
      const weights = [1, 2, 4, 3, 3, 2];
      const relations = ['strong', 'ordinary', 'weak', 'stressful'];
      const supports = ['to-child', 'from-child', 'both', 'none'];
      const sources = ['barnet', 'foraelder', 'fagperson'];
      const pickSphere = (i) => {
        let n = (i * 7) % weights.reduce((a, b) => a + b, 0);
        for (let s = 0; s < spheres.length; s++) if ((n -= weights[s]) < 0) return spheres[s];
        return spheres[0];
      };
      const author = { name: 'Mette Holm', role: 'pædagog', institution: 'Østervang Skole' };
      const child = { id: 'child-bench', displayName: 'Ida', birthYear: 2020, context: 'skole', group: '0.B' };
      window.makeMap = () => ({
        ...bench.createNetworkMap({ id: 'bench-map', author, child, now: new Date('2026-11-12T09:00:00Z') }),
        people: Array.from({ length: count }, (_, i) => ({
          id: `bench-${i}`,
          name: `${first[i % first.length]} ${last[(i * 3) % last.length]}`,
          role: ['mor', 'ven', 'lærer', 'træner', 'nabo', 'fætter', 'sagsbehandler'][i % 7],
          sphere: pickSphere(i),
          ring: 1 + ((i * 5) % 3),
          relation: relations[i % 4],
          support: supports[(i >> 1) % 4],
          safeAdult: i % 17 === 0,
          source: sources[i % 3],
          invite: i % 5 === 0,
        })),
      });
      // A value or setting the model rejects is reported with spire-error: say so instead of timing nothing.
      window.spireErrors = [];
      window.addEventListener('spire-error', (event) => window.spireErrors.push(event.detail), true);
      window.frame = () => new Promise((resolve) => requestAnimationFrame(() => {
        // After the rAF callback comes the frame's style, layout and paint; a message lands after them.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      }));
      window.freshElement = async () => {
        document.querySelector('spire-network-map')?.remove();
        const el = document.createElement('spire-network-map');
        el.setAttribute('view', 'map');
        el.setAttribute('lang', 'da');
        el.store = new bench.MemoryDraftStore();
        el.author = author;
        el.child = child;
        document.body.append(el);
        await el.updateComplete;
        await window.frame();
        await window.frame();
        return el;
      };
    }, PEOPLE);

    // (a) First render with 300 people, on a fresh element each time; the very first run is cold (JIT).
    const renders = await page.evaluate(async (runs) => {
      const out = [];
      for (let i = 0; i < runs + 1; i++) {
        const el = await window.freshElement();
        const value = window.makeMap();
        const t0 = performance.now();
        el.value = value;
        await el.updateComplete;
        const t1 = performance.now();
        await window.frame();
        const t2 = performance.now();
        const drawn = el.shadowRoot.querySelectorAll('svg.map .person').length;
        if (drawn !== value.people.length) throw new Error(`drew ${drawn} of ${value.people.length} people; spire-error: ${JSON.stringify(window.spireErrors)}`);
        out.push({ update: t1 - t0, total: t2 - t0 });
      }
      return out;
    }, RENDERS);
    const cold = renders.shift();

    // (b) Keyboard moves: focus a person, Space picks them up, each ArrowRight moves them a sector on.
    await page.evaluate(async () => {
      const el = await window.freshElement();
      el.value = window.makeMap();
      await el.updateComplete;
      await window.frame();
      el.shadowRoot.querySelector('svg.map .person[data-id="bench-0"]').focus();
      // t0 when the key arrives (capture, before the map's handler); the wait starts after it (bubble).
      window.moves = [];
      window.addEventListener('keydown', () => (window.moveStart = performance.now()), true);
      window.addEventListener('keydown', async (event) => {
        if (event.key !== 'ArrowRight' && event.key !== 'Enter') return;
        const t0 = window.moveStart;
        await el.updateComplete;
        const t1 = performance.now();
        await window.frame();
        window.moves.push({ key: event.key, update: t1 - t0, total: performance.now() - t0, focused: el.shadowRoot.activeElement?.getAttribute('data-id') });
      });
    });
    await page.keyboard.press('Space');
    const picked = await page.evaluate(() => document.querySelector('spire-network-map').shadowRoot.querySelector('svg.map .person.moving, svg.map [data-id="bench-0"].moving') !== null);
    const WARMUP = 3;
    for (let i = 0; i < WARMUP + MOVES; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((n) => window.moves.length >= n, {}, i + 1);
    }
    // Drops: each time picked up again, one sector on, put down.
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => window.moves.length >= n, {}, WARMUP + MOVES + 1);
    const DROPS = 9;
    for (let i = 0; i < DROPS; i++) {
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => window.moves.length >= n, {}, WARMUP + MOVES + 1 + 2 * (i + 1));
    }
    const moveResult = await page.evaluate(() => {
      const el = document.querySelector('spire-network-map');
      return { moves: window.moves, sphere: el.value.people.find((p) => p.id === 'bench-0').sphere };
    });
    const moves = moveResult.moves.slice(WARMUP, WARMUP + MOVES);
    const drops = moveResult.moves.slice(WARMUP + MOVES).filter((m) => m.key === 'Enter');

    // (d) The floor: one person's shapes and words shifted directly, then the frame; median of 25.
    const floor = await page.evaluate(async () => {
      const el = document.querySelector('spire-network-map');
      const nodes = [...el.shadowRoot.querySelectorAll('svg.map .person')];
      for (let i = 0; i < 3; i++) await window.frame();
      const times = [];
      for (let r = 0; r < 25; r++) {
        const node = nodes[(r * 37) % nodes.length];
        const t0 = performance.now();
        // The person's shapes and words, shifted sideways by one unit, as a move would redraw them.
        const words = el.shadowRoot.querySelectorAll(`svg.map text[data-id="${node.dataset.id}"]`);
        for (const shape of [...node.querySelectorAll('circle'), ...words]) {
          const name = shape.localName === 'circle' ? 'cx' : 'x';
          shape.setAttribute(name, (Number(shape.getAttribute(name)) + (r % 2 ? 1 : -1)).toFixed(1));
        }
        await window.frame();
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[12];
    });

    // (c) The layout alone.
    const layouts = await page.evaluate((runs) => {
      const people = window.makeMap().people;
      for (let i = 0; i < 5; i++) bench.layoutNetwork(people);
      const out = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        bench.layoutNetwork(people);
        out.push(performance.now() - t0);
      }
      return out;
    }, LAYOUTS);

    const median = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      const m = s.length >> 1;
      return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
    };
    const ms = (x) => `${x.toFixed(1)} ms`;
    const verdict = (value, target) => (value <= target ? `within the ${target} ms target` : `OVER the ${target} ms target`);
    const render = median(renders.map((r) => r.total));
    const move = median(moves.map((m) => m.total));
    const version = await browser.version();
    console.log(`Network map benchmark (${version}, headless, ${PEOPLE} people, view="map")`);
    console.log(`network map, ${PEOPLE} people: first render ${ms(render)} (median of ${renders.length}) — ${verdict(render, TARGET.firstRender)}`);
    console.log(`  to updateComplete ${ms(median(renders.map((r) => r.update)))}; cold first run ${ms(cold.total)} (not in the median)`);
    console.log(`  best ${ms(Math.min(...renders.map((r) => r.total)))}`);
    // The move target is the widget's work (key to updateComplete): the frame after it is Chromium's
    // style, layout and paint, which costs about the floor below even when no widget code runs at all.
    const moveWork = median(moves.map((m) => m.update));
    console.log(`one move ${ms(moveWork)} (the widget's work, key to updateComplete, median of ${moves.length}) — ${verdict(moveWork, TARGET.move)}`);
    console.log(`  through the frame it starts ${ms(move)} (range ${ms(Math.min(...moves.map((m) => m.total)))}–${ms(Math.max(...moves.map((m) => m.total)))}); compare the floor below`);
    console.log(`the drop that writes a move into the record ${ms(median(drops.map((m) => m.total)))} (median of ${drops.length}); to updateComplete ${ms(median(drops.map((m) => m.update)))}`);
    console.log(`layout ${ms(median(layouts))} (layoutNetwork alone, median of ${layouts.length})`);
    console.log(`floor: a frame with one person moved by hand, no widget code ${ms(floor)} (median of 25) — what any move costs this Chromium at the least`);
    // Sanity: the moves really moved the person (picked up, sector changed, focus kept on them).
    if (!picked) console.log('  note: Space did not pick the person up (no .moving node)');
    if (moves.some((m) => m.focused !== 'bench-0')) console.log('  note: focus left the moved person during a move');
    if (problems.length) console.log(`  page errors: ${problems.join(' | ')}`);
    console.log(`  (the moved person ended in ${moveResult.sphere}; figures are this machine's, never asserted)`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
