import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type Referral, createReferral } from '@spire/model';
import { exampleAuthor, exampleChild, exampleConcernNote, exampleIndstilling, exampleNetworkMap, exampleUnderretning, exampleWellbeingCheck } from '@spire/model/examples';
import './define.js';
import '../shared/provider/define.js';
import type { SpireReferralForm } from './referral-form.js';
import { MemoryDraftStore } from '../shared/drafts/memory-store.js';
import { runFormLifecycleSuite, runWidgetContractSuite } from '../testing/index.js';

/** A sent example moved back to a draft: everything filled in, ready to send again. */
const asDraft = (r: Referral): Referral => ({ ...structuredClone(r), status: 'draft', statusHistory: [r.statusHistory[0]!] });
const draftUnderretning = () => asDraft(exampleUnderretning);
const draftIndstilling = () => asDraft(exampleIndstilling);

runFormLifecycleSuite({
  tag: 'spire-referral-form',
  validValue: draftUnderretning,
  invalidValue: () => ({ ...draftUnderretning(), description: '' }),
  hostileValues: (valid) => {
    const r = structuredClone(valid) as Referral;
    return [
      { value: { ...r, referralType: 'complaint' }, path: 'referralType' },
      { value: { ...r, childDetails: { name: 'Ida', cpr: 1206204128 } }, path: 'childDetails.cpr' },
      { value: { ...r, parents: [null] }, path: 'parents.0' },
      { value: { ...r, statusHistory: 'never' }, path: 'statusHistory' },
    ];
  },
});
runWidgetContractSuite({ tag: 'spire-referral-form', validValue: draftUnderretning, defineModule: new URL('./define.ts', import.meta.url).href });

const beredskab = { phone: '96 17 17 17', label: 'Familierådgivningen, døgnvagt' };
const records = [exampleWellbeingCheck, exampleConcernNote, { ...exampleNetworkMap, status: 'completed' as const }];

async function form(value?: Referral, options: { lang?: string; store?: MemoryDraftStore; readonly?: boolean } = {}) {
  const el = await fixture<SpireReferralForm>(
    html`<spire-referral-form .store=${options.store ?? new MemoryDraftStore()} .value=${value} .author=${exampleAuthor} .child=${exampleChild} lang=${options.lang ?? 'da'} ?readonly=${options.readonly ?? false}></spire-referral-form>`,
  );
  await el.updateComplete;
  return el;
}
async function inProvider(config: object = {}, recordList: unknown[] = records) {
  const wrapper = await fixture(html`<spire-provider .author=${exampleAuthor} .child=${exampleChild} .records=${recordList} .config=${config} .store=${new MemoryDraftStore()}>
    <spire-referral-form lang="da"></spire-referral-form>
  </spire-provider>`);
  const el = wrapper.querySelector('spire-referral-form')!;
  await el.updateComplete;
  await el.updateComplete;
  return el;
}
const $ = <E extends Element = HTMLElement>(el: SpireReferralForm, selector: string) => el.shadowRoot!.querySelector<E & Element>(selector)!;
const $$ = <E extends Element = HTMLElement>(el: SpireReferralForm, selector: string) => [...el.shadowRoot!.querySelectorAll<E & Element>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
async function settle(el: SpireReferralForm) {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}
async function goTo(el: SpireReferralForm, step: string) {
  $<HTMLButtonElement>(el, `.steps button[data-step="${step}"]`).click();
  await settle(el);
}
const radio = (el: SpireReferralForm, name: string, value: string) => $$<HTMLInputElement>(el, `input[type="radio"][name="${name}"]`).find((r) => r.value === value)!;
async function typeInto(el: SpireReferralForm, field: string, value: string) {
  const host = $<HTMLElement>(el, `[data-field="${field}"]`);
  const input = (host.shadowRoot?.querySelector('textarea, input') ?? host) as HTMLInputElement;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

describe('<spire-referral-form>', () => {
  // The step is kept per record in this tab's session: each test starts from the first step.
  beforeEach(() => sessionStorage.clear());

  it('asks first whether the child is in acute danger: yes shows at once to phone now, 114, 112 and the beredskab', async () => {
    const el = await inProvider({ beredskab });
    expect(text($(el, '.acute-question h3'))).to.equal('Først: er barnet i akut fare?');
    expect($(el, '.acute-alert')).to.equal(null);
    radio(el, 'acute', 'yes').click();
    await settle(el);
    const alert = $(el, '.acute-alert');
    expect(text(alert)).to.contain('Ring nu – skriv bagefter');
    expect($$<HTMLAnchorElement>(el, '.acute-alert a').map((a) => a.getAttribute('href'))).to.include.members(['tel:114', 'tel:112', 'tel:96171717']);
    expect(el.shadowRoot!.activeElement).to.equal(alert);
    expect(el.value).to.deep.include({ acute: true, urgency: 'akut', referralType: 'underretning' });
    expect(el.value!.recipient, 'an underretning goes to the municipality').to.deep.equal({ type: 'familieraadgivning' });
    radio(el, 'acute', 'no').click();
    await settle(el);
    expect($(el, '.acute-alert')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('moves freely between eight steps, with the step list saying where you are and what is done', async () => {
    const el = await form(draftUnderretning());
    const steps = $$(el, '.steps button');
    expect(steps.map((b) => text(b.querySelector('.name')))).to.deep.equal(['Type og modtager', 'Barn og familie', 'Bekymringen', 'Barnets perspektiv', 'Ressourcer', 'Forældre og samtykke', 'Bilag', 'Gennemse og send']);
    expect(steps[0]!.getAttribute('aria-current')).to.equal('step');
    await goTo(el, 'perspective');
    expect(text($(el, '.step-title'))).to.equal('Barnets perspektiv');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.step-title'));
    expect(text($(el, '.step-of'))).to.equal('Trin 4 af 8');
    expect(text($(el, '.steps li.complete button[data-step="type"] .state')), 'a visited step with nothing missing').to.equal('udfyldt');
    $<HTMLButtonElement>(el, '[data-action="previous"]').click();
    await settle(el);
    expect(text($(el, '.step-title'))).to.equal('Bekymringen');
    $<HTMLButtonElement>(el, '[data-action="next"]').click();
    await settle(el);
    expect(text($(el, '.step-title'))).to.equal('Barnets perspektiv');
  });

  it('loses nothing moving back and forth', async () => {
    const el = await form(createReferral({ author: exampleAuthor, child: exampleChild, referralType: 'underretning' }));
    await goTo(el, 'concern');
    await typeInto(el, 'description', 'Ida har blå mærker på armene mandag og onsdag.');
    await goTo(el, 'type');
    await goTo(el, 'review');
    await goTo(el, 'concern');
    expect(el.value!.description).to.equal('Ida har blå mærker på armene mandag og onsdag.');
    expect(($(el, '[data-field="description"]') as HTMLElement & { value: string }).value).to.equal('Ida har blå mærker på armene mandag og onsdag.');
  });

  it('comes back after a reload on the same step, with the draft', async () => {
    const store = new MemoryDraftStore();
    const start = createReferral({ id: 'ref-reload-test', author: exampleAuthor, child: exampleChild, referralType: 'underretning' });
    const first = await form(start, { store });
    await goTo(first, 'resources');
    await typeInto(first, 'resources', 'Ida er god til at tegne.');
    await aTimeout(700);
    first.remove();
    const again = await form(start, { store });
    await settle(again);
    await aTimeout(50);
    await settle(again);
    expect(again.value!.resources).to.equal('Ida er god til at tegne.');
    expect(text($(again, '.step-title'))).to.equal('Ressourcer');
  });

  it('requires a § 133 ground for an underretning, and the error summary leads to it', async () => {
    const el = await form({ ...draftUnderretning(), ground: undefined });
    await goTo(el, 'review');
    let sent = 0;
    el.addEventListener('spire-submit', () => sent++);
    await el.submit();
    await settle(el);
    expect(sent).to.equal(0);
    const link = $$<HTMLAnchorElement>(el, '.error-summary a').find((a) => text(a).includes('Vælg grundlaget for underretningen'))!;
    expect(link, 'the summary names the ground').to.exist;
    link.click();
    await settle(el);
    await settle(el);
    expect(text($(el, '.step-title'))).to.equal('Type og modtager');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-field')).to.equal('ground');
    expect(text($(el, '.steps button[data-step="type"] .state'))).to.equal('har fejl');
  });

  it('needs consent from every custody holder for an indstilling, recorded per holder', async () => {
    const r = draftIndstilling();
    r.consents = r.consents.filter((c) => c.parentId !== 'par-anders');
    const el = await form(r);
    await el.submit();
    await settle(el);
    const summary = text($(el, '.error-summary'));
    expect(summary).to.contain('Der mangler samtykke fra Anders Nielsen, som har forældremyndighed.');
    await goTo(el, 'parents');
    const holder = $(el, '[data-field="parents.1"]');
    expect(text(holder)).to.contain('Der mangler samtykke fra Anders Nielsen');
    ($(el, '[data-action="add-consent"][data-parent="par-anders"]') as HTMLButtonElement).click();
    await settle(el);
    const consent = el.value!.consents.at(-1)!;
    expect(consent).to.deep.include({ parentId: 'par-anders', method: 'oral' });
    expect(consent.givenBy).to.deep.equal({ name: 'Anders Nielsen', relation: 'custody-holder' });
    const index = el.value!.consents.length - 1;
    await typeInto(el, `consents.${index}.scope`, 'Indstilling til PPR med trivselsvurderingen som bilag.');
    await typeInto(el, `consents.${index}.purpose`, 'At PPR vurderer, hvordan Ida støttes.');
    const sent = oneEvent(el, 'spire-submit');
    await el.submit();
    const { detail } = await sent;
    expect(detail.value.status).to.equal('sent');
    expect(detail.value.statusHistory.at(-1)!.status).to.equal('sent');
    expect(detail.value.consents).to.have.length(2);
  });

  it('records a withdrawn consent, and a withdrawn consent does not count', async () => {
    const el = await form(draftIndstilling());
    await goTo(el, 'parents');
    $<HTMLButtonElement>(el, '[data-consent="con-anders"] [data-action="withdraw-consent"]').click();
    await settle(el);
    expect(el.value!.consents.find((c) => c.id === 'con-anders')!.withdrawnAt).to.be.a('string');
    expect(text($(el, '[data-consent="con-anders"]'))).to.contain('Trukket tilbage');
    expect($(el, '[data-consent="con-anders"] [data-action="withdraw-consent"]'), 'a withdrawal is final: no undo').to.equal(null);
    expect($(el, '[data-action="add-consent"][data-parent="par-anders"]'), 'a new consent can be recorded').to.not.equal(null);
    await el.submit();
    await settle(el);
    expect(text($(el, '.error-summary'))).to.contain('Anders Nielsen');
  });

  it('shows the exception for contacting the parents for an underretning only, with the guard-rail', async () => {
    const el = await form({ ...draftUnderretning(), parentContact: { contacted: false } });
    await goTo(el, 'parents');
    const exception = $$<HTMLLabelElement>(el, '.check label').find((l) => text(l).includes('mistanke om vold eller overgreb fra en forælder'))!;
    exception.querySelector('input')!.click();
    await settle(el);
    expect(el.value!.parentContact!.exception).to.equal('suspected-abuse-by-parent');
    expect(text($(el, '.step-parents .guard-rail'))).to.contain('Kommunen orienterer forældrene – ikke du');
    el.value = draftIndstilling();
    await settle(el);
    await goTo(el, 'parents');
    expect(text($(el, '.step-parents'))).to.not.contain('mistanke om vold');
    expect($(el, '.consents')).to.not.equal(null);
  });

  it('tells the reporter what an underretning means for them', async () => {
    const el = await form(draftUnderretning());
    const know = text($(el, '.know'));
    expect(know).to.contain('Forældrene kan få lov at læse underretningen.');
    expect(know).to.contain('kan du ikke underrette anonymt');
    expect(know).to.contain('Du bliver ikke part i sagen.');
    el.value = draftIndstilling();
    await settle(el);
    expect($(el, '.know')).to.equal(null);
  });

  it('opens prefilled from the child\'s earlier records, each prefilled field marked with its source until edited', async () => {
    const el = await inProvider();
    expect(el.value!.description).to.equal(exampleConcernNote.observations);
    expect(el.value!.childPerspective!.statement).to.equal(exampleConcernNote.childWords);
    expect(el.value!.parents.map((p) => p.name)).to.deep.equal(['Lene', 'Anders']);
    expect(el.value!.attachments).to.have.length(3);
    await goTo(el, 'concern');
    expect(text($(el, '[data-prefilled="description"]'))).to.match(/^Udfyldt fra bekymringsnotat \d+\. \w+ 2026 – ret gerne$/);
    await typeInto(el, 'description', `${exampleConcernNote.observations} Og mere.`);
    expect($(el, '[data-prefilled="description"]'), 'edited: no longer what was taken').to.equal(null);
    await goTo(el, 'perspective');
    expect($(el, '[data-prefilled="childPerspective.statement"]')).to.not.equal(null);
    await goTo(el, 'attachments');
    expect($$<HTMLInputElement>(el, '.step-attachments input[type="checkbox"]').map((c) => c.checked)).to.deep.equal([true, true, true]);
  });

  it('checks a CPR number when one is given, and masks it when shown', async () => {
    const el = await form(draftUnderretning());
    await goTo(el, 'child');
    await typeInto(el, 'childDetails.cpr', '0106204128');
    expect(el.value!.childDetails.cpr).to.equal('0106204128');
    await goTo(el, 'review');
    const review = text($(el, '[data-review="child"]'));
    expect(review).to.contain('010620-••••');
    expect(review).to.not.contain('4128');
    await goTo(el, 'child');
    await typeInto(el, 'childDetails.cpr', '3213');
    ($(el, '[data-field="childDetails.cpr"]') as HTMLInputElement).dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(text($(el, '.step-child'))).to.contain('Fejl');
    await typeInto(el, 'childDetails.cpr', '');
    expect(el.value!.childDetails).to.not.have.property('cpr');
  });

  it('reviews everything that will be sent, prints it, and sends it as the model validates it', async () => {
    const el = await form(draftUnderretning());
    await goTo(el, 'review');
    const review = text($(el, '.review'));
    for (const part of ['Underretning', 'Barnet kan have været udsat for vold eller andre overgreb', 'Familierådgivningen, Eksempel Kommune', 'Ida Nielsen', '010620-••••', exampleUnderretning.description!.slice(0, 40), 'Forældre og samtykke']) {
      expect(review, part).to.contain(part);
    }
    await expect(el).to.be.accessible();
    el.readonly = true;
    await settle(el);
    expect($(el, '.steps'), 'on paper: the review, not the steps').to.equal(null);
    expect($(el, '.review')).to.not.equal(null);
    el.readonly = false;
    await settle(el);
    const sent = oneEvent(el, 'spire-submit');
    await el.submit();
    const { detail } = await sent;
    expect(detail.value).to.deep.include({ status: 'sent', referralType: 'underretning' });
    expect(Date.parse(detail.value.statusHistory.at(-1)!.at)).to.be.closeTo(Date.now(), 10_000);
  });

  it('is accessible on every step, in Danish and English', async () => {
    const el = await form(draftIndstilling());
    for (const step of ['type', 'child', 'concern', 'perspective', 'resources', 'parents', 'attachments', 'review']) {
      await goTo(el, step);
      await expect(el, step).to.be.accessible();
    }
    el.lang = 'en';
    await settle(el);
    await settle(el);
    expect(text($(el, '.step-title'))).to.equal('Review and send');
    expect(text($(el, 'h2.title'))).to.equal('Referral (indstilling)');
    await expect(el).to.be.accessible();
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const el = await form({ ...draftUnderretning(), ground: undefined });
    radio(el, 'ground', 'saerlig-stoette').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.value!.ground).to.equal('saerlig-stoette');
    $<HTMLButtonElement>(el, '.steps button[data-step="review"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(text($(el, '.step-title'))).to.equal('Gennemse og send');
    const sent = oneEvent(el, 'spire-submit');
    $<HTMLButtonElement>(el, '.actions button.primary').focus();
    await sendKeys({ press: 'Enter' });
    const { detail } = await sent;
    expect(detail.value.ground).to.equal('saerlig-stoette');
  });

  it('lets a young person of 18 or more give their own consent, without custody holders', async () => {
    const born = new Date();
    born.setFullYear(born.getFullYear() - 18);
    born.setDate(born.getDate() - 1);
    const young = { ...exampleChild, id: 'child-young', displayName: 'Amir', birthYear: undefined, birthDate: born.toISOString().slice(0, 10) };
    const start: Referral = { ...createReferral({ id: 'ref-young', author: exampleAuthor, child: young, referralType: 'indstilling' }), ...(({ parents: _p, consents: _c, ...rest }) => rest)(draftIndstilling()), id: 'ref-young', child: young, parents: [], consents: [] };
    const el = await form(start);
    await goTo(el, 'parents');
    expect(text($(el, '.consents'))).to.contain('Den unge er 18 år eller ældre og giver selv samtykke.');
    $<HTMLButtonElement>(el, '[data-action="young-consent"]').click();
    await settle(el);
    const consent = el.value!.consents[0]!;
    expect(consent.givenBy.relation).to.equal('child');
    expect(consent).to.not.have.property('parentId');
    await typeInto(el, 'consents.0.scope', 'Indstilling til den tværfaglige ungeindsats.');
    await typeInto(el, 'consents.0.purpose', 'At få hjælp til at komme tilbage i uddannelse.');
    const sent = oneEvent(el, 'spire-submit');
    await el.submit();
    const { detail } = await sent;
    expect(detail.value.consents[0]!.givenBy.relation).to.equal('child');
  });

  it('downloads the record as JSON and as a FHIR QuestionnaireResponse', async () => {
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return create.call(URL, blob);
    };
    try {
      const el = await form(draftUnderretning());
      await goTo(el, 'review');
      $<HTMLButtonElement>(el, '[data-action="export-json"]').click();
      $<HTMLButtonElement>(el, '[data-action="export-fhir"]').click();
      // The FHIR export is a chunk of its own, loaded on the first download.
      await waitUntil(() => blobs.length === 2, 'both files made');
      const [json, fhir] = await Promise.all(blobs.map((b) => b.text()));
      expect(JSON.parse(json!)).to.deep.include({ kind: 'referral', id: exampleUnderretning.id, referralType: 'underretning' });
      expect(JSON.parse(fhir!)).to.deep.include({ resourceType: 'QuestionnaireResponse', status: 'in-progress' });
      expect(blobs[1]!.type).to.equal('application/fhir+json');
    } finally {
      URL.createObjectURL = create;
    }
  });

  it('never takes a birth year alone for 18: a 17-year-old\'s parents still consent', async () => {
    const maybe17 = { ...exampleChild, id: 'child-17', displayName: 'Amir', birthYear: new Date().getFullYear() - 18 };
    const start: Referral = { ...createReferral({ id: 'ref-17', author: exampleAuthor, child: maybe17, referralType: 'indstilling' }) };
    const el = await form(start);
    await goTo(el, 'parents');
    expect(text($(el, '.consents'))).to.not.contain('giver selv samtykke');
    expect($(el, '[data-action="young-consent"]')).to.equal(null);
  });

  it('keeps two fields filled before a render (as autofill does)', async () => {
    const el = await form(createReferral({ id: 'ref-autofill', author: exampleAuthor, child: exampleChild, referralType: 'underretning' }));
    for (const [field, value] of [['reporter.workAddress', 'Skolevej 1, 9999 Eksempelby'], ['reporter.relationToChild', 'Klasselærer i 0.B']]) {
      const input = $<HTMLInputElement>(el, `[data-field="${field}"]`);
      input.value = value!;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await settle(el);
    expect(el.value!.reporter).to.deep.include({ workAddress: 'Skolevej 1, 9999 Eksempelby', relationToChild: 'Klasselærer i 0.B' });
  });

  it('sends nothing an indstilling does not show: no § 133 ground and no suspicion of a parent', async () => {
    const el = await form({ ...draftUnderretning(), parentContact: { contacted: false, exception: 'suspected-abuse-by-parent' } });
    radio(el, 'referralType', 'indstilling').click();
    await settle(el);
    expect(el.value).to.not.have.property('ground');
    expect(el.value!.parentContact).to.deep.equal({ contacted: false });
    expect(el.value!.recipient.type, 'a chosen recipient stays').to.equal('familieraadgivning');
  });
});
