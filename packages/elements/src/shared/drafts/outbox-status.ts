import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatDate, registerStrings } from '../i18n/i18n.js';
import { outbox } from '../../locales/da/outbox.js';
import type { DraftStore } from './draft-store.js';
import { type DraftStatusI18n, draftStatusStyles } from './draft-status.js';
import type { OutboxStatus, SubmittedRecord } from './http-store.js';
import { type SendingStore, sendingStoreOf } from './sending-store.js';

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
 * `outboxStatusStyles` (the draft status line's) to the host's styles.
 *
 * As the draft status line: the live region (role=status, polite) holds only what changes rarely; "Sender
 * …" is for the eye only (`aria-hidden`), and a short run of failures retried at once shows as sending, not
 * as a warning, so a flaky connection is not read out again and again. The region is always rendered.
 */
export function renderOutboxStatus(status: OutboxStatus, i18n: DraftStatusI18n, now: Date = new Date()): TemplateResult {
  const { t, locale } = i18n;
  const time = (iso: string) => formatDate(new Date(iso), locale, { hour: '2-digit', minute: '2-digit' });
  let message = '';
  let tone: 'info' | 'warning' = 'info';
  let sending = false;
  if (status.state === 'rejected') {
    message = t('outbox.rejected', { count: status.rejected });
    tone = 'warning';
  } else if (status.state === 'offline') {
    message = t('outbox.offline');
    tone = 'warning';
  } else if (status.state === 'waiting' && status.failures >= OUTBOX_FAILURES_TOLD) {
    const retryAt = status.retryAt ? Date.parse(status.retryAt) : NaN;
    message = retryAt - now.getTime() > SOON ? t('outbox.waitingAt', { time: time(status.retryAt!) }) : t('outbox.waitingSoon');
    tone = 'warning';
  } else {
    sending = status.state === 'sending' || status.state === 'waiting';
    if (status.sentAt) message = t('outbox.sent', { time: time(status.sentAt) });
  }
  // While sending, the last "Sendt kl." gives way to "Sender …" on screen but stays in the live region.
  return html`<div class="spire-draft-status spire-outbox-status" part="outbox-status" data-state=${status.state} data-tone=${tone}>
    <span role="status" aria-live="polite" class=${sending ? 'spire-draft-status__visually-hidden' : 'spire-draft-status__message'}>${message}</span>${sending
      ? html`<span class="spire-draft-status__saving" aria-hidden="true">${t('outbox.sending')}</span>`
      : ''}
  </div>`;
}

/**
 * The outbox line looks exactly like the draft status line beside it: the same styles (a widget on
 * `SpireRecordElement` has them already).
 */
export const outboxStatusStyles = draftStatusStyles;

/**
 * A widget's link to a store that sends to the host's back end (`HttpDraftStore`), when its store is one:
 * follows the store's `statuschange` (the host re-renders), renders the status line, and submits
 * records. With any other store it does nothing and renders nothing. Loads no part of `HttpDraftStore`.
 */
export class OutboxController implements ReactiveController {
  private followed?: SendingStore;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The widget's store now (as it gives its drafts to); read again on every update. */
    private readonly store: () => DraftStore | null | undefined,
  ) {
    host.addController(this);
  }

  /** The sending store, or `undefined` when the store is not one. */
  get current(): SendingStore | undefined {
    return this.follow();
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.followed?.removeEventListener('statuschange', this.onChange);
    this.followed = undefined;
  }

  /**
   * Queues a completed record with the sending store. True when it is queued, or when there is no
   * sending store (nothing to do); false when it could not be queued (no IndexedDB, storage full): the
   * widget should then keep the record open as a draft and say `outbox.notQueued`.
   */
  async submit(record: SubmittedRecord): Promise<boolean> {
    const store = this.follow();
    if (!store) return true;
    try {
      await store.submit(record);
      return true;
    } catch {
      return false;
    }
  }

  /** The status line (see `renderOutboxStatus`), or nothing without a sending store. */
  render(i18n: DraftStatusI18n, now?: Date): TemplateResult | typeof nothing {
    const store = this.follow();
    return store ? renderOutboxStatus(store.status, i18n, now) : nothing;
  }

  private follow(): SendingStore | undefined {
    const next = sendingStoreOf(this.store());
    if (next !== this.followed) {
      this.followed?.removeEventListener('statuschange', this.onChange);
      this.followed = next;
      next?.addEventListener('statuschange', this.onChange);
    }
    return next;
  }

  private readonly onChange = (): void => this.host.requestUpdate();
}
