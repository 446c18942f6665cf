import { css } from 'lit';

/** The wellbeing check's own look; fields, sections and the shell come from the shared `fieldStyles`. */
export const wellbeingCheckStyles = css`
  :host {
    max-inline-size: 60rem;
  }
  .dimension > * {
    min-inline-size: 0;
  }
  .dimension {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-m);
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .ratings {
    margin: 0;
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_space-xs) var(--_space-m);
  }
  .ratings dd {
    margin: 0;
    font-weight: 600;
  }
  .ro .position {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    font-weight: 600;
  }
  /* Writing the joint assessment: each colleague's own view beside the dimension. */
  .colleagues {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: var(--_space-m);
  }
  .colleagues h4 {
    margin: 0 0 var(--_space-xs);
  }
  .colleagues ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_space-s);
  }
  .colleagues li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    align-items: baseline;
  }
  .colleagues .who {
    font-weight: 600;
  }
  .colleagues .position {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  .colleagues .why {
    flex-basis: 100%;
    color: var(--_muted);
  }
  .follow-up-list {
    margin: 0;
    padding-inline-start: var(--_space-l);
    display: grid;
    gap: var(--_space-m);
  }
  .follow-up-item h4,
  .follow-up-item p {
    margin: 0 0 var(--_space-s);
  }
  .method-confirm {
    border: 2px solid var(--_warning-border);
    background: var(--_warning-surface);
    border-radius: var(--_radius);
    padding: var(--_space-m);
  }
  .method-confirm p {
    margin: 0 0 var(--_space-s);
  }
  .confirm-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  @media (forced-colors: active) {
    .dimension {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .dimension {
      background: none;
      border: 1px solid CanvasText;
      break-inside: avoid;
    }
  }
`;
