import type { ReactiveController, ReactiveControllerHost } from 'lit';

type PrintHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface PrintOptions {
  /** Renders the host now (Lit's `performUpdate`): the page is laid out for paper right after `beforeprint`. */
  renderNow: () => void;
  /** Puts focus back on a field by its key after printing. */
  focusField: (key: string) => Promise<void>;
}

/**
 * Knows when the page is being printed (the browser's own print command or a widget's button), so a
 * widget renders its record as text for paper instead of empty inputs and buttons, and puts focus back
 * where it was afterwards.
 */
export class PrintController implements ReactiveController {
  /** True while the browser prints. */
  printing = false;
  /** What had focus inside the widget when printing began: the text view replaces it for a moment. */
  private focusBefore?: { field?: string; selector?: string };

  constructor(
    private readonly host: PrintHost,
    private readonly options: PrintOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  private readonly onBeforePrint = (): void => {
    if (this.printing) return;
    const root = this.host.renderRoot as ShadowRoot;
    const active = root.activeElement as HTMLElement | null | undefined;
    const field = active?.closest<HTMLElement>('[data-field]')?.dataset.field;
    const selector = active?.id ? `#${CSS.escape(active.id)}` : active?.dataset.action ? `[data-action="${CSS.escape(active.dataset.action)}"]` : undefined;
    this.focusBefore = active ? { field, selector } : undefined;
    this.printing = true;
    this.host.requestUpdate();
    // The page is laid out for paper right after this event: render now, not in a later microtask.
    this.options.renderNow();
  };

  private readonly onAfterPrint = async (): Promise<void> => {
    if (!this.printing) return;
    this.printing = false;
    const before = this.focusBefore;
    this.focusBefore = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (before?.field) return this.options.focusField(before.field);
    if (before?.selector) this.host.renderRoot.querySelector<HTMLElement>(before.selector)?.focus();
  };
}
