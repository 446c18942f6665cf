import { css } from 'lit';

/** The network map's own look; fields, sections and the shell come from shared styles. */
export const networkMapStyles = css`
  :host {
    max-inline-size: 72rem;
  }
  .map-container {
    container-type: inline-size;
  }
  .map-area {
    display: grid;
    gap: var(--_space-m);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 56rem) {
    .map-area {
      grid-template-columns: minmax(0, 3fr) minmax(14rem, 1fr);
      align-items: start;
    }
  }
  /* On a narrow screen the map keeps a readable size and scrolls sideways, rather than shrinking its words away. */
  .map-scroll {
    overflow-x: auto;
  }
  svg.map {
    display: block;
    inline-size: 100%;
    min-inline-size: 36rem;
    max-block-size: 48rem;
    touch-action: none;
    user-select: none;
  }
  /* On the page the theme's tokens win over the drawing's own colours (kept for export, always light). */
  svg.map .sector {
    fill: var(--_sector);
  }
  svg.map .sector:nth-of-type(even) {
    fill: var(--_sector-alt);
  }
  svg.map .rings {
    stroke: var(--_ring);
  }
  svg.map .relation {
    stroke: var(--_line);
  }
  svg.map .arrow {
    fill: var(--_line);
  }
  svg.map .child circle {
    fill: var(--_primary);
  }
  svg.map .child text {
    fill: var(--_on-primary);
  }
  svg.map .relation.stressful + .arrow {
    fill: var(--_error);
  }
  svg.map .relation.stressful,
  .legend .relation.stressful {
    stroke: var(--_error);
  }
  svg.map .person .disc {
    fill: var(--_surface);
    stroke: var(--_line);
  }
  svg.map .person.safe .disc {
    stroke: var(--_success);
  }
  svg.map .safe-star,
  .legend .safe-star {
    fill: var(--_success);
    stroke: var(--_surface);
  }
  svg.map .initials,
  svg.map .name {
    fill: var(--_text);
  }
  svg.map .sector-label,
  svg.map .role {
    fill: var(--_muted);
  }
  /* The halo that keeps a name readable where it crosses a line. */
  svg.map .name,
  svg.map .role {
    stroke: var(--_surface);
  }
  svg.map .person {
    cursor: grab;
    outline: none;
  }
  svg.map .person .focus-ring {
    display: none;
  }
  svg.map .person:focus-visible .focus-ring,
  svg.map .person.moving .focus-ring {
    display: inline;
    stroke: var(--_focus);
  }
  svg.map .person.moving {
    cursor: grabbing;
  }
  svg.map .person.moving .disc {
    stroke-dasharray: 4 3;
  }
  svg.map.still .person {
    cursor: default;
  }
  /* Child mode: big targets for a child pointing and an adult beside them. */
  .child-mode {
    background: var(--_child-surface);
    border-radius: var(--_radius-l);
    padding: clamp(var(--_space-m), 3vw, var(--_space-l));
  }
  .child-lead {
    font-size: clamp(var(--_font-l), 3.5vw, var(--_font-xl));
    font-weight: 700;
    margin: 0 0 var(--_space-s);
  }
  .child-lead:focus {
    outline: none;
    box-shadow: none;
  }
  .read-aloud {
    justify-self: start;
    inline-size: fit-content;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 56px;
    font-size: var(--_font-l);
    padding-inline: var(--_space-m);
  }
  .speaker {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }
  .child-map {
    margin-block: var(--_space-m);
  }
  /* The child's map holds the few people the child placed: it fits the screen rather than scrolling. */
  .child-map svg.map {
    min-inline-size: 0;
    max-inline-size: 40rem;
    margin-inline: auto;
  }
  .child-people {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-m);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
  }
  .child-person {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    inline-size: 100%;
    min-block-size: 80px;
    padding: var(--_space-s) var(--_space-m);
    text-align: start;
    font-size: var(--_font-l);
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-l);
  }
  /* The chosen person: a thick frame (a shape, not only a colour). */
  .child-person[aria-pressed='true'] {
    border: 5px solid var(--_primary);
    padding: calc(var(--_space-s) - 3px) calc(var(--_space-m) - 3px);
  }
  .child-person .badge {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: 50%;
    border: 2px solid var(--_text);
    font-weight: 700;
  }
  .child-person .who {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .child-person .name {
    font-weight: 700;
  }
  .child-person .role,
  .child-person .state {
    font-size: var(--_font-m);
    color: var(--_muted);
  }
  .child-person .state {
    flex-basis: 100%;
  }
  .child-person.placed .state {
    color: var(--_text);
    font-weight: 600;
  }
  .child-questions h3 {
    font-size: clamp(var(--_font-l), 4vw, var(--_font-xl));
  }
  .child-questions h3:focus {
    outline: none;
    box-shadow: none;
  }
  .child-choices {
    margin-block: var(--_space-m);
  }
  .child-choices .choices {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: var(--_space-s);
  }
  .child-choices legend.h {
    grid-column: 1 / -1;
    font-size: var(--_font-l);
    font-weight: 700;
    margin-block-end: var(--_space-s);
  }
  .child-choices .choices label {
    min-block-size: 64px;
    padding: var(--_space-s) var(--_space-m);
    font-size: var(--_font-l);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius-l);
  }
  .child-choices .choices label:has(input:checked) {
    border: 5px solid var(--_primary);
    padding: calc(var(--_space-s) - 3px) calc(var(--_space-m) - 3px);
    font-weight: 700;
  }
  .child-choices .choices input {
    inline-size: 1.6rem;
    block-size: 1.6rem;
  }
  .child-questions .next-person {
    min-block-size: 56px;
    font-size: var(--_font-l);
    padding-inline: var(--_space-l);
  }
  .beside {
    display: grid;
    gap: var(--_space-m);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
    margin-block: var(--_space-m);
  }
  .beside-map {
    margin: 0;
    min-inline-size: 0;
  }
  .beside-map figcaption {
    font-weight: 700;
    font-size: var(--_font-m);
    margin-block-end: var(--_space-s);
  }
  .beside-map svg.map {
    min-inline-size: 24rem;
  }
  .child-words q {
    font-style: italic;
  }
  .legend {
    font-size: var(--_font-s);
  }
  .legend h3 {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-m);
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
  }
  .legend .sample {
    flex: none;
    inline-size: 2.5rem;
    block-size: 1.25rem;
  }
  .legend .relation {
    stroke: var(--_text);
    fill: none;
  }
  .legend .arrowhead {
    fill: var(--_text);
  }
  .legend .safe-disc {
    fill: var(--_surface);
    stroke: var(--_success);
    stroke-width: 3;
  }
  .legend .compact-disc {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 2;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    margin-block: var(--_space-m);
  }
  .undo-bar {
    margin: 0;
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    flex-wrap: wrap;
  }
  .person-form {
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    margin-block: var(--_space-m);
  }
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block-start: var(--_space-s);
  }
  .table-wrap {
    overflow-x: auto;
    margin-block: var(--_space-m);
  }
  table {
    border-collapse: collapse;
    inline-size: max-content;
    min-inline-size: 100%;
    font-size: var(--_font-s);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_space-s);
  }
  th,
  td {
    text-align: start;
    padding: var(--_space-s);
    border-block-end: 1px solid var(--_divider);
    vertical-align: middle;
  }
  /* The table's text cells and choices and the small fields under the map: one look for a field. */
  .cell-text,
  td select,
  .inline-field input,
  .inline-field select {
    font: inherit;
    font-weight: normal;
    min-block-size: 2.5rem;
    padding: var(--_space-xs) var(--_space-s);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  .cell-text {
    inline-size: 9rem;
    min-block-size: 2.25rem;
    padding: var(--_space-xs) var(--_space-s);
  }
  td select {
    min-block-size: 2.25rem;
    max-inline-size: 11rem;
  }
  .cell-text[aria-invalid='true'] {
    border-color: var(--_error);
  }
  td input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    accent-color: var(--_primary);
  }
  .row-actions {
    white-space: nowrap;
  }
  .row-actions button {
    min-inline-size: 2.5rem;
  }
  .inline-field {
    display: grid;
    gap: var(--_space-xs);
    font-weight: 600;
  }
  .version-save {
    align-items: end;
  }
  .comparison h5 {
    margin: var(--_space-s) 0 var(--_space-xs);
    font-size: var(--_font-m);
  }
  .activation .label {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    /* The drawing keeps its shapes (zigzag, dashes, thickness, the star) and takes the system's colours:
       Chromium does not force SVG paint, so the drawing's tokens become system colours here. */
    svg.map,
    .legend svg {
      forced-color-adjust: none;
      --_sector: Canvas;
      --_sector-alt: Canvas;
      --_surface: Canvas;
      --_on-primary: Canvas;
      --_ring: GrayText;
      --_line: CanvasText;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_primary: CanvasText;
      --_error: CanvasText;
      --_success: CanvasText;
      --_focus: Highlight;
    }
    svg.map .sector {
      stroke: GrayText;
    }
    .child-mode {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .map-scroll {
      overflow: visible;
    }
    svg.map {
      min-inline-size: 0;
      max-block-size: 70vh;
    }
    .map-area {
      break-inside: avoid;
    }
    .toolbar,
    .export,
    .person-form,
    .view-chooser {
      display: none;
    }
  }
`;
