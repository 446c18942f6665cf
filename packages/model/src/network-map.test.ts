import { expect } from '@open-wc/testing';
import { type NetworkMap, SPHERES, compareNetworkVersions, createNetworkMap, invitationList, openRecord, networkMapDefinition, parseRecord, snapshotNetworkMap } from './index.js';
import { exampleNetworkMap } from './examples/index.js';
import { exampleAuthor, exampleChild } from './examples/shared.js';

function codes(input: unknown): string[][] {
  const result = parseRecord(input);
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
}
/** The example with its versions dropped, so a change to `people` is judged on its own. */
const currentOnly = (): NetworkMap => ({ ...structuredClone(exampleNetworkMap), versions: [] });

describe('NetworkMap', () => {
  it('is defined as kind network-map, schema version 1', () => {
    expect(networkMapDefinition).to.include({ kind: 'network-map', schemaVersion: 1 });
  });

  it('accepts the example and an empty draft', () => {
    expect(codes(exampleNetworkMap)).to.deep.equal([]);
    const draft = createNetworkMap({ author: exampleAuthor, child: exampleChild, now: new Date('2026-11-20T08:00:00Z') });
    expect(codes(draft)).to.deep.equal([]);
    expect(draft).to.include({ kind: 'network-map', schemaVersion: 1, status: 'draft', createdAt: '2026-11-20T08:00:00.000Z' });
    expect(draft.people).to.deep.equal([]);
    expect(draft.versions).to.deep.equal([]);
    expect(draft.id).to.match(/^[0-9a-f-]{36}$/);
    expect(createNetworkMap({ author: exampleAuthor, child: exampleChild }).id).to.not.equal(draft.id);
  });

  it('the example is Ida’s map: 8–10 people across the spheres, one stressful relation, two safe adults, two versions', () => {
    const people = exampleNetworkMap.people;
    expect(people.length).to.be.within(8, 10);
    expect([...new Set(people.map((p) => p.sphere))].sort()).to.deep.equal([...SPHERES].sort());
    expect(people.filter((p) => p.relation === 'stressful')).to.have.length(1);
    expect(people.filter((p) => p.safeAdult)).to.have.length(2);
    expect(exampleNetworkMap.versions).to.have.length(2);
    expect(exampleNetworkMap.child.id).to.equal('child-7f3a');
  });

  it('rejects a duplicate person id at the duplicate', () => {
    const duplicate = currentOnly();
    duplicate.people[3]!.id = 'p-mor';
    const result = parseRecord(duplicate);
    expect(result).to.deep.equal({ ok: false, issues: [{ code: 'duplicate_id', path: ['people', 3, 'id'], params: { id: 'p-mor' } }] });
  });

  it('rejects duplicate ids inside a version and between versions', () => {
    // A JSON round trip, as from storage: the example's versions share person objects with `people`.
    const map: NetworkMap = JSON.parse(JSON.stringify(exampleNetworkMap));
    map.versions[0]!.people[1]!.id = 'p-mor';
    map.versions[1]!.id = map.versions[0]!.id;
    expect(codes(map)).to.deep.equal([
      ['duplicate_id', 'versions.1.id'],
      ['duplicate_id', 'versions.0.people.1.id'],
    ]);
  });

  it('enforces rings 1–3 and the enums', () => {
    const broken = currentOnly();
    broken.people[4]!.ring = 4;
    broken.people[3]!.ring = 0;
    (broken.people[5] as { relation: string }).relation = 'fine';
    (broken.people[6] as { sphere: string }).sphere = 'skole';
    (broken.people[7] as { support: string }).support = 'some';
    (broken.people[8] as { source: string }).source = 'lærer';
    expect(codes(broken)).to.deep.equal([
      ['too_small', 'people.3.ring'],
      ['too_big', 'people.4.ring'],
      ['invalid_value', 'people.5.relation'],
      ['invalid_value', 'people.6.sphere'],
      ['invalid_value', 'people.7.support'],
      ['invalid_value', 'people.8.source'],
    ]);
    const result = parseRecord(broken);
    expect(!result.ok && result.issues.find((i) => i.path.join('.') === 'people.4.ring')!.params).to.deep.equal({ maximum: 3, origin: 'number' });
    const half = currentOnly();
    half.people[2]!.ring = 1.5 as 1;
    expect(codes(half).map(([, path]) => path)).to.deep.equal(['people.2.ring']);
  });

  it('needs a name (or initials) and the flags for each person', () => {
    const map = currentOnly();
    map.people[0]!.name = ' ';
    delete (map.people[1] as Partial<NetworkMap['people'][number]>).safeAdult;
    delete (map.people[2] as Partial<NetworkMap['people'][number]>).invite;
    expect(codes(map)).to.deep.equal([
      ['required', 'people.0.name'],
      ['required', 'people.1.safeAdult'],
      ['required', 'people.2.invite'],
    ]);
  });

  it('keeps versions in date order and snapshots without changing the map', () => {
    const map = structuredClone(exampleNetworkMap);
    const later = snapshotNetworkMap(map, '2026-12-01', 'Efter netværksmødet');
    expect(later.versions).to.have.length(3);
    expect(map.versions).to.have.length(2);
    expect(later.versions[2]).to.deep.include({ date: '2026-12-01', note: 'Efter netværksmødet', people: map.people });
    expect(later.versions[2]!.people).to.not.equal(map.people);
    expect(codes(later)).to.deep.equal([]);
    const withoutNote = snapshotNetworkMap(map, '2026-12-01');
    expect(withoutNote.versions[2]).to.not.have.property('note');
    expect(withoutNote.versions[2]!.id).to.not.equal(later.versions[2]!.id);
    const early = snapshotNetworkMap(map, '2026-01-01');
    const result = parseRecord(early);
    expect(result).to.deep.equal({ ok: false, issues: [{ code: 'date_order', path: ['versions', 2, 'date'], params: { after: '2026-11-12' } }] });
  });

  it('keeps the private and the professional network apart in the invitation list, inviting only those marked', () => {
    const list = invitationList(exampleNetworkMap);
    expect(list.private.map((p) => p.id)).to.deep.equal(['p-mor', 'p-far', 'p-mormor']);
    expect(list.professional.map((p) => p.id), 'school staff are the professional network').to.deep.equal(['p-mette', 'p-jonas', 'p-sundhed']);
    expect(invitationList(null as never)).to.deep.equal({ private: [], professional: [] });
    expect(invitationList({ people: [null, 7, { id: 'x', invite: true, sphere: 'venner' }] } as never).private.map((p) => p.id)).to.deep.equal(['x']);
    const nobody = invitationList({ people: exampleNetworkMap.people.map((p) => ({ ...p, invite: false })) });
    expect(nobody).to.deep.equal({ private: [], professional: [] });
  });

  it('keeps the child’s own placement and words, and the activation (what a person can do, what was agreed)', () => {
    const mor = exampleNetworkMap.people.find((p) => p.id === 'p-mor')!;
    expect(mor.childPlacement).to.deep.equal({ sphere: 'familie', ring: 1, relation: 'strong', words: 'Mor læser for mig hver aften.' });
    expect(exampleNetworkMap.people.find((p) => p.id === 'p-mormor')!.agreed).to.contain('onsdag');
    const broken = currentOnly();
    broken.people[0]!.childPlacement = { sphere: 'familie', ring: 5, relation: 'best' as never };
    broken.people[1]!.canDo = 'x'.repeat(1001);
    expect(codes(broken).map(([, path]) => path)).to.have.members(['people.0.childPlacement.ring', 'people.0.childPlacement.relation', 'people.1.canDo']);
  });

  it('compares two versions: who joined, who left, and what changed for whom', () => {
    const [spring, autumn] = exampleNetworkMap.versions as [NetworkMap['versions'][number], NetworkMap['versions'][number]];
    const comparison = compareNetworkVersions(spring, autumn);
    expect(comparison.joined.map((p) => p.id)).to.deep.equal(['p-gym']);
    expect(comparison.left).to.deep.equal([]);
    expect(comparison.changed.map((c) => [c.after.id, c.fields])).to.deep.equal([['p-alma', ['ring', 'relation', 'support']]]);
    const back = compareNetworkVersions(autumn, spring);
    expect(back.left.map((p) => p.id)).to.deep.equal(['p-gym']);
    expect(compareNetworkVersions(autumn, autumn)).to.deep.equal({ joined: [], left: [], changed: [] });
  });

  it('compares hostile input without throwing', () => {
    const cyclic: Record<string, unknown> = { people: [] };
    cyclic.self = cyclic;
    for (const input of [null, undefined, 42, 'x', [], { people: 'no' }, { people: [null, { id: 3 }] }, cyclic]) {
      expect(() => compareNetworkVersions(input as never, exampleNetworkMap)).to.not.throw();
      expect(compareNetworkVersions(input as never, { people: [] })).to.deep.equal({ joined: [], left: [], changed: [] });
    }
  });

  it('does not open a map with a ring outside 1–3 for editing (a broken number, not unfinished work)', () => {
    const broken = currentOnly();
    broken.people[0]!.ring = 7;
    const opened = openRecord(broken, 'network-map');
    expect(opened.ok).to.equal(false);
    expect(opened.issues[0]).to.deep.include({ code: 'too_big', path: ['people', 0, 'ring'] });
    const unnamed = currentOnly();
    unnamed.people[0]!.name = '';
    expect(openRecord(unnamed, 'network-map').ok, 'an empty name is still someone’s work').to.equal(true);
  });
});
