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
  @media print {
    .dimension {
      background: none;
      border: 1px solid #000;
      break-inside: avoid;
    }
  }
`;
