import { expect, fixture } from '@open-wc/testing';
import { html, LitElement, render } from 'lit';
import { LocaleController, loadLocale, translator, type Locale } from '../i18n/i18n.js';
import type { DraftStore } from './draft-store.js';
import type { OutboxStatus, SubmittedRecord } from './http-store.js';
import { MemoryDraftStore } from './memory-store.js';
import { asResilient } from './resilient-store.js';
import { OutboxController, renderOutboxStatus } from './outbox-status.js';

const NOW = new Date(2026, 10, 12, 14, 30);
const base: OutboxStatus = { state: 'idle', pending: 0, rejected: 0, rejections: [], failures: 0 };

async function shown(status: Partial<OutboxStatus>, locale: Locale = 'da') {
  await loadLocale(locale);
  const host = await fixture<HTMLDivElement>(html`<div lang=${locale}></div>`);
  render(renderOutboxStatus({ ...base, ...status }, { t: translator(locale), locale }, NOW), host);
  const live = host.querySelector('[role="status"]')!;
  return {
    host,
    live: live.textContent!.trim(),
    liveHidden: live.classList.contains('spire-draft-status__visually-hidden'),
    visible: host.querySelector('[aria-hidden="true"]')?.textContent?.trim() ?? '',
    tone: host.querySelector('.spire-outbox-status')!.getAttribute('data-tone'),
  };
}

const sentAt = new Date(2026, 10, 12, 14, 32).toISOString();

describe('the outbox status line', () => {
  it('is accessible, with a polite live region that is always there', async () => {
    const { host, live } = await shown({ state: 'rejected', rejected: 1 });
    await expect(host).to.be.accessible();
    expect(live).to.not.equal('');
    const empty = await shown({});
    expect(empty.host.querySelector('[role="status"][aria-live="polite"]')).to.exist;
    expect(empty.live).to.equal('');
  });

  for (const [locale, texts] of [
    [
      'da',
      {
        sent: 'Sendt kl. 14.32',
        sending: 'Sender …',
        offline: 'Ingen forbindelse. Det sendes, når forbindelsen er tilbage. Intet går tabt.',
        soon: 'Det er ikke sendt endnu. Der prøves igen om lidt. Intet går tabt.',
        at: 'Det er ikke sendt endnu. Der prøves igen kl. 14.45. Intet går tabt.',
        one: 'Modtagersystemet afviste det indsendte. Ret det, og indsend igen.',
        two: 'Modtagersystemet afviste 2 indsendelser. Ret dem, og indsend igen.',
      },
    ],
    [
      'en',
      {
        sent: 'Sent at 14:32',
        sending: 'Sending …',
        offline: 'No connection. It will be sent when the connection is back. Nothing is lost.',
        soon: 'Not sent yet. Trying again shortly. Nothing is lost.',
        at: 'Not sent yet. Trying again at 14:45. Nothing is lost.',
        one: 'The receiving system refused what was submitted. Correct it and submit again.',
        two: 'The receiving system refused 2 submissions. Correct them and submit again.',
      },
    ],
  ] as const) {
    it(`says each state in ${locale === 'da' ? 'Danish' : 'English'}`, async () => {
      expect((await shown({}, locale)).live).to.equal('');
      expect((await shown({ sentAt }, locale)).live).to.equal(texts.sent);
      const sending = await shown({ state: 'sending', pending: 1, sentAt }, locale);
      expect(sending.visible).to.equal(texts.sending);
      // "Sender …" is for the eye; the live region keeps the last settled message, hidden.
      expect(sending).to.include({ live: texts.sent, liveHidden: true });
      expect((await shown({ state: 'offline', pending: 2 }, locale)).live).to.equal(texts.offline);
      const retryAt = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
      expect((await shown({ state: 'waiting', pending: 1, failures: 3, retryAt: retryAt(0.5) }, locale)).live).to.equal(texts.soon);
      expect((await shown({ state: 'waiting', pending: 1, failures: 7, retryAt: retryAt(15) }, locale)).live).to.equal(texts.at);
      const one = await shown({ state: 'rejected', rejected: 1 }, locale);
      expect(one).to.include({ live: texts.one, tone: 'warning' });
      expect((await shown({ state: 'rejected', rejected: 2 }, locale)).live).to.equal(texts.two);
    });
  }

  it('shows a short run of failures as sending, not as a warning read out at each retry', async () => {
    const blip = await shown({ state: 'waiting', pending: 1, failures: 2, retryAt: new Date(NOW.getTime() + 500).toISOString() });
    expect(blip).to.include({ live: '', visible: 'Sender …', tone: 'info' });
    const lasting = await shown({ state: 'waiting', pending: 1, failures: 3, retryAt: new Date(NOW.getTime() + 500).toISOString() });
    expect(lasting.tone).to.equal('warning');
    expect(lasting.visible).to.equal('');
  });
});

/** A store of the sending shape, without a server: its status is set by the test. */
class FakeSendingStore extends MemoryDraftStore {
  status: OutboxStatus = base;
  submitted: SubmittedRecord[] = [];
  fail = false;
  private readonly events = new EventTarget();
  addEventListener(type: 'statuschange', listener: (event: Event) => void): void {
    this.events.addEventListener(type, listener);
  }
  removeEventListener(type: 'statuschange', listener: (event: Event) => void): void {
    this.events.removeEventListener(type, listener);
  }
  set(status: Partial<OutboxStatus>): void {
    this.status = { ...base, ...status };
    this.events.dispatchEvent(new Event('statuschange'));
  }
  async submit(record: SubmittedRecord) {
    if (this.fail) throw new Error('full');
    this.submitted.push(record);
    return { idempotencyKey: 'k' };
  }
}

class OutboxProbe extends LitElement {
  store: DraftStore | undefined;
  readonly i18n = new LocaleController(this);
  readonly outbox = new OutboxController(this, () => this.store);
  protected override render() {
    return html`${this.outbox.render(this.i18n, NOW)}`;
  }
}
customElements.define('outbox-probe', OutboxProbe);

describe('OutboxController', () => {
  it('shows the line for a sending store (also behind the resilient wrapper), follows its changes, and submits to it', async () => {
    const sending = new FakeSendingStore();
    const el = await fixture<OutboxProbe>(html`<outbox-probe lang="da"></outbox-probe>`);
    el.store = new MemoryDraftStore();
    el.requestUpdate();
    await el.updateComplete;
    expect(el.renderRoot.querySelector('[role="status"]'), 'nothing for a plain store').to.equal(null);
    expect(await el.outbox.submit({ kind: 'concern-note', id: 'a', value: {} }), 'nothing to queue').to.equal(true);

    el.store = asResilient(sending);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.outbox.current).to.equal(sending);
    expect(el.renderRoot.querySelector('[role="status"]')!.textContent).to.equal('');
    sending.set({ state: 'offline', pending: 1 });
    await el.updateComplete;
    expect(el.renderRoot.querySelector('[role="status"]')!.textContent).to.equal('Ingen forbindelse. Det sendes, når forbindelsen er tilbage. Intet går tabt.');
    await expect(el).to.be.accessible();

    expect(await el.outbox.submit({ kind: 'concern-note', id: 'b', value: { x: 1 } })).to.equal(true);
    expect(sending.submitted).to.deep.equal([{ kind: 'concern-note', id: 'b', value: { x: 1 } }]);
    sending.fail = true;
    expect(await el.outbox.submit({ kind: 'concern-note', id: 'c', value: {} }), 'could not be queued').to.equal(false);

    // Another store: the old one's changes no longer reach the widget.
    el.store = new MemoryDraftStore();
    el.requestUpdate();
    await el.updateComplete;
    let updates = 0;
    const update = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof update>) => {
      updates++;
      update(...args);
    };
    sending.set({ state: 'rejected', rejected: 1 });
    await el.updateComplete;
    expect(updates).to.equal(0);
    expect(el.renderRoot.querySelector('[role="status"]')).to.equal(null);
  });

  it('has the text for a record that could not be queued, in Danish and English', async () => {
    await loadLocale('en');
    expect(translator('da')('outbox.notQueued')).to.equal('Det indsendte kunne ikke lægges klar til afsendelse i browseren. Det står her stadig. Prøv igen.');
    expect(translator('en')('outbox.notQueued')).to.equal('What you submitted could not be queued for sending in this browser. It is still here. Try again.');
  });
});
