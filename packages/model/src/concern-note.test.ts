import { expect } from '@open-wc/testing';
import { CONCERN_LEVELS, type ConcernNote, ConcernNote as ConcernNoteSchema, createConcernNote, parseRecord, parseWith } from './index.js';
import { exampleAuthor, exampleChild, exampleConcernNote } from './examples/index.js';

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
