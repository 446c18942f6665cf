import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { POSITIONS, type Position } from '@spire/model';
import { ControlElement } from '../../shared/controls/control-element.js';
import { positionMarkStyles, positionShape } from './position-mark.js';

/**
 * Choose grøn / gul / rød / ikke vurderet. Native radio buttons (arrow keys move and select, a screen
 * reader says "Gul, 2 af 4"), each with its text and a shape as well as a colour — never colour alone.
 *
 * @tag spire-position-picker
 * @fires input - When the user picks a position.
 * @fires change - When the user picks a position.
 * @csspart option - Each position's label box.
 */
export class SpirePositionPicker extends ControlElement {
  static override styles = [
    ...ControlElement.controlStyles,
    positionMarkStyles,
    css`
      fieldset {
        display: block;
      }
      legend {
        font-weight: 600;
        margin-block-end: var(--_space-s);
      }
      .options {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-s);
      }
      label.option {
        position: relative;
        display: inline-flex;
        align-items: center;
        gap: var(--_space-s);
        min-block-size: 44px;
        padding: var(--_space-s) var(--_space-m) var(--_space-s) var(--_space-s);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        cursor: pointer;
        user-select: none;
      }
      label.option .position-mark {
        inline-size: 1.25rem;
        block-size: 1.25rem;
      }
      input {
        position: absolute;
        opacity: 0;
        inset: 0;
        margin: 0;
        cursor: pointer;
      }
      label.option:has(input:checked) {
        border-color: var(--_text);
        background: var(--_subtle);
        font-weight: 700;
        box-shadow: inset 0 -4px 0 var(--_primary);
      }
      label.option:has(input:focus-visible) {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      label.option:has(input:disabled) {
        cursor: not-allowed;
        opacity: 0.7;
      }
      .suggested {
        color: var(--_muted);
        margin: var(--_space-s) 0 0;
      }
      .guidance-toggle {
        margin-block-start: var(--_space-s);
        min-block-size: 36px;
        padding: var(--_space-xs) var(--_space-s);
        font-weight: 500;
        border-width: 1px;
      }
      dl.guidance {
        margin: var(--_space-s) 0 0;
        padding: var(--_space-m);
        background: var(--_subtle);
        border-inline-start: 4px solid var(--_primary);
      }
      dl.guidance dt {
        display: flex;
        align-items: center;
        gap: var(--_space-s);
        font-weight: 700;
      }
      dl.guidance dd {
        margin: 0 0 var(--_space-s);
      }
      .readonly-value {
        display: inline-flex;
        align-items: center;
        gap: var(--_space-s);
        font-weight: 600;
      }
      @media (forced-colors: active) {
        label.option:has(input:checked) {
          outline: 3px solid Highlight;
        }
      }
      @media print {
        .guidance-toggle {
          display: none;
        }
      }
    `,
  ];

  /** The chosen position, or undefined when none is chosen yet. */
  @property() value?: Position;
  /** A suggestion shown as a hint (e.g. derived from the dimensions). */
  @property() suggested?: Position;
  /** Guidance for each level, shown on demand. */
  @property({ attribute: false }) guidance?: Partial<Record<'green' | 'yellow' | 'red', string>>;
  /** Leave out "ikke vurderet" (e.g. for an overall position that must be chosen). */
  @property({ type: Boolean, attribute: 'no-unassessed' }) noUnassessed = false;

  @state() private guidanceOpen = false;

  override render() {
    const { t } = this.i18n;
    const positions = POSITIONS.filter((p) => !(this.noUnassessed && p === 'not-assessed'));
    if (this.readonly) {
      const p = this.value ?? 'not-assessed';
      return html`<div role="group" aria-label=${this.label}>
        <span class="label">${this.label}</span>
        <span class="readonly-value">${positionShape(p)}${t(`controls.position.${p}`)}</span>
      </div>`;
    }
    return html`<fieldset ?disabled=${this.disabled} aria-describedby=${this.describedBy(this.suggested ? 'suggested' : undefined) || nothing}>
        <legend>${this.renderLabelText()}</legend>
        ${this.renderHint()}
        <div class="options">
          ${positions.map(
            (p) => html`<label class="option" part="option">
              <input
                type="radio"
                name="position"
                .value=${p}
                .checked=${this.value === p}
                aria-invalid=${this.invalid ? 'true' : 'false'}
                @change=${() => this.choose(p)}
              />${positionShape(p)}<span>${t(`controls.position.${p}`)}</span>
            </label>`,
          )}
        </div>
        ${this.suggested ? html`<p class="suggested" id="suggested">${t('controls.position.suggested', { position: t(`controls.position.${this.suggested}`).toLocaleLowerCase(this.i18n.locale) })}</p>` : nothing}
        ${this.renderError()}
      </fieldset>
      ${this.renderGuidance()}`;
  }

  private renderGuidance() {
    const guidance = this.guidance;
    if (!guidance) return nothing;
    const { t } = this.i18n;
    return html`<button type="button" class="guidance-toggle" aria-expanded=${this.guidanceOpen ? 'true' : 'false'} aria-controls="guidance"
        aria-label=${t(this.guidanceOpen ? 'controls.position.hideGuidanceFor' : 'controls.position.showGuidanceFor', { label: this.label })}
        @click=${() => (this.guidanceOpen = !this.guidanceOpen)}>
        ${t(this.guidanceOpen ? 'controls.position.hideGuidance' : 'controls.position.showGuidance')}
      </button>
      <dl class="guidance" id="guidance" ?hidden=${!this.guidanceOpen} aria-label=${t('controls.position.guidanceTitle', { label: this.label })}>
        ${(['green', 'yellow', 'red'] as const).map((p) => (guidance[p] ? html`<dt>${positionShape(p)}${t(`controls.position.${p}`)}</dt><dd>${guidance[p]}</dd>` : nothing))}
      </dl>`;
  }
}
