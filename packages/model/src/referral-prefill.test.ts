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
    const involvement = prefill.fields['childPerspective.involvement']!;
    expect(involvement.value).to.equal(`Barnets egne ord, skrevet i bekymringsnotatet 10. november 2026, ved ${exampleConcernNote.author.name} (${exampleConcernNote.author.role})`);
    expect(involvement.from.id, 'the words and how they were heard from one record, never two occasions mixed').to.equal(exampleConcernNote.id);
    const fromCheck = referralPrefill([exampleWellbeingCheck]);
    expect(fromCheck.fields['childPerspective.involvement']!.value).to.equal(`Samtale med barnet, 6. oktober 2026, ved ${exampleWellbeingCheck.author.name} (${exampleWellbeingCheck.author.role})`);
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
    const prefill = referralPrefill([null, 'x', { kind: 'referral' }, { ...exampleConcernNote, status: 'draft' }, exampleConcernNote, 42] as unknown[]);
    expect(prefill.fields.description!.value).to.equal(exampleConcernNote.observations);
    expect(prefill.attachments, 'only the completed note').to.deep.equal([{ kind: 'concern-note', id: exampleConcernNote.id }]);
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

  it('keeps why the child did not take part as the reason, never as how the child was heard', () => {
    const declined = { ...structuredClone(exampleWellbeingCheck), childPerspective: { method: 'declined' as const, reason: 'Ida ville ikke tale om det i dag.' } };
    const prefill = referralPrefill([declined]);
    expect(prefill.fields['childPerspective.notInvolvedReason']!.value).to.equal('Ida ville ikke tale om det i dag.');
    expect(prefill.fields['childPerspective.involvement']).to.equal(undefined);
    expect(prefill.fields['childPerspective.statement']).to.equal(undefined);
  });

  it('takes nothing from another child\'s records or from a draft check or note', () => {
    const other = { ...structuredClone(exampleConcernNote), id: 'cn-other', child: { ...exampleConcernNote.child, id: 'child-other' } };
    expect(referralPrefill([other], 'da', exampleChild.id).fields).to.deep.equal({});
    expect(referralPrefill([{ ...exampleConcernNote, status: 'draft' }]).fields).to.deep.equal({});
  });

  it('leaves a suspicion of abuse by a parent out of an indstilling, which the parents read', () => {
    const suspicion = { ...structuredClone(exampleConcernNote), parents: { involved: false, notInvolvedReason: 'suspected-abuse-by-parent' as const } };
    expect(referralFromRecords({ author: exampleAuthor, child: exampleChild, referralType: 'underretning', records: [suspicion] }).parentContact).to.deep.equal({ contacted: false, exception: 'suspected-abuse-by-parent' });
    expect(referralFromRecords({ author: exampleAuthor, child: exampleChild, referralType: 'indstilling', records: [suspicion] }).parentContact).to.deep.equal({ contacted: false });
  });
});
