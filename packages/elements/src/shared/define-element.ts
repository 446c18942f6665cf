import { watchTrustedTypes } from './trusted-types.js';

// Evaluated before Lit (every define module imports this module first): a page whose Trusted Types policy
// refuses Lit's `lit-html` policy is told how to fix it, instead of finding no element defined.
watchTrustedTypes();

const warned = new Set<string>();

/**
 * Registers a custom element once. When a second copy of Spire on the page (another bundle, another
 * version) already defined the tag, this warns once and keeps the first definition instead of throwing
 * "already defined", which would break the host page.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`[spire] <${tag}> is already defined by another copy of Spire on this page; the first definition is kept.`);
  }
}
