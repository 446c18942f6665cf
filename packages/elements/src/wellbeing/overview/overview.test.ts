import { expect, fixture, html } from '@open-wc/testing';
import { type Position, type WellbeingCheck } from '@spire/model';
import { exampleWellbeingCheck, exampleWellbeingCheckEarlier } from '@spire/model/examples';
import { SpireWellbeingOverview } from './overview.js';
import { SpireWellbeingTrend } from '../trend/trend.js';
import './define.js';
import '../trend/define.js';
import { inlineStyleAttributes } from '../../../../../test/csp.js';
import '../../shared/provider/define.js';

import './define.js';
import '../trend/define.js';
import '../../shared/provider/define.js';

function checkFor(childId: string, relations: Position): WellbeingCheck {
  const check = structuredClone(exampleWellbeingCheck);
  check.child = { ...check.child, id: childId, displayName: `Barn ${childId}` };
  check.dimensions[0] = { dimensionId: 'relations', position: relations, justification: 'x' };
  check.overall = { position: relations };
  return check;
}
const group = [...'abcdef'].map((id) => checkFor(id, 'green')).concat([...'ghi'].map((id) => checkFor(id, 'yellow')), [checkFor('j', 'red')]);

function cells(el: HTMLElement, row: number): string[] {
  const tr = el.shadowRoot!.querySelectorAll('tbody tr')[row]!;
  return [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim());
}

describe('<spire-wellbeing-overview>', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'da'));
  const rawText = /\bwellbeing\.|controls\.|shared\.|undefined|null|NaN|\[object Object\]|\{\{/;

  it('is accessible and shows counts per dimension as a table, never names', async () => {
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview group-label="0.B" .checks=${group}></spire-wellbeing-overview>`);
    await expect(el).to.be.accessible();
    // gul 3, rød 1, ikke vurderet 0: 1 and 0 hidden, and gul with them so neither can be worked out.
    expect(cells(el, 0)).to.deep.equal(['6', 'skjult', 'skjult', 'skjult', '10']);
    expect(el.shadowRoot!.querySelector('[role=heading]')!.textContent).to.equal('Trivselsoverblik for 0.B');
    expect(inlineStyleAttributes(el), 'no style attributes (strict CSP)').to.deep.equal([]);
    expect([...el.shadowRoot!.querySelectorAll('.bar')][0]!.querySelectorAll('rect').length).to.equal(2);
    expect([...[...el.shadowRoot!.querySelectorAll('.bar')][0]!.querySelectorAll('rect')].map((r) => [r.getAttribute('data-position'), r.getAttribute('width')])).to.deep.equal([['green', '6'], ['hidden', '4']]);
    expect(el.shadowRoot!.textContent).not.to.contain('Barn');
    const headers = [...el.shadowRoot!.querySelectorAll('tbody th[scope=row]')].map((th) => th.textContent!.trim());
    expect(headers[0]).to.equal('Relationer og fællesskab');
    expect(headers.at(-1)).to.equal('Samlet position');
  });

  it('hides 0 like any small count, and explains the hiding', async () => {
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview .checks=${group}></spire-wellbeing-overview>`);
    expect(cells(el, 0)).not.to.include('0');
    expect(el.shadowRoot!.textContent).to.contain('Antal under 3, også 0, er skjult');
    await expect(el).to.be.accessible();
  });

  it('shows a row where everyone shares one position as hidden to protect the children', async () => {
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview .checks=${group}></spire-wellbeing-overview>`);
    // feelings is grøn for all ten
    const td = el.shadowRoot!.querySelectorAll('tbody tr')[1]!.querySelector('td')!;
    expect(td.textContent!.trim()).to.equal('Skjult for at beskytte børnene');
    expect(td.getAttribute('colspan')).to.equal('4');
    expect(cells(el, 1)).to.deep.equal(['Skjult for at beskytte børnene', '10']);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')[1]!.querySelectorAll('.bar rect[data-position=green]')).to.have.length(0);
  });

  it('never uses a threshold below 3 and says so, in Danish and English', async () => {
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview threshold="0" .checks=${group}></spire-wellbeing-overview>`);
    expect(cells(el, 0)).to.deep.equal(['6', 'skjult', 'skjult', 'skjult', '10']);
    expect(el.shadowRoot!.querySelector('[role=note]')!.textContent).to.equal('Grænsen 0 er for lav til at beskytte børnene. Overblikket bruger 3.');
    await expect(el).to.be.accessible();
    const en = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview lang="en" .threshold=${1} .checks=${group}></spire-wellbeing-overview>`);
    expect(en.shadowRoot!.textContent).to.contain('The threshold 1 is too low to protect the children. The overview uses 3.');
  });

  it('says how many were assessed, roughly below 10, which setting and what counts', async () => {
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview group-size="22" .checks=${group}></spire-wellbeing-overview>`);
    expect(el.shadowRoot!.querySelector('.n')!.textContent).to.equal('Vurderet: 10 af 22 børn');
    expect(el.shadowRoot!.querySelector('.scope')!.textContent).to.equal('Kun afsluttede fælles vurderinger tæller – den nyeste for hvert barn. Sammenhæng: skole.');
    const few = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview group-size="22" .checks=${group.slice(0, 8)}></spire-wellbeing-overview>`);
    expect(few.shadowRoot!.querySelector('.n')!.textContent).to.equal('Vurderet: færre end 10 af 22 børn');
    const en = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview lang="en" group-size="22" .checks=${group.slice(0, 8)}></spire-wellbeing-overview>`);
    expect(en.shadowRoot!.querySelector('.n')!.textContent).to.equal('Assessed: fewer than 10 of 22 children');
    expect(en.shadowRoot!.querySelector('.scope')!.textContent).to.contain('Only completed joint assessments count');
  });

  it('counts only completed joint assessments in the setting asked for', async () => {
    const draft = { ...checkFor('k', 'red'), status: 'draft' as const };
    const individual = { ...checkFor('l', 'red'), assessment: { type: 'individual' as const, participants: [] } };
    const sfo = [...'mnop'].map((id) => ({ ...checkFor(id, 'red'), child: { ...checkFor(id, 'red').child, context: 'sfo' as const } }));
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview .checks=${[...group, draft, individual, ...sfo]}></spire-wellbeing-overview>`);
    expect(cells(el, 0).at(-1)).to.equal('10');
    const inSfo = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview context="sfo" .checks=${[...group, ...sfo]}></spire-wellbeing-overview>`);
    expect(inSfo.shadowRoot!.querySelector('.scope')!.textContent).to.contain('Sammenhæng: SFO.');
    expect(cells(inSfo, 0)).to.deep.equal(['Skjult for at beskytte børnene', '4']);
    const events: CustomEvent[] = [];
    const typo = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview context="skolen" @spire-error=${(e: CustomEvent) => events.push(e)} .checks=${group}></spire-wellbeing-overview>`);
    await typo.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(events.map((e) => e.detail.path)).to.include('context');
    expect(typo.shadowRoot!.querySelector('.scope')!.textContent).to.contain('skole');
  });

  it('shows nothing but an explanation when fewer than the threshold were assessed', async () => {
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview group-size="20" .checks=${group.slice(0, 2)}></spire-wellbeing-overview>`);
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Færre end 3 børn har en afsluttet fælles vurdering');
    const none = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview .checks=${[]}></spire-wellbeing-overview>`);
    expect(none.shadowRoot!.textContent).to.contain('ingen afsluttede fælles vurderinger');
  });

  it('counts children without a check as not assessed', async () => {
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview group-size="13" .checks=${group}></spire-wellbeing-overview>`);
    // rød 1 alone would be hidden with gul 3; then ikke vurderet 3 (the smallest shown) would tell rød is below 3, so it goes too.
    expect(cells(el, 0)).to.deep.equal(['6', 'skjult', 'skjult', 'skjult', '13']);
    // every assessed child is grøn in feelings: the three without a check would not hide that
    expect(cells(el, 1)).to.deep.equal(['Skjult for at beskytte børnene', '13']);
  });

  it('speaks English, and neither language shows raw keys', async () => {
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview lang="en" threshold="2" .checks=${group}></spire-wellbeing-overview>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('thead')!.textContent).to.contain('Not assessed');
    expect(cells(el, 0)[1]).to.equal('hidden');
    expect(cells(el, 1)[0]).to.equal('Hidden to protect the children');
    expect(el.shadowRoot!.querySelector('tbody th')!.textContent).to.contain('Relationships and belonging');
    expect(el.shadowRoot!.textContent).not.to.match(rawText);
    const da = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview threshold="2" group-size="22" .checks=${group}></spire-wellbeing-overview>`);
    expect(da.shadowRoot!.textContent).not.to.match(rawText);
    const titles = [...da.shadowRoot!.querySelectorAll('[title]'), ...el.shadowRoot!.querySelectorAll('[title]')].map((e) => e.getAttribute('title')!);
    expect(titles.join(' ')).not.to.match(rawText);
    document.documentElement.setAttribute('lang', 'en');
    const inherits = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview .checks=${group}></spire-wellbeing-overview>`);
    expect(inherits.shadowRoot!.querySelector('[role=heading]')!.textContent).to.equal('Wellbeing overview');
  });
});

describe('<spire-wellbeing-trend>', () => {
  it('shows each dimension across rounds, oldest first, with text as well as shape', async () => {
    const el = await fixture<SpireWellbeingTrend>(html`<spire-wellbeing-trend .checks=${[exampleWellbeingCheck, exampleWellbeingCheckEarlier]}></spire-wellbeing-trend>`);
    await expect(el).to.be.accessible();
    const columns = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(columns).to.deep.equal(['Område', 'Forår 2026', 'Efterår 2026']);
    expect(cells(el, 0)).to.deep.equal(['Grøn', 'Gul']);
    expect(el.shadowRoot!.querySelectorAll('tbody tr:first-child .position-mark svg')).to.have.length(2);
  });

  it('says so when there is nothing to compare', async () => {
    const el = await fixture<SpireWellbeingTrend>(html`<spire-wellbeing-trend .checks=${[exampleWellbeingCheck]}></spire-wellbeing-trend>`);
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('ingen tidligere vurderinger');
  });
});

describe('<spire-wellbeing-overview> in a provider', () => {
  it("takes the threshold from the municipality's configuration, never below 3", async () => {
    const provider = await fixture(html`<spire-provider .config=${{ overviewThreshold: 7 }}><spire-wellbeing-overview .checks=${group}></spire-wellbeing-overview></spire-provider>`);
    const el = provider.querySelector('spire-wellbeing-overview')!;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Antal under 7');
    const low = await fixture(html`<spire-provider .config=${{ overviewThreshold: 1 }}><spire-wellbeing-overview .checks=${group}></spire-wellbeing-overview></spire-provider>`);
    const lowEl = low.querySelector('spire-wellbeing-overview')!;
    await lowEl.updateComplete;
    expect(cells(lowEl, 0)).to.deep.equal(['6', 'skjult', 'skjult', 'skjult', '10']);
    expect(lowEl.shadowRoot!.textContent).to.contain('Overblikket bruger 3');
  });
});

describe('headings and order that fit the host page', () => {
  it('takes the heading level from the host, and reports one outside 1–6', async () => {
    const errors: { path: string }[] = [];
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview heading-level="3" .checks=${group}></spire-wellbeing-overview>`);
    expect(el.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
    const bad = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview heading-level="9" .checks=${group} @spire-error=${(e: CustomEvent) => errors.push(e.detail)}></spire-wellbeing-overview>`);
    await bad.updateComplete;
    expect(bad.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('2');
    expect(errors.map((e) => e.path)).to.deep.equal(['headingLevel']);
    expect(el.shadowRoot!.querySelector('[role=region]'), 'the scrolling table is no landmark').to.equal(null);
  });

  it('shows the current round first in a narrow trend, oldest first in a wide one', async () => {
    const now = { ...structuredClone(exampleWellbeingCheck), id: 'now' };
    const heads = (el: SpireWellbeingTrend) => [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    const wide = await fixture<HTMLElement>(html`<div class="w"><spire-wellbeing-trend .checks=${[exampleWellbeingCheckEarlier, now]}></spire-wellbeing-trend></div>`);
    wide.style.width = '900px';
    const narrowBox = await fixture<HTMLElement>(html`<div><spire-wellbeing-trend .checks=${[exampleWellbeingCheckEarlier, now]}></spire-wellbeing-trend></div>`);
    narrowBox.style.width = '340px';
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    const w = wide.querySelector<SpireWellbeingTrend>('spire-wellbeing-trend')!;
    const n = narrowBox.querySelector<SpireWellbeingTrend>('spire-wellbeing-trend')!;
    await w.updateComplete;
    await n.updateComplete;
    expect(heads(w)).to.deep.equal(['Område', 'Forår 2026', 'Efterår 2026']);
    expect(heads(n)).to.deep.equal(['Område', 'Efterår 2026', 'Forår 2026']);
    expect(n.shadowRoot!.textContent).to.contain('Nyeste runde står først.');
    await expect(n).to.be.accessible();
  });
});
