// A vendor's Vue 3 component types, checked against the packed @spire/elements/vue (copied into the scratch
// project by test/node/packed.test.mjs). Templates are checked by vue-tsc through GlobalComponents; here the
// same props type is used directly, as vue-tsc would.
import type {} from '@spire/elements/vue';
import type { GlobalComponents } from 'vue';
import type { ConcernNote } from '@spire/model';
import { exampleConcernNote, exampleIndstilling } from '@spire/model/examples';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const noteProps: Props<'spire-concern-note'> = {
  value: exampleConcernNote,
  name: 'note',
  onSpireSubmit: (event) => {
    const note: ConcernNote = event.detail.value;
    return note.decision;
  },
  onSpireError: (event) => event.detail.path,
};

// @ts-expect-error a referral is not a concern note
export const wrongValue: Props<'spire-concern-note'> = { value: exampleIndstilling };

export const referralProps: Props<'spire-referral-form'> = {
  // @ts-expect-error the referral form's spire-submit carries a Referral
  onSpireSubmit: (event: CustomEvent<{ value: ConcernNote }>) => event,
};
