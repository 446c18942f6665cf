// The wellbeing check under hostile input: every text of the check, and every field in the professional
// form and in child mode (see record-suite.ts).
import { type WellbeingCheck } from '@spire/model';
import { exampleWellbeingCheck, exampleWellbeingCheckEarlier } from '@spire/model/examples';
import '../../packages/elements/src/wellbeing/define.js';
import { type RecordWidget, runHostileRecordSuite } from './record-suite.js';

const draft = (): WellbeingCheck => ({ ...structuredClone(exampleWellbeingCheck), status: 'draft' });

/** Drafts that together show every text: each way of hearing the child, an overall position overridden, parents not informed. */
const variants = (): WellbeingCheck[] => {
  const check = draft();
  return [
    {
      ...check,
      overall: { position: 'red', suggested: 'yellow', overrideReason: 'Overruled' },
      // Follow-ups of last round's agreements (the provider holds last round).
      followUps: [{ recordId: 'wc-2026-1-ida', agreementId: 'agr-0', goal: 'Et gammelt mål', outcome: 'continued', note: 'En note' }],
    },
    { ...check, childPerspective: { method: 'observation', observation: 'Set' }, parentPerspective: { notInformedReason: 'Ikke endnu', view: 'Syn', ideas: 'Ideer' } },
    { ...check, childPerspective: { method: 'three-houses', threeHouses: { worries: 'Bekymring', goodThings: 'Godt', dreams: 'Drømme' } } },
    { ...check, childPerspective: { method: 'declined', reason: 'Ville ikke' } },
  ];
};

runHostileRecordSuite({
  tag: 'spire-wellbeing-check',
  kind: 'wellbeing-check',
  values: variants,
  records: () => [exampleWellbeingCheckEarlier],
  states: [
    { name: 'professional form', enter: async () => {} },
    {
      name: 'child mode (three houses)',
      enter: async (el: RecordWidget) => {
        el.value = variants()[2];
        (el as RecordWidget & { mode: string }).mode = 'child';
        await el.updateComplete;
      },
    },
  ],
});
