// A vendor's strict React 19 file, type-checked against the packed @spire/elements (test/node/packed.test.mjs
// copies it into the scratch project). Every `@ts-expect-error` is a mistake the types must catch: if the
// types got looser (any), the directive would be unused and the check fails.
import type {} from '@spire/elements/jsx';
import '@spire/elements/concern-note/define.js';
import '@spire/elements/wellbeing/define.js';
import type { ConcernNote, WellbeingCheck } from '@spire/model';
import { exampleConcernNote, exampleWellbeingCheck } from '@spire/model/examples';

export function ConcernNotePanel({ onSaved }: { onSaved: (note: ConcernNote) => void }) {
  return (
    <form method="post">
      <spire-concern-note
        name="note"
        class="note"
        value={exampleConcernNote}
        required
        onspire-submit={(event) => onSaved(event.detail.value)}
        onspire-next-step={(event) => console.log(event.detail.step, event.detail.record.decision)}
        onspire-error={(event) => console.log(event.detail.path, event.detail.code)}
        onInput={(event) => console.log(event.currentTarget.value?.status)}
      />
      <spire-wellbeing-check mode="child" onspire-submit={(event) => event.detail.value.dimensions.length} />
    </form>
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error a wellbeing check is not a concern note */}
      <spire-concern-note value={exampleWellbeingCheck} />
      {/* @ts-expect-error the note's spire-submit carries a ConcernNote, not a WellbeingCheck */}
      <spire-concern-note onspire-submit={(event: CustomEvent<{ value: WellbeingCheck }>) => event} />
      {/* @ts-expect-error mode is 'professional' or 'child' */}
      <spire-wellbeing-check mode="teacher" />
      {/* @ts-expect-error no such element */}
      <spire-concern-notes />
    </>
  );
}

// Outside JSX: the element's own listeners and the document's are typed too.
const note = document.createElement('spire-concern-note');
note.addEventListener('spire-submit', (event) => {
  const value: ConcernNote = event.detail.value;
  // @ts-expect-error a concern note has no dimensions
  console.log(value.dimensions);
});
document.addEventListener('spire-error', (event) => console.log(event.detail.path));
document.addEventListener('spire-submit', (event) => console.log(event.detail.value.kind));
const check: WellbeingCheck = exampleWellbeingCheck;
export { check };

// @spire/react's wrappers (for React 18 and earlier): typed props and onSpire… events.
import { SpireConcernNote } from '@spire/react/concern-note';
import { SpireProvider, SpireReferralForm } from '@spire/react';

export function Wrapped({ onSaved }: { onSaved: (note: ConcernNote) => void }) {
  return (
    <SpireProvider locale="da">
      <SpireConcernNote name="note" value={exampleConcernNote} onSpireSubmit={(event) => onSaved(event.detail.value)} />
      <SpireReferralForm onSpireError={(event) => console.log(event.detail.path)} />
      {/* @ts-expect-error a wellbeing check is not a concern note */}
      <SpireConcernNote value={exampleWellbeingCheck} />
      {/* @ts-expect-error the wrapper's spire-submit carries a ConcernNote */}
      <SpireConcernNote onSpireSubmit={(event: CustomEvent<{ value: WellbeingCheck }>) => event} />
    </SpireProvider>
  );
}
