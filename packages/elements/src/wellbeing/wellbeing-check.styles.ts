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
  /* Shown, not buried: the guard-rail when a safeguarding dimension is rød. */
.guard-rail {
  border: 2px solid var(--_error);
  border-inline-start-width: 8px;
  border-radius: var(--_radius);
  padding: var(--_space-m);
  background: var(--_surface);
  gap: 0.5rem;
}
.guard-rail h3::before {
  /* Empty alternative text: the heading says it; the sign is for the eye. */
  content: '⚠ ' / '';
}
.guard-rail p {
  margin: 0;
}
.guard-rail .acute {
  font-weight: 700;
}
.guard-rail .beredskab {
  padding: 0.5rem 0.75rem;
  background: var(--_warning-surface);
  border-inline-start: 4px solid var(--_warning-border);
}
.guard-rail .beredskab h4 {
  margin: 0 0 0.25rem;
}
.guard-rail .beredskab a {
  font-weight: 700;
  color: var(--_primary);
}
@media print {
    .dimension {
      background: none;
      border: 1px solid #000;
      break-inside: avoid;
    }
  }
`;
