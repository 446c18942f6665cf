// The widgets under a strict Content-Security-Policy, as a municipal intranet may set it: a real page in
// an iframe, used as a professional would, and not one violation (no eval, no inline style or script,
// and no network request: the page allows no connection at all), and nothing written to the console.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StrictCspWindow } from './fixtures/strict-csp-page.js';
import { inlineStyleAttributes } from './csp.js';

let frame: HTMLIFrameElement;
const page = () => frame.contentWindow as unknown as StrictCspWindow;
const check = () => frame.contentDocument!.querySelector('spire-wellbeing-check') as HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean>; submit(): Promise<unknown>; mode: string };
const $ = (selector: string) => check().shadowRoot.querySelector<HTMLElement>(selector)!;
const settle = async () => {
  await check().updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 250));
  await check().updateComplete;
};

describe('under a strict Content-Security-Policy', () => {
  before(async () => {
    frame = document.createElement('iframe');
    frame.title = 'Streng CSP';
    frame.width = '1000';
    frame.height = '800';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/fixtures/strict-csp.html';
    document.body.append(frame);
    await loaded;
    await page().ready;
  });

  after(() => frame.remove());

  it('loads every widget with no violation', async () => {
    expect(check().shadowRoot.querySelectorAll('spire-position-picker')).to.have.length(6);
    expect(page().cspViolations).to.deep.equal([]);
  });

  it('stays clean, and silent, while a professional works: typing with nudges, positions, guidance, errors, child mode, print', async () => {
    frame.focus();
    $('[data-field="strengths"]').focus();
    await sendKeys({ type: 'Hun er altid en vildbasse i legen.' });
    await settle();
    // Gul needs a justification; the picker is used by keyboard as a professional would.
    $('[data-field="dimensions.0.position"]').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await settle();
    (check().shadowRoot.querySelector('spire-position-picker')!.shadowRoot!.querySelector('button') as HTMLButtonElement | null)?.click();
    await check().submit();
    await settle();
    expect(check().shadowRoot.querySelector('.error-summary')).to.not.equal(null);
    check().mode = 'child';
    await settle();
    check().mode = 'professional';
    await settle();
    frame.contentWindow!.dispatchEvent(new Event('beforeprint'));
    frame.contentWindow!.dispatchEvent(new Event('afterprint'));
    await settle();
    // English is a chunk of its own, loaded on the switch.
    frame.contentDocument!.querySelector('spire-provider')!.setAttribute('locale', 'en');
    await settle();
    expect(check().shadowRoot.querySelector('h2.title')!.textContent).to.equal('Wellbeing check');
    expect(check().shadowRoot.querySelector('spire-wellbeing-trend')!.shadowRoot!.textContent).to.contain('Relationships');
    frame.contentDocument!.querySelector('spire-provider')!.setAttribute('locale', 'da');
    await settle();
    expect(page().cspViolations).to.deep.equal([]);
    expect(inlineStyleAttributes(frame.contentDocument!.body)).to.deep.equal([]);
    // Nothing from Spire; Lit's own dev-mode banner appears only in development builds.
    expect(page().consoleCalls.filter((call) => !call.includes('Lit is in dev mode'))).to.deep.equal([]);
  });

  it('shows the nudges and the overview bars, so the clean run above had them on the page', async () => {
    const area = $('[data-field="strengths"]');
    expect([...area.shadowRoot!.querySelectorAll('.nudges li')].map((li) => li.querySelector('q')!.textContent)).to.deep.equal(['altid', 'vildbasse']);
    const overview = frame.contentDocument!.querySelector('spire-wellbeing-overview')!;
    expect(overview.shadowRoot!.querySelectorAll('svg.bar rect').length).to.be.above(0);
  });
});
