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
  /* On the page the theme's tokens win over the drawing's own colours (kept for export). */
  svg.map .child circle {
    fill: var(--_primary);
  }
  svg.map .relation.stressful,
  .legend .relation.stressful {
    stroke: var(--_error);
  }
  svg.map .person .disc {
    fill: var(--_surface);
  }
  svg.map .person.safe .disc {
    stroke: var(--_success);
  }
  svg.map .safe-star,
  .legend .safe-star {
    fill: var(--_success);
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
  .legend {
    font-size: 0.925rem;
  }
  .legend h3 {
    margin: 0 0 0.4rem;
    font-size: 1rem;
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.35rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
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
    font-size: 0.925rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.4rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.35rem 0.5rem;
    border-block-end: 1px solid var(--_divider);
    vertical-align: middle;
  }
  td select {
    font: inherit;
    min-block-size: 2.25rem;
    max-inline-size: 11rem;
  }
  .cell-text {
    font: inherit;
    inline-size: 9rem;
    min-block-size: 2.25rem;
    padding: 0.2rem 0.4rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
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
    gap: 0.25rem;
    font-weight: 600;
  }
  .inline-field input,
  .inline-field select {
    font: inherit;
    font-weight: normal;
    min-block-size: 2.5rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  .version-save {
    align-items: end;
  }
  .comparison h5 {
    margin: 0.5rem 0 0.25rem;
    font-size: 1rem;
  }
  .activation .label {
    font-weight: 600;
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
