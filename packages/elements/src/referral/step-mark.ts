import { css, html } from 'lit';

/** How a step stands, as its round mark shows it: done (filled, ✓), current (a thick ring), error (!). */
export type StepMarkState = 'done' | 'current' | 'error' | 'waiting';

/** The round mark before a step (the form's step list, the status's steps): a number, ✓ or !. Seen, not read. */
export function renderStepMark(state: StepMarkState, number: number) {
  return html`<span class="step-mark ${state}" aria-hidden="true">${state === 'done' ? '✓' : state === 'error' ? '!' : number}</span>`;
}

export const stepMarkStyles = css`
  .step-mark {
    display: grid;
    place-items: center;
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    border: 2px solid var(--_border);
    font-size: var(--_font-s);
    font-weight: 700;
  }
  .step-mark.done {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .step-mark.current {
    border: 3px solid var(--_primary);
  }
  .step-mark.error {
    border-color: var(--_error);
    color: var(--_error);
  }
  @media (forced-colors: active) {
    .step-mark.done {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
`;
