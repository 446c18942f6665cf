import { expect, fixture, html } from '@open-wc/testing';
import { type Position, type WellbeingCheck } from '@spire/model';
import { exampleWellbeingCheck, exampleWellbeingCheckEarlier } from '@spire/model/examples';
import { SpireWellbeingOverview } from './overview.js';
import { SpireWellbeingTrend } from './trend/trend.js';
import './define.js';
import './trend/define.js';
import { inlineStyleAttributes } from '../../../../test/csp.js';
import '../shared/provider/define.js';

import './define.js';
import './trend/define.js';
import '../shared/provider/define.js';

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

  it('is accessible and shows counts per dimension as a table, never names', async () => {
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview group-label="0.B" .checks=${group} .threshold=${1}></spire-wellbeing-overview>`);
    await expect(el).to.be.accessible();
    expect(cells(el, 0)).to.deep.equal(['6', '3', '1', '0', '10']);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Trivselsoverblik for 0.B');
    expect(inlineStyleAttributes(el), 'no style attributes (strict CSP)').to.deep.equal([]);
    expect([...el.shadowRoot!.querySelectorAll('.bar rect')].slice(0, 3).map((r) => [r.getAttribute('data-position'), r.getAttribute('width')])).to.deep.equal([['green', '6'], ['yellow', '3'], ['red', '1']]);
    expect(el.shadowRoot!.textContent).not.to.contain('Barn');
    const headers = [...el.shadowRoot!.querySelectorAll('tbody th[scope=row]')].map((th) => th.textContent!.trim());
    expect(headers[0]).to.equal('Relationer og fællesskab');
    expect(headers.at(-1)).to.equal('Samlet position');
  });

  it('hides counts below the threshold (default 3)', async () => {
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview .checks=${group}></spire-wellbeing-overview>`);
    expect(cells(el, 0)).to.deep.equal(['6', 'skjult', 'skjult', '0', '10']);
    expect(el.shadowRoot!.textContent).to.contain('Antal under 3 er skjult');
    await expect(el).to.be.accessible();
  });

  it('shows nothing but an explanation for a group below the threshold', async () => {
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview .checks=${group.slice(0, 2)}></spire-wellbeing-overview>`);
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('færre end 3 børn');
  });

  it('counts children without a check as not assessed', async () => {
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview group-size="13" .checks=${group}></spire-wellbeing-overview>`);
    expect(cells(el, 0)).to.deep.equal(['6', 'skjult', 'skjult', '3', '13']);
  });

  it('speaks English', async () => {
    const el = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview lang="en" .checks=${group}></spire-wellbeing-overview>`);
    expect(el.shadowRoot!.querySelector('thead')!.textContent).to.contain('Not assessed');
    expect(cells(el, 0)[1]).to.equal('hidden');
    expect(el.shadowRoot!.querySelector('tbody th')!.textContent).to.contain('Relationships and belonging');
    document.documentElement.setAttribute('lang', 'en');
    const inherits = await fixture<SpireWellbeingOverview>(html`<spire-wellbeing-overview .checks=${group}></spire-wellbeing-overview>`);
    expect(inherits.shadowRoot!.querySelector('h2')!.textContent).to.equal('Wellbeing overview');
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
  it("takes the threshold from the municipality's configuration", async () => {
    const provider = await fixture(html`<spire-provider .config=${{ overviewThreshold: 1 }}><spire-wellbeing-overview .checks=${group}></spire-wellbeing-overview></spire-provider>`);
    const el = provider.querySelector('spire-wellbeing-overview')!;
    await el.updateComplete;
    expect(cells(el, 0)).to.deep.equal(['6', '3', '1', '0', '10']);
  });
});
