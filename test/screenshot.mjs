// A screenshot of a page in headless Chromium, to look at what users see:
//   node test/screenshot.mjs --url http://127.0.0.1:5173/ --out .screenshots/demo-da-375.png --width 375 --lang da [--height 800] [--full | --top 1600] [--click SELECTOR] [--element SELECTOR]
// `--lang` sets <html lang> (and the demo's remembered language) before the page's scripts run.
// `--click` clicks an element of the page (e.g. the demo's '[data-action=open-note]') before the picture;
// `--element` takes the picture of one element (e.g. '#concern-panel') instead of the page.
// `--color-scheme dark|light` emulates prefers-color-scheme; `--forced-colors active` emulates forced
// colours (a Windows contrast theme) through the DevTools protocol, as Puppeteer has no option for it.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromeArgs, ensureChromium } from './chromium.mjs';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:5173/' },
    out: { type: 'string', default: '.screenshots/page.png' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '900' },
    lang: { type: 'string', default: 'da' },
    full: { type: 'boolean', default: false },
    top: { type: 'string' },
    click: { type: 'string' },
    element: { type: 'string' },
    'color-scheme': { type: 'string' },
    'forced-colors': { type: 'string' },
  },
});

const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: chromeArgs });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(values.width), height: Number(values.height) });
  if (values['color-scheme'] || values['forced-colors']) {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [
        { name: 'prefers-color-scheme', value: values['color-scheme'] ?? '' },
        { name: 'forced-colors', value: values['forced-colors'] ?? '' },
      ],
    });
  }
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`console error: ${message.text()}`);
  });
  await page.evaluateOnNewDocument((lang) => {
    try {
      localStorage.setItem('spire-demo-lang', lang);
    } catch {
      // Storage can be off; <html lang> is set below regardless.
    }
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.lang = lang;
    });
  }, values.lang);
  await page.goto(values.url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (values.click) {
    await page.click(values.click);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  mkdirSync(dirname(values.out), { recursive: true });
  // --top N: one viewport-high slice of the page from y = N, to read a long page in parts.
  const clip = values.top === undefined ? undefined : { x: 0, y: Number(values.top), width: Number(values.width), height: Number(values.height) };
  const element = values.element ? await page.$(values.element) : null;
  if (values.element && !element) throw new Error(`No element matches ${values.element}`);
  if (element) await element.screenshot({ path: values.out });
  else await page.screenshot({ path: values.out, fullPage: values.full && !clip, clip, captureBeyondViewport: Boolean(clip) });
  console.log(values.out);
} finally {
  await browser.close();
}
