// The referral under hostile input: every text of an indstilling and an underretning, and every field on
// each of its steps (see record-suite.ts).
import { type Referral } from '@spire/model';
import { exampleIndstilling, exampleUnderretning } from '@spire/model/examples';
import '../../packages/elements/src/referral/define.js';
import { REFERRAL_STEPS } from '../../packages/elements/src/referral/referral-form.js';
import { type RecordWidget, runHostileRecordSuite } from './record-suite.js';

/** A sent example moved back to a draft: everything filled in, ready to send again. */
const asDraft = (r: Referral): Referral => ({ ...structuredClone(r), status: 'draft', statusHistory: [r.statusHistory[0]!] });

runHostileRecordSuite({
  tag: 'spire-referral-form',
  kind: 'referral',
  values: () => [asDraft(exampleUnderretning), asDraft(exampleIndstilling)],
  // Every step with text fields (the attachments are choices; the review is what prints).
  states: REFERRAL_STEPS.filter((step) => step !== 'attachments' && step !== 'review').map((step) => ({
    name: `step ${step}`,
    enter: async (el: RecordWidget) => {
      el.value = asDraft(exampleIndstilling);
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>(`.steps button[data-step="${step}"]`)!.click();
      await el.updateComplete;
    },
  })),
});
