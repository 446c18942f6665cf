// Spire renders with Lit, and Lit puts its templates on the page through a Trusted Types policy named
// `lit-html`, made the moment Lit loads. A page whose Content-Security-Policy enforces Trusted Types
// (`require-trusted-types-for 'script'`) must allow that name — `trusted-types lit-html`, with
// `'allow-duplicates'` when the page has a Lit of its own that made the policy first. Otherwise Lit throws
// while it loads, before any Spire element is defined: the page shows nothing, and the browser's own
// report names a policy, not the fix. This module loads before Lit (the define modules import
// define-element first, and it imports this) and watches for the browser refusing that policy. When it
// does, Spire says what to change, once: a `console.error` in English, and a `spire-error` on the
// document (source `config`, path `trustedTypes`, code `trusted_types_blocked`, the message in the
// page's language). Fixed text only: nothing personal is ever logged.
import { type Locale, loadLocale, resolveLocale, translator } from './i18n/i18n.js';
import { emit } from './events.js';

/** The `spire-error` code when the page's Trusted Types policy keeps Lit, and so Spire, from loading. */
export const TRUSTED_TYPES_BLOCKED = 'trusted_types_blocked';

/** Lit's policy name (lit-html). */
const POLICY = 'lit-html';

/** What the console says, in English as the browser's own report is. */
export const TRUSTED_TYPES_CONSOLE_MESSAGE =
  "[spire] Spire needs the Trusted Types policy name lit-html allowed, with 'allow-duplicates' if the page has its own Lit: add `trusted-types lit-html 'allow-duplicates'` to your CSP.";

let watching = false;

/** Starts watching the page for a refused `lit-html` policy (once per copy of Spire; a no-op without Trusted Types). */
export function watchTrustedTypes(): void {
  if (watching || typeof document === 'undefined' || !('trustedTypes' in globalThis)) return;
  watching = true;
  const doc = document;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    // Report-only policies refuse nothing; the sample of a refused policy is its name.
    if (event.effectiveDirective !== 'trusted-types' || event.disposition !== 'enforce' || event.sample.split(/\s/)[0] !== POLICY) return;
    doc.removeEventListener('securitypolicyviolation', onViolation);
    console.error(TRUSTED_TYPES_CONSOLE_MESSAGE);
    void reportOn(doc);
  };
  doc.addEventListener('securitypolicyviolation', onViolation);
}

async function reportOn(doc: Document): Promise<void> {
  const locale: Locale = resolveLocale(doc.documentElement);
  await loadLocale(locale);
  emit(doc, 'spire-error', { source: 'config', path: 'trustedTypes', code: TRUSTED_TYPES_BLOCKED, message: translator(locale)('provider.trustedTypes') });
}
