import { ContextRoot, createContext } from '@lit/context';
import type { Author, ChildRef, Instrument, LanguageRule, SpireRecord } from '@spire/model';
import type { StringOverrides } from './i18n/i18n.js';
import type { DraftStore } from './drafts/draft-store.js';

/** The municipality's configuration, shared by every widget under a provider. */
export interface SpireConfig {
  /** The wellbeing instrument; Spire's default when absent. */
  instrument?: Instrument;
  /** Where referrals can go. */
  recipients?: readonly { type: string; name: string }[];
  /** Extra language-nudge rules (words, never patterns); checked by the model's `LanguageRules`, rejected ones reported with `spire-error`. */
  languageRules?: readonly LanguageRule[];
  /**
   * The municipality's beredskab: whom to call when a child may be unsafe (shown by the wellbeing check's
   * guard-rail). Checked by the model's `Beredskab`: the link must be an http(s) address; a rejected one
   * is reported with `spire-error` (path `beredskab.url`) and not shown.
   */
  beredskab?: { phone: string; url?: string; label?: string };
  /** Extra days the municipality is closed (`YYYY-MM-DD`), for deadlines. */
  holidays?: readonly string[];
  /** Counts below this are hidden in group overviews (default 3). */
  overviewThreshold?: number;
}

// Keys from the global symbol registry: a provider and a widget from two copies of Spire (two
// self-contained CDN files, two vendors' bundles) still find each other.
export const stringsContext = createContext<StringOverrides | undefined>(Symbol.for('spire-strings'));
export const authorContext = createContext<Author | undefined>(Symbol.for('spire-author'));
export const childContext = createContext<ChildRef | undefined>(Symbol.for('spire-child'));
export const configContext = createContext<SpireConfig | undefined>(Symbol.for('spire-config'));
export const draftStoreContext = createContext<DraftStore | null | undefined>(Symbol.for('spire-draft-store'));
/** The child's earlier records (checks, notes, maps, referrals): for trends and prefill. */
export const recordsContext = createContext<readonly SpireRecord[] | undefined>(Symbol.for('spire-records'));

// A widget asks for these when it connects. When `<spire-provider>` is not defined yet (its define module
// loaded after the widget's, or later still), nobody answers then: the root keeps those requests and asks
// again when a provider appears, so the order of the define modules on a page does not matter.
if (typeof document !== 'undefined') new ContextRoot().attach(document.documentElement);
