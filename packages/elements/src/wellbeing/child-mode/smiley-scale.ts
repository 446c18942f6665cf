import { css, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { ControlElement } from '../../shared/controls/control-element.js';

const MOUTHS: Record<number, string> = {
  1: 'M16 34 Q24 24 32 34',
  2: 'M16 32 Q24 27 32 32',
  3: 'M16 30 L32 30',
  4: 'M16 28 Q24 34 32 28',
  5: 'M14 27 Q24 39 34 27',
};

/** Faces drawn for Spire: from very sad to very happy. */
function face(value: number) {
  return html`<svg viewBox="0 0 48 48" aria-hidden="true" focusable="false">
    ${svg`<circle cx="24" cy="24" r="21" class="face" />
    <circle cx="17" cy="19" r="2.6" class="feature-fill" />
    <circle cx="31" cy="19" r="2.6" class="feature-fill" />
    ${value === 1 ? svg`<path d="M12 16 L19 12.5 M36 16 L29 12.5" class="feature" />` : nothing}
    <path d=${MOUTHS[value]!} class="feature" />`}
  </svg>`;
}

/**
 * A 1–5 smiley scale a young child can use with an adult beside them: five big faces, each with its
 * word, native radio buttons (arrow keys), and touch targets of at least 64 px.
 *
 * @tag spire-smiley-scale
 * @fires input - When a face is chosen.
 * @fires change - When a face is chosen.
 * @csspart face - Each face's label box.
 */
export class SpireSmileyScale extends ControlElement {
  static override styles = [
    ...ControlElement.controlStyles,
    css`
      legend {
        font-weight: 600;
        margin-block-end: 0.5rem;
      }
      :host([size='large']) legend {
        font-size: 1.5rem;
      }
      .faces {
        display: grid;
        grid-template-columns: repeat(5, minmax(0, 1fr));
        gap: 0.4rem;
      }
      label.face-option {
        position: relative;
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 0.25rem;
        min-block-size: 64px;
        padding: 0.4rem 0.2rem;
        border: 2px solid var(--_border);
        border-radius: 12px;
        background: var(--_surface);
        text-align: center;
        cursor: pointer;
        font-size: 0.85rem;
        line-height: 1.2;
      }
      :host([size='large']) label.face-option {
        min-block-size: 120px;
        font-size: 1.05rem;
      }
      label.face-option svg {
        inline-size: 2.5rem;
        block-size: 2.5rem;
      }
      :host([size='large']) label.face-option svg {
        inline-size: min(4.5rem, 14vw);
        block-size: min(4.5rem, 14vw);
      }
      .face {
        fill: var(--_highlight);
        stroke: var(--_text);
        stroke-width: 1.5;
      }
      .feature {
        fill: none;
        stroke: var(--_text);
        stroke-width: 2.5;
        stroke-linecap: round;
      }
      .feature-fill {
        fill: var(--_text);
      }
      input {
        position: absolute;
        inset: 0;
        opacity: 0;
        margin: 0;
        cursor: pointer;
      }
      label.face-option:has(input:checked) {
        border-color: var(--_primary);
        border-width: 4px;
        background: var(--_subtle);
        font-weight: 700;
      }
      label.face-option:has(input:focus-visible) {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      :host {
        container: smiley / inline-size;
      }
      /* On a phone five faces in a row leave the words one letter wide: one face and its word per row,
         each row a large touch target, in the same order the arrow keys go. */
      @container smiley (max-width: 30rem) {
        .faces {
          grid-template-columns: 1fr;
        }
        label.face-option,
        :host([size='large']) label.face-option {
          flex-direction: row;
          justify-content: flex-start;
          gap: 1rem;
          min-block-size: 64px;
          padding: 0.4rem 1rem;
          text-align: start;
        }
        :host([size='large']) label.face-option svg {
          inline-size: 3.5rem;
          block-size: 3.5rem;
        }
      }
      @media (forced-colors: active) {
        .face {
          fill: Canvas;
          stroke: CanvasText;
        }
        .feature {
          stroke: CanvasText;
        }
        .feature-fill {
          fill: CanvasText;
        }
        label.face-option:has(input:checked) {
          outline: 4px solid Highlight;
        }
      }
    `,
  ];

  /** 1 (very sad) to 5 (very happy), or undefined. */
  @property({ type: Number }) value?: number;
  /** `large` for child mode. */
  @property({ reflect: true }) size: 'normal' | 'large' = 'normal';

  override render() {
    const { t } = this.i18n;
    return html`<fieldset ?disabled=${this.disabled || this.readonly} aria-describedby=${this.describedBy() || nothing}>
      <legend>${this.renderLabelText()}</legend>
      ${this.renderHint()}
      <div class="faces">
        ${[1, 2, 3, 4, 5].map(
          (n) => html`<label class="face-option" part="face">
            <input type="radio" name="smiley" .value=${String(n)} .checked=${this.value === n} @change=${() => this.choose(n)} />
            ${face(n)}<span>${t(`controls.smiley.${n}`)}</span>
          </label>`,
        )}
      </div>
      ${this.renderError()}
    </fieldset>`;
  }
}
