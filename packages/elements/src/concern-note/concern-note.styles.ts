import { css } from 'lit';

/** The concern note's own look; fields, sections, the shell and the guard-rails come from shared styles. */
export const concernNoteStyles = css`
  :host {
    max-inline-size: 60rem;
  }
  .origin {
    margin: 0 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    background: var(--_subtle);
    border-inline-start: 4px solid var(--_primary);
  }
  .acute-question {
    border-block-start: none;
    padding-block-start: 0;
  }
  .deadline {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_border);
    background: var(--_subtle);
  }
  .deadline.held {
    border-inline-start-color: var(--_success);
  }
  /* Never colour alone: the state is in the text too. */
  .deadline.late {
    color: var(--_error);
    border-inline-start-color: var(--_error);
    font-weight: 600;
  }
  /* Said beside the choice it is about: the family is not the first to hear when a parent is suspected. */
  .note.warn {
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--_error);
    color: var(--_text);
    font-weight: 600;
  }
  @media print {
    .origin,
    .deadline {
      background: none;
    }
  }
`;
