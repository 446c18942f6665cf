// Render benchmark: each widget's first complete render beside the floor — the same final DOM parsed by
// the browser itself, with no script at all. Prints figures; never fails on timing (machines differ).
//   widget: in a fresh page with every element defined (the bundle loaded), a <spire-provider> and the
//     widget with a realistic record (@spire/model's examples) are created and put in the page → every
//     Lit element inside has rendered (`updateComplete`, nested controls too: "settled") → the next frame
//     (style, layout, paint). Then "again": the same in that page a few more times (templates prepared,
//     code warm), as when a host opens a second record.
//   floor: the rendered widget serialized to declarative shadow DOM (`<template shadowrootmode="open">`
//     for every shadow root, nested controls' included, each with its adopted style sheets as <style>
//     text, form controls' live values as markup), parsed with `setHTMLUnsafe` in a fresh empty page →
//     the next frame; "again" the same in that page.
// Each figure is the median over several fresh pages; widget and floor pages alternate, so a busy moment
// of the machine falls on both.
import { buildPages, launch, median, ms, openPage } from './lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const AGAIN = 4;
const WIDGETS = ['wellbeing-check', 'wellbeing-overview', 'concern-note', 'network-map', 'referral-form', 'referral-status'];

const pages = await buildPages('render');
const browser = await launch();
try {
  const problems = [];
  const rows = [];
  for (const name of WIDGETS) {
    const widget = { first: [], firstSettled: [], again: [] };
    const floor = { first: [], again: [] };
    let html;
    let dom;
    let floorDom;
    let lateChange = false;
    for (let run = 0; run < RUNS; run++) {
      const page = await openPage(browser, pages.page, problems);
      const result = await page.evaluate(
        async (name, again, capture) => {
          await bench.frame();
          await bench.frame();
          const t0 = performance.now();
          let { provider, el } = await bench.mount(name);
          const t1 = performance.now();
          await bench.frame();
          const t2 = performance.now();
          const out = { first: t2 - t0, settled: t1 - t0, again: [] };
          if (capture) {
            out.html = bench.toDeclarativeHTML(el);
            out.dom = bench.domSize(el);
            // Anything a widget renders later (a timer, a store's answer) would be missing from the floor.
            await new Promise((resolve) => setTimeout(resolve, 500));
            await bench.settled(el);
            out.late = bench.toDeclarativeHTML(el) !== out.html;
          }
          for (let i = 0; i < again; i++) {
            provider.remove();
            await bench.frame();
            const a0 = performance.now();
            ({ provider, el } = await bench.mount(name));
            await bench.frame();
            out.again.push(performance.now() - a0);
          }
          return out;
        },
        name,
        AGAIN,
        run === 0,
      );
      await page.close();
      widget.first.push(result.first);
      widget.firstSettled.push(result.settled);
      widget.again.push(...result.again);
      if (run === 0) {
        ({ html, dom } = result);
        lateChange = result.late;
      }

      const blank = await openPage(browser, pages.blank, problems);
      const parsed = await blank.evaluate(
        async (html, again) => {
          const frame = () =>
            new Promise((resolve) =>
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => resolve();
                channel.port2.postMessage(0);
              }),
            );
          await frame();
          await frame();
          const t0 = performance.now();
          document.body.setHTMLUnsafe(html);
          await frame();
          const first = performance.now() - t0;
          // The DOM the parser made, to compare with the widget's.
          let elements = 0;
          let shadowRoots = 0;
          const walk = (node) => {
            for (const child of node.querySelectorAll('*')) {
              if (child.localName !== 'style') elements++;
              if (child.shadowRoot) {
                shadowRoots++;
                walk(child.shadowRoot);
              }
            }
          };
          walk(document.body);
          const times = [];
          for (let i = 0; i < again; i++) {
            document.body.replaceChildren();
            await frame();
            const a0 = performance.now();
            document.body.setHTMLUnsafe(html);
            await frame();
            times.push(performance.now() - a0);
          }
          return { first, again: times, elements, shadowRoots };
        },
        html,
        AGAIN,
      );
      await blank.close();
      floor.first.push(parsed.first);
      floor.again.push(...parsed.again);
      floorDom = parsed;
    }
    rows.push({ name, widget, floor, html, dom, floorDom, lateChange });
  }

  const version = await browser.version();
  console.log(`Render benchmark (${version}, headless; median of ${RUNS} fresh pages per widget, "again" of ${RUNS * AGAIN} renders in those pages)`);
  console.log('  widget: provider + widget with an example record created → every element inside settled → the next frame');
  console.log('  floor: the same DOM as declarative shadow DOM (adopted styles as <style>), parsed by setHTMLUnsafe in a fresh page → the next frame');
  const head = `${'widget'.padEnd(20)} ${'first render'.padStart(12)} ${'settled'.padStart(9)} ${'floor'.padStart(8)} ${'ratio'.padStart(6)}   ${'again'.padStart(8)} ${'floor'.padStart(8)} ${'ratio'.padStart(6)}   DOM`;
  console.log(head);
  for (const { name, widget, floor, html, dom, floorDom, lateChange } of rows) {
    const first = median(widget.first);
    const floorFirst = median(floor.first);
    const again = median(widget.again);
    const floorAgain = median(floor.again);
    const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
    const size = `${dom.elements} elements, ${dom.shadowRoots} shadow roots, ${(html.length / 1024).toFixed(0)} kB as HTML`;
    console.log(
      `${name.padEnd(20)} ${ms(first).padStart(12)} ${ms(median(widget.firstSettled)).padStart(9)} ${ms(floorFirst).padStart(8)} ${ratio(first, floorFirst).padStart(6)}   ${ms(again).padStart(8)} ${ms(floorAgain).padStart(8)} ${ratio(again, floorAgain).padStart(6)}   ${size}`,
    );
    if (floorDom.elements !== dom.elements || floorDom.shadowRoots !== dom.shadowRoots) {
      console.log(`  note: the parsed floor has ${floorDom.elements} elements and ${floorDom.shadowRoots} shadow roots, the widget ${dom.elements} and ${dom.shadowRoots}`);
    }
    if (lateChange) console.log('  note: the widget changed its DOM again within 500 ms after the measured frame (not in the floor)');
  }
  console.log(`  first render: range over pages ${rows.map((r) => `${r.name} ${ms(Math.min(...r.widget.first))}–${ms(Math.max(...r.widget.first))}`).join(', ')}`);
  if (problems.length) console.log(`  page errors: ${[...new Set(problems)].join(' | ')}`);
} finally {
  await browser.close();
  pages.remove();
}
