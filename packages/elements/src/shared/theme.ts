import { css } from 'lit';

/**
 * Spire's tokens and base styles, documented here once: the custom-elements manifest lists these tokens on
 * every element. The defaults are a Danish public-sector look (DKFDS-like: calm blue, high contrast,
 * system fonts, a 4 px spacing grid). Hosts set any `--spire-*` property on the element or an ancestor
 * (it inherits through every shadow root, nested controls too); component CSS reads only the private
 * `--_*` copies made here, so no colour, space, radius or font is written anywhere else.
 *
 * Colours have a light and a dark default (`light-dark(light, dark)`): the dark one is used when the
 * user's system asks for dark (`prefers-color-scheme: dark`), unless `--spire-color-scheme` says
 * otherwise. A host overriding a colour may give both itself: `--spire-color-primary: light-dark(#006e4f, #7fd6b5)`.
 * Every surface comes from a token, so a host that sets them gets no white box anywhere.
 *
 * @cssprop [--spire-color-scheme=light dark] - `light dark` follows the user's system (dark when it asks for dark); `light` or `dark` forces one. Any CSS `color-scheme` value.
 * @cssprop [--spire-color-text=light-dark(#1a1a1a, #eceef1)] - Body text, and the lines of drawn icons.
 * @cssprop [--spire-color-muted=light-dark(#595959, #b4bbc3)] - Hints, counts and other secondary text (4.5:1 on surface and subtle).
 * @cssprop [--spire-color-background=light-dark(transparent, var(--spire-color-surface))] - The widget's own background: transparent on a light page, the surface in dark mode (so light text never lands on a light page).
 * @cssprop [--spire-color-surface=light-dark(#ffffff, #1c1f23)] - Fields, buttons, boxes and cards.
 * @cssprop [--spire-color-subtle=light-dark(#f5f5f5, #272b31)] - Quiet boxes: a dimension, notices, read-only fields, the chosen option.
 * @cssprop [--spire-color-border=light-dark(#8a8a8a, #8e979f)] - Edges of fields, boxes and sections (3:1 on surface and subtle).
 * @cssprop [--spire-color-divider=light-dark(#d0d0d0, #474e56)] - Lines between table rows, lighter than borders.
 * @cssprop [--spire-color-primary=light-dark(#0059b3, #8cbcff)] - Buttons, links, accents, the current step, the child on the network map.
 * @cssprop [--spire-color-on-primary=light-dark(#ffffff, #0b1b33)] - Text and marks on the primary colour (a primary button).
 * @cssprop [--spire-color-focus=#ffbf47] - The focus ring (drawn with a ring in the text colour around it).
 * @cssprop [--spire-color-error=light-dark(#b3261e, #ff968e)] - Errors, the guard-rails' edge, an overdue deadline.
 * @cssprop [--spire-color-success=light-dark(#2e7d32, #7fd38d)] - A completed record, a deadline met, a safe adult.
 * @cssprop [--spire-color-green=light-dark(#2e7d32, #5cb860)] - The grøn position (always with a circle and its name).
 * @cssprop [--spire-color-yellow=#f2c200] - The gul position (always with a triangle and its name).
 * @cssprop [--spire-color-red=light-dark(#c62828, #f26b63)] - The rød position (always with a square and its name).
 * @cssprop [--spire-color-not-assessed=light-dark(#6b6b6b, #9aa0a6)] - A position not assessed (a dash).
 * @cssprop [--spire-color-suppressed=light-dark(#d9d9d9, #50565d)] - Counts hidden to protect a small group, in the overview's bars.
 * @cssprop [--spire-color-warning-border=light-dark(#b35c00, #f0a44a)] - Edge of a warning (a method to confirm, the duty office, another tab's changes).
 * @cssprop [--spire-color-warning-background=light-dark(#fff4e0, #3a2c14)] - Background of a warning.
 * @cssprop [--spire-color-nudge-border=light-dark(#8a6d00, #d8b74a)] - Edge of the language nudges beside a text.
 * @cssprop [--spire-color-nudge-background=light-dark(#fff8e1, #322c15)] - Background of the language nudges.
 * @cssprop [--spire-color-highlight=light-dark(#ffe082, #6e5a1c)] - The smiley faces and the house roofs of child mode (lines in the text colour on it).
 * @cssprop [--spire-color-child-surface=light-dark(#f3f8ff, #1b2533)] - Background of child mode.
 * @cssprop [--spire-color-map-sector=light-dark(#f4f6f9, #23272c)] - The network map's sectors (every other one).
 * @cssprop [--spire-color-map-sector-alt=light-dark(#e9edf2, #2c3137)] - The network map's other sectors.
 * @cssprop [--spire-color-map-ring=light-dark(#9aa3ad, #6f7882)] - The network map's dashed rings.
 * @cssprop [--spire-color-map-line=light-dark(#3d4752, #c3cad2)] - A relation's line and a person's edge on the network map.
 * @cssprop [--spire-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif] - The font.
 * @cssprop [--spire-font-size-s=0.875rem] - Small text: counts, badges, tables, legends.
 * @cssprop [--spire-font-size-m=1rem] - Body text.
 * @cssprop [--spire-font-size-l=1.25rem] - Section headings; child mode's answers and buttons.
 * @cssprop [--spire-font-size-xl=1.6rem] - A widget's title; child mode's questions.
 * @cssprop [--spire-font-size-2xl=2rem] - Child mode's questions on a wide screen, and for the youngest.
 * @cssprop [--spire-line-height=1.5] - Line height of text.
 * @cssprop [--spire-space-xs=0.25rem] - The smallest space: between a label and its field, inside badges.
 * @cssprop [--spire-space-s=0.5rem] - Small space: between options and buttons, inside notices.
 * @cssprop [--spire-space-m=1rem] - Space between fields, inside boxes.
 * @cssprop [--spire-space-l=1.5rem] - Space between sections; list indents.
 * @cssprop [--spire-space-xl=2rem] - The largest space: around child mode.
 * @cssprop [--spire-radius=4px] - Corners of fields, buttons and boxes.
 * @cssprop [--spire-radius-l=12px] - Corners of child mode's big boxes and answers.
 */
export const themeStyles = css`
  :host {
    /* Dark mode: custom properties cannot drive a media query, so each colour is light-dark(light, dark)
       and the host's color-scheme picks one. Its default, "light dark", follows prefers-color-scheme; a
       page sets --spire-color-scheme (it inherits into every shadow root) to force light or dark. One
       declaration per token, native controls and scrollbars follow, and print can force light. */
    color-scheme: var(--spire-color-scheme, light dark);
    --_text: var(--spire-color-text, light-dark(#1a1a1a, #eceef1));
    --_muted: var(--spire-color-muted, light-dark(#595959, #b4bbc3));
    --_surface: var(--spire-color-surface, light-dark(#fff, #1c1f23));
    --_background: var(--spire-color-background, light-dark(transparent, var(--_surface)));
    --_subtle: var(--spire-color-subtle, light-dark(#f5f5f5, #272b31));
    --_border: var(--spire-color-border, light-dark(#8a8a8a, #8e979f));
    --_divider: var(--spire-color-divider, light-dark(#d0d0d0, #474e56));
    --_primary: var(--spire-color-primary, light-dark(#0059b3, #8cbcff));
    --_on-primary: var(--spire-color-on-primary, light-dark(#fff, #0b1b33));
    --_focus: var(--spire-color-focus, #ffbf47);
    --_error: var(--spire-color-error, light-dark(#b3261e, #ff968e));
    --_success: var(--spire-color-success, light-dark(#2e7d32, #7fd38d));
    --_green: var(--spire-color-green, light-dark(#2e7d32, #5cb860));
    --_yellow: var(--spire-color-yellow, #f2c200);
    --_red: var(--spire-color-red, light-dark(#c62828, #f26b63));
    --_not-assessed: var(--spire-color-not-assessed, light-dark(#6b6b6b, #9aa0a6));
    --_suppressed: var(--spire-color-suppressed, light-dark(#d9d9d9, #50565d));
    --_warning-border: var(--spire-color-warning-border, light-dark(#b35c00, #f0a44a));
    --_warning-surface: var(--spire-color-warning-background, light-dark(#fff4e0, #3a2c14));
    --_nudge-border: var(--spire-color-nudge-border, light-dark(#8a6d00, #d8b74a));
    --_nudge-surface: var(--spire-color-nudge-background, light-dark(#fff8e1, #322c15));
    --_highlight: var(--spire-color-highlight, light-dark(#ffe082, #6e5a1c));
    --_child-surface: var(--spire-color-child-surface, light-dark(#f3f8ff, #1b2533));
    --_sector: var(--spire-color-map-sector, light-dark(#f4f6f9, #23272c));
    --_sector-alt: var(--spire-color-map-sector-alt, light-dark(#e9edf2, #2c3137));
    --_ring: var(--spire-color-map-ring, light-dark(#9aa3ad, #6f7882));
    --_line: var(--spire-color-map-line, light-dark(#3d4752, #c3cad2));
    --_font-s: var(--spire-font-size-s, 0.875rem);
    --_font-m: var(--spire-font-size-m, 1rem);
    --_font-l: var(--spire-font-size-l, 1.25rem);
    --_font-xl: var(--spire-font-size-xl, 1.6rem);
    --_font-2xl: var(--spire-font-size-2xl, 2rem);
    --_space-xs: var(--spire-space-xs, 0.25rem);
    --_space-s: var(--spire-space-s, 0.5rem);
    --_space-m: var(--spire-space-m, 1rem);
    --_space-l: var(--spire-space-l, 1.5rem);
    --_space-xl: var(--spire-space-xl, 2rem);
    --_radius: var(--spire-radius, 4px);
    --_radius-l: var(--spire-radius-l, 12px);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--spire-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--_font-m);
    line-height: var(--spire-line-height, 1.5);
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
    padding: var(--_space-s) var(--_space-m);
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
  /* Forced colours (Windows contrast themes): the system's colours replace ours. What colour alone told
     is also told by a border, a shape or the text; focus and the chosen option are in Highlight. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    button {
      border-color: ButtonText;
    }
    button.primary {
      border-width: 4px;
    }
    button:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
  @media print {
    :host {
      color-scheme: light;
      color: CanvasText;
      background: none;
      font-size: 11pt;
    }
    button,
    .no-print {
      display: none !important;
    }
  }
`;
