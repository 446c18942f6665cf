// The demo's back end (demo/server/app.mjs) over real HTTP on 127.0.0.1, with a PGlite database in a temp
// directory (one per file: its first start takes a few seconds): it takes valid records and gives them
// back, refuses invalid ones with the model's own issues, stores each Idempotency-Key once, keeps what it
// stored across a restart, and answers hostile requests with a clear 4xx — never a crash, never a 5xx.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRecord } from '@spire/model';
import { exampleConcernNote, exampleNetworkMap, exampleUnderretning, exampleWellbeingCheck, exampleWellbeingCheckV1 } from '@spire/model/examples';
import { BODY_LIMIT, startDemoServer } from '../../demo/server/app.mjs';
import { openRecordsStore } from '../../demo/server/store.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'spire-demo-server-'));
/** Every line the server logged: checked for personal data at the end. */
const logged = [];
let server;

async function start() {
  server = await startDemoServer({ dataDir, log: (line) => logged.push(line) });
  await server.backend.ready();
}

/** POSTs to the endpoint; `body` as given when a string, else as JSON. */
async function post(body, { key, contentType = 'application/json' } = {}) {
  const headers = { Accept: 'application/json' };
  if (contentType) headers['Content-Type'] = contentType;
  if (key) headers['Idempotency-Key'] = key;
  const response = await fetch(server.endpoint, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

async function get(path) {
  const response = await fetch(`${server.origin}${path}`, { headers: { Accept: 'application/json' } });
  return { status: response.status, body: await response.json() };
}

/** The request body HttpDraftStore sends for a record. */
const submission = (record, kind = record.kind, id = record.id) => ({ type: 'record.submit', record: { id, kind, value: record } });

before(start);
after(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the demo back end', () => {
  it('accepts a valid record from @spire/model/examples and gives it back', async () => {
    const answer = await post(submission(exampleConcernNote), { key: 'spire-valid-1' });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.ok, true);
    assert.equal(answer.body.id, exampleConcernNote.id);
    assert.equal(answer.body.kind, 'concern-note');

    const one = await get(`/api/spire/records/${exampleConcernNote.id}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.kind, 'concern-note');
    assert.equal(one.body.status, exampleConcernNote.status);
    const expected = parseRecord(exampleConcernNote, 'concern-note');
    assert.ok(expected.ok);
    assert.deepEqual(one.body.record, JSON.parse(JSON.stringify(expected.value)), 'the record as the model parsed it');

    const list = await get(`/api/spire/children/${exampleConcernNote.child.id}/records`);
    assert.equal(list.status, 200);
    assert.ok(list.body.records.some((item) => item.id === exampleConcernNote.id && item.kind === 'concern-note'));
    assert.ok(list.body.records.every((item) => !('record' in item)), 'the list holds no record bodies');
  });

  it('stores an older schema version migrated forward, as the model reads it', async () => {
    const answer = await post(submission(exampleWellbeingCheckV1), { key: 'spire-v1' });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const one = await get(`/api/spire/records/${exampleWellbeingCheckV1.id}`);
    const current = parseRecord(exampleWellbeingCheckV1);
    assert.ok(current.ok);
    assert.equal(one.body.record.schemaVersion, current.value.schemaVersion);
    assert.notEqual(one.body.record.schemaVersion, exampleWellbeingCheckV1.schemaVersion);
  });

  it('refuses an invalid record with 422 and the model’s own issues (code, path), and stores nothing', async () => {
    const broken = { ...structuredClone(exampleWellbeingCheck), id: 'wc-broken-1', round: null, dimensions: [{ dimensionId: 'x', position: 'purple' }] };
    const answer = await post(submission(broken), { key: 'spire-invalid-1' });
    assert.equal(answer.status, 422);
    assert.equal(answer.body.ok, false);
    assert.equal(answer.body.error, 'invalid_record');
    const model = parseRecord(broken, 'wellbeing-check');
    assert.equal(model.ok, false);
    assert.deepEqual(answer.body.issues, model.issues, 'exactly the issues parseRecord gives');
    const paths = answer.body.issues.map((issue) => issue.path.join('.'));
    assert.ok(paths.includes('round'), paths.join(', '));
    assert.ok(paths.some((path) => path.startsWith('dimensions.0')), paths.join(', '));
    assert.equal((await get('/api/spire/records/wc-broken-1')).status, 404);
  });

  it('refuses a record whose envelope id is not the record’s', async () => {
    const answer = await post(submission(exampleNetworkMap, 'network-map', 'nm-someone-else'), { key: 'spire-envelope-id' });
    assert.equal(answer.status, 422);
    assert.deepEqual(answer.body.issues.map((issue) => issue.path), [['id']]);
  });

  it('stores a repeated Idempotency-Key once and answers it as it answered the first', async () => {
    const body = submission({ ...structuredClone(exampleNetworkMap), id: 'nm-repeat-1' });
    const before = await server.backend.ready().then(() => countFor('nm-repeat-1'));
    assert.equal(before, 0);
    const first = await post(body, { key: 'spire-repeat-1' });
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('Idempotent-Replayed'), null);
    // Again one after another, then five at once (a retry racing a slow first delivery).
    const again = await post(body, { key: 'spire-repeat-1' });
    const racing = await Promise.all(Array.from({ length: 5 }, () => post(body, { key: 'spire-repeat-1' })));
    for (const answer of [again, ...racing]) {
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body, first.body, 'the same answer as the first');
      assert.equal(answer.headers.get('Idempotent-Replayed'), 'true');
    }
    assert.equal(await countFor('nm-repeat-1'), 1, 'stored once');

    // Five deliveries of a new key at the same moment: still one row.
    const fresh = submission({ ...structuredClone(exampleNetworkMap), id: 'nm-race-1' });
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(fresh, { key: 'spire-race-1' })));
    assert.deepEqual(new Set(answers.map((answer) => answer.status)), new Set([200]));
    assert.equal(new Set(answers.map((answer) => JSON.stringify(answer.body))).size, 1, 'one answer for all five');
    assert.equal(await countFor('nm-race-1'), 1);
  });

  it('refuses a key used again for a different body, and stores a new version under a new key', async () => {
    const changed = { ...structuredClone(exampleNetworkMap), id: 'nm-repeat-1', status: 'draft', updatedAt: '2026-11-13T08:00:00Z' };
    const reused = await post(submission(changed), { key: 'spire-repeat-1' });
    assert.equal(reused.status, 422);
    assert.equal(reused.body.error, 'idempotency_key_reused');
    const next = await post(submission(changed), { key: 'spire-repeat-2' });
    assert.equal(next.status, 200, JSON.stringify(next.body));
    const one = await get('/api/spire/records/nm-repeat-1');
    assert.equal(one.body.versions, 2);
    assert.equal(one.body.status, 'draft', 'the newest version');
    assert.equal(one.body.record.updatedAt, '2026-11-13T08:00:00Z');
  });

  it('keeps drafts at their highest revision, deletes as tombstones, and gives them back', async () => {
    const key = 'spire:concern-note:cn-draft-1';
    const put = (revision, value) => post({ type: 'draft.put', key, revision, savedAt: '2026-11-20T10:00:00Z', value });
    assert.equal((await post({ type: 'draft.get', key })).body.entry, null);
    assert.equal((await put(2, { observations: 'two' })).status, 200);
    assert.equal((await put(1, { observations: 'one, late' })).status, 200);
    assert.deepEqual((await post({ type: 'draft.get', key })).body.entry, { key, value: { observations: 'two' }, savedAt: '2026-11-20T10:00:00Z', revision: 2 });
    assert.equal((await post({ type: 'draft.delete', key, revision: 3 })).status, 200);
    assert.equal((await put(2, { observations: 'two again' })).status, 200);
    assert.equal((await post({ type: 'draft.get', key })).body.entry, null, 'a late older save does not bring it back');
  });

  it('keeps what it stored across a restart (the database closed and opened again)', async () => {
    const stored = await post(submission(exampleUnderretning), { key: 'spire-restart-1' });
    assert.equal(stored.status, 200);
    await server.close();
    await assert.rejects(fetch(server.endpoint, { method: 'POST' }), 'the old server is gone');
    await start();
    const one = await get(`/api/spire/records/${exampleUnderretning.id}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.record.referralType, 'underretning');
    assert.equal((await get(`/api/spire/records/${exampleConcernNote.id}`)).status, 200, 'the first test’s record too');
    const again = await post(submission(exampleUnderretning), { key: 'spire-restart-1' });
    assert.deepEqual(again.body, stored.body, 'the key is remembered after the restart');
    assert.equal(await countFor(exampleUnderretning.id), 1);
  });

  it('lets the database itself store a key once, however deliveries interleave (a unique constraint)', async () => {
    // Below the HTTP layer's own look-up: five inserts of one key at the same moment, straight to the store.
    await server.close();
    const store = await openRecordsStore(dataDir);
    try {
      const before = await store.countRecords();
      const row = { idempotencyKey: 'spire-direct-race', requestSha256: 'a'.repeat(64), id: 'cn-direct-race', kind: 'concern-note', schemaVersion: 1, status: 'completed', childId: 'child-x', bodyJson: '{}' };
      const results = await Promise.all(Array.from({ length: 5 }, () => store.submitRecord(row)));
      assert.equal(results.filter((result) => result.created).length, 1, 'one insert wins');
      assert.equal(new Set(results.map((result) => result.stored.seq)).size, 1, 'the others find its row');
      assert.equal(await store.countRecords(), before + 1);
    } finally {
      await store.close();
      await start();
    }
  });

  it('refuses a second server on the same data directory instead of corrupting it', async () => {
    const second = await startDemoServer({ dataDir, log: () => undefined });
    try {
      await assert.rejects(second.backend.ready(), /Another demo server|already has this data directory open/);
      const answer = await fetch(second.endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'draft.get', key: 'k' }) });
      assert.equal(answer.status, 500);
    } finally {
      await second.close();
    }
    assert.equal((await get(`/api/spire/records/${exampleConcernNote.id}`)).status, 200, 'the first server still works');
  });

  describe('hostile requests get a clear 4xx and the server keeps working', () => {
    const cases = [
      ['not JSON', () => post('{"type": "record.submit", ', { key: 'spire-h1' }), 400, 'invalid_json'],
      ['JSON that is not an object', () => post('[1,2,3]'), 400, 'invalid_body'],
      ['JSON null', () => post('null'), 400, 'invalid_body'],
      ['text/plain', () => post(submission(exampleConcernNote), { key: 'spire-h2', contentType: 'text/plain' }), 415, 'unsupported_media_type'],
      ['a form post', () => post('type=record.submit', { contentType: 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type'],
      ['no content type', () => post(JSON.stringify({ type: 'draft.get', key: 'k' }), { contentType: null }), 415, 'unsupported_media_type'],
      ['JSON in another charset', () => post(JSON.stringify({ type: 'draft.get', key: 'k' }), { contentType: 'application/json; charset=utf-16' }), 415, 'unsupported_media_type'],
      ['an unknown type', () => post({ type: 'record.delete', id: 'x' }), 400, 'unknown_type'],
      ['a record without Idempotency-Key', () => post(submission(exampleConcernNote)), 400, 'invalid_idempotency_key'],
      ['an Idempotency-Key with spaces', () => post(submission(exampleConcernNote), { key: 'a b' }), 400, 'invalid_idempotency_key'],
      ['a record without an envelope', () => post({ type: 'record.submit', value: exampleConcernNote }, { key: 'spire-h3' }), 400, 'invalid_envelope'],
      ['an unknown kind', () => post(submission({ ...exampleConcernNote, kind: 'diagnosis' }, 'diagnosis'), { key: 'spire-h4' }), 422, 'invalid_record'],
      ['a kind that is not the record’s', () => post(submission(exampleConcernNote, 'referral'), { key: 'spire-h5' }), 422, 'invalid_record'],
      ['a record nested 100,000 levels deep', () => post(`{"type":"record.submit","record":{"kind":"concern-note","id":"cn-x","value":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}`, { key: 'spire-h6' }), 422, 'invalid_record'],
      ['arrays nested 500,000 levels deep', () => post(`{"type":"draft.put","key":"k","revision":1,"savedAt":"2026-11-20T10:00:00Z","value":${'['.repeat(500_000)}${']'.repeat(500_000)}}`), 400, 'invalid_value'],
      ['a cyclic-looking record ($ref to itself, __proto__)', () => post(`{"type":"record.submit","record":{"kind":"concern-note","id":"cn-x","value":{"$ref":"#","__proto__":{"kind":"concern-note"},"constructor":{"prototype":{"polluted":true}}}}}`, { key: 'spire-h7' }), 422, 'invalid_record'],
      ['a draft with a bad revision', () => post({ type: 'draft.put', key: 'k', revision: 'x', savedAt: '2026-11-20T10:00:00Z', value: {} }), 400, 'invalid_revision'],
      ['a draft with a huge key', () => post({ type: 'draft.get', key: 'k'.repeat(5000) }), 400, 'invalid_key'],
      ['a query string', () => get(`/api/spire/children/${exampleConcernNote.child.id}/records?name=Ida`), 400, 'query_not_allowed'],
      ['a malformed id', () => get('/api/spire/records/%3Cscript%3E'), 400, 'invalid_id'],
      ['an unknown path', () => get('/api/spire/admin'), 404, 'not_found'],
      ['GET on the endpoint', () => get('/api/spire'), 405, 'method_not_allowed'],
    ];
    for (const [title, send, status, error] of cases) {
      it(title, async () => {
        const answer = await send();
        assert.equal(answer.status, status, JSON.stringify(answer.body).slice(0, 300));
        assert.equal(answer.body.ok, false);
        assert.equal(answer.body.error, error);
        assert.equal(typeof answer.body.message, 'string');
      });
    }

    it('an unknown kind is reported with the model’s unknown_kind issue on `kind`', async () => {
      const answer = await post(submission({ ...exampleConcernNote, kind: 'diagnosis' }, 'diagnosis'), { key: 'spire-h8' });
      assert.deepEqual(answer.body.issues.map((issue) => [issue.code, issue.path.join('.')]), [['unknown_kind', 'kind']]);
    });

    it('a body over the limit, announced by Content-Length, is refused with 413 and the limit', async () => {
      const answer = await post(JSON.stringify({ type: 'draft.put', key: 'k', revision: 1, savedAt: '2026-11-20T10:00:00Z', value: 'x'.repeat(BODY_LIMIT + 10) }));
      assert.equal(answer.status, 413);
      assert.equal(answer.body.error, 'too_large');
      assert.equal(answer.body.limit, BODY_LIMIT);
    });

    it('a body over the limit sent in chunks (no Content-Length) is refused with 413 while it streams', async () => {
      const { status, body } = await streamed(BODY_LIMIT * 2);
      assert.equal(status, 413);
      assert.equal(JSON.parse(body).limit, BODY_LIMIT);
    });

    it('after all of that, a valid record is still accepted', async () => {
      const answer = await post(submission({ ...structuredClone(exampleConcernNote), id: 'cn-after-hostile' }), { key: 'spire-after-hostile' });
      assert.equal(answer.status, 200);
    });
  });

  it('logs ids, kinds and counts only — no names, no text from a record', () => {
    const text = logged.join('\n');
    assert.ok(text.includes(`stored concern-note ${exampleConcernNote.id}`), text);
    for (const personal of [exampleConcernNote.child.displayName, exampleConcernNote.author.name, 'Lene', 'Anders', exampleConcernNote.observations.slice(0, 20)]) {
      assert.ok(!text.includes(personal), `the log must not contain ${personal}`);
    }
    assert.ok(!/\d{6}-?\d{4}/.test(text), 'no CPR-like number in the log');
  });
});

/** How many versions of a record id are stored. */
async function countFor(id) {
  const one = await get(`/api/spire/records/${id}`);
  return one.status === 404 ? 0 : one.body.versions;
}

/** POSTs `size` bytes of a JSON string in 64 kB chunks without a Content-Length; resolves with the answer. */
function streamed(size) {
  return new Promise((resolve, reject) => {
    const url = new URL(server.endpoint);
    const request = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body }));
    });
    request.on('error', reject);
    const chunk = 'x'.repeat(64 * 1024);
    let sent = 0;
    request.write('{"type":"draft.put","value":"');
    const pump = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      request.end('"}');
    };
    pump();
  });
}
