import { css, html, type TemplateResult } from 'lit';
import { formatDate, registerStrings } from '../i18n/i18n.js';
import { outbox } from '../../locales/da/outbox.js';
import type { DraftStatusI18n } from './draft-status.js';
import type { OutboxStatus } from './http-store.js';

// Registered by the module that uses them, as a widget's strings are: a page that sends nowhere carries none.
registerStrings('outbox', outbox, { en: () => import('../../locales/en/outbox.js').then((module) => module.outbox) });

/** Failed attempts in a row before the user is told: one dropped request, retried at once, is not news. */
export const OUTBOX_FAILURES_TOLD = 3;

/** A retry further off than this is told with its time; a sooner one as "om lidt" (ms). */
const SOON = 60_000;

/**
 * The line that tells the user how sending to the back end is going (`HttpDraftStore.status`): nothing
 * while all is sent, "Sendt kl. 14.32" after a record went, that it will be sent when the connection is
 * back, that it will be tried again (and when), or that the receiving system refused it. Add
 * `outboxStatusStyles` to the host's styles.
 *
 * As the draft status line: the live region (role=status, polite) holds only what changes rarely; "Sender
 * …" is for the eye only (`aria-hidden`), and a short run of failures retried at once shows as sending, not
 * as a warning, so a flaky connection is not read out again and again. The region is always rendered.
 */
export function renderOutboxStatus(status: OutboxStatus, i18n: DraftStatusI18n, now: Date = new Date()): TemplateResult {
  const { t, locale } = i18n;
  const time = (iso: string) => formatDate(new Date(iso), locale, { hour: '2-digit', minute: '2-digit' });
  let message = '';
  let tone: 'info' | 'notice' | 'warning' = 'info';
  let sending = false;
  if (status.state === 'rejected') {
    message = t('outbox.rejected', { count: status.rejected });
    tone = 'warning';
  } else if (status.state === 'offline') {
    message = t('outbox.offline');
    tone = 'notice';
  } else if (status.state === 'waiting' && status.failures >= OUTBOX_FAILURES_TOLD) {
    const retryAt = status.retryAt ? Date.parse(status.retryAt) : NaN;
    message = retryAt - now.getTime() > SOON ? t('outbox.waitingAt', { time: time(status.retryAt!) }) : t('outbox.waitingSoon');
    tone = 'notice';
  } else {
    sending = status.state === 'sending' || status.state === 'waiting';
    if (status.sentAt) message = t('outbox.sent', { time: time(status.sentAt) });
  }
  // While sending, the last "Sendt kl." gives way to "Sender …" on screen but stays in the live region.
  return html`<div class="spire-outbox-status" part="outbox-status" data-state=${status.state} data-tone=${tone}>
    <span role="status" aria-live="polite" class=${sending ? 'spire-outbox-status__visually-hidden' : 'spire-outbox-status__message'}>${message}</span>${sending
      ? html`<span class="spire-outbox-status__sending" aria-hidden="true">${t('outbox.sending')}</span>`
      : ''}
  </div>`;
}

export const outboxStatusStyles = css`
  .spire-outbox-status {
    display: flex;
    flex-wrap: wrap;
    gap: var(--spire-space-2, 0.5rem);
    min-height: 1.5em;
    margin-block: var(--spire-space-2, 0.5rem) 0;
    font-size: var(--spire-font-size-small, 0.875rem);
    color: var(--_muted, var(--spire-color-muted, #595959));
  }
  .spire-outbox-status[data-tone='notice'],
  .spire-outbox-status[data-tone='warning'] {
    padding: var(--spire-space-2, 0.5rem) var(--spire-space-3, 0.75rem);
    border-inline-start: 4px solid var(--_warning-border, var(--spire-color-warning-border, #b35c00));
    color: var(--_text, var(--spire-color-text, #1a1a1a));
  }
  .spire-outbox-status[data-tone='warning'] {
    background: var(--_warning-surface, var(--spire-color-warning-background, #fff4e0));
  }
  .spire-outbox-status__visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .spire-outbox-status[data-tone='notice'],
    .spire-outbox-status[data-tone='warning'] {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .spire-outbox-status {
      display: none;
    }
  }
`;
