import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { listenToSpeech } from '../shared/speech-testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { LIST_LIMITS, type WellbeingCheck, createWellbeingCheck } from '@spire/model';
import { exampleAuthor, exampleChild, exampleWellbeingCheck, exampleWellbeingCheckEarlier } from '@spire/model/examples';
import './define.js';
import '../shared/provider/define.js';
import type { SpireWellbeingCheck } from './wellbeing-check.js';
import { MemoryDraftStore } from '../shared/drafts/memory-store.js';
import { runFormLifecycleSuite, runWidgetContractSuite } from '../testing/index.js';
import { hasKey } from '../shared/i18n/i18n.js';
import { inlineStyleAttributes } from '../../../../test/csp.js';

const fresh = (): WellbeingCheck => createWellbeingCheck({ id: 'wc-test', author: exampleAuthor, child: exampleChild, now: new Date('2026-11-20T10:00:00Z') });
const completedDraft = (): WellbeingCheck => ({ ...structuredClone(exampleWellbeingCheck), status: 'draft' });

runFormLifecycleSuite({
  tag: 'spire-wellbeing-check',
  validValue: completedDraft,
  invalidValue: fresh,
  hostileValues: (valid) => {
    const check = structuredClone(valid) as WellbeingCheck;
    return [
      { value: { ...check, round: null }, path: 'round' },
      { value: { ...check, dimensions: [null] }, path: 'dimensions.0' },
      { value: { ...check, strengths: 12345 }, path: 'strengths' },
      { value: { ...check, dimensions: check.dimensions.map((d, i) => (i === 1 ? { ...d, position: 'purple' } : d)) }, path: 'dimensions.1.position' },
      { value: { ...check, overall: { ...check.overall, position: 'toString' } }, path: 'overall.position' },
      { value: { ...check, childPerspective: { method: 'own-rating', ratings: [null] } }, path: 'childPerspective.ratings.0' },
    ];
  },
});
runWidgetContractSuite({ tag: 'spire-wellbeing-check', validValue: completedDraft, defineModule: new URL('./define.ts', import.meta.url).href });

async function check(value: WellbeingCheck = fresh(), extra: Partial<SpireWellbeingCheck> = {}) {
  const el = await fixture<SpireWellbeingCheck>(html`<spire-wellbeing-check .store=${new MemoryDraftStore()} .value=${value}></spire-wellbeing-check>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}
const $ = <E extends Element = HTMLElement>(el: SpireWellbeingCheck, selector: string) => el.shadowRoot!.querySelector<E & Element>(selector)!;
const $$ = (el: SpireWellbeingCheck, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
async function settle(el: SpireWellbeingCheck) {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}
/** Picks a position the way a keyboard user does: focus the group, arrow keys until it is chosen. */
async function pickPosition(el: SpireWellbeingCheck, field: string, target: string) {
  const picker = $(el, `[data-field="${field}"]`) as HTMLElement & { value: string };
  picker.focus();
  for (let i = 0; i < 5 && picker.value !== target; i++) await sendKeys({ press: 'ArrowRight' });
  await settle(el);
  expect(picker.value, field).to.equal(target);
}

describe('<spire-wellbeing-check>', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'da'));

  it('is accessible empty, with strengths before the dimensions and every dimension of the instrument', async () => {
    const el = await check();
    await expect(el).to.be.accessible();
    const headings = $$(el, 'section h3').map((h) => h.textContent);
    expect(headings.indexOf('Hvad går godt?')).to.be.lessThan(headings.indexOf('Vurdering pr. område'));
    expect($$(el, 'spire-position-picker').map((p) => (p as HTMLElement & { label: string }).label)).to.deep.equal([
      'Relationer og fællesskab',
      'Følelser og selvværd',
      'Leg, læring og deltagelse',
      'Krop og sundhed',
      'Tryghed og omsorg fra voksne',
      'Samlet position',
    ]);
  });

  describe('guard-rail when a child may be unsafe', () => {
    const beredskab = { phone: '96 17 17 17', url: 'https://kommune.example/beredskab', label: 'Familierådgivningen, døgnvagt' };
    async function inProvider(config: Record<string, unknown>, value: WellbeingCheck = fresh()) {
      const errors: { source: string; path: string; code: string }[] = [];
      const provider = await fixture<HTMLElement>(
        html`<spire-provider .config=${config} @spire-error=${(e: CustomEvent) => errors.push(e.detail)}
          ><spire-wellbeing-check .store=${new MemoryDraftStore()} .value=${value}></spire-wellbeing-check
        ></spire-provider>`,
      );
      const el = provider.querySelector('spire-wellbeing-check') as SpireWellbeingCheck;
      await settle(el);
      return { el, errors };
    }

    it('appears on rød in a safeguarding area only, with the beredskab, 114, the duty to notify and the parents rule', async () => {
      const { el } = await inProvider({ beredskab });
      await pickPosition(el, 'dimensions.0.position', 'red');
      expect($(el, '.guard-rail'), 'rød in relations is not a safeguarding area').to.equal(null);
      expect($(el, '[data-field="parentPerspective.notInformedBecause"]')).to.equal(null);
      await pickPosition(el, 'dimensions.4.position', 'red');
      const rail = $(el, '.guard-rail');
      expect(rail, 'rød in safety and care').to.exist;
      const text = rail.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Tryghed og omsorg fra voksne');
      expect(text).to.contain('114');
      expect(text).to.contain('§ 133');
      expect(text).to.contain('Kontakt kun forældrene først, hvis der ikke er mistanke');
      expect(text).to.contain('Familierådgivningen, døgnvagt');
      const links = [...rail.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      // The shared acute guidance: 114 and, for danger to life, 112 as tel: links, before the beredskab.
      expect(text).to.contain('Er barnet i akut fare: ring til kommunen nu; uden for kontortid politiet på 114.');
      expect(text).to.contain('Er der fare for liv: ring 112.');
      expect(links).to.deep.equal(['tel:114', 'tel:112', 'tel:96171717', 'https://kommune.example/beredskab']);
      expect(el.shadowRoot!.querySelector('div.visually-hidden[role=status]')!.textContent).to.contain('Barnet er måske ikke trygt');
      // The parents' section no longer says to inform them as soon as possible, and offers the reason.
      expect($(el, '[data-field="parentPerspective.notInformedBecause"]')).to.exist;
      expect(($(el, '[data-field="parentPerspective.notInformedReason"]') as HTMLElement & { hint: string }).hint).to.contain('kun forældrene, hvis der ikke er mistanke');
      await expect(el).to.be.accessible();
    });

    it('says so when the municipality gave no beredskab, and refuses a link that is not a web address', async () => {
      const none = await inProvider({});
      await pickPosition(none.el, 'dimensions.4.position', 'red');
      expect($(none.el, '.guard-rail').textContent).to.contain('Kommunens beredskab er ikke lagt ind her');
      const hostile = await inProvider({ beredskab: { phone: '112', url: 'javascript:alert(1)' } });
      await pickPosition(hostile.el, 'dimensions.4.position', 'red');
      expect(hostile.errors.map((e) => [e.source, e.path])).to.deep.include(['config', 'beredskab.url']);
      expect([...hostile.el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')).filter((h) => h?.startsWith('javascript'))).to.deep.equal([]);
    });

    it('takes underretning as the next step and "abuse suspected" as why parents are not informed, and tells the host', async () => {
      const value: WellbeingCheck = {
        ...completedDraft(),
        dimensions: completedDraft().dimensions.map((d) => (d.dimensionId === 'safety-care' ? { ...d, position: 'red', justification: 'Fortæller om slag derhjemme.' } : d)),
        overall: { position: 'red', suggested: 'red' },
        parentPerspective: {},
        agreements: [],
        nextStep: 'continue',
      };
      const { el } = await inProvider({ beredskab }, value);
      $(el, '[data-action="choose-underretning"]').click();
      await settle(el);
      expect(el.value!.nextStep).to.equal('underretning');
      expect(el.shadowRoot!.activeElement, 'focus stays in the guard-rail').to.equal($(el, '.guard-rail .chosen'));
      $(el, '[data-field="parentPerspective.notInformedBecause"]').click();
      await settle(el);
      expect(el.value!.parentPerspective!.notInformedBecause).to.equal('suspected-abuse-by-parent');
      const next = oneEvent(el, 'spire-next-step');
      expect(await el.submit(), 'completes').to.exist;
      expect((await next).detail.step).to.equal('underretning');
    });

    it('speaks English', async () => {
      document.documentElement.setAttribute('lang', 'en');
      const { el } = await inProvider({ beredskab });
      await pickPosition(el, 'dimensions.4.position', 'red');
      const text = $(el, '.guard-rail').textContent!;
      expect(text).to.contain('The child may not be safe');
      expect(text).to.contain('the police on 114');
      await expect(el).to.be.accessible();
    });
  });

  it('is accessible twice on one page (two children or two rounds): no repeated landmarks', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <spire-wellbeing-check .store=${new MemoryDraftStore()} .value=${fresh()}></spire-wellbeing-check>
      <spire-wellbeing-check .store=${new MemoryDraftStore()} .value=${{ ...fresh(), id: 'wc-test-2' }}></spire-wellbeing-check>
    </main>`);
    for (const el of page.querySelectorAll('spire-wellbeing-check')) await (el as SpireWellbeingCheck).updateComplete;
    await expect(page).to.be.accessible();
  });

  it('fills in the dimensions a host record lacks, keeping the ones it has', async () => {
    const value = fresh();
    const partial = { ...value, dimensions: [{ ...value.dimensions[3]!, position: 'green' as const }] };
    const el = await check(partial);
    expect(el.value!.dimensions.map((d) => d.dimensionId)).to.have.length(fresh().dimensions.length);
    expect(el.value!.dimensions[0]).to.deep.equal({ ...value.dimensions[3]!, position: 'green' });
    expect($$(el, 'spire-position-picker').length).to.equal(fresh().dimensions.length + 1);
  });

  it('shows errors of the fields inside a list once the list itself is touched', async () => {
    const value = { ...fresh(), agreements: [{ id: 'a1', goal: '', action: '', responsible: '', followUpOn: '' }] };
    const el = await check(value);
    expect($$(el, '.field-error').length, 'nothing before interaction').to.equal(0);
    (el as unknown as { touch(key: string): void }).touch('agreements');
    await settle(el);
    const goal = $(el, '[data-field="agreements.0.goal"]') as HTMLElement & { invalid: boolean };
    expect(goal.invalid, 'the goal inside the touched list').to.equal(true);
    expect($(el, '[data-field="round.label"]').getAttribute('aria-invalid')).to.equal('false');
  });

  it('marks only what completion can leave empty as "(frivilligt)", from the model', async () => {
    const el = await check({ ...fresh(), agreements: [{ id: 'a1', goal: '', action: '', responsible: '', followUpOn: '' }] });
    const optional = (key: string) => (el.shadowRoot!.querySelector(`[data-field="${key}"]`) as HTMLElement & { optional: boolean }).optional;
    expect(optional('strengths')).to.equal(true);
    expect(optional('round.dueOn')).to.equal(true);
    expect(optional('agreements.0.goal')).to.equal(false);
    expect(optional('agreements.0.followUpOn')).to.equal(false);
    expect($(el, 'label[for="field-round-label"]').textContent).not.to.contain('frivilligt');
  });

  it('asks for a justification once a dimension is gul or rød, and suggests the overall position', async () => {
    const el = await check();
    expect($(el, '[data-field="dimensions.0.justification"]')).to.equal(null);
    await pickPosition(el, 'dimensions.0.position', 'yellow');
    expect(el.value!.dimensions[0]!.position).to.equal('yellow');
    const justification = $(el, '[data-field="dimensions.0.justification"]') as HTMLElement & { optional: boolean };
    expect(justification).to.exist;
    expect(justification.optional).to.equal(false);
    expect(el.value!.overall.suggested).to.equal('yellow');
    expect(($(el, '[data-field="overall.position"]') as HTMLElement & { suggested: string }).suggested).to.equal('yellow');
    await el.submit();
    await settle(el);
    const summary = $$(el, '.error-summary a').map((a) => a.textContent);
    expect(summary).to.include('Begrundelse for Relationer og fællesskab: Skriv en begrundelse, når positionen er gul.');
    await expect(el).to.be.accessible();
  });

  it('asks why when the overall position differs from the suggestion', async () => {
    const el = await check(completedDraft());
    expect($(el, '[data-field="overall.overrideReason"]')).to.equal(null);
    const picker = $(el, '[data-field="overall.position"]');
    picker.focus();
    await sendKeys({ press: 'ArrowLeft' }); // gul → grøn
    await settle(el);
    expect(el.value!.overall.position).to.equal('green');
    expect($(el, '[data-field="overall.overrideReason"]')).to.exist;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Skriv en begrundelse.');
  });

  it("needs the child's perspective, or the reason it is missing, to complete", async () => {
    const value = completedDraft();
    delete value.childPerspective;
    const el = await check(value);
    expect(await el.submit()).to.equal(undefined);
    await settle(el);
    expect($$(el, '.error-summary a').map((a) => a.textContent)).to.deep.equal(["Barnets perspektiv: Beskriv barnets perspektiv – eller hvorfor det ikke har været muligt."]);
    $$(el, '.error-summary a')[0]!.click();
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[name="childPerspective"]'));
    expect(inlineStyleAttributes(el), 'no style attributes (strict CSP)').to.deep.equal([]);
    await sendKeys({ press: 'ArrowDown' }); // samtale → tre huse
    await sendKeys({ press: 'ArrowDown' }); // → egen vurdering
    await sendKeys({ press: 'ArrowDown' }); // → iagttagelse
    await sendKeys({ press: 'ArrowDown' }); // → ønskede ikke
    await settle(el);
    expect(el.value!.childPerspective!.method).to.equal('declined');
    const reason = $(el, '[data-field="childPerspective.reason"]');
    reason.focus();
    await sendKeys({ type: 'Ida ville hellere lege i dag. Vi spørger igen på fredag.' });
    await settle(el);
    const submitted = oneEvent(el, 'spire-submit');
    await el.submit();
    const { detail } = await submitted;
    expect(detail.value.childPerspective).to.include({ method: 'declined', reason: 'Ida ville hellere lege i dag. Vi spørger igen på fredag.' });
  });

  it('needs an agreement or a next step beyond "fortsæt" for gul; agreements are added, removed and undone', async () => {
    const value = completedDraft();
    value.agreements = [];
    value.nextStep = 'continue';
    const el = await check(value);
    expect(el.checkValidity()).to.equal(false);
    $(el, '[data-list="agreements"] .list-add').click();
    await settle(el);
    expect(el.value!.agreements).to.have.length(1);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-field="agreements.0.goal"]'));
    await sendKeys({ type: 'Ida har en at lege med' });
    $(el, '[data-field="agreements.0.action"]').focus();
    await sendKeys({ type: 'Fast leg i frikvarteret' });
    const followUp = $(el, '[data-field="agreements.0.followUpOn"]') as HTMLElement & { value: string };
    const input = followUp.shadowRoot!.querySelector('input')!;
    input.value = '2026-12-04';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.value!.agreements[0]).to.include({ goal: 'Ida har en at lege med', action: 'Fast leg i frikvarteret', followUpOn: '2026-12-04', responsible: 'Mette Holm' });
    expect(el.checkValidity()).to.equal(true);
    $(el, '[data-list="agreements"] .list-remove').click();
    await settle(el);
    expect(el.value!.agreements).to.have.length(0);
    expect(el.checkValidity()).to.equal(false);
    $(el, '[data-list="agreements"] .list-undo-button').click();
    await settle(el);
    expect(el.value!.agreements[0]!.goal).to.equal('Ida har en at lege med');
  });

  it('completes only with at least one area assessed and the parents informed, or why not', async () => {
    const el = await check(fresh());
    await pickPosition(el, 'overall.position', 'green');
    $(el, 'input[name="childPerspective"]').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    $(el, '[data-field="childPerspective.ownWords"]').focus();
    await sendKeys({ type: 'Det er godt.' });
    await settle(el);
    expect(await el.submit()).to.equal(undefined);
    await settle(el);
    expect($$(el, '.error-summary a').map((a) => a.textContent)).to.deep.equal([
      'Vurdering pr. område: Vurder mindst ét område, før vurderingen afsluttes.',
      'Forældrene er orienteret den: Skriv, hvornår forældrene blev orienteret – eller hvorfor de ikke er.',
    ]);
    expect(($(el, '[data-field="parentPerspective.informedOn"]') as HTMLElement & { optional: boolean }).optional, 'the date is not marked (frivilligt)').to.equal(false);
    $$(el, '.error-summary a')[0]!.click();
    await settle(el);
    expect(el.shadowRoot!.activeElement === $(el, '[data-field="dimensions"]'), 'the first link leads to the areas').to.equal(true);
    await pickPosition(el, 'dimensions.0.position', 'green');
    $(el, '[data-field="parentPerspective.notInformedReason"]').focus();
    await sendKeys({ type: 'Vi ringer til far i morgen.' });
    await settle(el);
    expect(await el.submit(), 'completes now').to.exist;
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await check();
    const submitted = oneEvent(el, 'spire-submit');
    // Strengths first.
    $(el, '[data-field="strengths"]').focus();
    await sendKeys({ type: 'Ida tegner gerne og hjælper de mindste.' });
    // Every dimension grøn, then the overall position grøn.
    for (let i = 0; i < 5; i++) await pickPosition(el, `dimensions.${i}.position`, 'green');
    await pickPosition(el, 'overall.position', 'green');
    // The child's perspective: a conversation, in her own words.
    $(el, 'input[name="childPerspective"]').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    $(el, '[data-field="childPerspective.ownWords"]').focus();
    await sendKeys({ type: 'Jeg kan godt lide at tegne.' });
    await settle(el);
    // The parents are not informed yet: why.
    $(el, '[data-field="parentPerspective.notInformedReason"]').focus();
    await sendKeys({ type: 'Vi ringer til mor i morgen.' });
    await settle(el);
    // Submit with Enter on the button.
    $(el, '.actions button.primary').focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(detail.value.status).to.equal('completed');
    expect(detail.value.overall).to.deep.equal({ position: 'green', suggested: 'green' });
    expect(detail.value.childPerspective).to.include({ method: 'conversation', ownWords: 'Jeg kan godt lide at tegne.' });
    expect(detail.value.strengths).to.equal('Ida tegner gerne og hjælper de mindste.');
  });

  it('emits spire-next-step after completion when the next step is a concern note or a referral', async () => {
    const value = completedDraft();
    value.nextStep = 'concern-note';
    const el = await check(value);
    const next = oneEvent(el, 'spire-next-step');
    await el.submit();
    const { detail } = await next;
    expect(detail.step).to.equal('concern-note');
    expect(detail.record.id).to.equal(value.id);
  });

  it('shows the trend across rounds from the provider’s earlier records', async () => {
    const third = { ...structuredClone(exampleWellbeingCheckEarlier), id: 'wc-2025-2', round: { label: 'Efterår 2025', dueOn: '2025-10-15' } };
    const provider = await fixture(html`<spire-provider .records=${[exampleWellbeingCheckEarlier, third]}>
      <spire-wellbeing-check .store=${new MemoryDraftStore()} .value=${completedDraft()}></spire-wellbeing-check>
    </spire-provider>`);
    const el = provider.querySelector('spire-wellbeing-check')!;
    await settle(el);
    const trend = $(el, 'spire-wellbeing-trend');
    await (trend as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect([...trend.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Område', 'Efterår 2025', 'Forår 2026', 'Efterår 2026']);
    await expect(el).to.be.accessible();
  });

  it("asks why when the parents are not informed yet, and keeps the reason once they are", async () => {
    const el = await check();
    const reason = () => el.shadowRoot!.querySelector<HTMLElement>('[data-field="parentPerspective.notInformedReason"]');
    expect(reason()).to.not.equal(null);
    reason()!.focus();
    await sendKeys({ type: 'Mor er på ferie til den 30.' });
    await settle(el);
    expect(el.value!.parentPerspective).to.deep.equal({ notInformedReason: 'Mor er på ferie til den 30.' });
    await expect(el).to.be.accessible();
    // With a date and no reason there is nothing to explain; a reason already written stays visible.
    el.value = { ...fresh(), id: 'wc-informed', parentPerspective: { informedOn: '2026-11-20' } };
    await settle(el);
    expect(reason()).to.equal(null);
    const ro = await check({ ...fresh(), parentPerspective: { notInformedReason: 'Mor er på ferie.' } }, { readonly: true });
    expect(ro.shadowRoot!.textContent).to.contain('Mor er på ferie.');
  });

  it('shows the whole check as text when read-only (for print)', async () => {
    const el = await check(exampleWellbeingCheck, { readonly: true });
    expect($$(el, 'textarea, input, spire-text-area, spire-position-picker')).to.have.length(0);
    expect($$(el, 'button')).to.have.length(0);
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain(exampleWellbeingCheck.strengths!);
    expect(text).to.contain(exampleWellbeingCheck.childPerspective!.ownWords!);
    expect(text).to.contain('Vurderet af Mette Holm (pædagog)');
    await expect(el).to.be.accessible();
  });

  it('prints as text, not as an empty form, and comes back to the form with focus where it was', async () => {
    const el = await check(completedDraft());
    const print = $(el, '[data-action="print"]');
    print.focus();
    window.dispatchEvent(new Event('beforeprint'));
    // Laid out for paper at once: no inputs or buttons, the whole check as text.
    expect($$(el, 'textarea, input, spire-text-area, spire-position-picker, button')).to.have.length(0);
    expect(el.shadowRoot!.textContent).to.contain(exampleWellbeingCheck.strengths!);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect($$(el, 'spire-position-picker')).to.have.length(6);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-action="print"]'));
    // Focus in a field comes back to that field.
    $(el, '[data-field="strengths"]').focus();
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.field).to.equal('strengths');
  });

  it('speaks English, without a raw key in either language', async () => {
    for (const lang of ['da', 'en'] as const) {
      document.documentElement.setAttribute('lang', lang);
      const el = await check(completedDraft());
      await el.submit();
      const draft = fresh();
      const empty = await check(draft);
      await empty.submit();
      await settle(empty);
      for (const root of [el.shadowRoot!, empty.shadowRoot!]) {
        const text = [root.textContent, ...[...root.querySelectorAll('*')].map((n) => n.shadowRoot?.textContent ?? '')].join(' ');
        const keys = (text.match(/\b[a-z]+(?:\.[A-Za-z0-9_-]+)+\b/g) ?? []).filter((k) => hasKey(k, lang) || /^(shared|issues|drafts|controls|wellbeing)\./.test(k));
        expect(keys, lang).to.deep.equal([]);
      }
      if (lang === 'en') expect($(empty, 'h2.title').textContent).to.equal('Wellbeing check');
    }
  });
});

describe('<spire-wellbeing-check mode="child">', () => {
  it('asks one question at a time with big faces, and the answers reach the check', async () => {
    const el = await check(fresh(), { mode: 'child' });
    const view = $(el, 'spire-wellbeing-child-view');
    await (view as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await expect(el).to.be.accessible();
    const vroot = view.shadowRoot!;
    expect(vroot.querySelector('.progress')!.textContent).to.equal('Spørgsmål 1 af 8');
    expect(vroot.querySelector('.question')!.textContent).to.equal('Hvordan har du det, når du leger med de andre?');
    const scale = vroot.querySelector('spire-smiley-scale') as HTMLElement;
    scale.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' }); // 4: glad
    await settle(el);
    expect(el.value!.childPerspective).to.deep.include({ method: 'own-rating' });
    expect(el.value!.childPerspective!.ratings).to.deep.equal([{ itemId: 'friends', value: 4 }]);
    (vroot.querySelector('.nav button.primary') as HTMLButtonElement).click();
    await (view as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(vroot.querySelector('.progress')!.textContent).to.equal('Spørgsmål 2 af 8');
    expect(vroot.activeElement).to.equal(vroot.querySelector('.question'));
  });

  it('reads the question aloud in the page language, only when asked', async () => {
    const speech = listenToSpeech();
    try {
      const el = await check(fresh(), { mode: 'child' });
      el.setAttribute('lang', 'en');
      await aTimeout(0);
      const view = $(el, 'spire-wellbeing-child-view');
      await (view as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(speech.spoken).to.deep.equal([]);
      (view.shadowRoot!.querySelector('.read-aloud') as HTMLButtonElement).click();
      await aTimeout(0);
      // The question and the answers the child can give, so a child who cannot read hears both.
      expect(speech.spoken).to.deep.equal([
        {
          text: "How do you feel when you play with the others? You can answer: Very sad, A bit sad, In between, Happy, Very happy, don't know, or rather not say.",
          lang: 'en-GB',
          voice: 'English (device)',
        },
      ]);
    } finally {
      speech.restore();
    }
  });

  it('returns to the professional view when the child is done', async () => {
    const el = await check(fresh(), { mode: 'child' });
    const view = $(el, 'spire-wellbeing-child-view') as HTMLElement & { updateComplete: Promise<unknown> };
    await view.updateComplete;
    for (let i = 0; i < 8; i++) {
      (view.shadowRoot!.querySelector('.nav button.primary') as HTMLButtonElement).click();
      await view.updateComplete;
    }
    expect(view.shadowRoot!.querySelector('.thanks h2')!.textContent).to.equal('Tak fordi du svarede!');
    (view.shadowRoot!.querySelector('.thanks button') as HTMLButtonElement).click();
    await settle(el);
    expect(el.mode).to.equal('professional');
    expect($(el, 'h2.title').textContent).to.equal('Trivselsvurdering');
  });
});

describe('<spire-wellbeing-check> configuration', () => {
  it('reports an instrument the model rejects, in the widget language, and keeps working with the default', async () => {
    const broken = structuredClone((await import('@spire/model')).defaultInstrument);
    broken.dimensions[1]!.id = broken.dimensions[0]!.id;
    const el = document.createElement('spire-wellbeing-check') as SpireWellbeingCheck;
    el.store = new MemoryDraftStore();
    el.instrument = broken;
    el.value = fresh();
    const error = oneEvent(el, 'spire-error');
    document.body.append(el);
    const { detail } = await error;
    expect(detail).to.include({ source: 'config', code: 'duplicate_id', path: 'instrument.dimensions.1.id' });
    expect(detail.message).to.equal('Id’et "relations" er brugt mere end én gang.');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('spire-position-picker')).to.have.length(6);
    el.remove();
  });
});

describe('<spire-wellbeing-check> drafts', () => {
  it('shows "Kladde gemt kl. …" after an edit, and submitting clears the draft', async () => {
    const store = new MemoryDraftStore();
    const el = await fixture<SpireWellbeingCheck>(html`<spire-wellbeing-check .store=${store} .value=${completedDraft()}></spire-wellbeing-check>`);
    $(el, '[data-field="strengths"]').focus();
    await sendKeys({ type: ' Og hun synger.' });
    // Saved as the words end (the last at the full stop), so the last save may be in already.
    const key = `spire:wellbeing-check:${exampleWellbeingCheck.id}`;
    await waitUntil(async () => (await store.get<WellbeingCheck>(key))?.value.strengths?.includes('Og hun synger.'), 'the whole sentence is saved');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="draft-status"], .draft-status')!.textContent).to.match(/Kladde gemt kl\. \d{2}\.\d{2}/);
    await el.submit();
    expect(await store.get(key)).to.equal(undefined);
  });

  it('keeps working in memory when the store is full: an event, a visible warning, nothing lost', async () => {
    const full = {
      kind: 'host',
      get: async () => undefined,
      put: async () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      delete: async () => {},
    };
    const el = await fixture<SpireWellbeingCheck>(html`<spire-wellbeing-check .store=${full} .value=${fresh()}></spire-wellbeing-check>`);
    const fallback = oneEvent(el, 'spire-storage-fallback');
    $(el, '[data-field="strengths"]').focus();
    await sendKeys({ type: 'Ida tegner.' });
    const { detail } = await fallback;
    expect(detail.reason).to.equal('quota');
    await settle(el);
    expect(el.shadowRoot!.textContent).to.contain('Kladden kan ikke gemmes i browseren');
    expect(el.value!.strengths).to.equal('Ida tegner.');
    await expect(el).to.be.accessible();
  });
});

describe('<spire-wellbeing-check> in practice: the next round', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'da'));

  const colleague = (id: string, name: string, role: string, relations: 'green' | 'yellow' | 'red', justification?: string): WellbeingCheck => ({
    ...structuredClone(exampleWellbeingCheck),
    id,
    author: { name, role },
    status: 'completed',
    assessment: { type: 'individual', participants: [] },
    dimensions: structuredClone(exampleWellbeingCheck.dimensions).map((d) => (d.dimensionId === 'relations' ? { dimensionId: 'relations', position: relations, ...(justification ? { justification } : {}) } : d)),
  });
  const lastRound = (): WellbeingCheck => ({
    ...structuredClone(exampleWellbeingCheckEarlier),
    id: 'wc-spring',
    agreements: [
      { id: 'a-play', goal: 'Ida har nogen at lege med', action: 'Fast leg to frikvarterer om ugen', responsible: 'Mette Holm', followUpOn: '2026-05-01' },
      { id: 'a-home', goal: 'Kort snak med forældrene', action: 'Ring hver anden uge', responsible: 'Jonas Berg', followUpOn: '2026-05-15' },
    ],
  });
  async function inProvider(records: unknown[], value: WellbeingCheck, extra: Partial<SpireWellbeingCheck> = {}) {
    const provider = await fixture<HTMLElement>(
      html`<spire-provider .records=${records}><spire-wellbeing-check .store=${new MemoryDraftStore()} .value=${value}></spire-wellbeing-check></spire-provider>`,
    );
    const el = provider.querySelector<SpireWellbeingCheck>('spire-wellbeing-check')!;
    Object.assign(el, extra);
    await settle(el);
    return el;
  }

  it("shows the child's answers, ved ikke included, in read-only and printed views", async () => {
    const value = { ...completedDraft(), childPerspective: { method: 'own-rating' as const, ratings: [{ itemId: 'friends', value: 5 as const }, { itemId: 'mood', value: 'dont-know' as const }] } };
    const el = await check(value, { readonly: true });
    await settle(el);
    const text = () => el.shadowRoot!.querySelector('.ratings')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text()).to.contain('Meget glad');
    expect(text()).to.contain('Ved ikke / vil ikke svare');
    expect(text()).to.contain('Ikke besvaret');
    el.readonly = false;
    await settle(el);
    window.dispatchEvent(new Event('beforeprint'));
    expect(text(), 'printed').to.contain('Ved ikke / vil ikke svare');
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
  });

  it("asks before a change of method drops the child's answers, and keeps them when told to", async () => {
    const value = { ...completedDraft(), childPerspective: { method: 'own-rating' as const, ratings: [{ itemId: 'friends', value: 4 as const }] } };
    const el = await check(value);
    $(el, 'input[name="childPerspective"][value="conversation"]').click();
    await settle(el);
    expect(el.value!.childPerspective!.method, 'nothing changes before the answer').to.equal('own-rating');
    expect(el.shadowRoot!.activeElement === $(el, '.method-confirm'), 'focus on the question').to.equal(true);
    expect($(el, '.method-confirm').textContent).to.contain('1 spørgsmål');
    await expect(el).to.be.accessible();
    $(el, '[data-action="keep-ratings"]').click();
    await settle(el);
    expect(el.value!.childPerspective).to.deep.include({ method: 'own-rating' });
    expect(el.value!.childPerspective!.ratings).to.have.length(1);
    expect(($(el, 'input[name="childPerspective"][value="own-rating"]') as HTMLInputElement).checked, 'the radio shows what is in force').to.equal(true);
    $(el, 'input[name="childPerspective"][value="conversation"]').click();
    await settle(el);
    $(el, '[data-action="drop-ratings"]').click();
    await settle(el);
    expect(el.value!.childPerspective!.method).to.equal('conversation');
    expect(el.value!.childPerspective!.ratings).to.equal(undefined);
  });

  it("shows colleagues' own assessments of the round beside each dimension when writing the joint one, and prefills the author", async () => {
    const mine = { ...fresh(), round: { label: 'Efterår 2026' } };
    const records = [
      colleague('wc-own-1', 'Jonas Berg', 'lærer', 'yellow', 'Går alene i frikvartererne.'),
      colleague('wc-own-2', 'Aisha Khan', 'SFO-pædagog', 'green'),
      { ...colleague('wc-own-3', 'Gammel runde', 'lærer', 'red', 'x'), round: { label: 'Forår 2026' } },
    ];
    const el = await inProvider(records, mine);
    expect($(el, '.colleagues'), 'individual: nothing shown').to.equal(null);
    $(el, 'input[name="assessment.type"][value="joint"]').click();
    await settle(el);
    expect(el.value!.assessment.participants).to.deep.equal([{ name: exampleAuthor.name, role: exampleAuthor.role }]);
    const first = $(el, '.dimension .colleagues');
    const text = first.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Kollegernes egne vurderinger af Relationer og fællesskab');
    expect(text).to.contain('Jonas Berg (lærer) Gul Går alene i frikvartererne.');
    expect(text).to.contain('Aisha Khan (SFO-pædagog) Grøn');
    expect(text).not.to.contain('Gammel runde');
    expect($$(el, '.dimension .colleagues')).to.have.length(5);
    expect(el.shadowRoot!.textContent).to.contain('Kollegernes egne vurderinger fra runden „Efterår 2026“');
    // The trend has one column per round: colleagues' own assessments of this round are not a round of their own.
    const trend = $(el, 'spire-wellbeing-trend') as HTMLElement & { updateComplete: Promise<unknown> };
    await trend.updateComplete;
    expect([...trend.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal(['Område', 'Forår 2026', 'Efterår 2026']);
    await expect(el).to.be.accessible();
  });

  it("shows last round's agreements first, to be marked done, not done or continued (copied into this round)", async () => {
    const el = await inProvider([lastRound()], fresh());
    const sections = $$(el, 'section h3').map((h) => h.textContent);
    expect(sections[0]).to.equal('Opfølgning på sidste runde (Forår 2026)');
    $(el, 'input[name="followUps.0.outcome"][value="continued"]').click();
    await settle(el);
    expect(el.value!.followUps).to.deep.equal([{ recordId: 'wc-spring', agreementId: 'a-play', goal: 'Ida har nogen at lege med', outcome: 'continued' }]);
    expect(el.value!.agreements.map((a) => [a.goal, a.followUpOn])).to.deep.equal([['Ida har nogen at lege med', '']]);
    expect(el.value!.agreements[0]!.id).not.to.equal('a-play');
    $(el, 'input[name="followUps.1.outcome"][value="not-done"]').click();
    await settle(el);
    $(el, '[data-field="followUps.1.note"]').focus();
    await sendKeys({ type: 'Forældrene var ikke til at få fat i.' });
    await settle(el);
    expect(el.value!.followUps![1]).to.deep.include({ agreementId: 'a-home', outcome: 'not-done', note: 'Forældrene var ikke til at få fat i.' });
    // Taken back before anyone worked on the copy: the copy goes again.
    $(el, 'input[name="followUps.0.outcome"][value="done"]').click();
    await settle(el);
    expect(el.value!.agreements).to.deep.equal([]);
    await expect(el).to.be.accessible();
    el.readonly = true;
    await settle(el);
    const printed = $(el, '.follow-up').textContent!.replace(/\s+/g, ' ');
    expect(printed).to.contain('Ida har nogen at lege med');
    expect(printed).to.contain('Gennemført');
    expect(printed).to.contain('Ikke gennemført – Forældrene var ikke til at få fat i.');
  });

  it('lets the professional choose the setting when the host default does not fit', async () => {
    const el = await check();
    $(el, 'input[name="child.context"][value="sfo"]').click();
    await settle(el);
    expect(el.value!.child.context).to.equal('sfo');
    expect(el.shadowRoot!.querySelector('.about, header, .shell-header')?.textContent ?? el.shadowRoot!.textContent).to.contain('SFO');
  });

  it('names each guidance button after its dimension, and never glues a label to "(frivilligt)"', async () => {
    const el = await check();
    const picker = $(el, '[data-field="dimensions.0.position"]');
    const toggle = picker.shadowRoot!.querySelector('.guidance-toggle')!;
    expect(toggle.getAttribute('aria-label')).to.equal('Vis vejledning til Relationer og fællesskab');
    const dateLabel = ($(el, '[data-field="round.dueOn"]').shadowRoot!.querySelector('label') as HTMLElement).textContent!;
    expect(dateLabel.replace(/\s+/g, ' ').trim()).to.equal('Frist for runden (frivilligt)');
    const optional = $(el, '[data-field="round.dueOn"]').shadowRoot!.querySelector('.optional')!;
    expect(optional.textContent!.startsWith(' '), 'the space belongs to the text, not to whitespace a name computation drops').to.equal(true);
  });

  it('speaks Danish as Danes write it: "Fjern deltager 1", "teamet er enigt", „…“', async () => {
    const el = await check({ ...fresh(), assessment: { type: 'joint', participants: [{ name: 'A', role: 'pædagog' }, { name: 'B', role: 'lærer' }] } });
    expect($$(el, '.list-remove').map((b) => b.textContent!.trim())).to.deep.equal(['Fjern deltager 1', 'Fjern deltager 2']);
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('Fælles vurdering (teamet er enigt)');
    expect(text).to.contain('Egen eller fælles vurdering');
    expect(text).not.to.contain('"');
  });

  it("asks a small child the small child's questions, keeps the three houses in the child's words, and says who reads them", async () => {
    const small = { ...fresh(), child: { ...fresh().child, birthDate: '2022-03-01', context: 'dagtilbud' as const }, childPerspective: { method: 'three-houses' as const } };
    const el = await check(small);
    $(el, '[data-action="start-child-mode"]').click();
    await settle(el);
    const view = $(el, 'spire-wellbeing-child-view') as HTMLElement & { ageBand?: string; readers?: string; items: { id: string }[]; updateComplete: Promise<unknown> };
    expect(view.ageBand).to.equal('small');
    expect(view.items.map((i) => i.id).every((id) => id.startsWith('small-'))).to.equal(true);
    expect(view.readers).to.equal(`${exampleAuthor.name} (${exampleAuthor.role})`);
    view.dispatchEvent(new CustomEvent('child-houses', { detail: { dreams: 'At få en hund', worries: '' }, bubbles: true, composed: true }));
    await settle(el);
    expect(el.value!.childPerspective).to.deep.include({ method: 'three-houses', threeHouses: { dreams: 'At få en hund' } });
    view.dispatchEvent(new CustomEvent('child-answer', { detail: { itemId: 'small-play', value: 'dont-know' }, bubbles: true, composed: true }));
    await settle(el);
    expect(el.value!.childPerspective!.ratings).to.deep.equal([{ itemId: 'small-play', value: 'dont-know' }]);
    expect(el.value!.childPerspective!.method, 'the houses stay the method').to.equal('three-houses');
  });

  it("prints a plain-language version for the parents, and none when abuse by a parent is suspected", async () => {
    const el = await check(completedDraft());
    const original = window.print;
    let printed = '';
    let sheetWhilePrinting = '';
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      printed = el.shadowRoot!.querySelector('.parents-letter')?.textContent?.replace(/\s+/g, ' ') ?? '';
      sheetWhilePrinting = [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join(' ');
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      $(el, '[data-action="print-parents"]').focus();
      $(el, '[data-action="print-parents"]').click();
      // The letter is a chunk of its own, loaded on the first print (or when the button got focus).
      await waitUntil(() => printed !== '', 'the letter is printed');
      await settle(el);
    } finally {
      window.print = original;
    }
    expect(printed).to.contain('„Jeg kan godt lide at tegne med Sara.');
    expect(printed).not.to.contain('wellbeing');
    expect(sheetWhilePrinting).to.contain('Ida');
    expect($(el, '.parents-letter'), 'gone after printing').to.equal(null);
    expect(el.shadowRoot!.activeElement === $(el, '[data-action="print-parents"]'), 'focus back on the button').to.equal(true);
    const unsafe = await check({ ...completedDraft(), parentPerspective: { notInformedBecause: 'suspected-abuse-by-parent' } });
    expect($(unsafe, '[data-action="print-parents"]'), 'no letter to parents who must not be contacted first').to.equal(null);
  });

  it('prints the parents\' letter in English, with its strings and look loaded on demand', async () => {
    const el = await check(completedDraft(), { lang: 'en' });
    await settle(el);
    const original = window.print;
    let printed = '';
    let fontSize = '';
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      const letter = el.shadowRoot!.querySelector<HTMLElement>('.parents-letter');
      printed = letter?.textContent?.replace(/\s+/g, ' ') ?? '';
      fontSize = letter ? getComputedStyle(letter).fontSize : '';
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      await el.printParentsVersion();
    } finally {
      window.print = original;
    }
    expect(printed).to.contain('To the parents of Ida');
    expect(printed).not.to.contain('wellbeingParents');
    expect(fontSize, "the letter's own styles apply").to.not.equal(getComputedStyle(el).fontSize);
  });

  it('moves focus into the first question on entering child mode, and back to the button that opened it', async () => {
    const el = await check({ ...fresh(), childPerspective: { method: 'own-rating' } });
    $(el, '[data-action="start-child-mode"]').click();
    await settle(el);
    expect(el.mode).to.equal('child');
    const question = $(el, 'spire-wellbeing-child-view').shadowRoot!.querySelector('#question');
    expect(Boolean(question) && $(el, 'spire-wellbeing-child-view').shadowRoot!.activeElement === question, 'focus on the first question').to.equal(true);
    const view = $(el, 'spire-wellbeing-child-view');
    view.dispatchEvent(new CustomEvent('child-done', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.shadowRoot!.activeElement === $(el, '[data-action="start-child-mode"]')).to.equal(true);
  });
});

describe('<spire-wellbeing-check> at the model\'s limits of lists', () => {
  it('stops adding agreements at 200 and says why; a host value over it gets spire-error in words, not a crash', async () => {
    const full = fresh();
    full.agreements = Array.from({ length: LIST_LIMITS.agreements }, (_, i) => ({ id: `a-${i}`, goal: `Mål ${i}`, action: 'Handling', responsible: 'Mette', followUpOn: '2026-12-01' }));
    const el = await check(full);
    const add = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-list="agreements"] .list-add')!;
    expect(add.disabled).to.equal(true);
    expect(el.shadowRoot!.querySelector('[data-list="agreements"] .list-full')!.textContent).to.equal('Listen er fuld: den kan højst rumme 200.');
    expect(add.getAttribute('aria-describedby')).to.equal('agreements-full');

    const errors: CustomEvent[] = [];
    el.addEventListener('spire-error', (e) => errors.push(e as CustomEvent));
    el.value = { ...full, agreements: [...full.agreements, { id: 'one-too-many', goal: 'x', action: 'y', responsible: 'z', followUpOn: '2026-12-01' }] };
    await el.updateComplete;
    expect(errors.map((e) => [e.detail.path, e.detail.code, e.detail.message])).to.deep.equal([['agreements', 'too_big', 'Der må højst være 200.']]);
    expect(el.value!.agreements, 'the record shown is kept').to.have.length(200);
  });
});

describe('<spire-wellbeing-check> events the page hears', () => {
  it("one change for each house whose words are written in child mode, when the child's words are left", async () => {
    const houses = { ...fresh(), childPerspective: { method: 'three-houses' as const } };
    const el = await check(houses);
    $(el, '[data-action="start-child-mode"]').click();
    await settle(el);
    const view = $(el, 'spire-wellbeing-child-view') as HTMLElement & { updateComplete: Promise<unknown> };
    await view.updateComplete;
    const heard: string[] = [];
    const listen = () => heard.push(JSON.stringify(el.value!.childPerspective?.threeHouses ?? {}));
    document.addEventListener('change', listen);
    try {
      view.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea#words')!.focus();
      await sendKeys({ type: 'Mørke' });
      view.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.focus();
      await settle(el);
      expect(heard, 'the first house left: one change, with its words in value').to.deep.equal(['{"worries":"Mørke"}']);
    } finally {
      document.removeEventListener('change', listen);
    }
  });

  it('a host that switches to child mode while focus is inside the check moves focus to the first question, not to the page', async () => {
    const el = await check();
    $(el, 'spire-text-area[data-field="strengths"]').shadowRoot!.querySelector('textarea')!.focus();
    el.mode = 'child';
    await settle(el);
    const view = $(el, 'spire-wellbeing-child-view') as HTMLElement & { updateComplete: Promise<unknown> };
    await view.updateComplete;
    await settle(el);
    expect(view.shadowRoot!.activeElement?.id, 'the question has focus').to.equal('question');
    el.mode = 'professional';
    await settle(el);
    expect(document.activeElement, 'back: focus stays in the check').to.equal(el);
    expect(el.shadowRoot!.activeElement, 'on a field of the child perspective').to.exist;
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    el.mode = 'child';
    await settle(el);
    expect(document.activeElement, "focus on the host's own button stays there").to.equal(outside);
    outside.remove();
  });

  it('a render that removes the focused field (read-only) schedules no second update from inside itself', async () => {
    const el = await check();
    const field = $(el, 'spire-text-area[data-field="strengths"]');
    field.shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ type: 'x' });
    await settle(el);
    el.readonly = true;
    // updateComplete is false when another update was scheduled during this one (Lit's change-in-update).
    expect(await el.updateComplete, 'the field\'s blur during the render touches it after the render').to.equal(true);
    expect($$(el, 'spire-text-area')).to.have.length(0);
  });

  it('one change per committed edit, from the widget, after one input per edit — as from a native control', async () => {
    const el = await check();
    const heard: string[] = [];
    const listen = (event: Event) => heard.push(`${event.type} ${(event.target as Element).localName} ${el.value!.dimensions[0]!.position}`);
    const types = ['input', 'change'];
    for (const type of types) document.addEventListener(type, listen, true);
    try {
      const picker = $(el, '[data-field="dimensions.0.position"]') as HTMLElement & { value: string };
      picker.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(heard, 'a position picked: one input, one change (was two changes: the picker\'s and the widget\'s)').to.deep.equal([
        `input spire-wellbeing-check ${picker.value}`,
        `change spire-wellbeing-check ${picker.value}`,
      ]);
      heard.length = 0;
      $(el, '[data-field="strengths"]').focus();
      await sendKeys({ type: 'ok' });
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(heard.map((h) => h.split(' ').slice(0, 2).join(' ')), 'typed, then left: input per key, one change').to.deep.equal([
        'input spire-wellbeing-check',
        'input spire-wellbeing-check',
        'change spire-wellbeing-check',
      ]);
      heard.length = 0;
      await sendKeys({ press: 'Tab' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await settle(el);
      expect(heard, 'focus moving with nothing edited: no change').to.deep.equal([]);
    } finally {
      for (const type of types) document.removeEventListener(type, listen, true);
    }
  });
});
