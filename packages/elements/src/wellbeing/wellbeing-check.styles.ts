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
    gap: 0.75rem;
    padding: var(--_space-m);
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .ratings {
    margin: 0;
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 1rem;
  }
  .ratings dd {
    margin: 0;
    font-weight: 600;
  }
  .ro .position {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: 600;
  }
  /* Writing the joint assessment: each colleague's own view beside the dimension. */
  .colleagues {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75rem;
  }
  .colleagues h4 {
    margin: 0 0 0.25rem;
  }
  .colleagues ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.35rem;
  }
  .colleagues li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }
  .colleagues .who {
    font-weight: 600;
  }
  .colleagues .position {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .colleagues .why {
    flex-basis: 100%;
    color: var(--_muted);
  }
  .follow-up-list {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: var(--_space-m);
  }
  .follow-up-item h4,
  .follow-up-item p {
    margin: 0 0 0.35rem;
  }
  .method-confirm {
    border: 2px solid var(--_warning-border);
    background: var(--_warning-surface);
    border-radius: var(--_radius);
    padding: 0.75rem;
  }
  .method-confirm p {
    margin: 0 0 0.5rem;
  }
  .confirm-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  @media print {
    .dimension {
      background: none;
      border: 1px solid #000;
      break-inside: avoid;
    }
  }
`;
