// Keystroke benchmark: what one keystroke costs in a long note, typed with real key events (CDP
// Input.dispatchKeyEvent: keydown, the character, keyup — æ, ø and å too) at the end of the text, at a
// fast typist's pace (one key every 100 ms). Prints figures; never fails on timing.
//   per keystroke, from the keydown (a capture listener on window, before any widget code) to
//     - settled: the widget and every Lit element inside it have rendered the new text;
//     - frame: the frame after it (style, layout, paint) is done;
//   p50 and p95 over 200 keystrokes (after 20 not counted);
//   main thread per keystroke: all the renderer's main-thread work while typing (CDP TaskDuration: key
//     handling, updates, frames, draft saves, timers), divided by the keystrokes;
//   the nudge pass: the language check that runs in the pause after typing (the text area's own timer),
//     from the check to its update settled and through its frame, median over pauses after a word.
// Notes: a concern note's observations holding 4,000 characters (TEXT_LIMITS.longText; the field takes
// 6,000), and a referral's description typed up to 8,000 (TEXT_LIMITS.description, the longest text a
// record holds). The text is the example records' own Danish, with sentences that give language nudges
// (bench-page.ts, longNote). The floor: the same keys in a bare <textarea> holding the same text, on a
// page with no widget.
import { buildPages, launch, median, ms, ms2, openPage, percentile } from './lib.mjs';

const KEYS = Number(process.env.BENCH_KEYS ?? 200);
const WARMUP = 20;
const PACE = 100;
const PAUSES = 12;

/** What is typed: sentences of a professional's note, with æ, ø, å and words that give nudges. */
const typed = ' Hun sagde, at hun er ked af det, og at de andre altid driller hende. Pædagogen så, at hun legede alene på pladsen ved gården. Hun virker sky og trist, men hun smilede til sin ven.'.repeat(3);

const cases = [
  { label: 'concern note, observations, 4,000 characters', widget: 'concern-note', field: 'observations', length: 4000 },
  { label: 'referral, description, typed up to 8,000 characters', widget: 'referral-form', field: 'description', step: 'concern', length: 8000 - WARMUP - KEYS },
];

/**
 * Opens a page, puts the long text in the case's field (in the widget; without `c.widget` in a bare
 * <textarea>), types KEYS keys after WARMUP at PACE, then (in the widget) PAUSES words each followed by a
 * pause. Returns the keystrokes, the nudge passes and the main thread's work per keystroke.
 */
async function typeIn(c, problems) {
  const page = await openPage(browser, pages.page, problems);
  const cdp = await page.createCDPSession();
  const ready = await page.evaluate(
    async ({ widget, field, step, chars }) => {
      const text = bench.longNote(chars);
      let el;
      let area;
      let control;
      if (widget) {
        // The example record with the long text in the field.
        ({ el } = await bench.mount(widget));
        const value = structuredClone(el.value);
        value[field] = text;
        el.value = value;
        await bench.settled(el);
        if (step) {
          el.shadowRoot.querySelector(`button[data-step="${step}"]`).click();
          await bench.settled(el);
        }
        control = el.shadowRoot.querySelector(`spire-text-area[data-field="${field}"]`);
        if (!control) return { error: `no spire-text-area[data-field="${field}"]` };
        area = control.shadowRoot.querySelector('textarea');
      } else {
        area = document.createElement('textarea');
        area.rows = 8;
        area.style.inlineSize = '100%';
        area.value = text;
        document.body.append(area);
      }
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
      if (el) await bench.settled(el);
      await bench.frame();

      const state = { keys: [], checks: [], waiting: undefined, t0: 0 };
      window.typing = state;
      window.addEventListener('keydown', () => (state.t0 = performance.now()), true);
      window.addEventListener(
        'input',
        async (event) => {
          // The page hears one input per key: the widget's own (Spire keeps its inner field's event
          // inside), or the bare text area's.
          if (event.composedPath()[0] !== (el ?? area)) return;
          const t0 = state.t0;
          if (el) await bench.settled(el);
          const t1 = performance.now();
          await bench.frame();
          state.keys.push({ settled: t1 - t0, frame: performance.now() - t0, length: area.value.length });
          state.waiting?.();
        },
        true,
      );
      // The nudge pass: the text area's check after a pause (its own timer), timed from its start.
      const check = control?.checkNow;
      if (typeof check === 'function') {
        control.checkNow = function (...args) {
          const t0 = performance.now();
          const result = check.apply(this, args);
          const t1 = performance.now();
          void bench.settled(el).then(async () => {
            const t2 = performance.now();
            await bench.frame();
            state.checks.push({ check: t1 - t0, settled: t2 - t0, frame: performance.now() - t0, findings: control.findings?.length });
          });
          return result;
        };
      }
      window.keyDone = (n) =>
        new Promise((resolve) => {
          if (state.keys.length >= n) return resolve();
          state.waiting = () => state.keys.length >= n && resolve();
        });
      return { length: area.value.length, nudges: control?.findings?.length ?? 0, active: bench.deepActive() === area, hooked: typeof check === 'function' };
    },
    { widget: c.widget, field: c.field, step: c.step, chars: c.length },
  );
  if (ready.error) throw new Error(ready.error);

  let count = 0;
  const type = async (ch) => {
    const start = Date.now();
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
    await page.evaluate((n) => window.keyDone(n), ++count);
    await sleep(Math.max(0, PACE - (Date.now() - start)));
  };
  for (let i = 0; i < WARMUP; i++) await type(typed[i % typed.length]);
  const before = await page.metrics();
  for (let i = 0; i < KEYS; i++) await type(typed[(WARMUP + i) % typed.length]);
  const after = await page.metrics();
  const keys = (await page.evaluate(() => window.typing.keys)).slice(WARMUP);
  const per = (name) => ((after[name] - before[name]) * 1000) / KEYS;
  const busy = { task: per('TaskDuration'), script: per('ScriptDuration'), layout: per('LayoutDuration') + per('RecalcStyleDuration') };

  // Pauses: a word, then the wait for the nudge pass (200 ms after the last key, longer after a slow check).
  let checks = [];
  if (ready.hooked) {
    for (let p = 0; p < PAUSES; p++) {
      for (const ch of ' altid') await type(ch);
      await sleep(500);
    }
    checks = await page.evaluate(() => window.typing.checks);
  }
  await page.close();
  return { ready, keys, busy, checks };
}

const pages = await buildPages('keystroke');
const browser = await launch();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
try {
  const problems = [];
  const version = await browser.version();
  console.log(`Keystroke benchmark (${version}, headless; real key events at the end of the text, one every ${PACE} ms; p50/p95 of ${KEYS} keystrokes)`);
  for (const c of cases) {
    const widget = await typeIn(c, problems);
    // The floor: the same keys in a bare <textarea> holding the same text, no widget code at all.
    const bare = await typeIn({ ...c, widget: undefined }, problems);
    const p = (xs, q) => percentile(xs, q);
    const line = (label, xs) => `  ${label}p50 ${ms2(p(xs, 50))}  p95 ${ms2(p(xs, 95))}  max ${ms2(Math.max(...xs))}`;
    const { ready, keys, checks } = widget;
    console.log(`${c.label}: measured from ${(keys[0].length - 1).toLocaleString('en')} to ${keys.at(-1).length.toLocaleString('en')} characters, ${ready.nudges} nudges shown${ready.active ? '' : ' (note: the text area did not have focus)'}`);
    console.log(line('key → settled        ', keys.map((k) => k.settled)));
    console.log(line('key → frame          ', keys.map((k) => k.frame)));
    console.log(line('floor: key → frame   ', bare.keys.map((k) => k.frame)) + ' (a bare <textarea> with the same text)');
    console.log(`  main thread per keystroke ${ms2(widget.busy.task)} (script ${ms2(widget.busy.script)}, style + layout ${ms2(widget.busy.layout)}); floor ${ms2(bare.busy.task)} (script ${ms2(bare.busy.script)}, style + layout ${ms2(bare.busy.layout)})`);
    if (checks.length) {
      console.log(
        `  nudge pass after a pause: the check ${ms2(median(checks.map((k) => k.check)))}, to settled ${ms2(median(checks.map((k) => k.settled)))}, through its frame ${ms(median(checks.map((k) => k.frame)))} (median of ${checks.length}; ${checks.at(-1).findings} nudges at the end)`,
      );
    } else {
      console.log(`  nudge pass after a pause: not measured (${ready.hooked ? 'no check ran in the pauses' : "the text area's check could not be timed"})`);
    }
  }
  if (problems.length) console.log(`  page errors: ${[...new Set(problems)].join(' | ')}`);
} finally {
  await browser.close();
  pages.remove();
}
