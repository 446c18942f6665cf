import { expect } from '@open-wc/testing';
import { exampleAuthor, exampleChild, exampleConcernNote, exampleNetworkMap, exampleWellbeingCheck } from './examples/index.js';
import { parseRecord, referralFromRecords, referralPrefill } from './index.js';

const records = [exampleWellbeingCheck, exampleConcernNote, { ...exampleNetworkMap, status: 'completed' as const }];

describe('referralPrefill', () => {
  it('takes the child\'s words verbatim, how they were heard, what was seen and tried, with where each came from', () => {
    const prefill = referralPrefill(records);
    expect(prefill.fields['childPerspective.statement']).to.deep.equal({
      value: exampleConcernNote.childWords,
      from: { kind: 'concern-note', id: exampleConcernNote.id, date: exampleConcernNote.updatedAt.slice(0, 10) },
    });
    expect(prefill.fields['childPerspective.involvement']!.value).to.equal(`Samtale med barnet, 6. oktober 2026, ved ${exampleWellbeingCheck.author.name} (${exampleWellbeingCheck.author.role})`);
    expect(prefill.fields.description!.value).to.equal(exampleConcernNote.observations);
    expect(prefill.fields.triedAndEffect!.value).to.equal(exampleConcernNote.actionsTaken);
  });

  it('puts strengths and the network\'s activation in the resources, and names the parents from the map', () => {
    const prefill = referralPrefill(records, 'en');
    expect(prefill.fields.resources!.value).to.contain(exampleWellbeingCheck.strengths!.trim());
    expect(prefill.fields.resources!.value).to.contain('The network:');
    expect(prefill.fields.resources!.value).to.match(/Mormor Inge \(mormor\) – can: /);
    expect(prefill.parents.map((p) => p.name)).to.deep.equal(['Lene', 'Anders']);
    expect(prefill.parentContact!.value).to.deep.include({ contacted: true, on: '2026-11-11' });
    expect(prefill.attachments.map((a) => a.kind).sort()).to.deep.equal(['concern-note', 'network-map', 'wellbeing-check']);
  });

  it('leaves out what it cannot read, drafts from the attachments, and makes nothing up', () => {
    const prefill = referralPrefill([null, 'x', { kind: 'referral' }, { ...exampleConcernNote, status: 'draft' }, 42] as unknown[]);
    expect(prefill.fields.description!.value).to.equal(exampleConcernNote.observations);
    expect(prefill.attachments, 'a draft is not attached').to.deep.equal([]);
    expect(referralPrefill([]).fields).to.deep.equal({});
    expect(referralPrefill('nothing' as unknown as unknown[]).parents).to.deep.equal([]);
  });

  it('makes a valid draft referral prefilled from the records', () => {
    const referral = referralFromRecords({ author: exampleAuthor, child: exampleChild, referralType: 'indstilling', records });
    expect(parseRecord(referral, 'referral').ok).to.equal(true);
    expect(referral.childPerspective!.statement).to.equal(exampleConcernNote.childWords);
    expect(referral.parents.map((p) => [p.name, p.custody])).to.deep.equal([
      ['Lene', false],
      ['Anders', false],
    ]);
  });
});
