import { expect } from '@open-wc/testing';
import { Instrument, LIST_LIMITS, RECORD_KINDS, TEXT_LIMITS, defaultInstrument, openRecord, parseRecord, parseWith, toJsonSchema } from './index.js';
import { exampleConcernNote, exampleIndstilling, exampleNetworkMap, exampleWellbeingCheck } from './examples/index.js';

type Node = Record<string, unknown>;
const clone = <T>(value: T): T => structuredClone(value);
const issues = (input: unknown) => {
  const result = parseRecord(input);
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.'), i.params.maximum]);
};

/** Every string and every array in a JSON Schema, with where it is. */
function walk(node: unknown, path: string, visit: (node: Node, path: string) => void): void {
  if (typeof node !== 'object' || node === null) return;
  const schema = node as Node;
  if (typeof schema.type === 'string') visit(schema, path);
  for (const [key, child] of Object.entries(schema.properties ?? {})) walk(child, `${path}.${key}`, visit);
  if (schema.items) walk(schema.items, `${path}[]`, visit);
  for (const option of [...((schema.anyOf as unknown[]) ?? []), ...((schema.oneOf as unknown[]) ?? [])]) walk(option, path, visit);
}

describe('limits on every record', () => {
  it('every free text and every list in every record kind has a limit, and a text limit is one of TEXT_LIMITS', () => {
    const textLimits = new Set<unknown>([...Object.values(TEXT_LIMITS), 128 /* Id */]);
    const unbounded: string[] = [];
    for (const kind of RECORD_KINDS) {
      walk(toJsonSchema(kind), kind, (node, path) => {
        if (node.type === 'array' && typeof node.maxItems !== 'number') unbounded.push(`${path} (list)`);
        if (node.type !== 'string' || node.format || node.enum || 'const' in node) return;
        // A fixed shape such as a CPR number's is bounded by its pattern.
        if (typeof node.pattern === 'string' && !/[+*]/.test(node.pattern)) return;
        if (!textLimits.has(node.maxLength)) unbounded.push(`${path} (text, maxLength ${String(node.maxLength)})`);
      });
    }
    expect(unbounded).to.deep.equal([]);
  });

  it('says which limit a list passed, with too_big and its maximum, once — ten thousand junk items are one issue', () => {
    const check = { ...clone(exampleWellbeingCheck), agreements: Array.from({ length: 10_000 }, () => ({})) };
    const found = issues(check);
    // Compared in parts: a failure here must not print fifty thousand issues.
    expect(found.length, 'issues').to.equal(1);
    expect(found[0]).to.deep.equal(['too_big', 'agreements', LIST_LIMITS.agreements]);
    const result = parseRecord(check);
    expect(!result.ok && result.issues[0]!.params).to.deep.equal({ maximum: LIST_LIMITS.agreements, origin: 'array' });
  });

  it('holds each list to its limit: at the limit valid, one more too_big', () => {
    const agreement = clone(exampleWellbeingCheck).agreements[0]!;
    const person = clone(exampleNetworkMap).people[0]!;
    const entry = clone(exampleWellbeingCheck).history[0]!;
    const map = { ...clone(exampleNetworkMap), versions: [] };
    const cases: [string, (n: number) => unknown, number][] = [
      ['agreements', (n) => ({ ...clone(exampleWellbeingCheck), agreements: Array.from({ length: n }, (_, i) => ({ ...agreement, id: `a-${i}` })) }), LIST_LIMITS.agreements],
      ['people', (n) => ({ ...map, people: Array.from({ length: n }, (_, i) => ({ ...person, id: `p-${i}` })) }), LIST_LIMITS.people],
      ['history', (n) => ({ ...clone(exampleConcernNote), history: Array.from({ length: n }, () => entry) }), LIST_LIMITS.history],
      ['discussedWith', (n) => ({ ...clone(exampleConcernNote), discussedWith: Array.from({ length: n }, () => ({ role: 'lærer', on: '2026-11-02' })) }), LIST_LIMITS.discussedWith],
      ['attachments', (n) => ({ ...clone(exampleIndstilling), attachments: Array.from({ length: n }, (_, i) => ({ kind: 'concern-note', id: `n-${i}` })) }), LIST_LIMITS.links],
      ['consents', (n) => ({ ...clone(exampleIndstilling), consents: Array.from({ length: n }, (_, i) => exampleIndstilling.consents[i] ?? { ...exampleIndstilling.consents[0]!, id: `c-${i}` }) }), LIST_LIMITS.consents],
    ];
    for (const [path, make, limit] of cases) {
      expect(issues(make(limit)), `${path} at ${limit}`).to.deep.equal([]);
      expect(issues(make(limit + 1)), `${path} at ${limit + 1}`).to.deep.equal([['too_big', path, limit]]);
    }
  });

  it('holds each text to its limit, with too_long and its maximum', () => {
    const cases: [unknown, string, number][] = [
      [{ ...clone(exampleConcernNote), observations: 'x'.repeat(TEXT_LIMITS.account + 1) }, 'observations', TEXT_LIMITS.account],
      [{ ...clone(exampleIndstilling), description: 'x'.repeat(TEXT_LIMITS.description + 1) }, 'description', TEXT_LIMITS.description],
      [{ ...clone(exampleWellbeingCheck), strengths: 'x'.repeat(1_000_000) }, 'strengths', TEXT_LIMITS.longText],
      [{ ...clone(exampleWellbeingCheck), author: { ...exampleWellbeingCheck.author, role: 'x'.repeat(TEXT_LIMITS.label + 1) } }, 'author.role', TEXT_LIMITS.label],
    ];
    for (const [input, path, maximum] of cases) expect(issues(input), path).to.deep.equal([['too_long', path, maximum]]);
  });

  it('does not open a record with a list past its limit for editing: no one typed it, and a form would freeze', () => {
    const agreements = Array.from({ length: LIST_LIMITS.agreements + 1 }, (_, i) => ({ ...exampleWellbeingCheck.agreements[0]!, id: `a-${i}` }));
    const opened = openRecord({ ...clone(exampleWellbeingCheck), agreements }, 'wellbeing-check');
    expect(opened.ok).to.equal(false);
    expect(opened.issues[0]).to.deep.equal({ code: 'too_big', path: ['agreements'], params: { maximum: LIST_LIMITS.agreements, origin: 'array' } });
    const long = openRecord({ ...clone(exampleWellbeingCheck), strengths: 'x'.repeat(TEXT_LIMITS.longText + 1) }, 'wellbeing-check');
    expect(long.ok, 'a text over its limit is still someone’s work to shorten').to.equal(true);
  });

  it('bounds an instrument a host configures', () => {
    const instrument = clone(defaultInstrument);
    const dimensions = Array.from({ length: LIST_LIMITS.dimensions + 1 }, (_, i) => ({ ...instrument.dimensions[0]!, id: `d-${i}` }));
    const result = parseWith(Instrument, { ...instrument, dimensions });
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.')])).to.deep.equal([['too_big', 'dimensions']]);
  });
});
