import { css, html, type TemplateResult } from 'lit';
import { formatDate, type Locale, type Translate } from '../i18n/i18n.js';
import type { DraftController } from './draft-controller.js';

/** What the status line needs from the host's i18n; a `LocaleController` is one. */
export interface DraftStatusI18n {
  readonly t: Translate;
  readonly locale: Locale;
}

type DraftState = Pick<DraftController<unknown>, 'status' | 'savedAt' | 'fallbackReason'>;

/**
 * The draft status line: "Kladde gemt kl. 14.32", "Gemmer …", or the warning that drafts are only kept
 * until the page closes. Add `draftStatusStyles` to the host's styles.
 *
 * Screen readers hear only what matters: the live region (role=status, polite) holds the saved time or
 * the warning, which change rarely; "Gemmer …" is shown to the eye only, since announcing it on every
 * pause in typing would drown out everything else. The region is always rendered, even empty, because
 * a live region added together with its text is often not announced.
 */
export function renderDraftStatus(controller: DraftState, i18n: DraftStatusI18n, now: Date = new Date()): TemplateResult {
  const { t, locale } = i18n;
  const saving = controller.status === 'saving';
  let message = '';
  let tone: 'info' | 'warning' = 'info';
  if (controller.fallbackReason) {
    message = t('drafts.status.fallback');
    tone = 'warning';
  } else if (controller.status === 'error') {
    message = t('drafts.status.error');
    tone = 'warning';
  } else if (controller.savedAt) {
    message = savedMessage(controller.savedAt, now, t, locale);
  }
  // While saving, the saved time gives way to "Gemmer …" on screen but stays in the live region.
  const messageHidden = saving && tone === 'info';
  return html`<div class="spire-draft-status" part="draft-status" data-status=${controller.status} data-tone=${tone}>
    <span role="status" aria-live="polite" class=${messageHidden ? 'spire-draft-status__visually-hidden' : 'spire-draft-status__message'}>${message}</span>${saving
      ? html`<span class="spire-draft-status__saving" aria-hidden="true">${t('drafts.status.saving')}</span>`
      : ''}
  </div>`;
}

function savedMessage(savedAt: string, now: Date, t: Translate, locale: Locale): string {
  const saved = new Date(savedAt);
  if (Number.isNaN(saved.getTime())) return '';
  const time = formatDate(saved, locale, { hour: '2-digit', minute: '2-digit' });
  if (sameDay(saved, now)) return t('drafts.status.saved', { time });
  const date = formatDate(saved, locale, {
    day: 'numeric',
    month: 'long',
    ...(saved.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  });
  return t('drafts.status.savedOn', { date, time });
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

export const draftStatusStyles = css`
  .spire-draft-status {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    min-height: 1.5em;
    margin-block: var(--_space-s) 0;
    font-size: var(--_font-s);
    color: var(--_muted);
  }
  .spire-draft-status[data-tone='warning'] {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_warning-border);
    background: var(--_warning-surface);
    color: var(--_text);
  }
  .spire-draft-status__visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Another tab changed the same fields: the user's choice, in the warning's look. */
  .other-tab {
    margin-block: var(--_space-m);
    padding: var(--_space-m);
    border-inline-start: 4px solid var(--_warning-border);
    background: var(--_warning-surface);
    color: var(--_text);
  }
  .other-tab p {
    margin: 0 0 var(--_space-s);
  }
  .other-tab__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  @media (forced-colors: active) {
    .spire-draft-status[data-tone='warning'],
    .other-tab {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .spire-draft-status,
    .other-tab {
      display: none;
    }
  }
`;
