// Hostile settings: what a host gives besides a record — the provider's author, child, earlier records,
// strings, store, instrument, language rules, beredskab and locale; the overview's checks, instrument and
// attributes; the referral status's value and its outcome note. The Big List and our payloads through every
// text of each: the model's refusals reported with `spire-error` and a path (never thrown), what it takes
// shown as text, nothing run, nothing injected, and the widget still usable.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import {
  Author,
  Beredskab,
  ChildRef,
  Instrument,
  LanguageRules,
  type Referral,
  type SpireRecord,
  type WellbeingCheck,
  defaultInstrument,
  parseRecord,
  parseWith,
} from '@spire/model';
import { exampleAuthor, exampleChild, exampleUnderretning, exampleWellbeingCheck, exampleWellbeingCheckEarlier } from '@spire/model/examples';
import '../../packages/elements/src/shared/provider/define.js';
import '../../packages/elements/src/wellbeing/define.js';
import '../../packages/elements/src/wellbeing/overview/define.js';
import '../../packages/elements/src/referral/status/define.js';
import { MemoryDraftStore } from '../../packages/elements/src/shared/drafts/memory-store.js';
import { checkStringOverrides, normalizeLocale } from '../../packages/elements/src/shared/i18n/i18n.js';
import {
  type Path,
  PAYLOADS,
  armCanary,
  deepText,
  getAt,
  hostileStrings,
  idle,
  injected,
  inspect,
  listenForErrors,
  primitiveLeaves,
  rounds,
  setAt,
  settingStorm,
  typeInto,
  userText,
} from './hostile.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; value?: SpireRecord; submit(): Promise<SpireRecord | undefined> };
type Provider = HTMLElement & Record<string, unknown> & { updateComplete: Promise<boolean> };

/** A check with rød in a safeguarding area, so the guard-rail and the beredskab show too. */
const draftCheck = (): WellbeingCheck => {
  const check: WellbeingCheck = { ...structuredClone(exampleWellbeingCheck), status: 'draft' };
  check.dimensions = check.dimensions.map((d) => (d.dimensionId === 'safety-care' ? { ...d, position: 'red', justification: 'Ida siger, hun er bange.' } : d));
  check.strengths = `${check.strengths} Hun er en vildbasse.`;
  return check;
};
const recordText = (record: unknown) => primitiveLeaves(record).map((p) => String(getAt(record, p))).join(' ');
const beredskab = { phone: '96 17 17 17', url: 'https://kommune.example/beredskab', label: 'Familierådgivningen, døgnvagt' };
const rules = [{ id: 'k-1', locale: 'da', kind: 'label', phrases: ['vildbasse'], suggestion: 'Beskriv situationen.' }];

describe('hostile settings', function () {
  this.timeout(60_000);
  let strings: string[];
  let canary: ReturnType<typeof armCanary>;
  before(async () => (strings = await hostileStrings()));
  beforeEach(() => (canary = armCanary()));
  afterEach(() => canary.disarm());

  async function inProvider(value?: WellbeingCheck) {
    const provider = await fixture<Provider>(html`<spire-provider
      locale="da"
      .author=${exampleAuthor}
      .child=${exampleChild}
      .store=${new MemoryDraftStore()}
      .records=${[exampleWellbeingCheckEarlier]}
      .config=${{ beredskab, languageRules: rules }}
    >
      <form><spire-wellbeing-check name="check" .value=${value}></spire-wellbeing-check></form>
    </spire-provider>`);
    const el = provider.querySelector('spire-wellbeing-check') as Widget;
    const errors = listenForErrors(provider);
    await idle(el);
    const formData = () => JSON.parse(String(new FormData(provider.querySelector('form')!).get('check'))) as unknown;
    return { provider, el, errors, formData };
  }

  /** Still usable: the check it holds is submitted. */
  async function usable(el: Widget) {
    el.value = draftCheck();
    await idle(el);
    expect(await el.submit(), 'submitted after the storm').to.exist;
  }

  it("the provider's author and child: every text of each (a new record is made from them), refusals with their path", async () => {
    const { provider, el, errors, formData } = await inProvider();
    // Each round the widget makes a new record from the provider's author and child (value = undefined).
    const make = async () => {
      el.value = undefined;
      await el.updateComplete;
    };
    const shown = () => `${deepText(el)} ${recordText(formData())}`;
    await settingStorm({
      name: 'author', base: exampleAuthor, validate: (input) => parseWith(Author, input), view: el, errors, shown, strings, ran: canary.ran,
      apply: async (input) => {
        provider.author = input;
        await make();
      },
    });
    await settingStorm({
      name: 'child', base: { ...exampleChild, birthDate: '2020-03-01' }, validate: (input) => parseWith(ChildRef, input), view: el, errors, shown, strings, ran: canary.ran,
      leaves: primitiveLeaves(exampleChild).concat([['birthDate']]),
      apply: async (input) => {
        provider.child = input;
        await make();
      },
    });
    provider.author = exampleAuthor;
    provider.child = exampleChild;
    await usable(el);
  });

  it("the provider's earlier records: every text of last round's check (follow-ups, trend), refusals as records.0.…", async () => {
    const { provider, el, errors } = await inProvider(draftCheck());
    const base = [lastRoundWithAgreements()];
    await settingStorm({
      name: 'records',
      base,
      // Its texts; its structure stays (a record of another kind, another child or this round would not be last round's check).
      leaves: primitiveLeaves(base).filter((p) => typeof getAt(base, p) === 'string' && !['id', 'kind', 'status', 'child'].includes(String(p[1])) && p[2] !== 'id'),
      validate: (input) => {
        for (const [i, record] of (input as unknown[]).entries()) {
          const parsed = parseRecord(record);
          if (!parsed.ok) return { ok: false, issues: [{ path: [i, ...parsed.issues[0]!.path] }] };
        }
        return { ok: true };
      },
      view: el, errors, shown: () => deepText(el), strings, ran: canary.ran,
      apply: (input) => void (provider.records = input),
    });
    provider.records = [exampleWellbeingCheckEarlier];
    await usable(el);
  });

  it("the provider's instrument, language rules and beredskab: every text, refusals with their path", async () => {
    const { provider, el, errors } = await inProvider(draftCheck());
    const config = { beredskab, languageRules: rules };
    const shown = () => deepText(el);
    await settingStorm({
      name: 'instrument', base: defaultInstrument, validate: (input) => parseWith(Instrument, input), view: el, errors, shown, strings, ran: canary.ran,
      // Texts, not ids: an instrument with other ids is another instrument (its own test below).
      leaves: primitiveLeaves(defaultInstrument).filter((p) => typeof getAt(defaultInstrument, p) === 'string' && p.at(-1) !== 'id' && p.at(-1) !== 'dimensionId'),
      apply: (input) => void (provider.config = { ...config, instrument: input }),
    });
    await settingStorm({
      name: 'languageRules', base: rules, validate: (input) => parseWith(LanguageRules, input), view: el, errors, shown, strings, ran: canary.ran,
      apply: (input) => void (provider.config = { ...config, languageRules: input }),
    });
    await settingStorm({
      name: 'beredskab', base: beredskab, validate: (input) => parseWith(Beredskab, input), view: el, errors, shown, strings, ran: canary.ran,
      apply: (input) => void (provider.config = { ...config, beredskab: input }),
    });
    // Every string as an instrument's id and a rule's phrase, at once: refused or taken, never a throw.
    await settingStorm({
      name: 'instrument', base: defaultInstrument, validate: (input) => parseWith(Instrument, input), view: el, errors, shown, strings, ran: canary.ran,
      leaves: primitiveLeaves(defaultInstrument).filter((p) => p.at(-1) === 'id'),
      apply: (input) => void (provider.config = { ...config, instrument: input }),
    });
    provider.config = config;
    await usable(el);
  });

  it("the provider's strings (as texts and as keys), store and locale", async () => {
    const { provider, el, errors } = await inProvider(draftCheck());
    const base = { da: { wellbeing: { check: { title: 'Titel', strengths: { label: 'Styrker' } } }, shared: { actions: { print: 'Udskriv' }, print: { confidential: 'Fortroligt' } } } };
    await settingStorm({
      name: 'strings', base, validate: checkStringOverrides, view: el, errors, shown: () => deepText(el), strings, ran: canary.ran, templates: true,
      apply: (input) => void (provider.strings = input),
    });
    // Every string as a key, in one object: i18next takes them as keys (no prototype is touched).
    provider.strings = { da: Object.fromEntries(strings.map((s, i) => [s, `v${i}`])), en: JSON.parse(`{${strings.map((s, i) => `${JSON.stringify(s)}: "w${i}"`).join(',')}}`) };
    await idle(el);
    expect(({} as Record<string, unknown>).v0, 'no prototype polluted').to.equal(undefined);
    expect(Object.keys(Object.prototype)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('h2.title')!.textContent).to.equal('Trivselsvurdering');
    provider.strings = undefined;
    // Each string as the locale: refused with the path, the language stays.
    for (const text of strings) {
      errors.length = 0;
      provider.locale = text;
      await provider.updateComplete;
      await null;
      expect(errors.map((e) => e.path), JSON.stringify(text.slice(0, 40))).to.deep.equal(normalizeLocale(text) ? [] : ['locale']);
      expect(provider.getAttribute('lang')).to.equal(normalizeLocale(text) ?? 'da');
    }
    // Each payload as the store: refused with the path. The store is asked when a record opens: a record of its own for each.
    for (const [i, text] of PAYLOADS.entries()) {
      errors.length = 0;
      provider.store = text;
      el.value = { ...draftCheck(), id: `store-${i}` };
      await idle(el);
      for (let wait = 0; wait < 20 && !errors.some((e) => e.path === 'store'); wait++) await aTimeout(5);
      expect(errors.map((e) => e.path), JSON.stringify(text.slice(0, 40))).to.include('store');
    }
    expect(canary.ran).to.deep.equal([]);
    provider.store = new MemoryDraftStore();
    provider.locale = 'da';
    await usable(el);
  });

  it('the overview: checks (their texts never shown — counts only), its instrument, and group-label, context, heading-level, threshold and group-size attributes', async () => {
    const checks = Array.from({ length: 6 }, (_, i): WellbeingCheck => ({ ...structuredClone(exampleWellbeingCheck), id: `o-${i}`, child: { ...exampleChild, id: `o-child-${i}` } }));
    const el = await fixture<Widget>(html`<spire-wellbeing-overview group-label="0.B" .checks=${checks}></spire-wellbeing-overview>`);
    const errors = listenForErrors(el);
    await idle(el);
    const clean = inspect(el);
    // The checks' texts: refused ones with checks.N.…; taken ones never on screen (counts only).
    const textLeaves = primitiveLeaves(checks[0]).filter((p) => typeof getAt(checks[0], p) === 'string' && !/Id$|^id$|^kind$|^status$|At$|^at$|On$|^context$|^position$|^action$|^type$|^method$/.test(String(p.at(-1))));
    let refused = 0;
    for (const batch of rounds(strings, textLeaves.length)) {
      const hostile = checks.map((check, c) => textLeaves.reduce((r, path, i) => setAt(r, path, batch[(i + c) % batch.length]), check));
      errors.length = 0;
      (el as Widget & { checks: unknown }).checks = hostile;
      await idle(el);
      const expected = hostile.flatMap((check, i) => {
        const parsed = parseRecord(check, 'wellbeing-check');
        return parsed.ok ? [] : [`checks.${i}.${parsed.issues[0]!.path.join('.')}`];
      });
      refused += expected.length;
      expect(errors.map((e) => e.path), 'refused checks').to.deep.equal(expected);
      const text = userText(deepText(el));
      for (const value of batch) if (userText(value).length > 3 && !/^\d|^[\s\p{P}]+$/u.test(userText(value))) expect(text.includes(userText(value)), `a check's text on screen: ${value.slice(0, 40)}`).to.equal(false);
      expect(canary.ran).to.deep.equal([]);
      expect(injected(clean, inspect(el))).to.deep.equal([]);
    }
    expect(refused, 'checks the model refused').to.be.greaterThan(0);
    (el as Widget & { checks: unknown }).checks = checks;
    // The instrument's labels: row headers, as text.
    await settingStorm({
      name: 'instrument', base: defaultInstrument, validate: (input) => parseWith(Instrument, input), view: el, errors, shown: () => deepText(el), strings, ran: canary.ran,
      leaves: defaultInstrument.dimensions.map((_, i) => ['dimensions', i, 'label', 'da'] as Path),
      apply: (input) => void ((el as Widget & { instrument: unknown }).instrument = input),
    });
    (el as Widget & { instrument: unknown }).instrument = undefined;
    // Attributes: group-label shown as text; the others refused with their path or ignored, never NaN or a throw.
    const widget = el as Widget & { context?: string; headingLevel?: number };
    for (const text of strings) {
      // From valid attributes each time: a setting is checked once per value, and two strings may read as one number.
      el.setAttribute('context', 'skole');
      el.setAttribute('heading-level', '2');
      await el.updateComplete;
      errors.length = 0;
      for (const name of ['group-label', 'context', 'heading-level', 'threshold', 'group-size']) el.setAttribute(name, text);
      // Reports go out once the update is over.
      await el.updateComplete;
      await null;
      const level = widget.headingLevel;
      const expected = [
        ...(['dagtilbud', 'skole', 'sfo', 'fritid', 'hjem'].includes(widget.context!) ? [] : ['context']),
        ...(typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6 ? [] : ['headingLevel']),
      ];
      const shown = userText(deepText(el));
      const label = userText(text);
      if (label) expect(shown.includes(label), `group-label as text: ${JSON.stringify(label.slice(0, 40))}`).to.equal(true);
      expect(label ? shown.split(label).join(' ') : shown, 'no NaN, undefined or [object Object]').not.to.match(/\bNaN\b|\bundefined\b|\[object Object\]/);
      expect(errors.map((e) => e.path), JSON.stringify(text.slice(0, 40))).to.deep.equal(expected);
      expect(canary.ran).to.deep.equal([]);
      expect(injected(clean, inspect(el))).to.deep.equal([]);
    }
  });

  it("the referral status: every text of the referral it shows, and the outcome note typed, as text", async () => {
    const sent = (): Referral => ({ ...structuredClone(exampleUnderretning), status: 'receipt-confirmed', statusHistory: [...exampleUnderretning.statusHistory, { status: 'receipt-confirmed', at: '2026-11-20T09:00:00Z' }] });
    const el = await fixture<Widget>(html`<spire-referral-status .value=${sent()} .now=${new Date('2026-11-21T10:00:00Z')}></spire-referral-status>`);
    const errors = listenForErrors(el);
    await idle(el);
    const base = sent();
    await settingStorm({
      name: 'value', base, validate: (input) => parseRecord(input, 'referral'), view: el, errors, shown: () => deepText(el), strings, ran: canary.ran,
      leaves: [['childDetails', 'name'], ['recipient', 'name']],
      apply: (input) => void (el.value = input as SpireRecord),
    });
    el.value = base;
    await idle(el);
    // The outcome note: each payload typed, recorded with an outcome, shown and emitted as text.
    let recorded = 0;
    for (const text of PAYLOADS.filter((p) => p.length <= 2000)) {
      el.value = sent();
      await idle(el);
      el.shadowRoot!.querySelector<HTMLInputElement>('input[name="outcome"]')!.click();
      const note = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#outcome-note')!;
      typeInto(note, text);
      let emitted: Referral | undefined;
      el.addEventListener('spire-referral-status', (e) => (emitted = (e as CustomEvent).detail.value), { once: true });
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="record-outcome"]')!.click();
      await idle(el);
      const kept = note.value.trim();
      if (emitted) {
        recorded++;
        expect(emitted.outcome?.note ?? '', 'the note as typed').to.equal(kept);
      }
      expect(canary.ran).to.deep.equal([]);
      expect(inspect(el).unsafe).to.deep.equal([]);
    }
    expect(recorded, 'outcomes recorded').to.be.greaterThan(0);
  });
});

/** Last round's check with agreements to follow up and a note of its own in every text. */
function lastRoundWithAgreements(): WellbeingCheck {
  return {
    ...structuredClone(exampleWellbeingCheckEarlier),
    wonderings: 'Undren',
    agreements: [{ id: 'agr-0', goal: 'Et mål', action: 'En handling', responsible: 'Mette Holm', followUpOn: '2026-04-01' }],
  };
}
