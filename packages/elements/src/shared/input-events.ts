/**
 * One `input` event per edit for the page, as a native control gives. A field inside a widget's shadow
 * tree fires a native `input` that is composed: a listener on the document in the capture phase heard it,
 * then the inner control's, then the widget's own — three per keystroke, the first two before the record
 * had changed. Stopping them inside the widget only helps listeners in the bubble phase, which run after.
 *
 * So one listener on the window, in the capture phase (before any listener of the page's document), takes
 * a trusted `input` that starts inside a Spire element's shadow tree, stops it, and sends the same event
 * again from the same field, no longer composed: it reaches the field's own handlers and stays inside the
 * element; the widget then fires its one composed `input` with the new record in `value`. Inputs of the
 * host's own (light DOM, also inside `<spire-provider>`) are never touched. Installed once per window,
 * by the first Spire element connected; a second copy of Spire leaves the copies it sees alone.
 */
export function keepInputEventsInside(view: Window | null = globalThis.window ?? null): void {
  if (!view || installed.has(view)) return;
  installed.add(view);
  view.addEventListener(
    'input',
    (event) => {
      if (!event.isTrusted || !event.composed) return;
      const origin = event.composedPath()[0];
      if (!(origin instanceof Node) || !insideSpire(origin)) return;
      event.stopImmediatePropagation();
      const init = { bubbles: true, composed: false };
      origin.dispatchEvent(
        event instanceof InputEvent
          ? new InputEvent('input', { ...init, inputType: event.inputType, data: event.data, isComposing: event.isComposing, dataTransfer: event.dataTransfer })
          : new Event('input', init),
      );
    },
    { capture: true },
  );
}

const installed = new WeakSet<Window>();

/** In the shadow tree of a Spire element (`spire-*`), not in the page's own DOM. */
function insideSpire(node: Node): boolean {
  const root = node.getRootNode();
  return root instanceof ShadowRoot && root.host.localName.startsWith('spire-');
}
