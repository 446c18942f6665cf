import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Referral } from '@spire/model';
import { exampleIndstilling, exampleUnderretning } from '@spire/model/examples';
import './define.js';
import '../../shared/provider/define.js';
import type { SpireReferralStatus } from './referral-status.js';

/** An underretning sent on the Wednesday before Easter 2026: Skærtorsdag, Langfredag and 2. påskedag do not count. */
const sentBeforeEaster = (): Referral => ({
  ...structuredClone(exampleUnderretning),
  createdAt: '2026-04-01T07:00:00Z',
  updatedAt: '2026-04-01T08:00:00Z',
  status: 'sent',
  statusHistory: [
    { status: 'draft', at: '2026-04-01T07:00:00Z' },
    { status: 'sent', at: '2026-04-01T08:00:00Z' },
  ],
});

async function status(value: unknown, options: { now?: string; lang?: string; readonly?: boolean } = {}) {
  const el = await fixture<SpireReferralStatus>(
    html`<spire-referral-status .value=${value as Referral} .now=${options.now ? new Date(options.now) : undefined} lang=${options.lang ?? 'da'} ?readonly=${options.readonly ?? false}></spire-referral-status>`,
  );
  await el.updateComplete;
  return el;
}
const $ = <E extends Element = HTMLElement>(el: SpireReferralStatus, selector: string) => el.shadowRoot!.querySelector<E & Element>(selector)!;
const $$ = <E extends Element = HTMLElement>(el: SpireReferralStatus, selector: string) => [...el.shadowRoot!.querySelectorAll<E & Element>(selector)];
const deadline = (el: SpireReferralStatus, key: string) => $(el, `[data-deadline="${key}"]`);
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
async function typeDate(el: SpireReferralStatus, selector: string, value: string) {
  const input = $<HTMLElement>(el, selector).shadowRoot!.querySelector('input')!;
  input.focus();
  input.select();
  await sendKeys({ type: value });
  await el.updateComplete;
}

describe('<spire-referral-status>', () => {
  it('shows where a sent underretning stands, in steps, accessible in Danish and English', async () => {
    const el = await status(sentBeforeEaster(), { now: '2026-04-02T09:00:00Z' });
    expect(text($(el, 'h2'))).to.equal('Status for underretningen');
    expect($$(el, '.step').map((s) => s.className.split(' ')[1])).to.deep.equal(['done', 'current', 'waiting']);
    expect(text($(el, '.step.done'))).to.contain('Sendt').and.contain('1. april 2026');
    expect($(el, '.step.current').getAttribute('aria-current')).to.equal('step');
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await el.updateComplete;
    await el.updateComplete;
    expect(text($(el, '.step.current'))).to.contain('Receipt confirmed');
    expect(text(deadline(el, 'receipt'))).to.contain('By 14 April 2026');
    await expect(el).to.be.accessible();
  });

  it('counts 6 working days for the receipt across Easter, and says in words when it is overdue', async () => {
    const el = await status(sentBeforeEaster(), { now: '2026-04-16T10:00:00Z' });
    const receipt = deadline(el, 'receipt');
    expect(text(receipt)).to.contain('Senest 14. april 2026');
    expect(receipt.classList.contains('overdue')).to.equal(true);
    expect(text(receipt.querySelector('.state')!), 'not by colour alone').to.equal('Overskredet med 2 dage');
    expect(receipt.querySelector('.state svg'), 'an icon as well').to.not.equal(null);
    expect(text(deadline(el, 'danger'))).to.contain('Overskredet');
    expect(text(deadline(el, 'help'))).to.contain('Senest 8. april 2026').and.contain('Overskredet med 8 dage');
    expect(text($(el, '.overdue-hint'))).to.contain('Ring til kommunen');
    await expect(el).to.be.accessible();
  });

  it('shows open deadlines with the days left, and the 24-hour assessment by the hour', async () => {
    const el = await status(sentBeforeEaster(), { now: '2026-04-07T08:00:00Z' });
    expect(text(deadline(el, 'receipt').querySelector('.state')!)).to.equal('Åben – 7 dage tilbage');
    expect(text(deadline(el, 'danger'))).to.contain('2. april 2026 kl. 10.00');
    expect($(el, '.overdue-hint'), 'the danger assessment is overdue').to.not.equal(null);
    const early = await status(sentBeforeEaster(), { now: '2026-04-01T12:00:00Z' });
    expect(text(deadline(early, 'danger').querySelector('.state')!)).to.equal('Åben – under et døgn tilbage');
    expect(early.shadowRoot!.querySelector('.overdue-hint')).to.equal(null);
  });

  it('counts the municipality\'s own closed days from the provider', async () => {
    const wrapper = await fixture(html`<spire-provider .config=${{ holidays: ['2026-04-07'] }}>
      <spire-referral-status .value=${sentBeforeEaster()} .now=${new Date('2026-04-08T08:00:00Z')} lang="da"></spire-referral-status>
    </spire-provider>`);
    const el = wrapper.querySelector('spire-referral-status')!;
    await el.updateComplete;
    expect(text(deadline(el, 'receipt'))).to.contain('Senest 15. april 2026');
  });

  it('records the receipt through the model, by keyboard, and the deadlines are met', async () => {
    const el = await status(sentBeforeEaster(), { now: '2026-04-10T12:00:00Z' });
    await typeDate(el, '.received-on', '09.04.2026');
    $<HTMLButtonElement>(el, '[data-action="record-receipt"]').focus();
    const recorded = oneEvent(el, 'spire-referral-status');
    await sendKeys({ press: 'Enter' });
    const { detail } = await recorded;
    expect(detail.status).to.equal('receipt-confirmed');
    expect(detail.value.status).to.equal('receipt-confirmed');
    expect(detail.value.statusHistory.at(-1)).to.deep.equal({ status: 'receipt-confirmed', at: '2026-04-09T11:00:00.000Z' });
    expect(el.value!.status).to.equal('receipt-confirmed');
    await el.updateComplete;
    expect(text(deadline(el, 'receipt').querySelector('.state')!)).to.equal('Overholdt');
    expect(deadline(el, 'receipt').classList.contains('met')).to.equal(true);
    expect(text(deadline(el, 'danger').querySelector('.state')!), 'the assessment itself is not known here').to.equal('Kommunen har bekræftet modtagelsen; vurderingen noteres ikke her');
    expect($(el, '[data-action="record-outcome"]'), 'the outcome comes next').to.not.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('steps-title');
    expect(text($(el, '.live-region'))).to.equal('Modtagelse bekræftet er registreret.');
  });

  it('refuses a receipt before the referral was sent or in the future, in words', async () => {
    const el = await status(sentBeforeEaster(), { now: '2026-04-10T12:00:00Z' });
    let events = 0;
    el.addEventListener('spire-referral-status', () => events++);
    await typeDate(el, '.received-on', '31.03.2026');
    $<HTMLButtonElement>(el, '[data-action="record-receipt"]').click();
    await el.updateComplete;
    expect(text($(el, '.problem'))).to.equal('Datoen kan ikke ligge før, den blev sendt.');
    await typeDate(el, '.received-on', '11.04.2026');
    $<HTMLButtonElement>(el, '[data-action="record-receipt"]').click();
    await el.updateComplete;
    expect(text($(el, '.problem'))).to.equal('Datoen kan ikke ligge i fremtiden.');
    expect(events).to.equal(0);
    expect(el.value!.status).to.equal('sent');
  });

  it('records the outcome after the receipt, with a note, and shows it', async () => {
    const confirmed: Referral = {
      ...sentBeforeEaster(),
      status: 'receipt-confirmed',
      statusHistory: [...sentBeforeEaster().statusHistory, { status: 'receipt-confirmed', at: '2026-04-07T09:00:00Z' }],
    };
    const el = await status(confirmed, { now: '2026-04-08T12:00:00Z' });
    $<HTMLButtonElement>(el, '[data-action="record-outcome"]').click();
    await el.updateComplete;
    expect(text($(el, '.problem'))).to.equal('Vælg udfaldet.');
    $$<HTMLInputElement>(el, 'input[name="outcome"]').find((r) => r.value === 'support-started')!.click();
    const note = $<HTMLTextAreaElement>(el, '#outcome-note');
    note.value = 'Familiebehandling fra uge 16.';
    note.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const recorded = oneEvent(el, 'spire-referral-status');
    $<HTMLButtonElement>(el, '[data-action="record-outcome"]').click();
    const { detail } = await recorded;
    expect(detail.value.outcome).to.deep.include({ kind: 'support-started', note: 'Familiebehandling fra uge 16.' });
    await el.updateComplete;
    expect(text($(el, '.step:last-child'))).to.contain('Hjælp er sat i gang').and.contain('Familiebehandling fra uge 16.');
    expect(text(deadline(el, 'help').querySelector('.state')!)).to.equal('Overholdt');
    expect($(el, '.record'), 'nothing more to record').to.equal(null);
  });

  it('counts only help started as help within a week', async () => {
    const noAction: Referral = {
      ...sentBeforeEaster(),
      status: 'outcome',
      statusHistory: [...sentBeforeEaster().statusHistory, { status: 'receipt-confirmed', at: '2026-04-07T09:00:00Z' }, { status: 'outcome', at: '2026-04-08T09:00:00Z' }],
      outcome: { kind: 'no-action', at: '2026-04-08T09:00:00Z' },
    };
    const el = await status(noAction, { now: '2026-04-09T09:00:00Z' });
    expect(text(deadline(el, 'help').querySelector('.state')!)).to.equal('Udfald: Kommunen gør ikke mere');
    expect(deadline(el, 'help').classList.contains('met')).to.equal(false);
  });

  it('shows only the week for an indstilling, and says why', async () => {
    const el = await status(exampleIndstilling, { now: '2026-11-18T09:00:00Z' });
    expect($$(el, '[data-deadline]').map((d) => d.dataset.deadline)).to.deep.equal(['help']);
    expect(text(el.shadowRoot!.querySelector('.deadlines + .note')!)).to.contain('gælder underretninger');
  });

  it('says a draft has not been sent, and read-only shows no forms', async () => {
    const draft: Referral = { ...sentBeforeEaster(), status: 'draft', statusHistory: [{ status: 'draft', at: '2026-04-01T07:00:00Z' }] };
    const el = await status(draft);
    expect(text(el.shadowRoot!.querySelector('section')!)).to.contain('Ikke sendt endnu');
    expect($$(el, '[data-deadline]')).to.have.length(0);
    const ro = await status(sentBeforeEaster(), { readonly: true, now: '2026-04-02T09:00:00Z' });
    expect($$(ro, 'button, input, textarea')).to.have.length(0);
  });

  it('reports hostile values with spire-error and never throws', async () => {
    const cyclic: Record<string, unknown> = { ...sentBeforeEaster() };
    cyclic.self = cyclic;
    for (const [value, path] of [
      [{ ...sentBeforeEaster(), status: 'lost' }, 'value.status'],
      [{ ...sentBeforeEaster(), kind: 'concern-note' }, 'value.kind'],
      [cyclic, 'value.self'],
      [{ ...sentBeforeEaster(), statusHistory: 'yesterday' }, 'value.statusHistory'],
      ['<img src=x onerror=alert(1)>', 'value'],
    ] as const) {
      const el = document.createElement('spire-referral-status');
      const errors: string[] = [];
      el.addEventListener('spire-error', (e) => errors.push(e.detail.path));
      el.value = value as unknown as Referral;
      document.body.append(el);
      await el.updateComplete;
      await el.updateComplete;
      expect(errors, JSON.stringify(path)).to.include(path);
      expect(text(el.shadowRoot!.querySelector('p')!)).to.equal('Der er ingen indstilling eller underretning at vise.');
      el.remove();
    }
  });

  it('reports closed days that are not dates, and keeps counting the public holidays', async () => {
    const errors: string[] = [];
    const wrapper = await fixture(html`<spire-provider .config=${{ holidays: ['2026-04-07', 'tuesday'] }} @spire-error=${(e: CustomEvent) => errors.push(e.detail.path)}>
      <spire-referral-status .value=${sentBeforeEaster()} .now=${new Date('2026-04-08T08:00:00Z')} lang="da"></spire-referral-status>
    </spire-provider>`);
    const el = wrapper.querySelector('spire-referral-status')!;
    await el.updateComplete;
    await el.updateComplete;
    expect(errors).to.include('holidays.1');
    expect(text(deadline(el, 'receipt'))).to.contain('Senest 14. april 2026');
  });
});
