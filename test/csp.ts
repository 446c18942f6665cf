// A strict Content-Security-Policy (style-src 'self') blocks style attributes; Lit's adoptedStyleSheets
// and CSSOM writes are allowed. A widget that renders a `style` attribute would break on such a page.
export function inlineStyleAttributes(root: Element): string[] {
  const found: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.hasAttribute('style')) found.push(`<${el.localName} style="${el.getAttribute('style')}">`);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}
