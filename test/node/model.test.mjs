// Imports the BUILT model package in plain Node (no DOM, no bundler) and validates the examples:
// a vendor's server must validate exactly what the widget validated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as model from '@spire/model';
import * as examples from '@spire/model/examples';
import { checkLanguage } from '@spire/model/language-check';
import { toFhirQuestionnaireResponse } from '@spire/model/fhir';
import Ajv2020 from 'ajv/dist/2020.js';

const exampleKinds = {
  exampleWellbeingCheck: 'wellbeing-check',
  exampleWellbeingCheckEarlier: 'wellbeing-check',
  exampleConcernNote: 'concern-note',
  exampleNetworkMap: 'network-map',
  exampleIndstilling: 'referral',
  exampleUnderretning: 'referral',
};

test('runs without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof model.parseRecord, 'function');
});

for (const [name, kind] of Object.entries(exampleKinds)) {
  test(`${name} parses as a valid ${kind}`, () => {
    const result = model.parseRecord(examples[name]);
    assert.ok(result.ok, JSON.stringify(result.issues));
    assert.equal(result.value.kind, kind);
  });
}

test('an older wellbeing check migrates forward to the current schema version', () => {
  const result = model.parseRecord(examples.exampleWellbeingCheckV1);
  assert.ok(result.ok, JSON.stringify(result.issues));
  assert.equal(result.value.schemaVersion, model.wellbeingCheckDefinition.schemaVersion);
});

test('an unknown schema version is rejected with a stable code', () => {
  const result = model.parseRecord({ ...examples.exampleConcernNote, schemaVersion: 99 });
  assert.equal(result.ok, false);
  assert.deepEqual(result.issues.map((i) => [i.code, i.path.join('.')]), [['unknown_schema_version', 'schemaVersion']]);
});

test('the JSON Schemas written by the build describe the four records', () => {
  for (const kind of ['wellbeing-check', 'concern-note', 'network-map', 'referral']) {
    const url = new URL(`../../packages/model/schemas/${kind}.schema.json`, import.meta.url);
    const schema = JSON.parse(readFileSync(url, 'utf8'));
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.type, 'object');
    assert.ok(schema.required.includes('kind'));
  }
});

test('the examples validate against the generated JSON Schemas (an independent validator)', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
  const validators = new Map();
  for (const [name, kind] of Object.entries(exampleKinds)) {
    if (!validators.has(kind)) validators.set(kind, ajv.compile(model.toJsonSchema(kind)));
    const validate = validators.get(kind);
    assert.ok(validate(examples[name]), `${name}: ${JSON.stringify(validate.errors)}`);
    // And the schema bites: a record without its kind fails.
    const { kind: _dropped, ...withoutKind } = examples[name];
    assert.equal(validate(withoutKind), false, `${name} without kind must fail`);
  }
});

test('the published JSON Schemas hold the same limits as parseRecord (LIST_LIMITS, TEXT_LIMITS)', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
  const schema = JSON.parse(readFileSync(new URL('../../packages/model/schemas/network-map.schema.json', import.meta.url), 'utf8'));
  const validate = ajv.compile(schema);
  const map = { ...examples.exampleNetworkMap, versions: [] };
  const people = (n) => Array.from({ length: n }, (_, i) => ({ ...map.people[0], id: `p-${i}` }));
  for (const [input, ok] of [
    [{ ...map, people: people(model.LIST_LIMITS.people) }, true],
    [{ ...map, people: people(model.LIST_LIMITS.people + 1) }, false],
    [{ ...map, people: [{ ...map.people[0], name: 'x'.repeat(model.TEXT_LIMITS.label + 1) }] }, false],
  ]) {
    assert.equal(validate(input), ok, JSON.stringify(validate.errors?.slice(0, 2)));
    assert.equal(model.parseRecord(input).ok, ok);
  }
});

test('the language check runs in Node, from its own entry point', () => {
  const findings = checkLanguage('Han er altid umulig.', 'da');
  assert.deepEqual(findings.map((f) => f.match.toLowerCase()), ['altid', 'umulig']);
});

test('working days skip Danish public holidays in Node', () => {
  // Sent Wednesday before Easter 2026: skærtorsdag, langfredag, weekend and 2. påskedag are closed.
  assert.equal(model.addWorkingDays('2026-04-01', 1), '2026-04-07');
});

test('the fictional examples have their own entry point, @spire/model/examples', () => {
  assert.deepEqual(Object.keys(examples).sort(), [
    'exampleAuthor',
    'exampleChild',
    'exampleConcernNote',
    'exampleIndstilling',
    'exampleNetworkMap',
    'exampleUnderretning',
    'exampleWellbeingCheck',
    'exampleWellbeingCheckEarlier',
    'exampleWellbeingCheckV1',
  ]);
  // Only there: the main entry point is the public vocabulary, without fictional data.
  assert.equal(model.exampleConcernNote, undefined);
  for (const internal of ['addIssue', 'toModelIssues', 'recordBase', 'newRecordHeader', 'readRecordData', 'text', 'optionalText']) assert.equal(model[internal], undefined, internal);
});

test('the built package reads hostile and older input without throwing, in Node', () => {
  const cyclic = structuredClone(examples.exampleConcernNote);
  cyclic.self = cyclic;
  assert.deepEqual(model.parseRecord(cyclic).issues, [{ code: 'unreadable_input', path: ['self'], params: { reason: 'cycle' } }]);
  const withNulls = { ...examples.exampleWellbeingCheck, parentPerspective: null, overall: { position: 'green', overrideReason: null } };
  assert.ok(model.parseRecord(withNulls).ok);
  const response = toFhirQuestionnaireResponse(examples.exampleWellbeingCheckV1);
  assert.equal(response.item.find((i) => i.linkId === 'overall').answer[0].valueCoding.code, 'green');
  assert.ok(model.ISSUE_CODES.includes('unreadable_input'));
  assert.match(model.newId(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('newId works in Node without crypto.randomUUID', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  Object.defineProperty(globalThis, 'crypto', { value: { getRandomValues: (bytes) => bytes.fill(7) }, configurable: true });
  try {
    assert.equal(model.newId(), '07070707-0707-4707-8707-070707070707');
  } finally {
    Object.defineProperty(globalThis, 'crypto', original);
  }
});
