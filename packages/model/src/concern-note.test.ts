import { expect } from '@open-wc/testing';
import { CONCERN_LEVELS, type ConcernNote, ConcernNote as ConcernNoteSchema, checkCompletion, concernNoteFromCheck, createConcernNote, firstConversationDeadline, isRequiredAtCompletion, parseRecord, parseWith } from './index.js';
import { exampleAuthor, exampleChild, exampleConcernNote, exampleWellbeingCheck } from './examples/index.js';

const issues = (input: unknown) => {
  const result = parseRecord(input);
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
};
const completed = (patch: Partial<ConcernNote>): ConcernNote => ({ ...structuredClone(exampleConcernNote), ...patch });

describe('ConcernNote', () => {
  it('accepts the example and a fresh draft observed today by its author, in the child’s context', () => {
    expect(issues(exampleConcernNote)).to.deep.equal([]);
    const draft = createConcernNote({ author: exampleAuthor, child: exampleChild, now: new Date('2026-11-20T10:00:00Z') });
    expect(issues(draft)).to.deep.equal([]);
    expect(draft).to.include({ status: 'draft', observedAt: '2026-11-20' });
    expect(draft.where).to.deep.equal({ context: exampleChild.context });
    expect(draft.observedBy).to.deep.equal({ name: exampleAuthor.name, role: exampleAuthor.role });
  });

  it('lets a draft be incomplete, and asks for observations, a level and a decision on completion', () => {
    const draft = createConcernNote({ author: exampleAuthor, child: exampleChild });
    expect(issues(draft)).to.deep.equal([]);
    expect(issues({ ...draft, status: 'completed' })).to.deep.equal([
      ['required', 'observations'],
      ['required', 'level'],
      ['required', 'decision'],
    ]);
    expect(issues(completed({ observations: '   ' }))).to.deep.equal([['required', 'observations']]);
  });

  it('has the five steps of the concern barometer, from trivsel to truet, and nothing else', () => {
    expect(CONCERN_LEVELS).to.deep.equal(['trivsel', 'faldende-trivsel', 'saarbar', 'udsat', 'truet']);
    const result = parseWith(ConcernNoteSchema, completed({ level: 'rød' as never }));
    expect(!result.ok && result.issues[0]).to.deep.include({ code: 'invalid_value', path: ['level'] });
    expect(!result.ok && result.issues[0]!.params.allowed).to.deep.equal([...CONCERN_LEVELS]);
  });

  it('records why parents were not involved, suspected abuse by a parent included', () => {
    expect(issues(completed({ parents: { involved: false } }))).to.deep.equal([['reason_required', 'parents.notInvolvedReason']]);
    expect(issues(completed({ parents: { involved: false }, status: 'draft' })), 'in drafts too').to.deep.equal([['reason_required', 'parents.notInvolvedReason']]);
    expect(issues(completed({ parents: { involved: false, notInvolvedReason: 'suspected-abuse-by-parent' }, decision: 'notification' }))).to.deep.equal([]);
    expect(issues(completed({ parents: { involved: false, notInvolvedReason: 'anden' as never } }))).to.deep.equal([['invalid_value', 'parents.notInvolvedReason']]);
  });

  it('needs the date parents were involved before the note is completed', () => {
    expect(issues(completed({ parents: { involved: true, reaction: 'Glade for kontakten' } }))).to.deep.equal([['required', 'parents.on']]);
    expect(issues(completed({ parents: { involved: true }, status: 'draft' }))).to.deep.equal([]);
  });

  it('rejects impossible dates, an unknown decision and links to unknown kinds', () => {
    expect(issues(completed({ observedAt: '2026-02-30' }))).to.deep.equal([['invalid_date', 'observedAt']]);
    expect(issues(completed({ discussedWith: [{ role: 'AKT-vejleder', on: 'i går' }] }))).to.deep.equal([['invalid_date', 'discussedWith.0.on']]);
    expect(issues(completed({ decision: 'wait-and-see' as never }))).to.deep.equal([['invalid_value', 'decision']]);
    expect(issues(completed({ links: [{ kind: 'diary' as never, id: 'x' }] }))).to.deep.equal([['invalid_value', 'links.0.kind']]);
  });

  it('keeps the child’s words exactly as given', () => {
    const words = '  jeg vil IKKE ud!!  ';
    const result = parseRecord(completed({ childWords: words }), 'concern-note');
    expect(result.ok && result.value.childWords).to.equal(words);
  });
});

describe('ConcernNote: help within a week, and opened from a wellbeing check', () => {
  const by = { name: 'Mette Holm', role: 'pædagog' };

  it('asks at completion who will talk with the child or family, and by when; notes completed before stay valid', () => {
    const draft = { ...structuredClone(exampleConcernNote), status: 'draft' as const };
    delete (draft as Partial<ConcernNote>).firstConversation;
    expect(parseRecord(exampleConcernNote).ok, 'a completed note without a plan is still a record').to.equal(true);
    const result = checkCompletion(draft, by);
    expect(!result.ok && result.issues.map((i) => `${i.code}@${i.path.join('.')}`)).to.deep.equal(['required@firstConversation.who']);
    const planned = checkCompletion({ ...draft, firstConversation: { who: 'Mette Holm', with: 'child-and-family', by: '2026-11-18' } }, by);
    expect(planned.ok).to.equal(true);
  });

  it('tells where the first conversation stands against the week, counted from the day the note was written', () => {
    // Observed weeks before, written on the 12th: the week runs from the writing, not the observation.
    const note = { observedAt: '2026-10-20', createdAt: '2026-11-12T09:00:00Z' };
    const at = (today: string, firstConversation?: ConcernNote['firstConversation']) => firstConversationDeadline({ ...note, firstConversation }, today);
    expect(at('2026-11-12')).to.deep.equal({ dueOn: '2026-11-19', state: 'not-planned', daysLeft: 7 });
    expect(at('2026-11-13', { who: 'Mette', with: 'family', by: '2026-11-17' })!.state).to.equal('planned');
    expect(at('2026-11-13', { who: 'Mette', with: 'family', by: '2026-11-24' })!.state).to.equal('planned-after-deadline');
    expect(at('2026-11-19', { who: 'Mette', with: 'family', by: '2026-11-17' })!.state).to.equal('due-today');
    expect(at('2026-11-20', { who: 'Mette', with: 'family', by: '2026-11-17' })).to.deep.include({ state: 'overdue', daysLeft: -1 });
    expect(at('2026-11-25', { who: 'Mette', with: 'family', by: '2026-11-17', heldOn: '2026-11-17' })!.state).to.equal('held');
    expect(at('2026-11-25', { who: 'Mette', with: 'family', by: '2026-11-17', heldOn: '2026-11-21' })!.state).to.equal('held-late');
    expect(firstConversationDeadline({ createdAt: 'nope' } as never, '2026-11-12')).to.equal(undefined);
    expect(firstConversationDeadline({ observedAt: '2026-11-12' } as never, '2026-11-12'), 'no createdAt').to.equal(undefined);
    expect(firstConversationDeadline(null as never, '2026-11-12')).to.equal(undefined);
  });

  it('counts the week from the Danish day the note was written: late evening in Denmark is the next UTC day’s date there', () => {
    // 23:30 UTC on the 12th is 00:30 on the 13th in Copenhagen (winter time).
    expect(firstConversationDeadline({ createdAt: '2026-11-12T23:30:00Z' }, '2026-11-13')!.dueOn).to.equal('2026-11-20');
    expect(createConcernNote({ author: exampleAuthor, child: exampleChild, now: new Date('2026-11-12T23:30:00Z') }).observedAt).to.equal('2026-11-13');
  });

  it('opens prefilled from a wellbeing check: strengths, the child’s words, gul and rød areas, and a link back', () => {
    const check = structuredClone(exampleWellbeingCheck);
    check.childPerspective = { method: 'conversation', ownWords: 'I frikvarteret er det kedeligt.' };
    const note = concernNoteFromCheck(check, { author: exampleAuthor, now: new Date('2026-11-20T10:00:00Z') });
    expect(parseRecord(note).ok).to.equal(true);
    expect(note.child).to.deep.equal(check.child);
    expect(note.where.context).to.equal(check.child.context);
    expect(note.worksWell).to.equal(check.strengths);
    expect(note.childWords).to.equal('I frikvarteret er det kedeligt.');
    expect(note.worries).to.match(/^Relationer og fællesskab \(gul\): I frikvartererne går Ida/);
    expect(note.links).to.deep.equal([{ kind: 'wellbeing-check', id: check.id }]);
    expect(note.observations, 'facts are the professional’s own').to.equal(undefined);
    const en = concernNoteFromCheck({ ...check, childPerspective: { method: 'three-houses', threeHouses: { dreams: 'At have en bedste ven.' } } }, { author: exampleAuthor, locale: 'en' });
    expect(en.worries).to.match(/^Relationships and belonging \(yellow\)/);
    expect(en.childViews).to.equal('House of dreams: At have en bedste ven.');
  });

  it('takes indstilling as a decision beside underretning', () => {
    expect(issues(completed({ decision: 'referral' }))).to.deep.equal([]);
  });
});

describe('ConcernNote: completing with acute danger or suspected abuse by a parent', () => {
  const by = { name: 'Mette Holm', role: 'pædagog' };
  const suspected = { involved: false, notInvolvedReason: 'suspected-abuse-by-parent' as const };
  const draft = (patch: Partial<ConcernNote> = {}): ConcernNote => ({ ...structuredClone(exampleConcernNote), status: 'draft', ...patch });
  const completing = (note: ConcernNote) => {
    const result = checkCompletion(note, by);
    return result.ok ? [] : result.issues.map((i) => `${i.code}@${i.path.join('.')}`);
  };

  it('asks whether the child is in acute danger before completing: yes or no, so it is no longer optional', () => {
    const unanswered = draft();
    delete unanswered.acute;
    expect(completing(unanswered)).to.deep.equal(['required@acute']);
    expect(isRequiredAtCompletion(unanswered, 'acute'), 'not marked "(frivilligt)"').to.equal(true);
    expect(completing(draft({ acute: false }))).to.deep.equal([]);
  });

  it('needs an underretning when the child is in acute danger', () => {
    expect(completing(draft({ acute: true }))).to.deep.equal(['underretning_required@decision']);
    expect(completing(draft({ acute: true, decision: 'referral' }))).to.deep.equal(['underretning_required@decision']);
    expect(completing(draft({ acute: true, decision: 'notification' }))).to.deep.equal([]);
    expect(completing(draft({ acute: true, decision: undefined })), 'no decision: the schema asks for one, once').to.deep.equal(['required@decision']);
  });

  it('needs an underretning, and a first conversation with the child only, when abuse by a parent is suspected', () => {
    const plan = (w: NonNullable<ConcernNote['firstConversation']>['with']) => ({ who: 'Mette Holm', with: w, by: '2026-11-14' });
    expect(completing(draft({ parents: suspected, firstConversation: plan('child') }))).to.deep.equal(['underretning_required@decision']);
    expect(completing(draft({ parents: suspected, decision: 'notification', firstConversation: plan('family') }))).to.deep.equal(['not_family_first@firstConversation.with']);
    expect(completing(draft({ parents: suspected, decision: 'notification', firstConversation: plan('child-and-family') }))).to.deep.equal(['not_family_first@firstConversation.with']);
    expect(completing(draft({ parents: suspected, decision: 'notification', firstConversation: plan('child') }))).to.deep.equal([]);
    // Parents not involved for another reason: no such rule.
    expect(completing(draft({ parents: { involved: false, notInvolvedReason: 'other' }, firstConversation: plan('family') }))).to.deep.equal([]);
  });

  it('keeps notes completed before these rules valid records; amending one asks for them', () => {
    const old = { ...structuredClone(exampleConcernNote), parents: suspected, decision: 'referral' as const };
    delete (old as Partial<ConcernNote>).acute;
    expect(parseRecord(old).ok, 'still a record').to.equal(true);
    expect(old.status).to.equal('completed');
    expect(completing(old)).to.deep.equal(['required@acute', 'underretning_required@decision', 'not_family_first@firstConversation.with']);
  });
});
