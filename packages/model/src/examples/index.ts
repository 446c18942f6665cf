// Realistic, fictional Danish records of one child, used by tests, stories, the demo and vendors'
// own test suites. Every name is invented.
export { exampleAuthor, exampleChild } from './shared.js';
export { exampleWellbeingCheck, exampleWellbeingCheckEarlier, exampleWellbeingCheckV1 } from './wellbeing-check.da.js';
export { exampleConcernNote } from './concern-note.da.js';
export { exampleNetworkMap } from './network-map.da.js';
export { exampleIndstilling, exampleUnderretning } from './referral.da.js';
