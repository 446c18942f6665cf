// @spire/elements: the classes and public types. Importing this module defines nothing; import
// `@spire/elements/define.js` (or one element's define module) to register the tags.
export { SpireWellbeingCheck } from './wellbeing/wellbeing-check.js';
export { SpireWellbeingChildView } from './wellbeing/child-mode/child-view.js';
export { SpireWellbeingOverview } from './wellbeing/overview/overview.js';
export { SpireWellbeingTrend } from './wellbeing/trend/trend.js';
export { SpireConcernNote } from './concern-note/concern-note.js';
export { SpireNetworkMap, type NetworkMapMode, type NetworkMapView } from './network-map/network-map.js';
export { SpireReferralForm, REFERRAL_STEPS, type ReferralStep } from './referral/referral-form.js';
export { SpireReferralStatus } from './referral/status/referral-status.js';
export { SpireProvider } from './shared/provider/provider.js';
export { SpireElement } from './shared/elements/spire-element.js';
export { SpireRecordElement } from './shared/elements/record-element.js';
export { SpirePositionPicker } from './wellbeing/controls/position-picker.js';
export { SpireSmileyScale } from './wellbeing/child-mode/smiley-scale.js';
export { SpireTextArea } from './shared/controls/text-area.js';
export { SpireDateField } from './shared/controls/date-field.js';
export { defineElement } from './shared/define-element.js';
export { type Locale, type StringOverrides, SUPPORTED_LOCALES, resolveLocale } from './shared/i18n/i18n.js';
export type { SpireConfig } from './shared/context.js';
export type * from './shared/events.js';
export { DRAFT_RETENTION_DAYS, type DraftEntry, type DraftStore, DraftStoreError, draftKey, isDraftStore, openDraftKey } from './shared/drafts/draft-store.js';
export { MemoryDraftStore } from './shared/drafts/memory-store.js';
export { IndexedDbDraftStore } from './shared/drafts/indexeddb-store.js';
export { ResilientDraftStore, createDefaultDraftStore, defaultDraftStore } from './shared/drafts/resilient-store.js';
export { HttpDraftStore, type HttpDraftStoreOptions, type OutboxStatus, type OutboxState, type OutboxRefusal, type SubmittedRecord } from './shared/drafts/http-store.js';
