import { html, svg, css, type TemplateResult } from 'lit';
import type { Position } from '@spire/model';

/**
 * A position is never shown by colour alone: each has a shape as well as a colour, and the text beside
 * it or in its accessible name. Circle = grøn, triangle = gul, square = rød, dash = ikke vurderet.
 */
const shapes: Record<Position, TemplateResult> = {
  green: html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${svg`<circle cx="8" cy="8" r="6.5" />`}</svg>`,
  yellow: html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${svg`<path d="M8 1.5 L15 14.5 H1 Z" />`}</svg>`,
  red: html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${svg`<rect x="2" y="2" width="12" height="12" />`}</svg>`,
  'not-assessed': html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${svg`<rect x="2" y="6.5" width="12" height="3" />`}</svg>`,
};

export function positionShape(position: Position): TemplateResult {
  return html`<span class="position-mark" data-position=${position}>${shapes[position]}</span>`;
}

export const positionMarkStyles = css`
  .position-mark {
    display: inline-flex;
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .position-mark svg {
    inline-size: 100%;
    block-size: 100%;
    stroke: var(--_text);
    stroke-width: 1;
  }
  .position-mark[data-position='green'] svg {
    fill: var(--_green);
  }
  .position-mark[data-position='yellow'] svg {
    fill: var(--_yellow);
  }
  .position-mark[data-position='red'] svg {
    fill: var(--_red);
  }
  .position-mark[data-position='not-assessed'] svg {
    fill: var(--_not-assessed);
  }
  @media (forced-colors: active) {
    .position-mark svg {
      fill: CanvasText !important;
      stroke: CanvasText;
    }
  }
`;
