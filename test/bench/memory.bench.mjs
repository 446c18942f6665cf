// Memory benchmark: does a widget leave anything behind when it is removed? Each widget is mounted and
// removed 500 times — a <spire-provider> with the widget and its example record created, put in the page,
// every element inside settled, the next frame, then the provider removed — and the JS heap is compared
// after forced garbage collection before and after. Prints figures; never fails.
//   retained per cycle: (used JS heap after − before) / cycles, after full GCs (CDP
//     HeapProfiler.collectGarbage and V8's gc() with --expose-gc) and a wait for the widgets' own timers
//     (the draft store's 3 s timeout is the longest), so only what is still reachable counts;
//   the DOM's own heap per cycle (Blink's Oilpan heap, CDP Runtime.getHeapUsage embedderHeapUsedSize):
//     what Chromium itself keeps for elements, styles and layout, outside the JS heap;
//   DOM nodes and JS event listeners per cycle (CDP Memory.getDOMCounters): a listener left on window or
//     document keeps its widget alive, and shows here first.
// Anything above LEAK_BYTES per cycle is flagged as a probable leak.
import { buildPages, launch, openPage } from './lib.mjs';

const CYCLES = Number(process.env.BENCH_CYCLES ?? 500);
const WARMUP = 25;
const LEAK_BYTES = 2048;
const WIDGETS = ['wellbeing-check', 'wellbeing-overview', 'concern-note', 'network-map', 'referral-form', 'referral-status'];

const pages = await buildPages('memory');
const browser = await launch(['--js-flags=--expose-gc']);
const kB = (bytes) => `${bytes < 0 ? '−' : ''}${(Math.abs(bytes) / 1024).toFixed(2)} kB`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
try {
  const problems = [];
  const version = await browser.version();
  console.log(`Memory benchmark (${version}, headless; ${CYCLES} mount/unmount cycles per widget after ${WARMUP} not counted, a fresh page per widget)`);
  console.log('  per cycle: JS heap retained over all cycles and over the second half alone (what keeps growing), the DOM\'s own heap (Blink), DOM nodes, listeners');
  console.log(`${'widget'.padEnd(20)} ${'retained'.padStart(10)} ${'2nd half'.padStart(10)} ${'DOM heap'.padStart(10)} ${'DOM nodes'.padStart(10)} ${'listeners'.padStart(10)}`);
  const flagged = [];
  for (const name of WIDGETS) {
    const page = await openPage(browser, pages.page, problems);
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.enable');
    await page.evaluate(() => {
      window.container = document.createElement('div');
      document.body.append(window.container);
      window.cycles = async (name, n) => {
        const t0 = performance.now();
        for (let i = 0; i < n; i++) {
          const { provider } = await bench.mount(name, window.container);
          await bench.frame();
          provider.remove();
        }
        return performance.now() - t0;
      };
    });
    const measure = async () => {
      // The widgets' own timers end first (draft flushes, the store's timeout), then full collections.
      await sleep(3500);
      for (let i = 0; i < 3; i++) {
        await page.evaluate(() => window.gc?.());
        await cdp.send('HeapProfiler.collectGarbage');
      }
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      return { heap: heap.usedSize, native: heap.embedderHeapUsedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
    };
    await page.evaluate((name, n) => window.cycles(name, n), name, WARMUP);
    const before = await measure();
    const half = Math.floor(CYCLES / 2);
    let took = await page.evaluate((name, n) => window.cycles(name, n), name, half);
    const middle = await measure();
    took += await page.evaluate((name, n) => window.cycles(name, n), name, CYCLES - half);
    const after = await measure();
    await page.close();
    const perCycle = (after.heap - before.heap) / CYCLES;
    const native = after.native === undefined ? undefined : (after.native - before.native) / CYCLES;
    const nodes = (after.nodes - before.nodes) / CYCLES;
    const listeners = (after.listeners - before.listeners) / CYCLES;
    // The second half alone: growth that goes on (a leak) rather than caches and code filling once.
    const secondHalf = (after.heap - middle.heap) / (CYCLES - half);
    const leak = perCycle > LEAK_BYTES || secondHalf > LEAK_BYTES || native > LEAK_BYTES;
    if (leak) flagged.push(name);
    console.log(
      `${name.padEnd(20)} ${kB(perCycle).padStart(10)} ${kB(secondHalf).padStart(10)} ${(native === undefined ? '–' : kB(native)).padStart(10)} ${nodes.toFixed(1).padStart(10)} ${listeners.toFixed(1).padStart(10)}   ${leak ? 'PROBABLE LEAK' : 'ok'} (heap ${(before.heap / 1048576).toFixed(2)} → ${(middle.heap / 1048576).toFixed(2)} → ${(after.heap / 1048576).toFixed(2)} MB; ${(took / CYCLES).toFixed(0)} ms a cycle)`,
    );
  }
  console.log(flagged.length ? `probable leaks (over ${LEAK_BYTES / 1024} kB a cycle): ${flagged.join(', ')}` : `no widget keeps more than ${LEAK_BYTES / 1024} kB a cycle`);
  if (problems.length) console.log(`  page errors: ${[...new Set(problems)].join(' | ')}`);
} finally {
  await browser.close();
  pages.remove();
}
