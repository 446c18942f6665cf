// The parents' version of a wellbeing check: a letter in plain language for the child's parents, to print
// and hand over or send. Rendered by the wellbeing check while it prints that version (see the check's
// `print.print('parents')`); it carries its own strings area, `wellbeingParents`.
//
// What it shows, and why: parents have the right to see what is written about their child, so nothing is
// left out of what the professionals wrote about the child — strengths, each area, what we wonder about
// and what may lie behind, the child's words, the parents' own view, agreements and the next step. Each
// part comes first in plain words, and then, under "Det skrev vi:", the professionals' own wording as
// written. Positions are never shown as codes (grøn/gul/rød): each is said as what it means for the
// child's days in this setting. Left out: ids, the change history, and internal bookkeeping (instrument,
// record status codes). When abuse by a parent is suspected the letter is not made at all: the parents
// are not contacted first (the municipality's beredskab is followed), and a notice says so instead.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ChildPerspective, Instrument, Position, WellbeingCheck } from '@spire/model';
import { type Locale, type Translate, intlLocale, registerStrings } from '../shared/i18n/i18n.js';
import type { PageText } from '../shared/controllers/print.js';
import { wellbeingParents } from '../locales/da/wellbeing-parents.js';
import { parentsVersionAvailable } from './parents-version-available.js';

export { PARENTS_VERSION, parentsVersionAvailable } from './parents-version-available.js';

registerStrings('wellbeingParents', wellbeingParents, { en: () => import('../locales/en/wellbeing-parents.js').then((module) => module.wellbeingParents) });


/** What the letter needs of the element's language: a widget's `this.i18n` (its `LocaleController`) fits. */
export interface ParentsVersionI18n {
  t: Translate;
  locale: Locale;
  formatDate(value: string | Date | undefined, options?: Intl.DateTimeFormatOptions): string;
}

/** Strengths first: the areas that go well lead, those not looked at come last; the instrument's order within. */
const AREA_ORDER: Record<Position, number> = { green: 0, yellow: 1, red: 2, 'not-assessed': 3 };

/**
 * The parents' version of a check as a letter (`<article class="parents-letter">`), every text through
 * lit bindings. Give it the widget's `i18n` (any object with `t`, `locale` and `formatDate`).
 */
export function renderParentsVersion(check: WellbeingCheck, instrument: Instrument, i18n: ParentsVersionI18n): TemplateResult {
  const { t, locale } = i18n;
  if (!parentsVersionAvailable(check)) {
    return html`<article class="parents-letter"><p class="not-available">${t('wellbeingParents.notAvailable')}</p></article>`;
  }
  const child = check.child.displayName;
  const setting = t(`wellbeingParents.setting.${check.child.context}`);
  return html`<article class="parents-letter">
    <h2>${t('wellbeingParents.title', { child })}</h2>
    ${renderMeta(check, i18n)}
    <p>${t('wellbeingParents.intro', { child, setting })}</p>
    ${renderStrengths(check, t)} ${renderAreas(check, instrument, t, locale)} ${renderUnderstand(check, t)} ${renderChild(check, instrument, t, locale)}
    ${renderParents(check, t)} ${renderAgreements(check, i18n)} ${renderNextStep(check, t)} ${renderContact(check, t)}
  </article>`;
}

/** The margins of every page of the letter: the child's name, a line for the parents, and "Side x af y". */
export function parentsPageText(check: WellbeingCheck, t: Translate): PageText {
  return { child: check.child.displayName, confidential: t('wellbeingParents.pageNote'), pageOf: t('shared.print.pageOf', { page: '{{page}}', pages: '{{pages}}' }) };
}

function renderMeta(check: WellbeingCheck, i18n: ParentsVersionI18n) {
  const { t, locale } = i18n;
  const last = [...check.history].reverse().find((entry) => entry.action === 'completed' || entry.action === 'amended');
  const people =
    check.assessment.type === 'joint' && check.assessment.participants.length
      ? check.assessment.participants
      : [{ name: check.author.name, role: check.author.role }];
  const names = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(people.map((p) => t('wellbeingParents.person', { name: p.name, role: p.role })));
  return html`<p class="meta">
    ${t('wellbeingParents.round', { round: check.round.label })} ${t('wellbeingParents.written', { date: i18n.formatDate(last?.at ?? check.updatedAt) })}
    ${t('wellbeingParents.madeBy', { names })}
  </p>
  ${check.status === 'draft' ? html`<p class="draft">${t('wellbeingParents.draft')}</p>` : nothing}`;
}

/** The professionals' own words, as written, after the plain explanation. */
function asWritten(t: Translate, text: string | undefined, label = t('wellbeingParents.weWrote')) {
  if (!text?.trim()) return nothing;
  return html`<div class="as-written">
    <p class="label">${label}</p>
    <p class="text">${text}</p>
  </div>`;
}

function renderStrengths(check: WellbeingCheck, t: Translate) {
  const child = check.child.displayName;
  return html`<section>
    <h3>${t('wellbeingParents.strengths.title')}</h3>
    ${check.strengths?.trim() ? html`<p class="text">${check.strengths}</p>` : html`<p>${t('wellbeingParents.strengths.none', { child })}</p>`}
  </section>`;
}

function renderAreas(check: WellbeingCheck, instrument: Instrument, t: Translate, locale: Locale) {
  const child = check.child.displayName;
  const setting = t(`wellbeingParents.setting.${check.child.context}`);
  const known = instrument.dimensions.map((d) => d.id);
  const rank = (id: string) => (known.includes(id) ? known.indexOf(id) : known.length);
  const areas = [...check.dimensions].sort((a, b) => AREA_ORDER[a.position] - AREA_ORDER[b.position] || rank(a.dimensionId) - rank(b.dimensionId));
  return html`<section>
    <h3>${t('wellbeingParents.areas.title', { child, setting })}</h3>
    <p>${t('wellbeingParents.areas.note', { child })}</p>
    <ul class="areas">
      ${areas.map((area) => {
        const label = instrument.dimensions.find((d) => d.id === area.dimensionId)?.label[locale] ?? area.dimensionId;
        return html`<li>
          <h4>${label}</h4>
          <p class="plain">${t(`wellbeingParents.position.${area.position}`)}</p>
          ${asWritten(t, area.justification)}
        </li>`;
      })}
    </ul>
    <div class="overall">
      <h4>${t('wellbeingParents.areas.overall')}</h4>
      <p class="plain">${t(`wellbeingParents.position.${check.overall.position}`)}</p>
      ${asWritten(t, check.overall.overrideReason)}
    </div>
  </section>`;
}

function renderUnderstand(check: WellbeingCheck, t: Translate) {
  if (!check.wonderings?.trim() && !check.possibleBackground?.trim()) return nothing;
  return html`<section>
    <h3>${t('wellbeingParents.understand.title')}</h3>
    <p>${t('wellbeingParents.understand.note')}</p>
    ${asWritten(t, check.wonderings, t('wellbeingParents.understand.wonderings'))} ${asWritten(t, check.possibleBackground, t('wellbeingParents.understand.background'))}
  </section>`;
}

/** The child's own words, verbatim in quotation marks, never retold. */
function quote(t: Translate, words: string | undefined, label: string) {
  if (!words?.trim()) return nothing;
  return html`<div class="child-words">
    <p class="label">${label}</p>
    <blockquote class="quote"><p>${t('wellbeingParents.quoteOpen')}${words}${t('wellbeingParents.quoteClose')}</p></blockquote>
  </div>`;
}

function renderChild(check: WellbeingCheck, instrument: Instrument, t: Translate, locale: Locale) {
  const child = check.child.displayName;
  const perspective: ChildPerspective | undefined = check.childPerspective;
  const method = perspective?.method;
  const houses = perspective?.threeHouses;
  const ratings = (perspective?.ratings ?? []).flatMap((rating) => {
    const item = instrument.childItems.find((i) => i.id === rating.itemId);
    return item ? [{ question: item.text[locale], answer: t(`controls.smiley.${rating.value}`) }] : [];
  });
  const missing = !perspective || (!perspective.ownWords?.trim() && !ratings.length && !perspective.observation?.trim() && !houses && method !== 'declined' && method !== 'not-possible');
  return html`<section>
    <h3>${t('wellbeingParents.child.title', { child })}</h3>
    ${quote(t, perspective?.ownWords, t('wellbeingParents.child.said', { child }))}
    ${houses
      ? html`${quote(t, houses.goodThings, t('wellbeingParents.child.goodThings'))} ${quote(t, houses.worries, t('wellbeingParents.child.worries'))}
        ${quote(t, houses.dreams, t('wellbeingParents.child.dreams', { child }))}`
      : nothing}
    ${ratings.length
      ? html`<p class="label">${t('wellbeingParents.child.ratings', { child })}</p>
          <dl class="ratings">${ratings.map((r) => html`<dt>${r.question}</dt><dd>${r.answer}</dd>`)}</dl>`
      : nothing}
    ${perspective?.observation?.trim() ? asWritten(t, perspective.observation, t('wellbeingParents.child.observation', { child })) : nothing}
    ${method === 'declined' || method === 'not-possible'
      ? html`<p>${t(method === 'declined' ? 'wellbeingParents.child.declined' : 'wellbeingParents.child.notPossible', { child })}</p>
          ${asWritten(t, perspective?.reason)}`
      : nothing}
    ${missing ? html`<p>${t('wellbeingParents.child.missing', { child })}</p>` : nothing}
  </section>`;
}

function renderParents(check: WellbeingCheck, t: Translate) {
  const parents = check.parentPerspective;
  const said = parents?.view?.trim() || parents?.ideas?.trim();
  return html`<section>
    <h3>${t('wellbeingParents.parents.title')}</h3>
    ${said
      ? html`${asWritten(t, parents?.view, t('wellbeingParents.parents.view'))} ${asWritten(t, parents?.ideas, t('wellbeingParents.parents.ideas'))}`
      : html`<p>${t('wellbeingParents.parents.none')}</p>`}
  </section>`;
}

function renderAgreements(check: WellbeingCheck, i18n: ParentsVersionI18n) {
  const { t } = i18n;
  const followUps = check.followUps ?? [];
  return html`<section>
    <h3>${t('wellbeingParents.agreements.title')}</h3>
    ${check.agreements.length
      ? html`<ul class="agreements">
          ${check.agreements.map(
            (a) => html`<li>
              <p class="goal">${a.goal}</p>
              <p class="text">${a.action}</p>
              <p>${t('wellbeingParents.agreements.who', { responsible: a.responsible })} ${t('wellbeingParents.agreements.when', { date: i18n.formatDate(a.followUpOn) })}</p>
              ${a.done ? html`<p>${t('wellbeingParents.agreements.done')}</p>` : nothing}
            </li>`,
          )}
        </ul>`
      : html`<p>${t('wellbeingParents.agreements.none')}</p>`}
    ${followUps.length
      ? html`<h4>${t('wellbeingParents.followUps.title')}</h4>
          <ul class="agreements">
            ${followUps.map(
              (f) => html`<li>
                <p class="goal">${f.goal}</p>
                <p>${t(`wellbeingParents.followUps.${f.outcome}`)}</p>
                ${asWritten(t, f.note)}
              </li>`,
            )}
          </ul>`
      : nothing}
  </section>`;
}

function renderNextStep(check: WellbeingCheck, t: Translate) {
  if (!check.nextStep) return nothing;
  return html`<section>
    <h3>${t('wellbeingParents.nextStep.title')}</h3>
    <p>${t(`wellbeingParents.nextStep.${check.nextStep}`, { child: check.child.displayName })}</p>
  </section>`;
}

function renderContact(check: WellbeingCheck, t: Translate) {
  const { name, role, institution } = check.author;
  return html`<section>
    <h3>${t('wellbeingParents.contact.title')}</h3>
    <p>${institution?.trim() ? t('wellbeingParents.contact.whoAt', { name, role, institution }) : t('wellbeingParents.contact.who', { name, role })}</p>
    <p>${t('wellbeingParents.contact.rights', { child: check.child.displayName })}</p>
  </section>`;
}

/** The letter's look, on screen and on paper. Add it to the styles of the widget that renders the letter. */
export const parentsVersionStyles = css`
  .parents-letter {
    display: grid;
    gap: var(--_space-m);
    max-inline-size: 42rem;
    /* A little larger than the widget's text: a letter for parents (12 pt on paper). */
    font-size: calc(var(--_font-m) * 1.05);
    line-height: 1.5;
  }
  .parents-letter h2,
  .parents-letter h3,
  .parents-letter h4,
  .parents-letter p,
  .parents-letter ul,
  .parents-letter dl,
  .parents-letter blockquote {
    margin: 0;
  }
  .parents-letter section {
    display: grid;
    gap: var(--_space-s);
  }
  .parents-letter ul {
    padding-inline-start: var(--_space-l);
    display: grid;
    gap: var(--_space-s);
  }
  .parents-letter .meta,
  .parents-letter .label {
    font-size: var(--_font-s);
  }
  .parents-letter .label,
  .parents-letter .goal {
    font-weight: 600;
  }
  .parents-letter .text,
  .parents-letter .quote p {
    white-space: pre-wrap;
  }
  .parents-letter .as-written {
    border-inline-start: 3px solid currentColor;
    padding-inline-start: var(--_space-m);
  }
  .parents-letter .quote {
    font-style: italic;
    padding-inline-start: var(--_space-m);
  }
  .parents-letter .ratings {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_space-xs) var(--_space-m);
  }
  .parents-letter .ratings dd {
    margin: 0;
    font-weight: 600;
  }
  .parents-letter .draft,
  .parents-letter .not-available {
    font-weight: 700;
  }
  @media print {
    .parents-letter {
      max-inline-size: none;
      font-size: 12pt;
      color: CanvasText;
    }
    .parents-letter h2,
    .parents-letter h3,
    .parents-letter h4,
    .parents-letter .label {
      break-after: avoid;
    }
    .parents-letter li,
    .parents-letter .as-written,
    .parents-letter .child-words {
      break-inside: avoid;
    }
  }
`;
