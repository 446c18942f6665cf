// Bad input from a host page (author, child, configuration, earlier records) is reported with
// spire-error and left unused: the widget keeps working and nothing the user typed is lost.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type WellbeingCheck } from '@spire/model';
import { exampleAuthor, exampleChild, exampleNetworkMap, exampleWellbeingCheck, exampleWellbeingCheckEarlier } from '@spire/model/examples';
import '../../wellbeing/define.js';
import '../../wellbeing/overview/define.js';
import '../provider/define.js';
import type { SpireProvider } from '../provider/provider.js';
import type { SpireWellbeingCheck } from '../../wellbeing/wellbeing-check.js';
import type { SpireWellbeingOverview } from '../../wellbeing/overview/overview.js';
import type { SpireErrorDetail } from '../events.js';
import { MemoryDraftStore } from '../drafts/memory-store.js';

async function inProvider(setup: Partial<SpireProvider>, widget = html`<spire-wellbeing-check></spire-wellbeing-check>`) {
  const errors: SpireErrorDetail[] = [];
  const provider = await fixture<SpireProvider>(
    html`<spire-provider .store=${new MemoryDraftStore()} @spire-error=${(e: CustomEvent<SpireErrorDetail>) => errors.push(e.detail)}>${widget}</spire-provider>`,
  );
  Object.assign(provider, setup);
  const el = provider.firstElementChild as SpireWellbeingCheck;
  await el.updateComplete;
  await el.updateComplete;
  return { provider, el, errors, text: () => el.shadowRoot!.textContent!.replace(/\s+/g, ' ') };
}

describe('bad host input', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'da'));

  it('leaves out earlier records the model rejects, reports each once, and still shows the trend', async () => {
    const records = [{ kind: 'wellbeing-check' }, null, 'x', { ...exampleWellbeingCheckEarlier, dimensions: 'none' }, exampleWellbeingCheckEarlier];
    const { el, errors } = await inProvider({ author: exampleAuthor, child: exampleChild, records: records as unknown as WellbeingCheck[] });
    await expect(el).to.be.accessible();
    expect(errors.map((e) => [e.source, e.path, e.code])).to.deep.equal([
      ['config', 'records.0.schemaVersion', 'required'],
      ['config', 'records.1', 'invalid_type'],
      ['config', 'records.2', 'invalid_type'],
      ['config', 'records.3.dimensions', 'invalid_type'],
    ]);
    for (const error of errors) expect(error.message).to.be.a('string').and.not.match(/^[a-z_.]+$/);
    const trend = el.shadowRoot!.querySelector('spire-wellbeing-trend') as unknown as { checks: WellbeingCheck[] };
    expect(trend.checks.map((c) => c.id)).to.deep.equal([exampleWellbeingCheckEarlier.id, el.value!.id]);
    el.requestUpdate();
    await el.updateComplete;
    expect(errors, 'reported once, not on every render').to.have.length(4);
  });

  it('leaves aside, unread, an earlier record of a kind the widget does not read; one of no known kind is still reported', async () => {
    // The wellbeing check reads earlier wellbeing checks only, and bundles only their schema: a broken
    // network map is not its to judge (validating it would need the network map's schema on the page).
    const records = [{ ...exampleNetworkMap, people: 'none' }, exampleWellbeingCheckEarlier, { ...exampleWellbeingCheckEarlier, kind: 'diary' }];
    const { el, errors } = await inProvider({ author: exampleAuthor, child: exampleChild, records: records as unknown as WellbeingCheck[] });
    expect(errors.map((e) => [e.source, e.path, e.code])).to.deep.equal([['config', 'records.2.kind', 'unknown_kind']]);
    const trend = el.shadowRoot!.querySelector('spire-wellbeing-trend') as unknown as { checks: WellbeingCheck[] };
    expect(trend.checks.map((c) => c.id)).to.deep.equal([exampleWellbeingCheckEarlier.id, el.value!.id]);
  });

  it('does not start a record for a child or an author the model rejects, and says what is missing', async () => {
    const { el, errors, text } = await inProvider({ author: { name: '', role: 'pædagog' } as never, child: { displayName: 'Ida' } as never });
    expect(el.value).to.equal(undefined);
    expect(errors.map((e) => [e.path, e.code])).to.deep.include.members([
      ['author.name', 'required'],
      ['child.id', 'required'],
    ]);
    expect(text()).to.include('mangler gyldige oplysninger om den fagperson, der skriver / barnet');
    expect(text()).not.to.match(/wellbeing\.|undefined/);
    await expect(el).to.be.accessible();
  });

  it('starts the record once the host corrects the child', async () => {
    const { provider, el, errors } = await inProvider({ author: exampleAuthor, child: { ...exampleChild, context: 'kontor' } as never });
    expect(errors.map((e) => [e.path, e.code])).to.deep.equal([['child.context', 'invalid_value']]);
    expect(el.value).to.equal(undefined);
    provider.child = exampleChild;
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value?.child).to.deep.equal(exampleChild);
  });

  it('keeps a record the host opened even when the author setting is broken', async () => {
    const { el, errors } = await inProvider({ author: { name: 'Mette' } as never, child: exampleChild }, html`<spire-wellbeing-check .value=${structuredClone(exampleWellbeingCheck)}></spire-wellbeing-check>`);
    expect(errors.map((e) => e.path)).to.deep.equal(['author.role']);
    expect(el.value?.id).to.equal(exampleWellbeingCheck.id);
  });

  it('leaves out language rules the model rejects, and keeps the default nudges', async () => {
    const { el, errors } = await inProvider({ author: exampleAuthor, child: exampleChild, config: { languageRules: [{ id: 'x', locale: 'da', kind: 'label', phrases: [''], suggestion: 'Beskriv' }] } });
    expect(errors.map((e) => [e.path, e.code])).to.deep.equal([['languageRules.0.phrases.0', 'required']]);
    const area = el.shadowRoot!.querySelector('[data-field="strengths"]') as HTMLElement & { value: string; updateComplete: Promise<boolean> };
    area.focus();
    await sendKeys({ type: 'Hun er altid glad.' });
    await aTimeout(300); // nudges wait for a pause in typing
    await area.updateComplete;
    const nudges = [...area.shadowRoot!.querySelectorAll('.nudges li')].map((li) => li.textContent!);
    expect(nudges, 'one nudge for "altid", none for an empty phrase').to.have.length(1);
  });

  it('reports in English when the page is English', async () => {
    document.documentElement.lang = 'en';
    const { errors, text } = await inProvider({ author: exampleAuthor, child: { ...exampleChild, id: 'has spaces' } });
    expect(errors[0]).to.include({ path: 'child.id', code: 'invalid_format' });
    expect(errors[0]!.message).to.match(/[A-Z][a-z]/);
    expect(text()).to.include('missing valid details of the child');
  });
});

describe('bad host input: <spire-wellbeing-overview>', () => {
  it('counts only the checks the model accepts, and uses the provider’s instrument', async () => {
    const instrument = structuredClone((await import('@spire/model')).defaultInstrument);
    instrument.dimensions = instrument.dimensions.slice(0, 2);
    const good = Array.from({ length: 4 }, (_, i) => ({ ...structuredClone(exampleWellbeingCheck), id: `c${i}`, child: { ...exampleChild, id: `child-${i}` } }));
    const { el, errors } = await inProvider(
      { config: { instrument } },
      html`<spire-wellbeing-overview .checks=${[...good, { kind: 'wellbeing-check', id: 'x' }]}></spire-wellbeing-overview>`,
    );
    const overview = el as unknown as SpireWellbeingOverview;
    await expect(overview).to.be.accessible();
    expect(errors.map((e) => [e.path, e.code])).to.deep.equal([['checks.4.schemaVersion', 'required']]);
    const rows = [...overview.shadowRoot!.querySelectorAll('tbody tr')].map((r) => r.querySelector('th')!.textContent!.trim());
    expect(rows).to.deep.equal(['Relationer og fællesskab', 'Følelser og selvværd', 'Samlet position']);
    expect(overview.shadowRoot!.textContent).to.include('4 børn');
  });

  it('keeps hiding small counts when the threshold attribute is not a number', async () => {
    const good = Array.from({ length: 4 }, (_, i) => ({ ...structuredClone(exampleWellbeingCheck), id: `c${i}`, child: { ...exampleChild, id: `child-${i}` } }));
    good[0]!.overall = { ...good[0]!.overall, position: 'red', overrideReason: 'Set over hele året' };
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview threshold="tre" .checks=${good}></spire-wellbeing-overview>`);
    const overall = el.shadowRoot!.querySelector('tr.overall')!;
    // rød 1 and gul 3 of four: the row can only be shown as hidden (a lone count would tell the rest).
    const counts = [...overall.querySelectorAll('td:not(:last-child)')].map((td) => td.textContent!.trim());
    expect(counts.length).to.be.above(0);
    expect(counts.every((c) => /skjult/i.test(c)), counts.join()).to.equal(true);
  });
});
