import { expect } from '@open-wc/testing';
import { ISSUE_CODES, type ModelIssue, parseRecord, parseWith, Author } from './index.js';
import { exampleConcernNote, exampleIndstilling, exampleWellbeingCheck } from './examples/index.js';

const clone = <T>(value: T): T => structuredClone(value);
function issues(input: unknown): [string, string][] {
  const result = parseRecord(input);
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
}
function nested(depth: number): unknown {
  let value: unknown = 'bund';
  for (let i = 0; i < depth; i++) value = { a: [value] };
  return value;
}

/** Inputs a host page, a back end or an attacker may send. Each must give issues, never a throw. */
export function hostileInputs(): [string, unknown][] {
  const cyclic: Record<string, unknown> = clone(exampleWellbeingCheck) as unknown as Record<string, unknown>;
  cyclic.self = cyclic;
  const cyclicDeep = clone(exampleWellbeingCheck) as unknown as Record<string, unknown>;
  (cyclicDeep.round as Record<string, unknown>).back = cyclicDeep;
  const nullProtoKind = { ...clone(exampleConcernNote), kind: Object.create(null) as object };
  const getter = { ...clone(exampleConcernNote) } as Record<string, unknown>;
  Object.defineProperty(getter, 'observations', { enumerable: true, get: () => { throw new Error('boom'); } });
  const throwingProxy = new Proxy({}, {
    get: () => { throw new Error('get'); },
    ownKeys: () => { throw new Error('ownKeys'); },
    getPrototypeOf: () => { throw new Error('proto'); },
    has: () => { throw new Error('has'); },
    getOwnPropertyDescriptor: () => { throw new Error('descriptor'); },
  });
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const proxyField = { ...clone(exampleWellbeingCheck), overall: throwingProxy };
  const huge = 'x'.repeat(5_000_000);
  return [
    ['null', null],
    ['a string', 'hej'],
    ['an array', []],
    ['a function', () => 1],
    ['a null-prototype object as kind', nullProtoKind],
    ['a throwing getter', getter],
    ['a Proxy whose traps throw', throwingProxy],
    ['a revoked Proxy', revoked.proxy],
    ['a Proxy in a field', proxyField],
    ['a cyclic record', cyclic],
    ['a cycle deep inside', cyclicDeep],
    ['huge strings', { ...clone(exampleConcernNote), observations: huge, id: huge, kind: huge }],
    ['a huge array', { ...clone(exampleWellbeingCheck), agreements: new Array(1_000_000).fill({}) }],
    ['deeply nested junk', { ...clone(exampleConcernNote), observations: nested(5000) }],
    ['deeply nested junk at the top', nested(5000)],
    ['symbols and bigints', { ...clone(exampleConcernNote), observations: Symbol('x'), level: 10n }],
    ['__proto__ as a key', JSON.parse('{"kind":"concern-note","schemaVersion":1,"__proto__":{"polluted":true}}')],
    ['wrong types everywhere', { kind: 'wellbeing-check', schemaVersion: 2, dimensions: 'x', agreements: {}, overall: 5, history: null, child: [] }],
    ['an old version with junk', { kind: 'wellbeing-check', schemaVersion: 1, overall: { toString: 1 }, strengths: [null, 3, {}] }],
  ];
}

describe('parseRecord never throws', () => {
  for (const [name, input] of hostileInputs()) {
    it(`returns issues for ${name}`, () => {
      const result = parseRecord(input);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      for (const issue of result.issues) expect(ISSUE_CODES as readonly string[]).to.include(issue.code);
      expect(JSON.stringify(result.issues).length).to.be.lessThan(100_000);
    });
  }

  it('reports what it could not read, with a stable code, a reason and where', () => {
    const cyclic = clone(exampleWellbeingCheck) as unknown as Record<string, unknown>;
    (cyclic.round as Record<string, unknown>).back = cyclic;
    expect(parseRecord(cyclic)).to.deep.equal({ ok: false, issues: [{ code: 'unreadable_input', path: ['round', 'back'], params: { reason: 'cycle' } }] });
    const deep = parseRecord({ ...clone(exampleConcernNote), observations: nested(100) });
    expect(!deep.ok && [deep.issues[0]!.code, deep.issues[0]!.params.reason]).to.deep.equal(['unreadable_input', 'depth']);
    const getter = { ...clone(exampleConcernNote) } as Record<string, unknown>;
    Object.defineProperty(getter, 'observations', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(parseRecord(getter)).to.deep.equal({ ok: false, issues: [{ code: 'unreadable_input', path: ['observations'], params: { reason: 'error' } }] });
  });

  it('reads a valid record with a null prototype', () => {
    expect(issues(Object.assign(Object.create(null) as object, clone(exampleConcernNote)))).to.deep.equal([]);
  });

  it('reads a shared (non-cyclic) object twice without calling it a cycle', () => {
    const check = clone(exampleWellbeingCheck);
    const by = check.history[0]!.by;
    check.history = [check.history[0]!, { ...check.history[0]!, by, action: 'edited' }];
    expect(issues(check)).to.deep.equal([]);
  });

  it('does not let __proto__ in the input change a prototype', () => {
    const input = JSON.parse(JSON.stringify(exampleConcernNote).replace('"observedBy":{', '"observedBy":{"__proto__":{"name":"x"},'));
    expect(issues(input)).to.deep.equal([]);
    expect(({} as Record<string, unknown>).name).to.equal(undefined);
  });
});

describe('null from a back end', () => {
  it('treats a null optional field as absent', () => {
    const check = { ...clone(exampleWellbeingCheck), parentPerspective: null, nextStep: null, overall: { position: 'green', suggested: null, overrideReason: null } };
    check.author = { ...check.author, institution: null } as unknown as typeof check.author;
    const result = parseRecord(check);
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
    expect(result.ok && 'parentPerspective' in result.value).to.equal(false);
    expect(parseWith(Author, { name: 'Mette', role: 'pædagog', institution: null }).ok).to.equal(true);
  });

  it('gives required for a null in a required field, invalid_type for a null inside an array', () => {
    expect(issues({ ...clone(exampleConcernNote), observedAt: null })).to.deep.equal([['required', 'observedAt']]);
    expect(issues({ ...clone(exampleWellbeingCheck), round: { label: null } })).to.deep.equal([['required', 'round.label']]);
    expect(issues({ ...clone(exampleWellbeingCheck), agreements: [null] })).to.deep.equal([['invalid_type', 'agreements.0']]);
    expect(issues({ ...clone(exampleConcernNote), kind: null })).to.deep.equal([['required', 'kind']]);
  });
});

describe('unknown enum values', () => {
  const bad = ['weird', '__proto__', 'toString', 'constructor', 'hasOwnProperty'];
  it('rejects an unknown status, position or kind with invalid_value at its path', () => {
    for (const value of bad) {
      expect(issues({ ...clone(exampleWellbeingCheck), status: value }), value).to.deep.equal([['invalid_value', 'status']]);
      const check = clone(exampleWellbeingCheck);
      (check.overall as { position: string }).position = value;
      expect(issues(check), value).to.deep.equal([['invalid_value', 'overall.position']]);
      const dims = clone(exampleWellbeingCheck);
      (dims.dimensions[2] as { position: string }).position = value;
      expect(issues(dims), value).to.deep.equal([['invalid_value', 'dimensions.2.position']]);
      expect(issues({ ...clone(exampleIndstilling), status: value }).map((i) => i[0]), value).to.include('invalid_value');
      const history = clone(exampleIndstilling);
      (history.statusHistory[1] as { status: string }).status = value;
      expect(issues(history), value).to.deep.equal([['invalid_value', 'statusHistory.1.status']]);
      expect(issues({ ...clone(exampleConcernNote), kind: value })[0]![0], value).to.equal('unknown_kind');
    }
  });

  it('every issue keeps the shape code, path, params', () => {
    const result = parseRecord({ ...clone(exampleWellbeingCheck), status: 'toString' });
    for (const issue of (result as { issues: ModelIssue[] }).issues) expect(Object.keys(issue).sort()).to.deep.equal(['code', 'params', 'path']);
  });
});
