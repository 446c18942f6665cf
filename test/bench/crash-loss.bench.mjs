// What a renderer crash loses: a concern note is typed into at a fast typist's pace, its renderer is
// crashed (CDP Page.crash: no pagehide, no visibilitychange, nothing runs), a new page opens the note again
// and the draft it restores is compared with what was typed. Prints the characters lost per trial and
// their median and maximum; never fails (it measures, it does not judge).
//
// The page is what a host without a record id gives: a provider with author and child, a store (one
// database per trial), and <spire-concern-note> without a value — the draft is found again by child and
// author. Served over http://127.0.0.1 (IndexedDB needs a real origin). One row per store: the embedded
// IndexedDbDraftStore, and an HttpDraftStore (drafts through its IndexedDB outbox) whose endpoint is this
// server, which takes every request and never has a draft to give back — what the reopened page restores
// is what this device kept. `--store=indexeddb` or `--store=http` runs one row.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, ensureChromium } from '../chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// A fast typist: about 12 characters a second (`--key-delay=10` for text arriving faster: a test's typing, dictation).
const KEY_DELAY = Number(process.argv.find((arg) => arg.startsWith('--key-delay='))?.slice('--key-delay='.length) ?? 80);
const TEXT = 'Hun sad alene i garderoben i dag og ville ikke med ud. Hun sagde, at de andre ikke vil lege med hende, og hun græd, da mor gik.';
// Where each trial crashes: after this many characters (a mix of mid-word and just after a space).
const CRASH_AFTER = [17, 23, 31, 38, 44, 52, 61, 66, 75, 83, 90, 97];
const STORES = ['indexeddb', 'http'].filter((store) => !process.argv.some((arg) => arg.startsWith('--store=')) || process.argv.includes(`--store=${store}`));

const dir = mkdtempSync(join(tmpdir(), 'spire-crash-bench-'));
let server;
try {
  await build({
    stdin: {
      contents: `
        import './packages/elements/src/concern-note/define.ts';
        import './packages/elements/src/shared/provider/define.ts';
        export { IndexedDbDraftStore } from './packages/elements/src/shared/drafts/indexeddb-store.ts';
        export { HttpDraftStore } from './packages/elements/src/shared/drafts/http-store.ts';
        export { exampleAuthor, exampleChild } from '@spire/model/examples';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'bench',
    target: 'es2022',
    outfile: join(dir, 'bench.js'),
    // The workspace's source, as the packages' workspace-only `spire-source` export condition maps it.
    conditions: ['spire-source'],
    tsconfig: `${root}/tsconfig.json`,
    logLevel: 'error',
  });
  const page = `<!doctype html><html lang="da"><meta charset="utf-8"><title>crash bench</title><body>
    <spire-provider locale="da"><spire-concern-note></spire-concern-note></spire-provider>
    <script src="bench.js"></script>
    <script>
      const provider = document.querySelector('spire-provider');
      provider.author = bench.exampleAuthor;
      provider.child = bench.exampleChild;
      const [kind, name] = new URL(location.href).hash.slice(1).split(':');
      provider.store = kind === 'http' ? new bench.HttpDraftStore({ endpoint: '/inbox', name }) : new bench.IndexedDbDraftStore({ name });
      window.restored = new Promise((resolve) => {
        document.addEventListener('spire-draft-restored', () => resolve(true));
        setTimeout(() => resolve(false), 1500);
      });
    </script></body></html>`;
  writeFileSync(join(dir, 'index.html'), page);
  server = createServer((request, response) => {
    if (request.method === 'POST') {
      // The HttpDraftStore's back end: every save taken, no draft ever given back.
      request.resume();
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"ok":true,"entry":null}');
      });
      return;
    }
    const file = request.url.startsWith('/bench.js') ? 'bench.js' : 'index.html';
    response.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(readFileSync(join(dir, file)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  // A browser per trial, over one profile per trial: the crash may take more than the one tab with it,
  // and the second launch finds the first one's IndexedDB as a reopened browser would.
  const launch = (profile) => puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: chromeArgs, userDataDir: profile, protocolTimeout: 120_000 });
  const observations = () =>
    document.querySelector('spire-concern-note').shadowRoot.querySelector('spire-text-area[data-field="observations"]').shadowRoot.querySelector('textarea');
  const rows = [];
  for (const store of STORES) {
    console.log(`${store === 'http' ? 'HttpDraftStore' : 'IndexedDbDraftStore'}:`);
    const lost = [];
    for (const [trial, count] of CRASH_AFTER.entries()) {
      const profile = join(dir, `profile-${store}-${trial}`);
      const url = `${origin}/#${store}:spire-crash-${trial}`;
      const typed = TEXT.slice(0, count);
      const first = await launch(profile);
      try {
        const typing = await first.newPage();
        typing.on('pageerror', (error) => console.error(`page error: ${error.message}`));
        await typing.goto(url);
        await typing.evaluate(() => window.restored);
        await typing.evaluate(`(${observations})().focus()`);
        await typing.keyboard.type(typed, { delay: KEY_DELAY });
        const session = await typing.createCDPSession();
        // Not awaited: the renderer dies mid-call. A moment for the crash to happen, then the browser is
        // killed outright (closing it politely can hang on the crashed tab).
        void session.send('Page.crash').catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 300));
      } finally {
        first.process()?.kill('SIGKILL');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const second = await launch(profile);
      let kept;
      try {
        const reading = await second.newPage();
        await reading.goto(url);
        await reading.evaluate(() => window.restored);
        kept = await reading.evaluate(`(${observations})().value`);
      } finally {
        await second.close().catch(() => undefined);
      }
      if (!typed.startsWith(kept)) throw new Error(`trial ${trial}: the restored text is not what was typed`);
      lost.push(typed.length - kept.length);
      console.log(`  crash after ${String(count).padStart(3)} characters: ${String(typed.length - kept.length).padStart(3)} lost  (…${JSON.stringify(typed.slice(Math.max(kept.length, count - 12)))})`);
    }
    const sorted = [...lost].sort((a, b) => a - b);
    rows.push({ store, median: sorted[Math.floor(sorted.length / 2)], max: sorted.at(-1), mean: lost.reduce((a, b) => a + b, 0) / lost.length });
  }
  console.log(`\nrenderer crash while typing (${CRASH_AFTER.length} trials a store, ${KEY_DELAY} ms a key), characters lost:`);
  for (const row of rows) console.log(`  ${(row.store === 'http' ? 'HttpDraftStore' : 'IndexedDbDraftStore').padEnd(20)} median ${row.median}, max ${row.max}, mean ${row.mean.toFixed(1)}`);
} finally {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
}
