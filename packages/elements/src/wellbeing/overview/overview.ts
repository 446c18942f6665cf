import { css, html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import {
  type OverviewRow,
  type WellbeingCheck,
  Context,
  Instrument,
  POSITIONS,
  aggregateWellbeing,
  defaultInstrument,
  parseRecordOf,
  wellbeingCheckDefinition,
  parseWith,
} from '@spire/model';
import { SpireElement } from '../../shared/elements/spire-element.js';
import { positionMarkStyles, positionShape } from '../controls/position-mark.js';
import './strings.js';

/**
 * Group overview of wellbeing checks (a stue or a klasse): per dimension how many children are grøn,
 * gul, rød or ikke vurderet, and n. Aggregates only — never names, never a ranking — and the counts
 * cannot be decoded (the model's `aggregateWellbeing`):
 *
 * - only completed or amended joint assessments (fælles vurdering) count, in one setting (`context`),
 *   each child once by its newest check there; drafts and individual assessments never count;
 * - counts below `threshold` (never below 3; a lower one is raised and a note says so), 0 included, are
 *   shown as "skjult", and as many more as it takes so none can be worked out from the total;
 * - a row where every child shares one position is shown as hidden to protect the children;
 * - how many were assessed is shown exactly from 10, else as "færre end 10"; with fewer assessed than
 *   the threshold nothing is shown.
 *
 * @attr context - The setting to count: dagtilbud, skole, sfo, fritid or hjem. Default: the setting most checks are from.
 * @attr threshold - Counts below it are hidden. Default: the provider's `overviewThreshold`, else 3; never below 3.
 * @attr group-size - Children in the group; those without a counted check count as "ikke vurderet".
 * @attr group-label - The group's name, e.g. "0.B".
 *
 * @tag spire-wellbeing-overview
 * @fires spire-error - `{ source, path, code, message }` for a check or an instrument the model rejects; it is left out.
 * @csspart table - The table of counts (the accessible form of the overview).
 * @csspart bar - The stacked bar drawn for each row.
 */
export class SpireWellbeingOverview extends SpireElement {
  static override styles = [
    ...SpireElement.styles,
    positionMarkStyles,
    css`
      .title {
        font-size: var(--_font-l);
        font-weight: 700;
        margin: 0 0 var(--_space-xs);
      }
      .n,
      .note,
      .scope {
        color: var(--_muted);
        margin: 0 0 var(--_space-m);
      }
      .scroll {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        inline-size: 100%;
        min-inline-size: 36rem;
      }
      th,
      td {
        text-align: start;
        padding: var(--_space-s);
        border-block-end: 1px solid var(--_divider);
        vertical-align: middle;
      }
      thead th {
        font-weight: 600;
        white-space: nowrap;
      }
      td.count {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .head {
        display: inline-flex;
        align-items: center;
        gap: var(--_space-s);
      }
      tr.overall th,
      tr.overall td {
        font-weight: 600;
        border-block-start: 2px solid var(--_text);
      }
      .bar {
        display: block;
        inline-size: 100%;
        block-size: 0.75rem;
        min-inline-size: 6rem;
        border: 1px solid var(--_text);
        margin-block-start: var(--_space-s);
      }
      .bar [data-position='green'] {
        fill: var(--_green);
      }
      .bar [data-position='yellow'] {
        fill: var(--_yellow);
      }
      .bar [data-position='red'] {
        fill: var(--_red);
      }
      .bar [data-position='not-assessed'] {
        fill: var(--_not-assessed);
      }
      .bar [data-position='hidden'] {
        fill: var(--_suppressed);
      }
      :host {
        container-type: inline-size;
      }
      /* Narrow: one card per area, each count labelled. Explicit roles keep the table semantics that a
         changed display would otherwise drop. */
      @container (max-width: 36rem) {
        table,
        tbody,
        tr,
        th,
        td {
          display: block;
        }
        table {
          min-inline-size: 0;
        }
        thead {
          position: absolute;
          inline-size: 1px;
          block-size: 1px;
          overflow: hidden;
          clip-path: inset(50%);
        }
        tbody tr {
          display: grid;
          grid-template-columns: 1fr 1fr;
          gap: var(--_space-xs) var(--_space-m);
          padding-block: var(--_space-s);
          border-block-end: 1px solid var(--_divider);
        }
        tbody tr > th {
          grid-column: 1 / -1;
          padding: 0 0 var(--_space-xs);
          border: 0;
        }
        tbody td,
        tbody tr.overall td {
          padding: 0;
          border: 0;
        }
        tbody tr.overall {
          border-block-start: 2px solid var(--_text);
        }
        tbody tr.overall th {
          border: 0;
        }
        tbody td::before {
          content: attr(data-label) ': ';
          font-style: normal;
          font-weight: 600;
          color: var(--_text);
        }
      }
      .hidden {
        color: var(--_muted);
        font-style: italic;
      }
      @container (max-width: 36rem) {
        tbody td.suppressed-row {
          grid-column: 1 / -1;
        }
        tbody td.suppressed-row::before {
          content: none;
        }
      }
      @media (forced-colors: active) {
        .bar {
          display: none;
        }
      }
      @media print {
        .scroll {
          overflow: visible;
        }
        table {
          min-inline-size: 0;
        }
      }
    `,
  ];

  /** The group's wellbeing checks. Each child counts once, by its newest check. */
  @property({ attribute: false }) checks: readonly WellbeingCheck[] = [];

  /** The instrument whose dimensions form the rows. Default: the provider's configuration, else Spire's default instrument. */
  @property({ attribute: false }) instrument?: Instrument;

  /** Counts below this number (0 included) are hidden. Default: the provider's `overviewThreshold`, else 3. Never below 3: a lower one is raised to 3 and a note says so. */
  @property({ type: Number }) threshold?: number;

  /** The setting to count (dagtilbud, skole, sfo, fritid, hjem). Default: the setting most of the checks are from. An unknown one is reported with `spire-error` and the default is used. */
  @property() context?: Context;

  private get effectiveThreshold(): number {
    return this.threshold ?? this.config?.overviewThreshold ?? 3;
  }

  /** Children in the group; those without a counted check count as "ikke vurderet". */
  @property({ type: Number, attribute: 'group-size' }) groupSize?: number;

  /**
   * The level of the overview's heading (1–6), to fit the host page's outline: 2 by default. Another
   * value is reported with `spire-error` and 2 is used.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel?: number;

  private get effectiveHeadingLevel(): number {
    return this.hostInput.usable('headingLevel', this.headingLevel, (input) =>
      typeof input === 'number' && Number.isInteger(input) && input >= 1 && input <= 6
        ? { ok: true as const, value: input }
        : { ok: false as const, issues: [{ code: 'invalid_value' as const, path: [], params: { allowed: [1, 2, 3, 4, 5, 6] } }] },
    ) ?? 2;
  }

  /** The group's name, e.g. "0.B" or "Spirerne". */
  @property({ attribute: 'group-label' }) groupLabel = '';

  private get currentInstrument(): Instrument {
    return this.hostInput.usable('instrument', this.instrument ?? this.config?.instrument, (input) => parseWith(Instrument, input)) ?? defaultInstrument;
  }

  override render() {
    const { t } = this.i18n;
    const instrument = this.currentInstrument;
    const checks = this.hostInput.records('checks', this.checks, (input) => parseRecordOf(wellbeingCheckDefinition, input));
    const context = this.hostInput.usable('context', this.context, (input) => parseWith(Context, input));
    const overview = aggregateWellbeing(checks, { instrument, threshold: this.effectiveThreshold, groupSize: this.groupSize, ...(context ? { context } : {}) });
    const title = this.groupLabel ? t('wellbeing.overview.titleFor', { group: this.groupLabel }) : t('wellbeing.overview.title');
    const rough = overview.assessedRough;
    const assessed = 'exact' in rough ? this.i18n.formatNumber(rough.exact) : t('wellbeing.overview.fewerThan', { count: rough.below });
    // A heading role, not a fixed h2: the host decides where the overview sits in its page's outline.
    const header = html`<div class="title" id="title" role="heading" aria-level=${this.effectiveHeadingLevel}>${title}</div>
      <p class="n">${overview.assessed === 0 ? t('wellbeing.overview.n', { count: overview.n }) : t('wellbeing.overview.assessed', { count: overview.n, assessed })}</p>
      ${overview.context ? html`<p class="scope">${t('wellbeing.overview.scope', { context: t(`shared.context.${overview.context}`) })}</p>` : ''}
      ${overview.thresholdClamped
        ? html`<p class="note" role="note">${t('wellbeing.overview.thresholdClamped', { requested: overview.requestedThreshold, threshold: overview.threshold })}</p>`
        : ''}`;
    if (overview.assessed === 0) return html`${header}<p class="note">${t('wellbeing.overview.empty')}</p>`;
    if (overview.suppressed) return html`${header}<p class="note" role="note">${t('wellbeing.overview.tooFew', { threshold: overview.threshold })}</p>`;
    const label = (id: string) => instrument.dimensions.find((d) => d.id === id)?.label[this.i18n.locale] ?? id;
    return html`${header}
      <div class="scroll" tabindex="0" role="group" aria-labelledby="title">
        <table part="table" role="table">
          <caption class="visually-hidden">${title}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">${t('wellbeing.overview.area')}</th>
              ${POSITIONS.map((p) => html`<th scope="col" role="columnheader"><span class="head">${positionShape(p)}${t(`controls.position.${p}`)}</span></th>`)}
              <th scope="col" role="columnheader">${t('wellbeing.overview.total')}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${overview.dimensions.map((row) => this.renderRow(row, label(row.id), overview.threshold))}
            ${this.renderRow(overview.overall, t('wellbeing.overview.overall'), overview.threshold, 'overall')}
          </tbody>
        </table>
      </div>
      <p class="note">${t('wellbeing.overview.privacyNote', { threshold: overview.threshold })}</p>`;
  }

  /**
   * The stacked bar, drawn with SVG attributes only: inline style (even Lit's styleMap on first render)
   * is blocked by a strict Content-Security-Policy.
   */
  private renderBar(row: OverviewRow, hiddenTotal: number) {
    const segments = [...POSITIONS.map((p) => [p, row.counts[p] ?? 0] as const), ['hidden', hiddenTotal] as const].filter(([, n]) => n > 0);
    let x = 0;
    return html`<svg class="bar" part="bar" aria-hidden="true" focusable="false" viewBox=${`0 0 ${Math.max(row.n, 1)} 1`} preserveAspectRatio="none">
      ${segments.map(([position, n]) => {
        const rect = svg`<rect x=${x} y="0" width=${n} height="1" data-position=${position} />`;
        x += n;
        return rect;
      })}
    </svg>`;
  }

  private renderRow(row: OverviewRow, label: string, threshold: number, className = '') {
    const { t } = this.i18n;
    const hiddenTotal = row.n - POSITIONS.reduce((sum, p) => sum + (row.counts[p] ?? 0), 0);
    return html`<tr class=${className} role="row">
      <th scope="row" role="rowheader">
        ${label}
        ${this.renderBar(row, hiddenTotal)}
      </th>
      ${row.suppressed
        ? html`<td class="count hidden suppressed-row" role="cell" colspan=${POSITIONS.length} title=${t('wellbeing.overview.rowSuppressedLong')}>${t('wellbeing.overview.rowSuppressed')}</td>`
        : POSITIONS.map((p) =>
        row.counts[p] === null
            ? html`<td class="count hidden" role="cell" data-label=${t(`controls.position.${p}`)} title=${t('wellbeing.overview.hiddenLong', { threshold })}>${t('wellbeing.overview.hidden')}</td>`
            : html`<td class="count" role="cell" data-label=${t(`controls.position.${p}`)}>${this.i18n.formatNumber(row.counts[p]!)}</td>`,
          )}
      <td class="count" role="cell" data-label=${t('wellbeing.overview.total')}>${this.i18n.formatNumber(row.n)}</td>
    </tr>`;
  }
}
