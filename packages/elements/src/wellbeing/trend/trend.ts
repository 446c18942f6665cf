import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type Instrument, type Position, type WellbeingCheck, chronologicalChecks, defaultInstrument } from '@spire/model';
import { SpireElement } from '../../shared/elements/spire-element.js';
import { positionMarkStyles, positionShape } from '../controls/position-mark.js';
import './strings.js';

/** Below this width the table no longer fits beside its row labels (about 36rem). */
const NARROW_PX = 576;

/**
 * A compact picture of one child's positions per dimension across rounds: shape, colour and text, in a
 * table so a screen reader reads it as well as a sighted reader scans it. Oldest round first; on a
 * narrow screen the current round first, so it is seen without scrolling.
 *
 * @tag spire-wellbeing-trend
 * @csspart table - The trend table.
 */
export class SpireWellbeingTrend extends SpireElement {
  static override styles = [
    ...SpireElement.styles,
    positionMarkStyles,
    css`
      :host {
        background: none;
      }
      h3 {
        font-size: var(--_font-m);
        margin: 0 0 var(--_space-s);
      }
      .scroll {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
      }
      th,
      td {
        padding: var(--_space-s);
        text-align: start;
        border-block-end: 1px solid var(--_divider);
      }
      thead th {
        font-weight: 600;
        white-space: nowrap;
      }
      td span.cell {
        display: inline-flex;
        align-items: center;
        gap: var(--_space-xs);
        white-space: nowrap;
        font-size: var(--_font-s);
      }
      tr.overall th,
      tr.overall td {
        font-weight: 600;
      }
      p {
        color: var(--_muted);
        margin: 0;
      }
    `,
  ];

  /** The child's checks, this round's included; shown oldest first. */
  @property({ attribute: false }) checks: readonly WellbeingCheck[] = [];

  /** Supplies the dimension labels. */
  @property({ attribute: false }) instrument: Instrument = defaultInstrument;

  /** On a narrow screen the table scrolls: the current round comes first, where it is seen without scrolling. */
  @state() private narrow = false;
  private readonly resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(([entry]) => {
    const narrow = (entry?.contentRect.width ?? Infinity) < NARROW_PX;
    // In the next frame: re-rendering inside the observer's callback changes the height it observes.
    if (narrow !== this.narrow) requestAnimationFrame(() => (this.narrow = narrow));
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
  }

  override render() {
    const { t, locale } = this.i18n;
    const oldestFirst = chronologicalChecks(this.checks);
    const rounds = this.narrow ? [...oldestFirst].reverse() : oldestFirst;
    if (oldestFirst.length < 2) return html`<h3>${t('wellbeing.trend.title')}</h3><p>${t('wellbeing.trend.noEarlier')}</p>`;
    const cell = (position: Position | undefined) => {
      const p = position ?? 'not-assessed';
      return html`<td><span class="cell">${positionShape(p)}${t(`controls.position.${p}`)}</span></td>`;
    };
    return html`<h3 id="title">${t('wellbeing.trend.title')}</h3>
      ${this.narrow ? html`<p class="order">${t('wellbeing.trend.newestFirst')}</p>` : nothing}
      <div class="scroll" tabindex="0" role="group" aria-labelledby="title">
        <table part="table" aria-labelledby="title">
          <thead>
            <tr>
              <th scope="col">${t('wellbeing.trend.dimension')}</th>
              ${rounds.map((r) => html`<th scope="col">${r.round.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this.instrument.dimensions.map(
              (d) => html`<tr>
                <th scope="row">${d.label[locale]}</th>
                ${rounds.map((r) => cell(r.dimensions.find((x) => x.dimensionId === d.id)?.position))}
              </tr>`,
            )}
            <tr class="overall">
              <th scope="row">${t('wellbeing.trend.overall')}</th>
              ${rounds.map((r) => cell(r.overall.position))}
            </tr>
          </tbody>
        </table>
      </div>`;
  }
}
