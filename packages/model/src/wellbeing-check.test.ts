import { expect } from '@open-wc/testing';
import { type WellbeingCheck, ageInYears, childAgeBand, childItemsFor, createWellbeingCheck, defaultInstrument, parseRecord, parseWith, suggestOverallPosition, Instrument, ChildPerspective } from './index.js';
import { exampleWellbeingCheck, exampleWellbeingCheckV1 } from './examples/index.js';

const author = { name: 'Mette Holm', role: 'pædagog', institution: 'Østervang Skole' };
const child = { id: 'child-1', displayName: 'Ida', context: 'skole' as const };

function codes(input: unknown): string[][] {
  const result = parseRecord(input);
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
}

function completed(overrides: Partial<WellbeingCheck> = {}): WellbeingCheck {
  return structuredClone({ ...exampleWellbeingCheck, ...overrides });
}

describe('WellbeingCheck', () => {
  it('accepts the example and a fresh draft', () => {
    expect(codes(exampleWellbeingCheck)).to.deep.equal([]);
    const draft = createWellbeingCheck({ author, child, now: new Date('2026-11-22T10:00:00Z') });
    expect(codes(draft)).to.deep.equal([]);
    expect(draft.dimensions.map((d) => d.dimensionId)).to.deep.equal(defaultInstrument.dimensions.map((d) => d.id));
    expect(draft.status).to.equal('draft');
  });

  it('requires a justification for gul and rød, in drafts too', () => {
    const draft = createWellbeingCheck({ author, child });
    draft.dimensions[0] = { dimensionId: 'relations', position: 'yellow' };
    draft.dimensions[1] = { dimensionId: 'feelings', position: 'red', justification: '   ' };
    draft.dimensions[2] = { dimensionId: 'play-learning', position: 'green' };
    expect(codes(draft)).to.deep.equal([
      ['justification_required', 'dimensions.0.justification'],
      ['justification_required', 'dimensions.1.justification'],
    ]);
    const result = parseRecord(draft);
    expect(!result.ok && result.issues[0]!.params).to.deep.equal({ position: 'yellow' });
  });

  it('does not apply completion rules to drafts', () => {
    const draft = createWellbeingCheck({ author, child });
    expect(parseRecord(draft).ok).to.equal(true);
    expect(codes({ ...draft, status: 'completed' })).to.deep.equal([
      ['overall_position_required', 'overall.position'],
      ['child_perspective_required', 'childPerspective'],
    ]);
  });

  it('needs an agreement or a next step beyond "fortsæt" for a gul or rød overall position', () => {
    expect(codes(completed({ agreements: [], nextStep: 'continue' }))).to.deep.equal([['agreement_or_next_step_required', 'agreements']]);
    expect(codes(completed({ agreements: [], nextStep: undefined }))).to.deep.equal([['agreement_or_next_step_required', 'agreements']]);
    expect(codes(completed({ agreements: [], nextStep: 'interdisciplinary-meeting' }))).to.deep.equal([]);
    expect(codes(completed({ nextStep: 'continue' }))).to.deep.equal([]);
  });

  it('asks why when the overall position differs from the suggestion', () => {
    expect(codes(completed({ overall: { position: 'green', suggested: 'yellow' } }))).to.deep.equal([['reason_required', 'overall.overrideReason']]);
    expect(codes(completed({ overall: { position: 'green', suggested: 'yellow', overrideReason: 'Det gule gælder kun frikvartererne, og aftalerne virker.' } }))).to.deep.equal([]);
  });

  it('needs at least two participants for a joint assessment', () => {
    expect(codes(completed({ assessment: { type: 'joint', participants: [{ name: 'A', role: 'lærer' }] } }))).to.deep.equal([['too_small', 'assessment.participants']]);
  });

  it('rejects duplicate dimension ids', () => {
    const check = completed();
    check.dimensions[1] = { ...check.dimensions[1]!, dimensionId: 'relations' };
    expect(codes(check)).to.deep.equal([['duplicate_id', 'dimensions.1.dimensionId']]);
  });

  it('accepts a missing child perspective only with the reason it is missing', () => {
    expect(parseWith(ChildPerspective, { method: 'declined' }).ok).to.equal(false);
    const result = parseWith(ChildPerspective, { method: 'not-possible', reason: '  ' });
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.'), i.params.method])).to.deep.equal([['reason_required', 'reason', 'not-possible']]);
    expect(codes(completed({ childPerspective: { method: 'declined', reason: 'Ida ville ikke tale om det i dag; vi spørger igen i næste uge.' } }))).to.deep.equal([]);
    expect(codes(completed({ childPerspective: { method: 'conversation' } }))).to.deep.equal([['child_perspective_required', 'childPerspective']]);
  });

  it('rejects smiley ratings outside 1–5 and unknown positions with the allowed values', () => {
    const check = completed({ childPerspective: { method: 'own-rating', ratings: [{ itemId: 'friends', value: 6 }] } });
    expect(codes(check)).to.deep.equal([['too_big', 'childPerspective.ratings.0.value']]);
    const bad = completed();
    (bad.dimensions[0] as { position: string }).position = 'orange';
    const result = parseRecord(bad);
    expect(!result.ok && result.issues[0]).to.deep.equal({ code: 'invalid_value', path: ['dimensions', 0, 'position'], params: { allowed: ['green', 'yellow', 'red', 'not-assessed'] } });
  });

  it('migrates a version 1 record forward', () => {
    const result = parseRecord(exampleWellbeingCheckV1);
    expect(result.ok).to.equal(true);
    if (!result.ok || result.value.kind !== 'wellbeing-check') return;
    expect(result.value.schemaVersion).to.equal(2);
    expect(result.value.overall).to.deep.equal({ position: 'green' });
    expect(result.value.strengths).to.equal('Leger godt i sandkassen\nHjælper de mindste');
  });

  it('suggests the most serious assessed position', () => {
    expect(suggestOverallPosition([])).to.equal('not-assessed');
    expect(suggestOverallPosition([{ position: 'not-assessed' }, { position: 'green' }])).to.equal('green');
    expect(suggestOverallPosition([{ position: 'green' }, { position: 'red' }, { position: 'yellow' }])).to.equal('red');
  });
});

describe('Instrument', () => {
  it('the default instrument is valid, bilingual and covers the five areas', () => {
    expect(parseWith(Instrument, defaultInstrument).ok).to.equal(true);
    expect(defaultInstrument.dimensions.map((d) => d.id)).to.deep.equal(['relations', 'feelings', 'play-learning', 'body-health', 'safety-care']);
    for (const item of defaultInstrument.childItems) expect(item.text.da && item.text.en).to.be.a('string').and.not.equal('');
  });

  it('rejects duplicate dimension ids', () => {
    const broken = structuredClone(defaultInstrument);
    broken.dimensions[2]!.id = 'relations';
    const result = parseWith(Instrument, broken);
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.')])).to.deep.equal([['duplicate_id', 'dimensions.2.id']]);
  });
});

describe('completion errors in one go', () => {
  it('reports a broken rule in one part together with the record rules, not in waves', () => {
    const check = createWellbeingCheck({ author: { name: 'Mette Holm', role: 'pædagog' }, child: { id: 'c-1', displayName: 'Ida', context: 'skole' } });
    const completed = { ...check, status: 'completed' as const, dimensions: check.dimensions.map((d, i) => (i === 0 ? { ...d, position: 'yellow' as const } : d)) };
    const result = parseRecord(completed, 'wellbeing-check');
    expect(!result.ok && result.issues.map((i) => `${i.code}@${i.path.join('.')}`)).to.deep.equal([
      'justification_required@dimensions.0.justification',
      'overall_position_required@overall.position',
      'child_perspective_required@childPerspective',
    ]);
  });
});

describe('the youngest children and the child perspective', () => {
  it('takes "ved ikke / vil ikke svare" as an answer of its own, and nothing else beside 1–5', () => {
    expect(codes(completed({ childPerspective: { method: 'own-rating', ratings: [{ itemId: 'friends', value: 'dont-know' }] } }))).to.deep.equal([]);
    expect(codes(completed({ childPerspective: { method: 'own-rating', ratings: [{ itemId: 'friends', value: 'maybe' as never }] } }))[0]?.[1]).to.equal('childPerspective.ratings.0.value');
  });

  it('accepts what the adults observed as the perspective of a child who cannot yet answer', () => {
    expect(codes(completed({ childPerspective: { method: 'observation', observation: 'Ida søger hen til Mette og smiler, når hun bliver hentet ind i legen.' } }))).to.deep.equal([]);
    expect(codes(completed({ childPerspective: { method: 'observation', observation: '  ' } }))).to.deep.equal([['child_perspective_required', 'childPerspective']]);
  });

  it('tells the age band from the birth date, the birth year or the setting', () => {
    const today = new Date(2026, 10, 23);
    expect(childAgeBand({ birthDate: '2022-05-01' }, today)).to.equal('small');
    expect(childAgeBand({ birthDate: '2020-11-24' }, today)).to.equal('small');
    expect(childAgeBand({ birthDate: '2020-11-23' }, today)).to.equal('school');
    expect(childAgeBand({ birthYear: 2012 }, today)).to.equal('young');
    expect(childAgeBand({ context: 'dagtilbud' }, today)).to.equal('small');
    expect(childAgeBand({ context: 'fritid' }, today)).to.equal(undefined);
    expect(childAgeBand(null as never, today)).to.equal(undefined);
  });

  it('asks each age band its own questions, school age when the band is unknown', () => {
    const ids = (band?: 'small' | 'school' | 'young') => childItemsFor(defaultInstrument, band).map((i) => i.id);
    expect(ids('small')).to.deep.equal(['small-play', 'small-happy', 'small-grown-ups', 'small-home']);
    expect(ids('young').every((id) => id.startsWith('young-'))).to.equal(true);
    expect(ids(undefined)).to.deep.equal(ids('school'));
    expect(ids('school')).to.include('friends');
  });
});

describe('ageInYears', () => {
  it('counts whole years from a birth date, and from a birth year only when that is allowed', () => {
    const today = new Date(2026, 10, 23);
    expect(ageInYears({ birthDate: '2008-11-24' }, today)).to.equal(17);
    expect(ageInYears({ birthDate: '2008-11-23' }, today)).to.equal(18);
    expect(ageInYears({ birthYear: 2008 }, today)).to.equal(18);
    expect(ageInYears({ birthYear: 2008 }, today, { fromBirthYear: false }), 'a birth year cannot tell 17 from 18').to.equal(undefined);
  });
});
