import { expect } from '@open-wc/testing';
import {
  type RecordDefinition,
  type SpireRecord,
  checkCompletion,
  checkCompletionOf,
  concernNoteDefinition,
  createConcernNote,
  isRequiredAtCompletion,
  isRequiredAtCompletionOf,
  migrateRecord,
  networkMapDefinition,
  openRecord,
  openRecordOf,
  parseRecord,
  parseRecordOf,
  referralDefinition,
  toJsonSchema,
  wellbeingCheckDefinition,
} from './index.js';
import { exampleConcernNote, exampleNetworkMap, exampleWellbeingCheckV1 } from './examples/index.js';

describe('parseRecord', () => {
  it('identifies the kind and types the result', () => {
    const result = parseRecord(exampleConcernNote);
    expect(result.ok && result.value.kind).to.equal('concern-note');
    expect(parseRecord(exampleNetworkMap, 'network-map').ok).to.equal(true);
  });

  it('rejects what is not a record, an unknown kind and a kind other than expected', () => {
    expect(parseRecord('hej')).to.deep.equal({ ok: false, issues: [{ code: 'invalid_type', path: [], params: { expected: 'object' } }] });
    const unknown = parseRecord({ ...exampleConcernNote, kind: 'diary' });
    expect(!unknown.ok && unknown.issues[0]!.code).to.equal('unknown_kind');
    const wrong = parseRecord(exampleConcernNote, 'referral');
    expect(!wrong.ok && wrong.issues[0]).to.deep.equal({ code: 'unknown_kind', path: ['kind'], params: { kind: 'concern-note', allowed: ['referral'] } });
  });

  it('rejects unknown schema versions, naming the supported ones', () => {
    for (const version of [0, 3, 1.5, '1']) {
      const result = parseRecord({ ...exampleConcernNote, schemaVersion: version });
      expect(!result.ok && result.issues[0]!.code, String(version)).to.equal('unknown_schema_version');
      expect(!result.ok && result.issues[0]!.params.supported).to.deep.equal([1]);
    }
    const missing = parseRecord({ ...exampleConcernNote, schemaVersion: undefined });
    expect(!missing.ok && missing.issues[0]!.code).to.equal('required');
  });

  it('never answers with zod prose: every issue has a stable code, a path and params', () => {
    const result = parseRecord({ kind: 'concern-note', schemaVersion: 1, id: 'x' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.length).to.be.greaterThan(3);
    for (const issue of result.issues) {
      expect(Object.keys(issue).sort()).to.deep.equal(['code', 'params', 'path']);
      expect(issue.code).to.match(/^[a-z_]+$/);
    }
    expect(result.issues.find((i) => i.path.join('.') === 'createdAt')!.code).to.equal('required');
  });

  it('applies completion rules to a completed concern note', () => {
    const note = { ...createConcernNote({ author: exampleConcernNote.author, child: exampleConcernNote.child }), status: 'completed' };
    const result = parseRecord(note);
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.')])).to.deep.equal([
      ['required', 'observations'],
      ['required', 'level'],
      ['required', 'decision'],
    ]);
    const notInvolved = parseRecord({ ...exampleConcernNote, parents: { involved: false } });
    expect(!notInvolved.ok && notInvolved.issues.map((i) => [i.code, i.path.join('.')])).to.deep.equal([['reason_required', 'parents.notInvolvedReason']]);
  });
});

describe('migrateRecord', () => {
  const notAnObject = { ok: false, issues: [{ code: 'invalid_type', path: [], params: { expected: 'object' } }] };
  const migrate = (input: unknown, kind: unknown = 'wellbeing-check') => {
    try {
      return migrateRecord(kind as 'wellbeing-check', input as Record<string, unknown>);
    } catch (error) {
      return { threw: String(error) };
    }
  };

  it('answers what is not a record with the failure parseRecord gives, never a throw', () => {
    for (const input of [null, undefined, 0, 42, NaN, 'hej', '', true, [], [exampleWellbeingCheckV1], () => 1, Symbol('x'), 10n]) {
      expect(migrate(input), String(typeof input)).to.deep.equal(notAnObject);
      expect(parseRecord(input), String(typeof input)).to.deep.equal(notAnObject);
    }
  });

  it('reports a cycle, a throwing Proxy or getter as unreadable input, where reading stopped', () => {
    const cyclic: Record<string, unknown> = structuredClone(exampleWellbeingCheckV1) as unknown as Record<string, unknown>;
    cyclic.round = { back: cyclic };
    expect(migrate(cyclic)).to.deep.equal({ ok: false, issues: [{ code: 'unreadable_input', path: ['round', 'back'], params: { reason: 'cycle' } }] });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('ownKeys'); } });
    expect(migrate(proxy)).to.deep.equal({ ok: false, issues: [{ code: 'unreadable_input', path: [], params: { reason: 'error' } }] });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(migrate(revoked.proxy)).to.deep.equal({ ok: false, issues: [{ code: 'unreadable_input', path: [], params: { reason: 'error' } }] });
  });

  it('answers an unknown kind with unknown_kind, whatever the kind is', () => {
    for (const kind of [null, 5, 'diary', '__proto__', 'toString', {}, new Proxy({}, { get: () => { throw new Error('get'); } })]) {
      const result = migrate(exampleWellbeingCheckV1, kind);
      expect(!('threw' in result) && !result.ok && result.issues.map((i) => i.code), String(typeof kind)).to.deep.equal(['unknown_kind']);
    }
  });

  it('still moves a version-1 check forward, as a copy', () => {
    const input = structuredClone(exampleWellbeingCheckV1);
    const result = migrate(input);
    expect(!('threw' in result) && result.ok && result.value.schemaVersion).to.equal(2);
    expect(input).to.deep.equal(exampleWellbeingCheckV1);
  });
});

describe('toJsonSchema', () => {
  it('is generated from the zod schema with enums and limits', () => {
    const schema = toJsonSchema('network-map') as { $schema: string; properties: Record<string, any>; required: string[] };
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).to.include.members(['id', 'kind', 'people']);
    const person = schema.properties.people.items;
    expect(person.properties.ring).to.include({ minimum: 1, maximum: 3 });
    expect(person.properties.sphere.enum).to.include('professionelle');
  });
});

describe('issue codes', () => {
  it('tells a wrong type from a missing value', () => {
    const map = structuredClone(exampleNetworkMap);
    (map.people[0] as { ring: unknown }).ring = 1.5;
    (map.people[1] as { ring: unknown }).ring = undefined;
    const result = parseRecord({ ...map, versions: [] });
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.')])).to.deep.equal([
      ['invalid_type', 'people.0.ring'],
      ['required', 'people.1.ring'],
    ]);
  });
});

describe('one kind by its definition (parseRecordOf, openRecordOf, checkCompletionOf, isRequiredAtCompletionOf)', () => {
  const inputs: [string, unknown][] = [
    ['a concern note', exampleConcernNote],
    ['a network map', exampleNetworkMap],
    ['a wellbeing check of version 1 (migrated)', exampleWellbeingCheckV1],
    ['not an object', 'hej'],
    ['null', null],
    ['no kind', { ...exampleConcernNote, kind: undefined }],
    ['an unknown kind', { ...exampleConcernNote, kind: 'diary' }],
    ['a cycle', (() => { const a: Record<string, unknown> = { ...exampleConcernNote }; a.self = a; return a; })()],
    ['an unknown version', { ...exampleConcernNote, schemaVersion: 9 }],
    ['a broken field', { ...exampleConcernNote, level: 'purple' }],
    ['an unfinished draft', createConcernNote({ id: 'cn-x', author: exampleConcernNote.author, child: exampleConcernNote.child })],
  ];
  const kinds = [concernNoteDefinition, networkMapDefinition, wellbeingCheckDefinition] as RecordDefinition<SpireRecord>[];

  it('answer exactly as the functions that know every kind', () => {
    for (const definition of kinds) {
      for (const [name, input] of inputs) {
        const label = `${definition.kind}: ${name}`;
        expect(parseRecordOf(definition, input), label).to.deep.equal(parseRecord(input, definition.kind));
        expect(openRecordOf(definition, input), label).to.deep.equal(openRecord(input, definition.kind));
        const opened = openRecord(input, definition.kind);
        if (!opened.ok) continue;
        const by = { name: 'Mette Holm', role: 'pædagog' };
        const now = new Date('2026-11-24T08:00:00Z');
        expect(checkCompletionOf(definition, opened.value, by, now), label).to.deep.equal(checkCompletion(opened.value, by, now));
        for (const path of ['observations', 'level', 'people', 'round.label', 'strengths']) {
          expect(isRequiredAtCompletionOf(definition, opened.value, path), `${label} ${path}`).to.equal(isRequiredAtCompletion(opened.value, path));
        }
      }
    }
  });

  it('refuse another kind, naming the one they read', () => {
    const wrongKind = { code: 'unknown_kind', path: ['kind'], params: { kind: 'concern-note', allowed: ['referral'] } };
    const result = parseRecordOf(referralDefinition, exampleConcernNote);
    expect(!result.ok && result.issues[0]).to.deep.equal(wrongKind);
    const opened = openRecordOf(referralDefinition, exampleConcernNote);
    expect(!opened.ok && opened.issues[0]).to.deep.equal(wrongKind);
    // Completing by another kind's definition: that kind's schema judges it, never the record's own.
    const note = { ...exampleConcernNote, status: 'draft' as const };
    expect(checkCompletionOf(concernNoteDefinition, note, { name: 'Mette Holm', role: 'pædagog' }).ok).to.equal(true);
    const byNetworkMap = checkCompletionOf(networkMapDefinition as unknown as RecordDefinition<typeof note>, note, { name: 'Mette Holm', role: 'pædagog' });
    expect(!byNetworkMap.ok && byNetworkMap.issues[0]!.code).to.equal('unknown_kind');
  });
});
