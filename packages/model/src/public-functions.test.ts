import { expect } from '@open-wc/testing';
import { aggregateWellbeing, canTransition, hasChildPerspective, invitationList, isConsentActive, maskCpr, migrateRecord, parseRecord, referralDeadlines, snapshotNetworkMap, suggestOverallPosition, toFhirQuestionnaire, transitionReferral, withdrawConsent } from './index.js';
import { checkLanguage } from './language-check.js';
import { toFhirQuestionnaireResponse } from './fhir.js';
import { exampleConcernNote, exampleIndstilling, exampleNetworkMap, exampleWellbeingCheck, exampleWellbeingCheckV1 } from './examples/index.js';
import { hostileInputs } from './parse-hostile.test.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- hostile input is deliberately of any type */
type Fn = (input: any) => unknown;

/** Every public function that takes a record (or a part of one), called the way a host could call it. */
const recordTaking: [string, Fn][] = [
  ['parseRecord', (r) => parseRecord(r)],
  ['migrateRecord', (r) => migrateRecord('wellbeing-check', r)],
  ['toFhirQuestionnaireResponse', (r) => toFhirQuestionnaireResponse(r)],
  ['aggregateWellbeing (one check)', (r) => aggregateWellbeing([r])],
  ['aggregateWellbeing (the list)', (r) => aggregateWellbeing(r)],
  ['referralDeadlines', (r) => referralDeadlines(r)],
  ['snapshotNetworkMap', (r) => snapshotNetworkMap(r, '2026-11-22', 'note')],
  ['invitationList', (r) => invitationList(r)],
  ['transitionReferral', (r) => transitionReferral(r, 'sent')],
  ['canTransition', (r) => canTransition(r, 'sent')],
  ['suggestOverallPosition', (r) => suggestOverallPosition(r)],
  ['suggestOverallPosition (one dimension)', (r) => suggestOverallPosition([r])],
  ['hasChildPerspective', (r) => hasChildPerspective(r)],
  ['isConsentActive', (r) => isConsentActive(r)],
  ['withdrawConsent', (r) => withdrawConsent({ ...exampleIndstilling.consents[0]! }, r)],
  ['checkLanguage (text)', (r) => checkLanguage(r, 'da')],
  ['checkLanguage (rules)', (r) => checkLanguage('han er umulig', 'da', { rules: r })],
  ['checkLanguage (one rule)', (r) => checkLanguage('han er umulig', 'da', { rules: [r] })],
  ['maskCpr', (r) => maskCpr(r)],
  ['toFhirQuestionnaire (instrument)', (r) => toFhirQuestionnaire('wellbeing-check', r)],
];

const older: [string, unknown][] = [
  ['an older wellbeing check (schema version 1)', exampleWellbeingCheckV1],
  ['a wellbeing check with null optional fields', { ...structuredClone(exampleWellbeingCheck), parentPerspective: null, overall: { position: 'green', overrideReason: null } }],
  ['a wellbeing check with an unknown position', { ...structuredClone(exampleWellbeingCheck), overall: { position: 'toString' }, dimensions: [{ dimensionId: 'x', position: '__proto__' }] }],
  ['a referral with an unknown status', { ...structuredClone(exampleIndstilling), status: 'toString', statusHistory: [{ status: '__proto__', at: 5 }] }],
  ['a network map with people as a string', { ...structuredClone(exampleNetworkMap), people: 'x', versions: null }],
  ['a concern note', exampleConcernNote],
];

describe('every public record-taking function', () => {
  for (const [fnName, fn] of recordTaking) {
    it(`${fnName} never throws on older or hostile input`, () => {
      for (const [inputName, input] of [...older, ...hostileInputs()]) {
        let thrown: unknown;
        try {
          fn(input);
        } catch (error) {
          thrown = error;
        }
        expect(thrown, `${fnName}(${inputName}): ${String(thrown)}`).to.equal(undefined);
      }
    });
  }
});

describe('older schema versions', () => {
  it('toFhirQuestionnaireResponse exports a version-1 check as parseRecord reads it', () => {
    const parsed = parseRecord(exampleWellbeingCheckV1, 'wellbeing-check');
    expect(parsed.ok).to.equal(true);
    const response = toFhirQuestionnaireResponse(exampleWellbeingCheckV1 as never);
    expect(response).to.deep.equal(toFhirQuestionnaireResponse(parsed.ok ? parsed.value : (undefined as never)));
    const answer = (linkId: string) => response.item.find((i) => i.linkId === linkId)?.answer?.[0];
    expect(answer('overall')?.valueCoding?.code).to.equal('green');
    expect(answer('strengths')?.valueString).to.equal('Leger godt i sandkassen\nHjælper de mindste');
    expect(response.status).to.equal('completed');
  });

  it('toFhirQuestionnaireResponse answers a null optional field as absent and an unknown record with no answers', () => {
    const response = toFhirQuestionnaireResponse({ ...structuredClone(exampleWellbeingCheck), parentPerspective: null } as never);
    expect(response.item.some((i) => i.linkId === 'parents.view')).to.equal(false);
    const unknown = toFhirQuestionnaireResponse({ kind: 'diary' } as never);
    expect([unknown.status, unknown.item]).to.deep.equal(['entered-in-error', []]);
  });

  it('aggregateWellbeing counts a version-1 check by its migrated overall position', () => {
    // Only completed joint checks count, and small counts are hidden: six version-1 checks made joint, beside ten current ones.
    const v1 = Array.from({ length: 6 }, (_, i) => ({ ...structuredClone(exampleWellbeingCheckV1), child: { ...exampleWellbeingCheck.child, id: `v1-${i}` }, assessment: exampleWellbeingCheck.assessment }));
    const current = Array.from({ length: 10 }, (_, i) => ({ ...structuredClone(exampleWellbeingCheck), child: { ...exampleWellbeingCheck.child, id: `v2-${i}` }, overall: { position: i < 5 ? 'yellow' : 'red' } }));
    const overview = aggregateWellbeing([...v1, ...current] as never);
    expect(overview.overall.counts.green).to.equal(6);
  });

  it('aggregateWellbeing counts an unknown position as not assessed, never as a key of an object', () => {
    const check = { ...structuredClone(exampleWellbeingCheck), overall: { position: '__proto__' } };
    const copies = (overall: unknown, prefix: string) => Array.from({ length: 4 }, (_, i) => ({ ...check, child: { ...check.child, id: `${prefix}-${i}` }, overall: { position: overall } }));
    const overview = aggregateWellbeing([...copies('__proto__', 'odd'), ...copies('green', 'g'), ...copies('yellow', 'y')] as never);
    expect(overview.overall.counts).to.deep.equal({ green: null, yellow: 4, red: null, 'not-assessed': 4 });
  });

  it('transitionReferral returns issues for a referral with a status that is not one', () => {
    const result = transitionReferral({ ...structuredClone(exampleIndstilling), status: 'toString' } as never, 'sent');
    expect(!result.ok && result.issues.map((i) => i.code)).to.include('invalid_value');
    expect(canTransition('toString' as never, 'sent')).to.equal(false);
  });
});
