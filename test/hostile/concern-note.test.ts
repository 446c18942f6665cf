// The concern note under hostile input: every text of the note and every field (see record-suite.ts).
import { type ConcernNote } from '@spire/model';
import { exampleConcernNote } from '@spire/model/examples';
import '../../packages/elements/src/concern-note/define.js';
import { runHostileRecordSuite } from './record-suite.js';

const draft = (): ConcernNote => ({ ...structuredClone(exampleConcernNote), status: 'draft' });

runHostileRecordSuite({
  tag: 'spire-concern-note',
  kind: 'concern-note',
  values: () => {
    const note = draft();
    return [
      { ...note, parents: { involved: true, on: '2026-11-11', reaction: 'Reaktion', view: 'Syn', resources: 'Ressourcer' } },
      { ...note, parents: { involved: false, notInvolvedReason: 'other', notInvolvedExplanation: 'Forklaring' } },
    ];
  },
});
