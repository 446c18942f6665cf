import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type ConcernNote, type WellbeingCheck, concernNoteFromCheck, createConcernNote } from '@spire/model';
import { exampleAuthor, exampleChild, exampleConcernNote, exampleWellbeingCheck } from '@spire/model/examples';
import './define.js';
import '../shared/provider/define.js';
import type { SpireConcernNote } from './concern-note.js';
import { MemoryDraftStore } from '../shared/drafts/memory-store.js';
import { runFormLifecycleSuite, runWidgetContractSuite } from '../testing/index.js';
import { hasKey } from '../shared/i18n/i18n.js';

const fresh = (): ConcernNote => createConcernNote({ id: 'cn-test', author: exampleAuthor, child: exampleChild, now: new Date('2026-11-12T10:00:00Z') });
const completeDraft = (): ConcernNote => ({ ...structuredClone(exampleConcernNote), status: 'draft' });

runFormLifecycleSuite({
  tag: 'spire-concern-note',
  validValue: completeDraft,
  invalidValue: fresh,
  hostileValues: (valid) => {
    const note = structuredClone(valid) as ConcernNote;
    return [
      { value: { ...note, level: 'purple' }, path: 'level' },
      { value: { ...note, discussedWith: [null] }, path: 'discussedWith.0' },
      { value: { ...note, observations: 12345 }, path: 'observations' },
      { value: { ...note, decision: 'toString' }, path: 'decision' },
    ];
  },
});
runWidgetContractSuite({ tag: 'spire-concern-note', validValue: completeDraft, defineModule: new URL('./define.ts', import.meta.url).href });

const beredskab = { phone: '96 17 17 17', url: 'https://kommune.example/beredskab', label: 'Familierådgivningen, døgnvagt' };

async function note(value: ConcernNote | undefined = fresh(), extra: Partial<SpireConcernNote> = {}) {
  const el = await fixture<SpireConcernNote>(html`<spire-concern-note .store=${new MemoryDraftStore()} .value=${value}></spire-concern-note>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}
/** A note inside a provider; `value` null opens none (the note makes its own, e.g. from `fromCheck`). */
async function inProvider(config: Record<string, unknown>, value: ConcernNote | null = fresh(), extra: Record<string, unknown> = {}) {
  const provider = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
    html`<spire-provider .config=${config} .author=${exampleAuthor} .child=${exampleChild} .records=${extra.records ?? []}
      ><spire-concern-note .store=${new MemoryDraftStore()} .value=${value ?? undefined} .fromCheck=${extra.fromCheck}></spire-concern-note
    ></spire-provider>`,
  );
  const el = provider.querySelector('spire-concern-note')!;
  await el.updateComplete;
  return el;
}
const $ = <E extends Element = HTMLElement>(el: SpireConcernNote, selector: string) => el.shadowRoot!.querySelector<E & Element>(selector)!;
const $$ = (el: SpireConcernNote, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }) {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}
async function pick(el: SpireConcernNote, name: string, value: string) {
  const input = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${name}"]`)].find((r) => r.value === value);
  expect(input, `${name}=${value}`).to.exist;
  input!.click();
  await settle(el);
}
/** Types into a shared text area (its inner textarea), as a user would. */
async function typeInto(el: SpireConcernNote, field: string, text: string) {
  const area = $(el, `spire-text-area[data-field="${field}"]`);
  area.shadowRoot!.querySelector('textarea')!.focus();
  await sendKeys({ type: text });
  await aTimeout(260); // the nudges wait a moment after typing
  await settle(el);
}
const nudgesOf = (el: SpireConcernNote, field: string) => $(el, `spire-text-area[data-field="${field}"]`).shadowRoot!.querySelector<HTMLElement>('.nudges');
/** A `createdAt` on the Danish day `days` from today (midday there, so the day is the same in UTC). */
const writtenDaysFromToday = (days: number) => `${isoDaysFromToday(days)}T11:00:00Z`;
const isoDaysFromToday = (days: number) => {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
};

describe('<spire-concern-note>', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'da'));

  it('is accessible empty, asks about acute danger first and follows Signs of Safety', async () => {
    const el = await note();
    await expect(el).to.be.accessible();
    const first = $$(el, 'section')[0]!;
    expect(first.querySelector('legend')!.textContent).to.contain('Er barnet i akut fare?');
    expect(first.querySelector('legend')!.textContent, 'answered before completing: not optional').to.not.contain('(frivilligt)');
    const headings = $$(el, 'section h3').map((h) => h.textContent!.trim());
    const order = ['Hvad ser og hører vi?', 'Barnets perspektiv', 'Hvad kan ligge bag?', 'Hvor ofte, mønster og varighed', 'Hvad virker godt?', 'Hvad er vi bekymrede for?', 'Hvad skal der ske?', 'Grad af bekymring', 'Hvad er der gjort indtil nu?', 'Drøftet med', 'Forældrenes inddragelse', 'Beslutning', 'Hjælp inden for en uge'];
    expect(headings.filter((h) => order.includes(h))).to.deep.equal(order);
    expect($(el, '.section, section').textContent).to.not.contain('undefined');
  });

  it("keeps the child's own words verbatim and quoted, with the child's views beside them", async () => {
    const el = await note();
    const words = $(el, 'spire-text-area[data-field="childWords"]') as HTMLElement & { verbatim: boolean };
    expect(words.verbatim).to.equal(true);
    expect($(el, 'spire-text-area[data-field="childViews"]')).to.exist;
    expect(words.parentElement).to.equal($(el, 'spire-text-area[data-field="childViews"]').parentElement);
    await typeInto(el, 'childWords', 'Jeg er altid dum  ');
    expect(el.value!.childWords).to.equal('Jeg er altid dum  ');
    expect(nudgesOf(el, 'childWords'), 'no nudges on the child’s words').to.equal(null);
    el.readonly = true;
    await settle(el);
    expect($(el, '.verbatim').textContent).to.contain('Jeg er altid dum');
  });

  it('asks "Hvad kan ligge bag?" with curiosity, never blame on the child', async () => {
    const el = await note();
    const area = $(el, 'spire-text-area[data-field="possibleBackground"]') as HTMLElement & { hint: string };
    expect(area.hint).to.contain('Skylden ligger aldrig hos barnet');
    expect(area.hint).to.not.contain('Skyld bliver');
  });

  it('asks the Signs of Safety questions under "Hvad er vi bekymrede for?" and "Hvad skal der ske?"', async () => {
    const el = await note();
    const hint = (field: string) => ($(el, `spire-text-area[data-field="${field}"]`) as HTMLElement & { hint: string }).hint;
    expect(hint('whatNeedsToHappen')).to.equal('Hvad skal der til, for at vi er mindre bekymrede?');
    expect(hint('worries')).to.contain('hvis intet ændrer sig');
    document.documentElement.setAttribute('lang', 'en');
    el.setAttribute('lang', 'en');
    await settle(el);
    await aTimeout(50);
    await settle(el);
    expect(hint('whatNeedsToHappen')).to.equal('What would it take for us to be less worried?');
  });

  it('speaks to the writer as "du" in Danish, never "I"', async () => {
    const { concernNote } = await import('../locales/da/concern-note.js');
    const strings: string[] = [];
    const walk = (value: unknown) => (typeof value === 'string' ? strings.push(value) : typeof value === 'object' && value ? Object.values(value).forEach(walk) : undefined);
    walk(concernNote);
    expect(strings.filter((text) => /(^|[\s,(])(I|jer|jeres)([\s,.?!)]|$)/.test(text))).to.deep.equal([]);
    expect(concernNote.parents.on).to.equal('Hvornår talte du med forældrene?');
  });

  it('saves its draft at once when a word ends in a text area, not only after the pause', async () => {
    const store = new MemoryDraftStore();
    const saves: string[] = [];
    const put = store.put.bind(store);
    store.put = async <T>(key: string, value: T) => {
      saves.push((value as unknown as ConcernNote).observations ?? '');
      return put(key, value);
    };
    const el = await fixture<SpireConcernNote>(html`<spire-concern-note .store=${store} .value=${fresh()}></spire-concern-note>`);
    await aTimeout(20);
    $(el, 'spire-text-area[data-field="observations"]').shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ type: 'Sad alene ' });
    // Far less than the pause before a save (300 ms): only a save started at the space has landed.
    await aTimeout(30);
    expect(saves.at(-1)).to.equal('Sad alene ');
  });

  describe('language nudges', () => {
    it('finds and explains labels in the observations as a list, and never blocks saving', async () => {
      const el = await note(completeDraft());
      await typeInto(el, 'observations', ' Hun er altid doven.');
      const nudges = nudgesOf(el, 'observations');
      expect(nudges, 'nudges shown').to.exist;
      expect(nudges!.querySelectorAll('li').length).to.be.greaterThan(0);
      expect(nudges!.textContent).to.contain('altid');
      const textarea = $(el, 'spire-text-area[data-field="observations"]').shadowRoot!.querySelector('textarea')!;
      expect(textarea.getAttribute('aria-describedby')).to.contain('nudges');
      expect(await el.submit(), 'nudges never block saving').to.exist;
    });

    it('goes away when the words are rewritten', async () => {
      const el = await note();
      await typeInto(el, 'worries', 'Han er altid ked af det.');
      expect(nudgesOf(el, 'worries')).to.exist;
      const textarea = $(el, 'spire-text-area[data-field="worries"]').shadowRoot!.querySelector('textarea')!;
      textarea.select();
      await sendKeys({ type: 'Han græd to gange i går.' });
      await aTimeout(260);
      await settle(el);
      expect(nudgesOf(el, 'worries')).to.equal(null);
    });

    it('can be dismissed per finding, and the note keeps every word as written', async () => {
      const el = await note();
      await typeInto(el, 'worries', 'Han er altid doven.');
      const area = $(el, 'spire-text-area[data-field="worries"]');
      const words = () => [...(nudgesOf(el, 'worries')?.querySelectorAll('q') ?? [])].map((q) => q.textContent);
      expect(words()).to.include.members(['altid', 'doven']);
      const dismissAltid = [...area.shadowRoot!.querySelectorAll<HTMLButtonElement>('.dismiss')].find((b) => b.getAttribute('aria-label')!.includes('altid'))!;
      dismissAltid.click();
      await settle(el);
      expect(words()).to.not.include('altid');
      expect(words()).to.include('doven');
      expect(el.value!.worries).to.equal('Han er altid doven.');
      await expect(el).to.be.accessible();
    });

    it("uses the municipality's own rule from the provider, and not inside other words", async () => {
      const rules = [{ id: 'kommune-vildbasse', locale: 'da', kind: 'label', phrases: ['vildbasse'], suggestion: 'Beskriv hvad barnet gør.' }];
      const el = await inProvider({ languageRules: rules });
      await typeInto(el, 'observations', 'Hun er en vildbasse i klassen.');
      expect(nudgesOf(el, 'observations')?.textContent).to.contain('Beskriv hvad barnet gør.');
      const textarea = $(el, 'spire-text-area[data-field="observations"]').shadowRoot!.querySelector('textarea')!;
      textarea.select();
      await sendKeys({ type: 'Vi legede vildbassens leg.' });
      await aTimeout(260);
      await settle(el);
      expect(nudgesOf(el, 'observations')?.textContent ?? '').to.not.contain('Beskriv hvad barnet gør.');
    });
  });

  describe('guard-rails', () => {
    it('acute danger: "yes" shows at once to phone now, 114, 112 and the beredskab, with focus on it', async () => {
      const el = await inProvider({ beredskab });
      expect($(el, '.acute-alert')).to.equal(null);
      await pick(el, 'acute', 'yes');
      const alert = $(el, '.acute-alert');
      expect(alert, 'shown').to.exist;
      // Compared as a boolean: chai would print two whole DOM trees on failure (slow enough to hang the run).
      expect(el.shadowRoot!.activeElement === alert, 'focus moved to the box').to.equal(true);
      const text = alert.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Ring til kommunen nu; uden for kontortid politiet på 114.');
      expect(text).to.contain('Er der fare for liv: ring 112.');
      expect(text, 'imperative, not a condition').to.not.contain('Er barnet i akut fare');
      const links = [...alert.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => [a.getAttribute('href'), a.textContent!.trim()]);
      expect(links).to.deep.include(['tel:114', '114']);
      expect(links).to.deep.include(['tel:112', '112']);
      expect(links.map(([href]) => href)).to.include('tel:96171717');
      expect(alert.textContent).to.contain('Familierådgivningen, døgnvagt');
      expect(el.value!.acute).to.equal(true);
      await expect(el).to.be.accessible();
      await pick(el, 'acute', 'no');
      expect($(el, '.acute-alert')).to.equal(null);
    });

    it('acute danger: the focus move reads the box once, by its heading and first line, not as an alert too', async () => {
      const el = await note();
      await pick(el, 'acute', 'yes');
      const box = $(el, '.acute-alert');
      expect(box.getAttribute('role'), 'no alert: focus already reads it').to.not.equal('alert');
      expect(box.closest('[role="alert"], [aria-live]'), 'not inside a live region either').to.equal(null);
      const title = el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!)!;
      expect(title.tagName).to.equal('H4');
      expect(title.textContent).to.equal('Ring nu – skriv bagefter');
      expect(el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!)!.textContent).to.contain('Ring til kommunen nu');
      expect(el.shadowRoot!.activeElement === box, 'focus moved to it').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('acute danger without a beredskab says what to do instead', async () => {
      const el = await note();
      await pick(el, 'acute', 'yes');
      expect($(el, '.acute-alert .no-beredskab')).to.exist;
    });

    it('suspected abuse by a parent: said directly — do not talk with the parents, notify today — with the beredskab', async () => {
      const el = await inProvider({ beredskab });
      const answers = $$(el, 'input[name="parents.involved"]').map((r) => r.parentElement!.textContent!.trim());
      expect(answers).to.deep.equal(['Ja', 'Nej']);
      await pick(el, 'parents.involved', 'no');
      expect($(el, '.parents-guard')).to.equal(null);
      await pick(el, 'parents.notInvolvedReason', 'suspected-abuse-by-parent');
      const guard = $(el, '.parents-guard');
      expect(guard, 'shown').to.exist;
      const text = guard.textContent!.replace(/\s+/g, ' ');
      expect(el.shadowRoot!.getElementById(guard.getAttribute('aria-labelledby')!)!.textContent).to.equal('Tal ikke med forældrene om mistanken');
      expect(text).to.contain('Kommunen orienterer forældrene – ikke du.');
      expect(text).to.contain('Underret kommunen i dag: ring til beredskabet; uden for kontortid politiet på 114.');
      expect(text, 'not conditional').to.not.match(/hvis der ikke er mistanke|Er der mistanke/);
      const links = [...guard.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
      expect(links).to.include.members(['tel:114', 'tel:96171717']);
      expect(text).to.contain('Familierådgivningen, døgnvagt');
      expect(el.value!.parents).to.deep.include({ involved: false, notInvolvedReason: 'suspected-abuse-by-parent' });
      await aTimeout(10);
      const said = $$(el, '[role="status"]').map((s) => s.textContent).join(' ');
      expect(said).to.contain('Tal ikke med forældrene om mistanken');
      expect(said).to.contain('Underret kommunen i dag');
      await expect(el).to.be.accessible();
      await pick(el, 'parents.notInvolvedReason', 'other');
      expect($(el, '.parents-guard')).to.equal(null);
    });

    it('suspected abuse by a parent: the week’s conversation is with the child, who is listened to, not questioned', async () => {
      const el = await note();
      const withWhom = () => $$(el, 'input[name="firstConversation.with"]').find((r) => (r as HTMLInputElement).checked) as HTMLInputElement | undefined;
      expect(withWhom()?.value, 'child and family by default').to.equal('child-and-family');
      expect($(el, '.note.warn'), 'no such note without the suspicion').to.equal(null);
      await pick(el, 'parents.involved', 'no');
      await pick(el, 'parents.notInvolvedReason', 'suspected-abuse-by-parent');
      expect(withWhom()?.value).to.equal('child');
      const warn = $(el, '.note.warn').textContent!;
      expect(warn).to.contain('Spørg ikke barnet ud om mistanken');
      expect(warn).to.contain('skriv barnets egne ord ned');
      expect(warn).to.contain('Kommunen tager samtalen om mistanken');
      const who = $(el, 'spire-text-field[data-field="firstConversation.who"], [data-field="firstConversation.who"]');
      expect(who, 'who field').to.exist;
      await pick(el, 'firstConversation.with', 'family');
      expect(el.value!.firstConversation!.with).to.equal('family');
      expect($(el, '#field-firstConversation-with-error').textContent).to.contain('samtalen med barnet – ikke med familien');
      await pick(el, 'firstConversation.with', 'child');
      expect($(el, '#field-firstConversation-with-error')).to.equal(null);
    });

    it('is guidance, not record: neither guard-rail is printed', async () => {
      const el = await inProvider({ beredskab }, { ...completeDraft(), acute: true, parents: { involved: false, notInvolvedReason: 'suspected-abuse-by-parent' } });
      expect($(el, '.acute-alert')).to.exist;
      expect($(el, '.parents-guard')).to.exist;
      el.readonly = true;
      await settle(el);
      expect($(el, '.guard-rail')).to.equal(null);
      expect(el.shadowRoot!.textContent).to.contain('Ja, barnet er i akut fare');
    });
  });

  describe('decision', () => {
    for (const [decision, step] of [
      ['referral', 'referral'],
      ['notification', 'underretning'],
    ] as const) {
      it(`emits spire-next-step { step: '${step}' } after completion with ${decision}`, async () => {
        const el = await note(completeDraft());
        await pick(el, 'decision', decision);
        const event = oneEvent(el, 'spire-next-step');
        await el.submit();
        const { detail } = await event;
        expect(detail.step).to.equal(step);
        expect(detail.record.id).to.equal('cn-2026-11-ida');
        expect(detail.record.status).to.equal('completed');
      });
    }

    it('emits spire-next-step on the first completion only, not again on "Gem rettelse"', async () => {
      const el = await note({ ...completeDraft(), decision: 'notification' });
      const steps: string[] = [];
      el.addEventListener('spire-next-step', (e) => steps.push(e.detail.step));
      expect(await el.submit()).to.exist;
      expect(steps).to.deep.equal(['underretning']);
      await typeInto(el, 'actionsTaken', ' Talt med skolelederen.');
      expect($<HTMLButtonElement>(el, '.actions button.primary').textContent!.trim()).to.equal('Gem rettelse');
      const amended = await el.submit();
      expect(amended?.status).to.equal('amended');
      expect(steps, 'a correction that keeps the decision').to.deep.equal(['underretning']);
      // A completed note from the host: correcting it does not send the host on again either. Its own id:
      // the first note is still on the page, and one record open twice is two copies that share changes.
      const host = await note({ ...structuredClone(exampleConcernNote), id: 'cn-2026-11-host', decision: 'referral' });
      let fired = 0;
      host.addEventListener('spire-next-step', () => fired++);
      await typeInto(host, 'actionsTaken', ' Og med PPR.');
      expect(await host.submit()).to.exist;
      expect(fired).to.equal(0);
    });

    it('emits spire-next-step on a correction that changes the decision to an underretning', async () => {
      const el = await note(structuredClone(exampleConcernNote));
      const steps: string[] = [];
      el.addEventListener('spire-next-step', (e) => steps.push(e.detail.step));
      expect($(el, '[data-field="decision"]').closest('section')!.textContent, 'no next step offered yet').to.not.contain('gå videre');
      await pick(el, 'decision', 'notification');
      expect($(el, '[data-field="decision"]').closest('section')!.textContent, 'the correction will lead on').to.contain('gå videre til underretningen');
      const amended = await el.submit();
      expect(amended?.status).to.equal('amended');
      expect(steps).to.deep.equal(['underretning']);
      expect($(el, '[data-field="decision"]').closest('section')!.textContent, 'taken').to.not.contain('gå videre');
      await typeInto(el, 'actionsTaken', ' Ringet til kommunen.');
      await el.submit();
      expect(steps, 'not again once it is the decision').to.deep.equal(['underretning']);
      await pick(el, 'decision', 'referral');
      await el.submit();
      expect(steps, 'changed to an indstilling').to.deep.equal(['underretning', 'referral']);
    });

    for (const [decision, said] of [
      ['notification', 'Notatet er afsluttet. Underretningen er ikke sendt endnu – send den til kommunen nu.'],
      ['referral', 'Notatet er afsluttet. Indstillingen er ikke sendt endnu'],
      ['interdisciplinary-meeting', 'Notatet er afsluttet.'],
    ] as const) {
      it(`says after completion with ${decision} what is still to be done`, async () => {
        const el = await note({ ...completeDraft(), decision });
        expect(await el.submit()).to.exist;
        const notice = $(el, '.completed').textContent!.trim();
        expect(notice.startsWith(said), notice).to.equal(true);
        if (decision === 'interdisciplinary-meeting') expect(notice).to.equal(said);
        expect(el.shadowRoot!.activeElement === $(el, '.completed'), 'focus on the notice').to.equal(true);
      });
    }

    it('cannot be completed in acute danger or with suspected abuse by a parent without an underretning', async () => {
      const el = await note({ ...completeDraft(), acute: true, decision: 'interdisciplinary-meeting' });
      expect(await el.submit()).to.equal(undefined);
      expect($(el, '.error-summary').textContent).to.contain('skal du underrette kommunen');
      expect($(el, '#field-decision-error').textContent).to.contain('Vælg „Underretning til kommunen“');
      await pick(el, 'decision', 'notification');
      expect(await el.submit(), 'completes with an underretning').to.exist;
      const suspected = await note({ ...completeDraft(), parents: { involved: false, notInvolvedReason: 'suspected-abuse-by-parent' }, decision: 'referral' });
      expect(await suspected.submit()).to.equal(undefined);
      expect($(suspected, '.error-summary').textContent).to.contain('skal du underrette kommunen');
    });

    it('emits no next step for a tværfagligt møde', async () => {
      const el = await note(completeDraft());
      let fired = false;
      el.addEventListener('spire-next-step', () => (fired = true));
      expect(await el.submit()).to.exist;
      expect(fired).to.equal(false);
    });
  });

  describe('help within a week', () => {
    it('needs who will talk with the child or family to complete; "Senest den" defaults to a week from the day the note was written', async () => {
      // Observed three weeks ago, written two days ago: the week runs from the writing.
      const el = await note({ ...completeDraft(), observedAt: isoDaysFromToday(-21), createdAt: writtenDaysFromToday(-2), firstConversation: undefined });
      expect(await el.submit()).to.equal(undefined);
      expect($(el, '.error-summary').textContent).to.contain('Hvem taler med barnet eller familien?');
      expect(($(el, 'spire-date-field[data-field="firstConversation.by"]') as HTMLElement & { label: string }).label).to.equal('Senest den');
      // Who, with whom and by when are one plan, all asked for: none is marked "(frivilligt)".
      expect(($(el, 'spire-date-field[data-field="firstConversation.by"]') as HTMLElement & { optional: boolean }).optional).to.equal(false);
      expect($(el, 'input[name="firstConversation.with"]').closest('fieldset')!.querySelector('legend')!.textContent).to.not.contain('(frivilligt)');
      const who = $<HTMLInputElement>(el, 'input[data-field="firstConversation.who"]');
      who.focus();
      await sendKeys({ type: 'Mette Holm' });
      await settle(el);
      expect(el.value!.firstConversation).to.deep.include({ who: 'Mette Holm', with: 'child-and-family', by: isoDaysFromToday(5) });
      expect(await el.submit(), 'completes').to.exist;
    });

    it('never prefills "Senest den" with a day in the past: today, once the week has passed', async () => {
      const el = await note({ ...completeDraft(), createdAt: writtenDaysFromToday(-10), firstConversation: undefined });
      const who = $<HTMLInputElement>(el, 'input[data-field="firstConversation.who"]');
      who.focus();
      await sendKeys({ type: 'Mette Holm' });
      await settle(el);
      expect(el.value!.firstConversation!.by).to.equal(isoDaysFromToday(0));
      expect($(el, '.deadline').textContent).to.contain('overskredet med 3 dage');
    });

    it('shows the deadline with its state in words: days left, and overdue in error colour with text', async () => {
      const soon = await note({ ...fresh(), observedAt: isoDaysFromToday(-30), createdAt: writtenDaysFromToday(-4) });
      const line = $(soon, '.deadline');
      const said = line.textContent!.replace(/\s+/g, ' ').trim();
      expect(said).to.match(/^Frist: .+ – om 3 dage, og samtalen er ikke planlagt endnu$/);
      expect(said.match(/–/g), 'one dash, not two in a row').to.have.length(1);
      expect(line.classList.contains('late')).to.equal(false);
      const late = await note({ ...fresh(), createdAt: writtenDaysFromToday(-9) });
      const overdue = $(late, '.deadline');
      expect(overdue.textContent).to.contain('overskredet med 2 dage');
      expect(overdue.classList.contains('late')).to.equal(true);
      expect(getComputedStyle(overdue).color).to.not.equal(getComputedStyle($(soon, '.deadline')).color);
    });
  });

  describe('from a wellbeing check', () => {
    const check = (): WellbeingCheck => structuredClone(exampleWellbeingCheck);

    it('is prefilled from the check given as fromCheck, and says what it came from', async () => {
      const el = await inProvider({}, null, { fromCheck: check() });
      const value = el.value!;
      expect(value.links).to.deep.equal([{ kind: 'wellbeing-check', id: exampleWellbeingCheck.id }]);
      expect(value.worksWell).to.equal(exampleWellbeingCheck.strengths);
      expect($(el, '.origin').textContent).to.contain(`Oprettet fra trivselsvurdering ${exampleWellbeingCheck.round.label}`);
      await expect(el).to.be.accessible();
    });

    it('is rebuilt from a fromCheck set after it is shown, while it is the untouched draft it made itself', async () => {
      const el = await inProvider({}, null);
      const errors: string[] = [];
      el.addEventListener('spire-error', (e) => errors.push(e.detail.path));
      const made = el.value!;
      expect(made.links, 'an empty note first').to.deep.equal([]);
      el.fromCheck = check();
      await settle(el);
      expect(el.value!.id, 'the same note').to.equal(made.id);
      expect(el.value!.links).to.deep.equal([{ kind: 'wellbeing-check', id: exampleWellbeingCheck.id }]);
      expect(el.value!.worksWell).to.equal(exampleWellbeingCheck.strengths);
      expect($(el, '.origin').textContent).to.contain(exampleWellbeingCheck.round.label);
      expect(errors).to.deep.equal([]);
    });

    it('keeps a note already written in and reports a fromCheck that came too late', async () => {
      const el = await inProvider({}, null);
      const errors: { source: string; path: string; code: string; message: string }[] = [];
      el.addEventListener('spire-error', (e) => errors.push(e.detail));
      await typeInto(el, 'observations', 'Ida sad alene.');
      el.fromCheck = check();
      await settle(el);
      expect(el.value!.observations).to.equal('Ida sad alene.');
      expect(el.value!.links).to.deep.equal([]);
      expect(el.value!.worksWell).to.equal(undefined);
      expect(errors.map((e) => [e.source, e.path, e.code])).to.deep.equal([['config', 'fromCheck', 'from_check_too_late']]);
      expect(errors[0]!.message).to.contain('Sæt fromCheck, før notatet vises');
    });

    it('keeps a note the host gave: a check it links to names the round, another is reported', async () => {
      const linked = await inProvider({}, concernNoteFromCheck(check(), { author: exampleAuthor, locale: 'da' }));
      const linkedErrors: string[] = [];
      linked.addEventListener('spire-error', (e) => linkedErrors.push(e.detail.path));
      linked.fromCheck = check();
      await settle(linked);
      expect($(linked, '.origin').textContent).to.contain(exampleWellbeingCheck.round.label);
      expect(linkedErrors).to.deep.equal([]);
      const given = fresh();
      const other = await inProvider({}, given);
      const errors: string[] = [];
      other.addEventListener('spire-error', (e) => errors.push(`${e.detail.source}:${e.detail.path}`));
      other.fromCheck = check();
      await settle(other);
      expect(other.value!.id).to.equal(given.id);
      expect(other.value!.links).to.deep.equal([]);
      expect(errors).to.deep.equal(['config:fromCheck']);
    });

    it('opens a value made by concernNoteFromCheck and finds the check in the provider’s records', async () => {
      const value = concernNoteFromCheck(check(), { author: exampleAuthor, locale: 'da' });
      const el = await inProvider({}, value, { records: [check()] });
      expect($(el, '.origin').textContent).to.contain(exampleWellbeingCheck.round.label);
      const unknown = await note(value);
      expect($(unknown, '.origin').textContent).to.contain('Oprettet fra en trivselsvurdering');
    });
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await note({ ...completeDraft(), level: undefined, decision: undefined, firstConversation: undefined });
    // Level: Tab to the group, arrow keys to the step.
    const level = $<HTMLInputElement>(el, 'input[name="level"]');
    level.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(el.value!.level).to.equal('saarbar');
    const decision = $<HTMLInputElement>(el, 'input[name="decision"]');
    decision.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.value!.decision).to.equal('general-setting');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Mette Holm' });
    await settle(el);
    expect(el.value!.firstConversation?.who).to.equal('Mette Holm');
    // On to the submit button by Tab only.
    const submit = $<HTMLButtonElement>(el, '.actions button.primary');
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await sendKeys({ press: 'Tab' });
      reached = el.shadowRoot!.activeElement === submit;
    }
    expect(reached, 'submit reached by Tab').to.equal(true);
    const submitted = oneEvent(el, 'spire-submit');
    await sendKeys({ press: 'Enter' });
    expect((await submitted).detail.value.status).to.equal('completed');
  });

  it('adds whom the concern was discussed with as a list', async () => {
    const el = await note();
    $<HTMLButtonElement>(el, '[data-list="discussedWith"] .list-add').click();
    await settle(el);
    expect(el.value!.discussedWith).to.have.length(1);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-field')).to.equal('discussedWith.0.role');
    await sendKeys({ type: 'AKT-vejleder' });
    await settle(el);
    expect(el.value!.discussedWith[0]!.role).to.equal('AKT-vejleder');
  });

  it('speaks Danish and English, without a raw key', async () => {
    const el = await inProvider({ beredskab }, { ...completeDraft(), acute: true, parents: { involved: false, notInvolvedReason: 'suspected-abuse-by-parent' } });
    expect($(el, 'h2.title').textContent).to.equal('Bekymringsnotat');
    document.documentElement.setAttribute('lang', 'en');
    el.setAttribute('lang', 'en');
    await settle(el);
    await aTimeout(50);
    await settle(el);
    expect($(el, 'h2.title').textContent).to.equal('Concern note');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('Is the child in acute danger?');
    expect(text).to.contain('What may lie behind it?');
    expect(text).to.contain('Do not talk with the parents about the suspicion');
    expect(text).to.contain('The municipality informs the parents – not you.');
    expect(text).to.contain('Phone the municipality now; outside office hours, the police on 114.');
    expect(text).to.contain('If a life is in danger: call 112.');
    expect(($(el, 'spire-date-field[data-field="firstConversation.by"]') as HTMLElement & { label: string }).label).to.equal('No later than');
    expect(text).to.not.match(/concernNote\.|shared\.safeguarding/);
    expect(hasKey('concernNote.help.state.overdue', 'en')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('<spire-concern-note> in a host form', () => {
  it('Enter in a one-line field submits the host form, as in a native form; Enter in a text area makes a new line', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form action="#"><spire-concern-note name="note" .store=${new MemoryDraftStore()} .value=${completeDraft()}></spire-concern-note><button>Send</button></form>`,
    );
    const el = form.querySelector('spire-concern-note') as SpireConcernNote;
    await el.updateComplete;
    const sent: FormData[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sent.push(new FormData(form));
    });
    $(el, 'spire-text-area[data-field="observations"]').shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(sent, 'not from a text area').to.have.length(0);
    const line = el.shadowRoot!.querySelector<HTMLInputElement>('input[data-field="place"], input[type="text"]');
    expect(line, 'a one-line field').to.exist;
    const order: string[] = [];
    el.addEventListener('change', () => order.push('change'));
    form.addEventListener('submit', () => order.push('submit'));
    line!.focus();
    expect(order, 'the new line in the text area, committed as it was left').to.deep.equal(['change']);
    order.length = 0;
    await sendKeys({ type: 'x' });
    await sendKeys({ press: 'Enter' });
    expect(sent, 'implicit submission').to.have.length(1);
    expect(order, 'the edit committed before the form submits, as in a native form').to.deep.equal(['change', 'submit']);
    expect((JSON.parse(String(sent[0]!.get('note'))) as ConcernNote).status).to.equal('completed');
  });
});

describe('<spire-concern-note> input events', () => {
  it('a page listening on the document (capture or bubble) hears one input per keystroke in a nested text area, with the new note', async () => {
    const el = await note(completeDraft());
    const heard: string[] = [];
    const capture = (event: Event) => heard.push(`capture ${(event.target as Element).localName} ${el.value!.observations?.slice(-1)}`);
    const bubble = (event: Event) => heard.push(`bubble ${(event.target as Element).localName} ${el.value!.observations?.slice(-1)}`);
    document.addEventListener('input', capture, true);
    document.addEventListener('input', bubble);
    try {
      $(el, 'spire-text-area[data-field="observations"]').shadowRoot!.querySelector('textarea')!.focus();
      await sendKeys({ type: 'q' });
    } finally {
      document.removeEventListener('input', capture, true);
      document.removeEventListener('input', bubble);
    }
    expect(heard).to.deep.equal(['capture spire-concern-note q', 'bubble spire-concern-note q']);
  });
});

describe('<spire-concern-note> change events', () => {
  it('a page hears one change per committed edit: a choice, a row added or removed by a button, none for focus moving over unchanged fields', async () => {
    const el = await note(completeDraft());
    const heard: number[] = [];
    const count = () => heard.push(el.value!.discussedWith?.length ?? 0);
    document.addEventListener('change', count);
    try {
      const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"][name="level"]')];
      radios.find((r) => !r.checked)!.click();
      await el.updateComplete;
      expect(heard, 'a level chosen').to.have.length(1);
      const before = el.value!.discussedWith?.length ?? 0;
      const add = $(el, '[data-list="discussedWith"] .list-add');
      add.focus();
      add.click();
      await el.updateComplete;
      await aTimeout(0);
      expect(heard, 'a row added (focus moves to it): one change, after the record has it').to.deep.equal([before, before + 1]);
      (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
      $(el, '[data-list="discussedWith"] .list-remove').click();
      expect(heard, 'a row removed, by a click that gives no focus: at once, not at the next focus change').to.deep.equal([before, before + 1, before]);
      await el.updateComplete;
      await aTimeout(0);
      expect(heard, 'and only once').to.have.length(3);
      $(el, 'spire-text-area[data-field="observations"]').shadowRoot!.querySelector('textarea')!.focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(heard, 'fields left unchanged').to.have.length(3);
    } finally {
      document.removeEventListener('change', count);
    }
  });

  it('edits the host takes back (a form reset, another record) are not committed later', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><spire-concern-note name="note" .store=${new MemoryDraftStore()} .value=${completeDraft()}></spire-concern-note></form>`);
    const el = form.querySelector('spire-concern-note') as SpireConcernNote;
    await el.updateComplete;
    let changes = 0;
    const count = () => changes++;
    el.addEventListener('change', count);
    try {
      const area = () => $(el, 'spire-text-area[data-field="observations"]').shadowRoot!.querySelector('textarea')!;
      area().focus();
      await sendKeys({ type: 'x' });
      form.reset();
      await el.updateComplete;
      area().blur();
      await el.updateComplete;
      expect(changes, 'typed, then the form reset: nothing to commit').to.equal(0);
      area().focus();
      await sendKeys({ type: 'y' });
      el.value = { ...completeDraft(), id: 'cn-other' };
      await el.updateComplete;
      area().blur();
      await el.updateComplete;
      expect(changes, 'typed, then another record from the host: nothing to commit').to.equal(0);
      area().focus();
      await sendKeys({ type: 'z' });
      el.value = el.value;
      area().blur();
      await el.updateComplete;
      expect(changes, 'the same record written back (a two-way binding) keeps the edit').to.equal(1);
    } finally {
      el.removeEventListener('change', count);
    }
  });
});
