import { css } from 'lit';

/**
 * Spire's tokens and base styles. Reference tokens carry a Danish public-sector default look (calm blue,
 * high contrast, system fonts); hosts override any `--spire-*` property on the element or an ancestor.
 */
export const themeStyles = css`
  :host {
    --_text: var(--spire-color-text, #1a1a1a);
    --_muted: var(--spire-color-muted, #595959);
    --_border: var(--spire-color-border, #8a8a8a);
    --_surface: var(--spire-color-surface, #ffffff);
    --_subtle: var(--spire-color-subtle, #f5f5f5);
    --_primary: var(--spire-color-primary, #0059b3);
    --_on-primary: var(--spire-color-on-primary, #ffffff);
    --_focus: var(--spire-color-focus, #ffbf47);
    --_error: var(--spire-color-error, #b3261e);
    --_success: var(--spire-color-success, #2e7d32);
    /* Lighter than --_border: lines between rows, not the edges of fields. */
    --_divider: var(--spire-color-divider, #d0d0d0);
    --_green: var(--spire-color-green, #2e7d32);
    --_yellow: var(--spire-color-yellow, #f2c200);
    --_red: var(--spire-color-red, #c62828);
    --_not-assessed: var(--spire-color-not-assessed, #6b6b6b);
    /* Counts hidden to protect a small group. */
    --_suppressed: var(--spire-color-suppressed, #d9d9d9);
    --_warning-border: var(--spire-color-warning-border, #b35c00);
    --_warning-surface: var(--spire-color-warning-background, #fff4e0);
    /* Language nudges beside a text. */
    --_nudge-border: var(--spire-color-nudge-border, #8a6d00);
    --_nudge-surface: var(--spire-color-nudge-background, #fff8e1);
    /* The chosen face in child mode. */
    --_highlight: var(--spire-color-highlight, #ffe082);
    --_radius: var(--spire-radius, 4px);
    --_space-s: var(--spire-space-s, 0.5rem);
    --_space-m: var(--spire-space-m, 1rem);
    --_space-l: var(--spire-space-l, 1.5rem);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--spire-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--spire-font-size-m, 1rem);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_text);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-block-size: 44px;
    padding: 0.4rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    background: var(--_surface);
    color: var(--_primary);
    font-weight: 600;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
  }
  /* A widget that cannot start (the page gave it no usable author or child). */
  .setup-problem {
    margin: 0;
    padding: var(--_space-m);
    border: 2px solid var(--_error);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    button {
      border-color: ButtonText;
    }
  }
  @media print {
    :host {
      color: #000;
      font-size: 11pt;
    }
    button,
    .no-print {
      display: none !important;
    }
  }
`;
