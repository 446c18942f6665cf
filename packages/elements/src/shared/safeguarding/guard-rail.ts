// The safeguarding guidance every widget shows in the same words when a child may not be safe: acute
// danger (phone now, outside office hours the police on 114; danger to life 112, both as tel: links), the
// heightened duty to notify, "contact the parents first only if abuse by a parent is not suspected" and,
// once it is suspected, "do not talk with the parents about it: the municipality informs them; notify
// today", and the municipality's beredskab with a tel: link. Render helpers, not an element: the guidance
// sits inside the widget's own guard-rail box (its heading, its focus, its role), in the widget's shadow
// root. Strings: `shared.safeguarding.*`.
import { css, html, nothing, type TemplateResult } from 'lit';
import { type Beredskab, telHref } from '@spire/model';
import type { Translate } from '../i18n/i18n.js';
import { type Fields, YES_NO } from '../fields/fields.js';

/** The emergency numbers a guidance text may name: the police outside office hours, and 112. */
const EMERGENCY_NUMBERS = /\b(112|114)\b/;

/** A guidance text with 114 and 112 as tel: links, wherever the (possibly overridden) text names them. */
export function withPhoneLinks(text: string): (string | TemplateResult)[] {
  return text.split(EMERGENCY_NUMBERS).map((part, i) => (i % 2 ? html`<a class="phone" href=${telHref(part)}>${part}</a>` : part));
}

/**
 * Acute danger: phone the municipality now, outside office hours the police on 114; danger to life, 112.
 * `now` when the child is known to be in acute danger (the imperative alone: "Ring til kommunen nu; …"),
 * else the condition comes first ("Er barnet i akut fare: ring …"). `id` names the first line, for a box
 * that is described by it.
 */
export function renderAcuteDanger(t: Translate, options: { now?: boolean; id?: string } = {}): TemplateResult {
  return html`<p class="acute" id=${options.id ?? nothing}>${withPhoneLinks(t(options.now ? 'shared.safeguarding.acuteNow' : 'shared.safeguarding.acute'))}</p>
    <p class="life-danger">${withPhoneLinks(t('shared.safeguarding.lifeDanger'))}</p>`;
}

/** The heightened duty to notify (skærpet underretningspligt, § 133). */
export function renderDuty(t: Translate): TemplateResult {
  return html`<p class="duty">${t('shared.safeguarding.duty')}</p>`;
}

/** Contact the parents first only when abuse by a parent is not suspected (while it is not known). */
export function renderParentsFirst(t: Translate): TemplateResult {
  return html`<p class="parents-first">${t('shared.safeguarding.parentsFirst')}</p>`;
}

/**
 * Abuse by a parent is suspected: said directly, not as a condition. The municipality informs the
 * parents, not the professional; notify the municipality today (the beredskab; outside office hours the
 * police on 114, a tel: link).
 */
export function renderSuspectedAbuseByParent(t: Translate, options: { id?: string } = {}): TemplateResult {
  return html`<p class="parents-not-you" id=${options.id ?? nothing}>${t('shared.safeguarding.suspectedParents')}</p>
    <p class="acute report-today">${withPhoneLinks(t('shared.safeguarding.reportToday'))}</p>`;
}

/**
 * The municipality's beredskab: its name, a tel: link and, when given, a link to read more; or, when the
 * municipality gave none (or one the model rejected), what to do instead. Pass a beredskab the model
 * accepted (`parseWith(Beredskab, …)`): the link must be a web address.
 */
export function renderBeredskab(beredskab: Beredskab | undefined, t: Translate): TemplateResult {
  if (!beredskab) return html`<p class="note no-beredskab">${t('shared.safeguarding.noBeredskab')}</p>`;
  return html`<div class="beredskab">
    <h4>${beredskab.label || t('shared.safeguarding.beredskab')}</h4>
    <p><a href=${telHref(beredskab.phone)}>${t('shared.safeguarding.call', { phone: beredskab.phone })}</a></p>
    ${beredskab.url ? html`<p><a href=${beredskab.url} target="_blank" rel="noopener noreferrer">${t('shared.safeguarding.more')}</a></p>` : ''}
  </div>`;
}

/**
 * First, before any writing: is the child in acute danger? A widget's own words (`keys`: `heading`,
 * `legend`, `yes`, `no`, `title`, `afterCall`) around the same question and box. Yes shows at once to phone
 * now (the police on 114 outside office hours, 112 when a life is in danger) and the beredskab; the widget
 * moves focus to it (`focusAcuteAlert`). Not an alert: the focus move reads it once, by its heading and
 * first line. On paper, the answer only.
 */
export function renderAcuteQuestion(options: {
  fields: Fields;
  t: Translate;
  keys: string;
  acute: boolean | undefined;
  asText: boolean;
  beredskab: Beredskab | undefined;
  onChoose: (acute: boolean) => void;
  optional?: boolean;
}): TemplateResult {
  const { t, keys } = options;
  const answer = options.acute === undefined ? undefined : options.acute ? 'yes' : 'no';
  return html`<section part="section" class="acute-question">
    <h3>${t(`${keys}.heading`)}</h3>
    ${options.fields.choices('acute', t(`${keys}.legend`), YES_NO, answer, (a) => t(`${keys}.${a}`), (a) => options.onChoose(a === 'yes'), { inline: true, ...(options.optional === false ? { optional: false } : {}) })}
    ${options.acute && !options.asText
      ? html`<div class="guard-rail acute-alert" part="guard-rail" role="group" aria-labelledby="acute-title" aria-describedby="acute-call" tabindex="-1">
          <h4 class="guard-title" id="acute-title">${t(`${keys}.title`)}</h4>
          ${renderAcuteDanger(t, { now: true, id: 'acute-call' })} ${renderBeredskab(options.beredskab, t)}
          <p class="note">${t(`${keys}.afterCall`)}</p>
        </div>`
      : nothing}
  </section>`;
}

/** Shown, not buried: after "yes", focus goes to what to do now. */
export async function focusAcuteAlert(host: { updateComplete: Promise<unknown>; renderRoot: ParentNode }): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('.acute-alert')?.focus();
}

/** The look of a guard-rail box (`.guard-rail`) and the helpers' parts: shown, not buried. */
export const guardRailStyles = css`
  .guard-rail {
    display: grid;
    gap: var(--_space-s);
    border: 2px solid var(--_error);
    border-inline-start-width: 8px;
    border-radius: var(--_radius);
    padding: var(--_space-m);
    background: var(--_surface);
  }
  .guard-rail h3,
  .guard-rail h4.guard-title {
    margin: 0;
  }
  .guard-rail h3::before,
  .guard-rail h4.guard-title::before {
    /* Empty alternative text: the heading says it; the sign is for the eye. */
    content: '⚠ ' / '';
  }
  .guard-rail p {
    margin: 0;
  }
  .guard-rail .acute {
    font-weight: 700;
  }
  .guard-rail .beredskab {
    padding: var(--_space-s) var(--_space-m);
    background: var(--_warning-surface);
    border-inline-start: 4px solid var(--_warning-border);
  }
  .guard-rail .beredskab h4 {
    margin: 0 0 var(--_space-xs);
  }
  .guard-rail a.phone {
    font-weight: 700;
    color: var(--_primary);
  }
  .guard-rail .beredskab a {
    font-weight: 700;
    color: var(--_primary);
  }
  @media (forced-colors: active) {
    .guard-rail {
      border-color: CanvasText;
    }
  }
`;
