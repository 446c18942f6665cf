// Trusted Types: a page whose Content-Security-Policy enforces them (`require-trusted-types-for 'script'`)
// runs every widget when it allows Lit's policy (`trusted-types lit-html 'allow-duplicates'`) — not one
// violation while a professional types, submits, prints, uses child mode, drags on the network map, walks
// the referral's steps, records a receipt and switches language. A page that refuses the policy
// (`trusted-types 'none'`), or allows it once while having a Lit of its own, gets no element — and Spire
// says why: one console.error naming the fix and a `spire-error` with code `trusted_types_blocked`.
import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { NetworkMap, Referral, WellbeingCheck } from '@spire/model';
import {
  exampleAuthor,
  exampleChild,
  exampleConcernNote,
  exampleIndstilling,
  exampleNetworkMap,
  exampleUnderretning,
  exampleWellbeingCheck,
  exampleWellbeingCheckEarlier,
} from '@spire/model/examples';
import { MemoryDraftStore } from '../packages/elements/src/shared/drafts/memory-store.js';
import type { SpireErrorDetail } from '../packages/elements/src/shared/events.js';
import { TRUSTED_TYPES_BLOCKED, TRUSTED_TYPES_CONSOLE_MESSAGE } from '../packages/elements/src/shared/trusted-types.js';

const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
const DEFINE_ALL = new URL('../packages/elements/src/define.ts', import.meta.url).href;
const OWN_LIT = new URL('./fixtures/own-lit-policy.js', import.meta.url).href;
const WIDGETS = ['spire-wellbeing-check', 'spire-wellbeing-overview', 'spire-concern-note', 'spire-network-map', 'spire-referral-form', 'spire-referral-status'];

type Widget = HTMLElement & { updateComplete: Promise<boolean>; value?: unknown; submit?: () => Promise<unknown> };

interface Page {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  violations: string[];
  consoleCalls: string[];
  spireErrors: SpireErrorDetail[];
  $: (tag: string) => Widget;
}

/**
 * A page under `csp`, written into an iframe: the provider with every widget, Spire's define module (and,
 * with `ownLit`, a script that makes the page's own lit-html policy first). Violations, console calls and
 * `spire-error`s on the document are kept from before any module runs.
 */
function pageWith(csp: string, options: { ownLit?: boolean; lang?: string } = {}): Page {
  const frame = document.createElement('iframe');
  frame.title = 'Trusted Types';
  frame.width = '1100';
  frame.height = '900';
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(
    `<!doctype html><html lang="${options.lang ?? 'da'}"><head><meta http-equiv="Content-Security-Policy" content="${csp}">` +
      `${options.ownLit ? `<script src="${OWN_LIT}"></script>` : ''}<script type="module" src="${DEFINE_ALL}"></script></head>` +
      `<body><spire-provider locale="${options.lang ?? 'da'}">${WIDGETS.map((tag) => `<${tag}></${tag}>`).join('')}</spire-provider></body></html>`,
  );
  doc.close();
  // After close (document.open drops earlier listeners), before the module script runs.
  const page: Page = { frame, doc, win, violations: [], consoleCalls: [], spireErrors: [], $: (tag) => doc.querySelector(tag) as Widget };
  doc.addEventListener('securitypolicyviolation', (e) => page.violations.push(`${e.effectiveDirective}: ${e.sample || e.blockedURI}`));
  doc.addEventListener('spire-error', (e) => page.spireErrors.push((e as CustomEvent<SpireErrorDetail>).detail));
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      page.consoleCalls.push(`${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  return page;
}

async function until(condition: () => boolean, what: string, ms = 8000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(25);
  }
}

async function settle(el: Widget): Promise<void> {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

/** What Spire wrote to the console: Lit's own development-build notes (its banner, lit.dev/msg/… hints) are not ours. */
const ownCalls = (page: Page) => page.consoleCalls.filter((call) => !call.includes('Lit is in dev mode') && !call.includes('lit.dev/msg/'));

describe('Trusted Types', function () {
  this.timeout(60_000);

  describe(`allowed: ${TRUSTED_TYPES}`, () => {
    let page: Page;
    before(async () => {
      page = pageWith(TRUSTED_TYPES);
      await Promise.all(WIDGETS.map((tag) => page.win.customElements.whenDefined(tag)));
      const provider = page.doc.querySelector('spire-provider') as unknown as Record<string, unknown>;
      Object.assign(provider, {
        author: exampleAuthor,
        child: exampleChild,
        store: new MemoryDraftStore(),
        records: [exampleWellbeingCheckEarlier, exampleConcernNote],
        config: { beredskab: { phone: '96 17 17 17', url: 'https://kommune.example/beredskab', label: 'Familierådgivningen' } },
      });
      const draft = <T extends { status: string }>(record: T): T => ({ ...structuredClone(record), status: 'draft' });
      page.$('spire-wellbeing-check').value = draft(exampleWellbeingCheck);
      page.$('spire-concern-note').value = draft(exampleConcernNote);
      page.$('spire-network-map').value = draft(exampleNetworkMap);
      page.$('spire-referral-form').value = { ...structuredClone(exampleIndstilling), status: 'draft', statusHistory: [exampleIndstilling.statusHistory[0]!] } satisfies Referral;
      const status = page.$('spire-referral-status') as Widget & { now: Date };
      status.now = new Date('2026-11-20T10:00:00Z');
      status.value = structuredClone(exampleUnderretning);
      (page.$('spire-wellbeing-overview') as Widget & { checks: WellbeingCheck[] }).checks = Array.from({ length: 8 }, (_, i) => ({
        ...structuredClone(exampleWellbeingCheck),
        id: `tt-${i}`,
        child: { ...exampleChild, id: `tt-child-${i}` },
      }));
      for (const tag of WIDGETS) await settle(page.$(tag));
    });
    after(() => page.frame.remove());

    it('defines and renders every widget with no violation and nothing on the console', () => {
      for (const tag of WIDGETS) expect(page.$(tag).shadowRoot?.childElementCount, `${tag} rendered`).to.be.greaterThan(0);
      expect(page.violations).to.deep.equal([]);
      expect(ownCalls(page)).to.deep.equal([]);
      expect(page.spireErrors).to.deep.equal([]);
    });

    it('stays free of violations while the widgets are used: typing with nudges, positions, submit, child mode, print, a drag on the network map, the referral steps, a receipt, English', async () => {
      const { win } = page;
      page.frame.focus();
      // The wellbeing check: typed into, a position by keyboard, submitted, child mode, printed (and the parents' letter).
      const check = page.$('spire-wellbeing-check') as Widget & { mode: string; printParentsVersion(): void };
      check.shadowRoot!.querySelector<HTMLElement>('[data-field="strengths"]')!.focus();
      await sendKeys({ type: ' Hun er altid en vildbasse.' });
      check.shadowRoot!.querySelector<HTMLElement>('[data-field="dimensions.1.position"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(check);
      await check.submit!();
      check.mode = 'child';
      await settle(check);
      check.mode = 'professional';
      await settle(check);
      win.dispatchEvent(new Event('beforeprint'));
      await settle(check);
      win.dispatchEvent(new Event('afterprint'));
      await settle(check);

      // The concern note: the acute question, typing, submit.
      const note = page.$('spire-concern-note');
      note.shadowRoot!.querySelector<HTMLElement>('[data-field="observations"]')!.focus();
      await sendKeys({ type: ' Han græd i garderoben.' });
      await note.submit!();
      await settle(note);

      // The network map: a person dragged with the mouse, the person form, child mode, the SVG and PNG export.
      const map = page.$('spire-network-map') as Widget & { toSVG(): string; toPNG(): Promise<Blob> };
      map.scrollIntoView();
      await aTimeout(50);
      const frameBox = page.frame.getBoundingClientRect();
      const person = (id: string) => map.shadowRoot!.querySelector<SVGGElement>(`svg.map .person[data-id="${id}"]`)!;
      const from = person('p-sundhed').getBoundingClientRect();
      const onto = person('p-jonas').getBoundingClientRect();
      const at = (x: number, y: number): [number, number] => [Math.round(frameBox.x + x), Math.round(frameBox.y + y)];
      await sendMouse({ type: 'move', position: at(from.x + from.width / 2, from.y + 10) });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: at(from.x + from.width / 2 + 10, from.y + 20) });
      await sendMouse({ type: 'move', position: at(onto.x + onto.width / 2, onto.y + 12) });
      await until(() => person('p-sundhed').classList.contains('moving'), 'the drag');
      await sendMouse({ type: 'up' });
      await aTimeout(50);
      await settle(map);
      expect((map.value as NetworkMap).people.find((p) => p.id === 'p-sundhed')).to.include({ sphere: 'dagtilbud-skole', ring: 2 });
      await sendMouse({ type: 'move', position: [0, 0] });
      map.shadowRoot!.querySelector<HTMLButtonElement>('tr button.edit')!.click();
      await settle(map);
      map.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="done"]')!.click();
      map.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="child-mode"]')!.click();
      await settle(map);
      map.shadowRoot!.querySelector<HTMLButtonElement>('button.child-person')!.click();
      await settle(map);
      map.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="adult-mode"]')!.click();
      await settle(map);
      expect(map.toSVG()).to.contain('<svg');
      expect((await map.toPNG()).size).to.be.greaterThan(0);

      // The referral: every step, typed into, to the review.
      const referral = page.$('spire-referral-form');
      for (const step of ['type', 'child', 'concern', 'perspective', 'resources', 'parents', 'attachments', 'review']) {
        referral.shadowRoot!.querySelector<HTMLButtonElement>(`.steps button[data-step="${step}"]`)!.click();
        await settle(referral);
      }
      referral.shadowRoot!.querySelector<HTMLButtonElement>('.steps button[data-step="concern"]')!.click();
      await settle(referral);
      referral.shadowRoot!.querySelector<HTMLElement>('[data-field="description"]')!.focus();
      await sendKeys({ type: ' Mere.' });
      await settle(referral);

      // The referral's status: the receipt recorded.
      const status = page.$('spire-referral-status');
      status.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="record-receipt"]')!.click();
      await settle(status);
      expect((status.value as Referral).status).to.equal('receipt-confirmed');

      // English, a chunk of its own, loaded and rendered under the same policy.
      page.doc.querySelector('spire-provider')!.setAttribute('locale', 'en');
      for (const tag of WIDGETS) await settle(page.$(tag));
      expect(check.shadowRoot!.querySelector('h2.title')!.textContent).to.equal('Wellbeing check');

      expect(page.violations, 'Trusted Types violations').to.deep.equal([]);
      expect(ownCalls(page), 'console').to.deep.equal([]);
    });
  });

  const refused: { name: string; csp: string; ownLit?: boolean }[] = [
    { name: "trusted-types 'none'", csp: "require-trusted-types-for 'script'; trusted-types 'none'" },
    { name: "trusted-types lit-html without 'allow-duplicates', on a page with its own Lit", csp: "require-trusted-types-for 'script'; trusted-types lit-html", ownLit: true },
  ];
  for (const { name, csp, ownLit } of refused) {
    describe(`refused: ${name}`, () => {
      for (const lang of ['da', 'en']) {
        it(`defines nothing, and says why once: console.error with the fix, spire-error ${TRUSTED_TYPES_BLOCKED} in ${lang}`, async () => {
          const page = pageWith(csp, { ownLit, lang });
          try {
            await until(() => page.spireErrors.length > 0, 'spire-error');
            await aTimeout(100);
            expect(page.win.customElements.get('spire-provider'), 'no element defined').to.equal(undefined);
            expect(page.violations.some((v) => v.startsWith('trusted-types: lit-html')), `the browser's violation (${page.violations})`).to.equal(true);
            expect(ownCalls(page).filter((c) => c.startsWith('error:')), 'one console.error').to.deep.equal([`error: ${TRUSTED_TYPES_CONSOLE_MESSAGE}`]);
            expect(page.spireErrors).to.have.length(1);
            expect(page.spireErrors[0]).to.deep.equal({
              source: 'config',
              path: 'trustedTypes',
              code: TRUSTED_TYPES_BLOCKED,
              message:
                lang === 'da'
                  ? "Spire skal have Trusted Types-politikken lit-html tilladt, med 'allow-duplicates' hvis siden har sin egen Lit: tilføj `trusted-types lit-html 'allow-duplicates'` til sidens CSP."
                  : "Spire needs the Trusted Types policy name lit-html allowed, with 'allow-duplicates' if the page has its own Lit: add `trusted-types lit-html 'allow-duplicates'` to your CSP.",
            });
          } finally {
            page.frame.remove();
          }
        });
      }
    });
  }

  it("works beside the page's own Lit when the policy allows duplicates", async () => {
    const page = pageWith(TRUSTED_TYPES, { ownLit: true });
    try {
      await page.win.customElements.whenDefined('spire-wellbeing-check');
      const check = page.$('spire-wellbeing-check') as Widget & Record<string, unknown>;
      Object.assign(check, { store: null, author: exampleAuthor, child: exampleChild });
      await settle(check);
      expect(check.shadowRoot!.querySelector('h2.title')?.textContent).to.equal('Trivselsvurdering');
      expect(page.violations).to.deep.equal([]);
      expect(page.spireErrors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
