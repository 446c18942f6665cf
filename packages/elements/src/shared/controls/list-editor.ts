import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translate } from '../i18n/i18n.js';

export interface ListEditorOptions<T> {
  /** The list's field key (e.g. `agreements`); items are keyed `agreements.0`, `agreements.1`, … */
  key: string;
  items: () => readonly T[];
  /** The new list after an add, remove, move or undo; `touched` are the field keys involved. */
  onChange: (items: T[], touched: string[]) => void;
  create: () => T;
  /** An accessible name for an item, e.g. "Aftale 2"; also how sentences begin ("Aftale 2 er fjernet"). */
  itemLabel: (item: T, index: number) => string;
  /** The item inside a sentence ("Fjern aftale 2"), where Danish writes a common noun in lower case; `itemLabel` by default. */
  itemName?: (item: T, index: number) => string;
  announce: (text: string) => void;
  t: () => Translate;
  disabled?: () => boolean;
  /** The most items the model takes in this list (`LIST_LIMITS`): adding stops there, and says why. */
  max?: number;
}

const FOCUSABLE = 'input, textarea, select, button, spire-text-area, spire-date-field, spire-position-picker, spire-smiley-scale';

/**
 * A repeatable list (agreements, participants, …): add, remove, move up and down, and undo of the last
 * removal. It renders into the widget's own shadow root — not an element of its own — so each item's
 * fields keep their labels, error references and error-summary links in one tree.
 */
export class ListEditor<T> {
  private removed?: { item: T; index: number; label: string };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: ListEditorOptions<T>,
  ) {}

  add(): void {
    if (this.full) return;
    const items = [...this.options.items(), this.options.create()];
    const index = items.length - 1;
    this.removed = undefined;
    this.options.onChange(items, []);
    this.committed();
    this.options.announce(this.options.t()('controls.list.added', { item: this.options.itemLabel(items[index]!, index) }));
    void this.focusItem(index);
  }

  remove(index: number): void {
    const items = [...this.options.items()];
    const [item] = items.splice(index, 1);
    if (item === undefined) return;
    const label = this.options.itemLabel(item, index);
    this.removed = { item, index, label };
    this.options.onChange(items, [this.options.key]);
    this.committed();
    this.options.announce(this.options.t()('controls.list.removed', { item: label }));
    void this.focusAfterRemove(index, items.length);
  }

  move(index: number, delta: -1 | 1): void {
    const items = [...this.options.items()];
    const target = index + delta;
    if (target < 0 || target >= items.length) return;
    [items[index], items[target]] = [items[target]!, items[index]!];
    this.options.onChange(items, []);
    this.committed();
    this.options.announce(this.options.t()('controls.list.moved', { item: this.options.itemLabel(items[target]!, index), position: target + 1 }));
    void this.focusButton(target, delta < 0 ? 'up' : 'down');
  }

  undo(): void {
    const removed = this.removed;
    if (!removed) return;
    const items = [...this.options.items()];
    const index = Math.min(removed.index, items.length);
    items.splice(index, 0, removed.item);
    this.removed = undefined;
    this.options.onChange(items, []);
    this.committed();
    this.options.announce(this.options.t()('controls.list.restored', { item: removed.label }));
    void this.focusItem(index);
  }

  render(renderItem: (item: T, index: number, update: (next: T) => void) => TemplateResult, addLabel: string): TemplateResult {
    const t = this.options.t();
    const items = this.options.items();
    const disabled = this.options.disabled?.() ?? false;
    const update = (index: number) => (next: T) => {
      const copy = [...this.options.items()];
      copy[index] = next;
      this.options.onChange(copy, []);
    };
    return html`<div class="list-editor" data-list=${this.options.key}>
      ${items.length === 0 ? html`<p class="list-empty">${t('controls.list.empty')}</p>` : nothing}
      <ol class="list-items">
        ${items.map((item, index) => {
          const label = this.options.itemLabel(item, index);
          const name = this.options.itemName?.(item, index) ?? label;
          return html`<li data-list-item=${index}>
            <fieldset>
              <legend>${label}</legend>
              ${renderItem(item, index, update(index))}
              <div class="list-actions no-print">
                <button type="button" class="list-up" ?disabled=${disabled || index === 0} aria-label=${t('controls.list.moveUp', { item: name })} @click=${() => this.move(index, -1)}>↑</button>
                <button type="button" class="list-down" ?disabled=${disabled || index === items.length - 1} aria-label=${t('controls.list.moveDown', { item: name })} @click=${() => this.move(index, 1)}>↓</button>
                <button type="button" class="list-remove" ?disabled=${disabled} @click=${() => this.remove(index)}>${t('controls.list.remove', { item: name })}</button>
              </div>
            </fieldset>
          </li>`;
        })}
      </ol>
      ${this.removed
        ? html`<p class="list-undo no-print">
            <span>${t('controls.list.removed', { item: this.removed.label })}</span>
            <button type="button" class="list-undo-button" ?disabled=${disabled} @click=${() => this.undo()}>${t('controls.list.undo')}</button>
          </p>`
        : nothing}
      ${this.full ? html`<p class="list-full no-print" id=${`${this.options.key}-full`}>${t('controls.list.full', { max: this.options.max })}</p>` : nothing}
      <button
        type="button"
        class="list-add no-print"
        ?disabled=${disabled || this.full}
        aria-describedby=${this.full ? `${this.options.key}-full` : nothing}
        @click=${() => this.add()}
      >
        ${addLabel}
      </button>
    </div>`;
  }

  /**
   * A row added, removed, moved or brought back by a button is a committed edit, as a pick in a select
   * is: a `change` from the list (inside the widget's shadow tree), which the widget answers with its own.
   * Not left to the next focus change: removing the last row, or a click that gives a button no focus
   * (Safari), moves focus nowhere.
   */
  private committed(): void {
    this.host.renderRoot.querySelector(`[data-list="${this.options.key}"]`)?.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** The list holds as many items as the model takes. */
  private get full(): boolean {
    const { max } = this.options;
    return max !== undefined && this.options.items().length >= max;
  }

  private root(): ParentNode {
    return this.host.renderRoot;
  }

  private async focusItem(index: number): Promise<void> {
    await this.host.updateComplete;
    const item = this.root().querySelector(`[data-list="${this.options.key}"] [data-list-item="${index}"]`);
    (item?.querySelector<HTMLElement>(FOCUSABLE) ?? undefined)?.focus();
  }

  private async focusAfterRemove(index: number, length: number): Promise<void> {
    await this.host.updateComplete;
    if (index < length) return this.focusItem(index);
    this.root().querySelector<HTMLElement>(`[data-list="${this.options.key}"] .list-add`)?.focus();
  }

  private async focusButton(index: number, which: 'up' | 'down'): Promise<void> {
    await this.host.updateComplete;
    const item = this.root().querySelector(`[data-list="${this.options.key}"] [data-list-item="${index}"]`);
    const button = item?.querySelector<HTMLButtonElement>(`.list-${which}`);
    (button && !button.disabled ? button : item?.querySelector<HTMLElement>(FOCUSABLE))?.focus();
  }
}

export const listEditorStyles = css`
  .list-items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-m);
  }
  .list-items > li > fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    display: grid;
    gap: var(--_space-m);
  }
  .list-items legend {
    font-weight: 700;
    padding: 0 var(--_space-xs);
  }
  .list-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .list-actions button {
    min-inline-size: 44px;
  }
  .list-undo {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: var(--_space-m);
    margin: var(--_space-m) 0;
    padding: var(--_space-s) var(--_space-m);
    background: var(--_subtle);
  }
  .list-add {
    margin-block-start: var(--_space-m);
  }
  .list-empty {
    color: var(--_muted);
    margin: 0;
  }
  @media (forced-colors: active) {
    .list-undo {
      border: 1px solid CanvasText;
    }
  }
`;
