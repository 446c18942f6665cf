// @spire/elements: the classes and public types. Importing this module defines nothing; import
// `@spire/elements/define.js` (or one element's define module) to register the tags.
export { SpireWellbeingOverview } from './wellbeing/overview.js';
export { SpireWellbeingTrend } from './wellbeing/trend.js';
export { defineElement } from './shared/define-element.js';
export { type Locale, type StringOverrides, SUPPORTED_LOCALES, resolveLocale } from './shared/i18n.js';
export type { DraftEntry, DraftStore } from './shared/drafts/draft-store.js';
