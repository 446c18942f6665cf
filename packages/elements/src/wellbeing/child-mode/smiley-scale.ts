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

/** A smiley answer: 1 (very sad) to 5 (very happy), or `dont-know` ("ved ikke / vil ikke svare"). */
export type SmileyValue = number | 'dont-know';

/** `dont-know` stays a word; anything else from the attribute is a number (or nothing). */
const smileyConverter = {
  fromAttribute: (value: string | null): SmileyValue | undefined => (value === null || value === '' ? undefined : value === 'dont-know' ? value : Number(value)),
  toAttribute: (value: SmileyValue | undefined) => (value === undefined ? null : String(value)),
};

/**
 * A 1–5 smiley scale a young child can use with an adult beside them: five big faces, each with its
 * word, native radio buttons (arrow keys), and touch targets of at least 64 px. With `points="3"` only the
 * very sad, in-between and very happy faces are shown (values 1, 3 and 5), for the youngest. With
 * `dont-know` a "Ved ikke / vil ikke svare" answer follows the faces in the same radio group, set apart
 * from them and drawn as no face: an answer of its own, not the same as no answer.
 *
 * @tag spire-smiley-scale
 * @fires input - When an answer is chosen.
 * @fires change - When an answer is chosen.
 * @csspart face - Each face's label box.
 * @csspart dont-know - The "ved ikke" answer's label box.
 */
export class SpireSmileyScale extends ControlElement {
  static override styles = [
    ...ControlElement.controlStyles,
    css`
      legend {
        font-weight: 600;
        margin-block-end: var(--_space-s);
      }
      :host([size='large']) legend {
        font-size: var(--_font-xl);
      }
      .faces {
        display: grid;
        grid-template-columns: repeat(5, minmax(0, 1fr));
        gap: var(--_space-s);
      }
      label.face-option {
        position: relative;
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: var(--_space-xs);
        min-block-size: 64px;
        padding: var(--_space-s) var(--_space-xs);
        border: 2px solid var(--_border);
        border-radius: var(--_radius-l);
        background: var(--_surface);
        text-align: center;
        cursor: pointer;
        font-size: var(--_font-s);
        line-height: 1.2;
      }
      :host([size='large']) label.face-option {
        min-block-size: 120px;
        font-size: var(--_font-m);
      }
      label.face-option svg {
        inline-size: 2.5rem;
        block-size: 2.5rem;
      }
      :host([size='large']) label.face-option svg {
        inline-size: min(4.5rem, 14vw);
        block-size: min(4.5rem, 14vw);
      }
      .faces.three {
        grid-template-columns: repeat(3, minmax(0, 1fr));
        gap: var(--_space-m);
      }
      :host([size='x-large']) label.face-option {
        min-block-size: 160px;
        font-size: var(--_font-l);
        font-weight: 600;
      }
      :host([size='x-large']) label.face-option svg {
        inline-size: min(7rem, 22vw);
        block-size: min(7rem, 22vw);
      }
      /* "Ved ikke" is set apart from the faces: below a line, a wide box with a question mark, no face. */
      .dont-know-row {
        margin-block-start: var(--_space-m);
        padding-block-start: var(--_space-m);
        border-block-start: 2px dashed var(--_divider);
        display: flex;
        justify-content: center;
      }
      label.dont-know-option {
        position: relative;
        display: inline-flex;
        align-items: center;
        gap: var(--_space-m);
        min-block-size: 56px;
        padding: var(--_space-s) var(--_space-l) var(--_space-s) var(--_space-s);
        border: 2px dashed var(--_border);
        border-radius: 999px;
        background: var(--_surface);
        cursor: pointer;
        font-size: var(--_font-m);
      }
      :host([size='large']) label.dont-know-option,
      :host([size='x-large']) label.dont-know-option {
        min-block-size: 64px;
        font-size: var(--_font-l);
      }
      .mark {
        display: inline-grid;
        place-items: center;
        inline-size: 2.5rem;
        block-size: 2.5rem;
        border-radius: 50%;
        border: 2px solid var(--_text);
        font-weight: 700;
        font-size: var(--_font-l);
        line-height: 1;
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
      label.face-option:has(input:checked),
      label.dont-know-option:has(input:checked) {
        border-color: var(--_primary);
        border-style: solid;
        border-width: 4px;
        background: var(--_subtle);
        font-weight: 700;
      }
      label.face-option:has(input:focus-visible),
      label.dont-know-option:has(input:focus-visible) {
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
        :host([size='large']) label.face-option,
        :host([size='x-large']) label.face-option {
          flex-direction: row;
          justify-content: flex-start;
          gap: var(--_space-m);
          min-block-size: 64px;
          padding: var(--_space-s) var(--_space-m);
          text-align: start;
        }
        :host([size='large']) label.face-option svg {
          inline-size: 3.5rem;
          block-size: 3.5rem;
        }
        .faces.three {
          grid-template-columns: 1fr;
        }
        :host([size='x-large']) label.face-option {
          min-block-size: 96px;
        }
        :host([size='x-large']) label.face-option svg {
          inline-size: 5rem;
          block-size: 5rem;
        }
        label.dont-know-option {
          inline-size: 100%;
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
        .mark {
          border-color: CanvasText;
        }
        label.face-option:has(input:checked),
        label.dont-know-option:has(input:checked) {
          outline: 4px solid Highlight;
        }
      }
    `,
  ];

  /** 1 (very sad) to 5 (very happy), `dont-know`, or undefined (not answered). */
  @property({ converter: smileyConverter }) value?: SmileyValue;
  /** `large` for child mode; `x-large` for the youngest, with an adult beside them. */
  @property({ reflect: true }) size: 'normal' | 'large' | 'x-large' = 'normal';
  /** 5 faces, or 3 (values 1, 3 and 5) for the youngest. */
  @property({ type: Number }) points: 3 | 5 = 5;
  /** Offers "Ved ikke / vil ikke svare" after the faces, in the same radio group. */
  @property({ type: Boolean, attribute: 'dont-know' }) dontKnow = false;

  /**
   * The faces shown, in order. With three points an earlier 2 or 4 (given on the five-point scale) is
   * still shown, so a recorded answer is never hidden.
   */
  get faceValues(): number[] {
    if (this.points !== 3) return [1, 2, 3, 4, 5];
    return [1, 2, 3, 4, 5].filter((n) => n % 2 === 1 || n === this.value);
  }

  override render() {
    const { t } = this.i18n;
    const faces = this.faceValues;
    return html`<fieldset ?disabled=${this.disabled || this.readonly} aria-describedby=${this.describedBy() || nothing}>
      <legend>${this.renderLabelText()}</legend>
      ${this.renderHint()}
      <div class="faces ${faces.length === 3 ? 'three' : ''}">
        ${faces.map(
          (n) => html`<label class="face-option" part="face">
            <input type="radio" name="smiley" .value=${String(n)} .checked=${this.value === n} @change=${() => this.choose<SmileyValue>(n)} />
            ${face(n)}<span>${t(`controls.smiley.${n}`)}</span>
          </label>`,
        )}
      </div>
      ${this.dontKnow
        ? html`<div class="dont-know-row">
            <label class="dont-know-option" part="dont-know">
              <input type="radio" name="smiley" value="dont-know" .checked=${this.value === 'dont-know'} @change=${() => this.choose<SmileyValue>('dont-know')} />
              <span class="mark" aria-hidden="true">?</span><span>${t('controls.smiley.dont-know')}</span>
            </label>
          </div>`
        : nothing}
      ${this.renderError()}
    </fieldset>`;
  }
}
