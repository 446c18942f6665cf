import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { loadLocale, translator, type Locale } from '../i18n/i18n.js';
import type { OutboxStatus } from './http-store.js';
import { renderOutboxStatus } from './outbox-status.js';

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
    liveHidden: live.classList.contains('spire-outbox-status__visually-hidden'),
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
    expect(lasting.tone).to.equal('notice');
    expect(lasting.visible).to.equal('');
  });
});
