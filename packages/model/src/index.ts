// @spire/model: the shared language. Plain TypeScript + zod, no DOM: runs in Node and in browsers.
// The public vocabulary only: schema-building internals (addIssue, toModelIssues, text, recordBase,
// newRecordHeader, duplicateIndexes, readRecordData) stay inside the model.
export {
  ISSUE_CODES,
  type IssueCode,
  type IssueParam,
  type ModelIssue,
  type ParseResult,
  parseWith,
  Id,
  IsoDate,
  IsoDateTime,
  CONTEXTS,
  Context,
  Author,
  ChildRef,
  HistoryEntry,
  RECORD_STATUSES,
  RecordStatus,
  RECORD_KINDS,
  type RecordKind,
  type CreateRecordOptions,
  type RecordDefinition,
  newId,
} from './common.js';
export * from './limits.js';
export * from './perspectives.js';
export * from './instrument.js';
export * from './wellbeing-check.js';
export * from './concern-note.js';
export * from './consent.js';
export * from './network-map.js';
export * from './cpr.js';
export * from './referral.js';
export * from './referral-prefill.js';
export * from './holidays.js';
export * from './deadlines.js';
export * from './language.js';
export { type SpireRecord, type RecordByKind, recordDefinitions, isRecordKind, migrateRecord, parseRecord, parseRecordOf } from './records.js';
export * from './open-record.js';
export * from './transitions.js';
export * from './safeguarding.js';
export * from './json-schema.js';
export {
  CODE_SYSTEM,
  type FhirQuestionnaireKind,
  type FhirCoding,
  type FhirAnswerOption,
  type FhirQuestionnaireItem,
  type FhirQuestionnaire,
  toFhirQuestionnaire,
} from './fhir-questionnaire.js';
export * from './overview.js';
// Entry points of their own, never re-exported here: what a page loads on demand must not be reachable
// from this index (a bundler places every file this index imports, even unused, in the chunk of every
// widget that imports it, so a lazy part re-exported here would no longer be lazy):
// - '@spire/model/language-check': `checkLanguage` and `DEFAULT_LANGUAGE_RULES` (the nudges);
// - '@spire/model/fhir': a record as a FHIR R4 QuestionnaireResponse (`toFhirQuestionnaireResponse`);
// - '@spire/model/examples': the fictional example records.
