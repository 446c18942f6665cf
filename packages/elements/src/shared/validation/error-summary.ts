import { css, html, nothing, type TemplateResult } from 'lit';
import { fieldId } from './validation.js';

export interface SummaryEntry {
  /** The field's key (see `pathKey`). */
  key: string;
  /** "Label: message", ready to read. */
  text: string;
}

/**
 * The error summary (DKFDS style): "Fejl: …" and a link per problem that moves focus to the field. It is
 * focusable (tabindex -1) so a failed submit can move focus to it and a screen reader reads it first.
 * Links point inside the widget's own shadow root: no ARIA references cross a shadow boundary.
 */
export function renderErrorSummary(entries: readonly SummaryEntry[], title: string, onActivate: (key: string) => void): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${title}</h2>
    <ul>
      ${entries.map(
        (entry) =>
          html`<li>
            <a
              href=${`#${fieldId(entry.key)}`}
              @click=${(event: Event) => {
                event.preventDefault();
                onActivate(entry.key);
              }}
              >${entry.text}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/** An error beside a field; the field points at it with `aria-describedby`. */
export function renderFieldError(key: string, messages: readonly string[], prefix: string): TemplateResult | typeof nothing {
  if (messages.length === 0) return nothing;
  return html`<p class="field-error" id=${`${fieldId(key)}-error`}>
    <span class="field-error-prefix">${prefix}</span>${` ${messages.join(' ')}`}
  </p>`;
}

export const errorStyles = css`
  .error-summary {
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    margin-block-end: var(--_space-l);
    background: var(--_surface);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .error-summary h2 {
    font-size: var(--_font-l);
    margin: 0 0 var(--_space-s);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: var(--_space-l);
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 600;
  }
  .field-error {
    color: var(--_error);
    font-weight: 600;
    margin: var(--_space-xs) 0 0;
  }
  @media (forced-colors: active) {
    .error-summary {
      border-color: CanvasText;
    }
  }
`;
