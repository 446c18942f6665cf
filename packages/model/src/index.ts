// @spire/model: the shared language. Plain TypeScript + zod, no DOM: runs in Node and in browsers.
export * from './common.js';
export * from './perspectives.js';
export * from './instrument.js';
export * from './wellbeing-check.js';
export * from './concern-note.js';
export * from './consent.js';
export * from './network-map.js';
export * from './cpr.js';
export * from './referral.js';
export * from './holidays.js';
export * from './deadlines.js';
export * from './language.js';
export * from './records.js';
export * from './json-schema.js';
export * from './fhir.js';
export * from './overview.js';
export * from './examples/index.js';
