// Checks a built static Storybook (the documentation site) by hand — too slow for every `npm test`:
//
//   npm run build-storybook && flock /tmp/spire-browser.lock node .storybook/check-static.mjs [--dir storybook-static] [--screenshots .screenshots/storybook]
//
// 1. Lit runs its production build: no built file holds Lit's dev-mode warning, and no page logs it.
// 2. The introductions (da, en) and every widget's Docs page render without a page error and stay at
//    their top (no story takes focus as it loads), and a Docs table lists public API only: no `_`/`#`
//    names, no private or protected members of the class.
// 3. With --screenshots DIR: the introductions (whole) and the wellbeing check's Docs page (its top and its
//    table) at 1280 and 375 wide.
// Serves the directory on 127.0.0.1 (a free port) and opens it in headless Chromium (test/chromium.mjs;
// never a downloaded browser). Exits 1 on any failure, with what failed.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromeArgs, ensureChromium } from '../test/chromium.mjs';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'storybook-static' }, screenshots: { type: 'string' } } });
const root = resolve(values.dir);
const failures = [];
const fail = (message) => {
  failures.push(message);
  console.error(`✗ ${message}`);
};
const ok = (message) => console.log(`✓ ${message}`);

// Lit's dev build warns with this text (lit-html, @lit/reactive-element); its production build has none.
const DEV_MODE = /Lit is in dev mode/;

// ---- 1. the built files ------------------------------------------------------------------------------
const files = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
let all;
try {
  all = files(root);
} catch {
  console.error(`No static Storybook in ${root}: run npm run build-storybook first.`);
  process.exit(1);
}
const scripts = all.filter((file) => file.endsWith('.js'));
const devBuilt = scripts.filter((file) => DEV_MODE.test(readFileSync(file, 'utf8')));
if (devBuilt.length) fail(`Lit's dev build is in ${devBuilt.map((file) => file.slice(root.length + 1)).join(', ')}`);
else ok(`no Lit dev-mode build in ${scripts.length} built scripts`);

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const docsIds = Object.keys(index.entries).filter((id) => id.endsWith('--docs'));
for (const id of ['introduktion--docs', 'introduction--docs']) if (!docsIds.includes(id)) fail(`no docs page ${id} in index.json`);

// What the elements' source declares private or protected (and nowhere public), to look for in the
// rendered tables. Read from the source, not the manifest: the manifest is what is being checked.
const sourceFiles = files(resolve('packages/elements/src')).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
const MODIFIERS = '(?:(?:override|static|readonly|async|declare|accessor|get|set)\\s+)*';
const DECORATORS = '(?:@\\w+(?:\\([^)]*\\))?\\s+)*';
const hiddenDeclaration = new RegExp(`^\\s+${DECORATORS}${MODIFIERS}(?:private|protected)\\s+${MODIFIERS}#?([A-Za-z_$][\\w$]*)`);
const publicDeclaration = new RegExp(`^  ${DECORATORS}(?:public\\s+)?${MODIFIERS}([A-Za-z_$][\\w$]*)\\s*[(:=;?!<]`);
const hidden = new Set();
const shown = new Set();
for (const file of sourceFiles) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const h = hiddenDeclaration.exec(line);
    if (h) hidden.add(h[1]);
    else {
      const p = publicDeclaration.exec(line);
      if (p) shown.add(p[1]);
    }
  }
}
for (const name of shown) hidden.delete(name);

// ---- 2. the pages in Chromium ------------------------------------------------------------------------
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ico': 'image/x-icon' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(root + sep) && file !== root) return response.writeHead(403).end();
  try {
    const body = readFileSync(file);
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: chromeArgs });
try {
  /** Opens a docs page in the preview iframe; returns the console lines and page errors it produced. */
  async function openDocs(page, id) {
    const logs = [];
    const onConsole = (message) => logs.push(`${message.type()}: ${message.text()}`);
    const onError = (error) => logs.push(`pageerror: ${error.message}`);
    page.on('console', onConsole);
    page.on('pageerror', onError);
    await page.goto(`${base}/iframe.html?viewMode=docs&id=${encodeURIComponent(id)}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('#storybook-docs .sbdocs-content, #storybook-docs h1', { timeout: 15000 });
    await new Promise((done) => setTimeout(done, 400));
    page.off('console', onConsole);
    page.off('pageerror', onError);
    return logs;
  }

  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  for (const id of docsIds) {
    const logs = await openDocs(page, id);
    const devMode = logs.filter((line) => DEV_MODE.test(line));
    const errors = logs.filter((line) => line.startsWith('pageerror:'));
    if (devMode.length) fail(`${id}: ${devMode[0]}`);
    if (errors.length) fail(`${id}: ${errors[0]}`);
    const heading = await page.$eval('#storybook-docs h1', (h1) => h1.textContent?.trim() ?? '').catch(() => '');
    if (!heading) fail(`${id}: no heading rendered`);
    // A story that takes focus as it renders scrolls the Docs page to itself (every story is inline there).
    const scrolled = await page.evaluate(() => Math.round(window.scrollY));
    if (scrolled > 0) fail(`${id}: the page scrolled ${scrolled} px as it loaded (a story took focus)`);
    // Storybook's MDX has no GitHub tables (no remark-gfm here): a pipe table shows as text. Use lists.
    const text = await page.$eval('#storybook-docs', (docs) => docs.textContent ?? '');
    if (/\|\s*:?-{3,}:?\s*\|/.test(text)) fail(`${id}: a Markdown table is shown as text`);
    // Rows by category: a category's header row reads "Hide <category> items<category>".
    const cells = await page.$$eval('#storybook-docs .docblock-argstable tbody tr', (trs) => trs.map((tr) => (tr.querySelector('td:first-child')?.textContent ?? '').trim()));
    const rows = [];
    let category = '';
    for (const cell of cells) {
      const header = /^(?:Hide|Show) (.+?) items/.exec(cell);
      if (header) category = header[1];
      else if (cell) rows.push({ category, name: cell.replace(/\*$/, '') });
    }
    // Only properties and attributes come from class members; a part or event may share a private member's name.
    const members = rows.filter((row) => row.category === 'properties' || row.category === 'attributes' || row.category === '').map((row) => row.name);
    const underscored = members.filter((name) => name.startsWith('_') || name.startsWith('#'));
    const notPublic = members.filter((name) => hidden.has(name));
    if (underscored.length || notPublic.length) fail(`${id}: the Docs table lists non-public ${[...underscored, ...notPublic].join(', ')}`);
    else ok(`${id}: "${heading}"${rows.length ? `, Docs table ${rows.length} rows (${members.length} properties and attributes), all public` : ''}${devMode.length ? '' : ', no dev-mode warning'}`);
  }

  // ---- 3. screenshots -------------------------------------------------------------------------------
  if (values.screenshots) {
    mkdirSync(values.screenshots, { recursive: true });
    const shots = [
      // The introductions whole; the Docs page (every story inline, ~100,000 px) at its top and at its table.
      ['introduktion--docs', 'full'],
      ['introduction--docs', 'full'],
      ['widgets-trivselsvurdering-wellbeing-check--docs', 'top'],
      ['widgets-trivselsvurdering-wellbeing-check--docs', 'table'],
    ];
    for (const [id, part] of shots) {
      for (const width of [1280, 375]) {
        await page.setViewport({ width, height: 900 });
        await openDocs(page, id);
        const out = join(values.screenshots, `${id.replace(/--docs$/, '')}${part === 'full' ? '' : `-${part}`}-${width}.png`);
        if (part === 'full') await page.screenshot({ path: out, fullPage: true });
        else {
          await page.evaluate((selector) => {
            const table = selector ? document.querySelector(selector) : null;
            window.scrollTo(0, table ? table.getBoundingClientRect().top + window.scrollY - 60 : 0);
          }, part === 'table' ? '#storybook-docs .docblock-argstable' : '');
          await new Promise((done) => setTimeout(done, 300));
          await page.screenshot({ path: out });
        }
        console.log(`  ${out}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`\n${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('\nstatic Storybook: production Lit, public API only');
