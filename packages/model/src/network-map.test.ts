import { expect } from '@open-wc/testing';
import { createNetworkMap, exampleNetworkMap, invitationList, parseRecord, snapshotNetworkMap } from './index.js';

function codes(input: unknown): string[][] {
  const result = parseRecord(input);
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
}

describe('NetworkMap', () => {
  it('accepts the example and an empty draft', () => {
    expect(codes(exampleNetworkMap)).to.deep.equal([]);
    expect(codes(createNetworkMap({ author: exampleNetworkMap.author, child: exampleNetworkMap.child }))).to.deep.equal([]);
  });

  it('rejects duplicate person ids, rings outside 1–3 and unknown relations', () => {
    const duplicate = { ...structuredClone(exampleNetworkMap), versions: [] };
    duplicate.people[3]!.id = 'p-mor';
    expect(codes(duplicate)).to.deep.equal([['duplicate_id', 'people.3.id']]);
    const broken = { ...structuredClone(exampleNetworkMap), versions: [] };
    broken.people[4]!.ring = 4;
    (broken.people[5] as { relation: string }).relation = 'fine';
    expect(codes(broken)).to.deep.equal([
      ['too_big', 'people.4.ring'],
      ['invalid_value', 'people.5.relation'],
    ]);
  });

  it('keeps versions in date order and snapshots without changing the map', () => {
    const map = structuredClone(exampleNetworkMap);
    const later = snapshotNetworkMap(map, '2026-12-01', 'Efter netværksmødet');
    expect(later.versions).to.have.length(3);
    expect(map.versions).to.have.length(2);
    expect(codes(later)).to.deep.equal([]);
    const early = snapshotNetworkMap(map, '2026-01-01');
    expect(codes(early)).to.deep.equal([['date_order', 'versions.2.date']]);
  });

  it('keeps the private and the professional network apart in the invitation list', () => {
    const list = invitationList(exampleNetworkMap);
    expect(list.private.map((p) => p.id)).to.deep.equal(['p-mor', 'p-far', 'p-mormor', 'p-mette', 'p-jonas']);
    expect(list.professional.map((p) => p.id)).to.deep.equal(['p-sundhed']);
  });
});
