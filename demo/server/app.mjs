// The demo's back end: the server side of HttpDraftStore's endpoint contract (README, "Sending to your back
// end"), as a vendor would write it. Plain Node ESM that imports the BUILT @spire/model, the way a vendor's
// server imports the published package, and validates every record with the model's own `parseRecord` —
// exactly what the widget validated. Accepted records are stored durably in PGlite (./store.mjs).
//
//   POST /api/spire                          the one endpoint HttpDraftStore sends to (JSON bodies, by `type`):
//        record.submit  { record: { kind, id, value } } + Idempotency-Key   → 200 { ok: true, … } | 422 { ok: false, issues }
//        draft.put      { key, revision, savedAt, value }                  → 200 { ok: true } (highest revision kept)
//        draft.delete   { key, revision }                                  → 200 { ok: true } (a tombstone at that revision)
//        draft.get      { key }                                            → 200 { ok: true, entry | null }
//   GET  /api/spire/records/<record id>      the newest stored version of one record, with the record
//   GET  /api/spire/children/<child id>/records   what was received for one child, newest first (no bodies)
//
// Privacy: URLs hold ids only (a query string is refused, so nothing else can creep in), and the log holds
// ids, kinds, statuses and counts — never a value, an issue's parameters or a database error's message.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { RECORD_KINDS, isRecordKind, parseRecord } from '@spire/model';
import { openRecordsStore } from './store.mjs';

export const API_PATH = '/api/spire';
/** The largest request body read (2 MiB): far above any real record (the longest text is 8,000 characters). */
export const BODY_LIMIT = 2 * 1024 * 1024;
/** A body this far past the limit is not drained any longer: the connection is cut. */
const DRAIN_LIMIT = 16 * BODY_LIMIT;
/** How deep a draft's value may nest (records are about six levels deep; the model reads up to 32). */
const DRAFT_MAX_DEPTH = 64;
/** The model's own id rule (`Id`): what may appear in a URL path here. */
const ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
/** Printable ASCII without spaces; HttpDraftStore's keys are `spire-` and 64 hex digits. */
const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
const DRAFT_KEY_MAX = 300;

/** True when a request's URL belongs to this back end (the middleware passes everything else on). */
export function isApiRequest(url = '') {
  const path = url.split('?', 1)[0] ?? '';
  return path === API_PATH || path.startsWith(`${API_PATH}/`);
}

/**
 * The back end as a request handler, for Vite's dev server (demo/server/vite-plugin.mjs), the browser
 * tests and `startDemoServer`. The database opens on `ready()` or the first request.
 * @param {{ dataDir: string, log?: (line: string) => void, bodyLimit?: number }} options
 */
export function createDemoBackend({ dataDir, log = (line) => console.log(`[spire demo server] ${line}`), bodyLimit = BODY_LIMIT }) {
  /** @type {Promise<Awaited<ReturnType<typeof openRecordsStore>>> | undefined} */
  let opening;
  let closed = false;

  function store() {
    if (closed) return Promise.reject(new Error('closed'));
    opening ??= openRecordsStore(dataDir).then(
      async (opened) => {
        log(`database open (${await opened.countRecords()} record versions stored)`);
        return opened;
      },
      (error) => {
        // Not kept: the next request tries again (another server may have let go of the directory).
        opening = undefined;
        log(`database could not open: ${error?.message?.startsWith('Another demo server') ? error.message : (error?.code ?? error?.name ?? 'error')}`);
        throw error;
      },
    );
    return opening;
  }

  /**
   * Answers a request under /api/spire; resolves `false` (nothing sent) for any other URL. Never rejects
   * and never throws: whatever the request, the answer is a status and a JSON body.
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  async function handle(request, response) {
    if (!isApiRequest(request.url)) return false;
    try {
      await route(request, response);
    } catch (error) {
      log(`error ${error?.code ?? error?.name ?? 'unknown'} (${request.method})`);
      if (!response.headersSent) respond(response, 500, { ok: false, error: 'server_error', message: 'The server failed; the request may be sent again.' });
      else response.destroy();
    }
    return true;
  }

  async function route(request, response) {
    const url = request.url ?? '';
    if (url.includes('?')) {
      drain(request);
      return respond(response, 400, { ok: false, error: 'query_not_allowed', message: 'This API takes no query string: ids go in the path, everything else in a POST body.' });
    }
    const segments = url.slice(API_PATH.length).split('/').filter(Boolean);
    if (segments.length === 0) {
      if (request.method === 'POST') return post(request, response);
      drain(request);
      return respond(response, 405, { ok: false, error: 'method_not_allowed', message: 'POST only.' }, { Allow: 'POST' });
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      drain(request);
      return respond(response, 405, { ok: false, error: 'method_not_allowed', message: 'GET only.' }, { Allow: 'GET, HEAD' });
    }
    if (segments.length === 2 && segments[0] === 'records') {
      const id = segments[1];
      if (!ID_PATTERN.test(id)) return respond(response, 400, { ok: false, error: 'invalid_id', message: 'Not a record id.' });
      const found = await (await store()).getRecord(id);
      if (!found) return respond(response, 404, { ok: false, error: 'not_found', message: 'No record with this id was received.' });
      return respond(response, 200, { ok: true, ...found });
    }
    if (segments.length === 3 && segments[0] === 'children' && segments[2] === 'records') {
      const childId = segments[1];
      if (!ID_PATTERN.test(childId)) return respond(response, 400, { ok: false, error: 'invalid_id', message: 'Not a child id.' });
      const records = await (await store()).listForChild(childId);
      return respond(response, 200, { ok: true, records });
    }
    return respond(response, 404, { ok: false, error: 'not_found', message: 'No such resource.' });
  }

  async function post(request, response) {
    const type = mediaType(request.headers['content-type']);
    if (type !== 'application/json' || !/^\s*application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i.test(String(request.headers['content-type']))) {
      drain(request);
      return respond(response, 415, { ok: false, error: 'unsupported_media_type', message: 'Send Content-Type: application/json (UTF-8).' });
    }
    const body = await readBody(request, bodyLimit);
    if (body.tooLarge) {
      log(`refused a body over ${bodyLimit} bytes`);
      return respond(response, 413, { ok: false, error: 'too_large', message: `The body is larger than ${bodyLimit} bytes.`, limit: bodyLimit });
    }
    if (body.aborted) return;
    let message;
    try {
      message = JSON.parse(body.text);
    } catch {
      return respond(response, 400, { ok: false, error: 'invalid_json', message: 'The body is not JSON.' });
    }
    if (!isObject(message)) return respond(response, 400, { ok: false, error: 'invalid_body', message: 'The body must be a JSON object with a `type`.' });
    switch (message.type) {
      case 'record.submit':
        return submitRecord(request, response, message, body.text);
      case 'draft.put':
      case 'draft.delete':
        return putDraft(response, message);
      case 'draft.get': {
        if (!isDraftKey(message.key)) return respond(response, 400, { ok: false, error: 'invalid_key', message: 'A draft key is a string of 1–300 characters.' });
        const entry = await (await store()).getDraft(message.key);
        return respond(response, 200, { ok: true, entry: entry ?? null });
      }
      default:
        return respond(response, 400, { ok: false, error: 'unknown_type', message: 'The body’s `type` is not one of record.submit, draft.put, draft.delete, draft.get.' });
    }
  }

  async function submitRecord(request, response, message, text) {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(key)) {
      return respond(response, 400, { ok: false, error: 'invalid_idempotency_key', message: 'A record needs an Idempotency-Key header (1–200 printable characters).' });
    }
    const record = message.record;
    if (!isObject(record) || typeof record.kind !== 'string' || typeof record.id !== 'string' || !('value' in record)) {
      return respond(response, 400, { ok: false, error: 'invalid_envelope', message: 'A submitted record is { record: { kind, id, value } }.' });
    }
    // The request's own fingerprint: the same key with another body is a client's mistake, never a replay.
    const requestSha256 = createHash('sha256').update(text).digest('hex');
    const db = await store();
    const earlier = await db.findByKey(key);
    if (earlier) return replay(response, earlier, requestSha256);

    const kind = isRecordKind(record.kind) ? record.kind : undefined;
    const loggedId = ID_PATTERN.test(record.id) ? record.id : '(not an id)';
    if (!kind) {
      log(`rejected a record of an unknown kind ${loggedId}: 422, 1 issue`);
      return invalid(response, [{ code: 'unknown_kind', path: ['kind'], params: { allowed: [...RECORD_KINDS] } }]);
    }
    // Exactly what the widget ran: the model reads, migrates and validates the record.
    const parsed = parseRecord(record.value, kind);
    if (!parsed.ok) {
      log(`rejected ${kind} ${loggedId}: 422, ${parsed.issues.length} issue${parsed.issues.length === 1 ? '' : 's'}`);
      return invalid(response, parsed.issues);
    }
    if (parsed.value.id !== record.id) {
      log(`rejected ${kind} ${loggedId}: 422, the envelope's id is not the record's`);
      return invalid(response, [{ code: 'invalid_value', path: ['id'], params: {} }]);
    }
    const value = parsed.value;
    const { created, stored } = await db.submitRecord({
      idempotencyKey: key,
      requestSha256,
      id: value.id,
      kind,
      schemaVersion: value.schemaVersion,
      status: value.status,
      childId: typeof value.child?.id === 'string' ? value.child.id : null,
      bodyJson: JSON.stringify(value),
    });
    // Lost a race with another delivery of the same key: answer as that one was answered.
    if (!created) return replay(response, stored, requestSha256);
    log(`stored ${kind} ${value.id} (${value.status}) as #${stored.seq}`);
    return respond(response, 200, accepted(stored));
  }

  /** A key stored before: the first answer again (nothing stored), unless the body differs from the first. */
  function replay(response, stored, requestSha256) {
    if (stored.requestSha256 !== requestSha256) {
      log(`refused a reused idempotency key (${stored.kind} ${stored.id})`);
      return respond(response, 422, { ok: false, error: 'idempotency_key_reused', message: 'This Idempotency-Key was used for another request.' });
    }
    log(`${stored.kind} ${stored.id} arrived again: already stored as #${stored.seq}`);
    return respond(response, 200, accepted(stored), { 'Idempotent-Replayed': 'true' });
  }

  async function putDraft(response, message) {
    const { key, revision } = message;
    if (!isDraftKey(key)) return respond(response, 400, { ok: false, error: 'invalid_key', message: 'A draft key is a string of 1–300 characters.' });
    if (!Number.isSafeInteger(revision) || revision < 1) return respond(response, 400, { ok: false, error: 'invalid_revision', message: 'A revision is a positive integer.' });
    const deleted = message.type === 'draft.delete';
    if (!deleted) {
      if (typeof message.savedAt !== 'string' || message.savedAt.length > 64 || Number.isNaN(Date.parse(message.savedAt))) {
        return respond(response, 400, { ok: false, error: 'invalid_saved_at', message: 'savedAt is an ISO instant.' });
      }
      if (!('value' in message) || depthOver(message.value, DRAFT_MAX_DEPTH)) {
        return respond(response, 400, { ok: false, error: 'invalid_value', message: `A draft's value is JSON nested at most ${DRAFT_MAX_DEPTH} levels.` });
      }
    }
    // Drafts are work in progress: kept as they are (the widget validates them), never parsed as records.
    await (await store()).putDraft({ key, revision, deleted, ...(deleted ? {} : { savedAt: message.savedAt, valueJson: JSON.stringify(message.value) }) });
    return respond(response, 200, { ok: true });
  }

  return {
    handle,
    /** Opens the database now (the first open of a data directory takes a few seconds). */
    ready: () => store().then(() => undefined),
    /** Waits for the database and closes it (and its lock); later requests answer 500. */
    async close() {
      const open = opening;
      closed = true;
      const db = await open?.catch(() => undefined);
      await db?.close();
    },
  };
}

/**
 * The back end alone on 127.0.0.1 (the Node tests; a vendor's reading of the protocol). `port` 0 picks a
 * free one. `close()` closes the server and the database, so the same `dataDir` can be opened again.
 * @param {{ dataDir: string, host?: string, port?: number, log?: (line: string) => void, bodyLimit?: number }} options
 */
export async function startDemoServer({ dataDir, host = '127.0.0.1', port = 0, log, bodyLimit }) {
  const backend = createDemoBackend({ dataDir, log, bodyLimit });
  const server = createServer((request, response) => {
    void backend.handle(request, response).then((handled) => {
      if (!handled) respond(response, 404, { ok: false, error: 'not_found', message: 'No such resource.' });
    });
  });
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://${host}:${address.port}`;
  return {
    origin,
    endpoint: `${origin}${API_PATH}`,
    backend,
    async close() {
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        for (const socket of sockets) socket.destroy();
      });
      await backend.close();
    },
  };
}

function accepted(stored) {
  return { ok: true, id: stored.id, kind: stored.kind, status: stored.status, schemaVersion: stored.schemaVersion, seq: stored.seq, receivedAt: stored.receivedAt };
}

/** 422 with the model's issues as the model gives them: `code`, `path` (within the record), `params`. */
function invalid(response, issues) {
  return respond(response, 422, {
    ok: false,
    error: 'invalid_record',
    message: `The record does not match @spire/model (${issues.length} issue${issues.length === 1 ? '' : 's'}).`,
    issues,
  });
}

function respond(response, status, body, headers = {}) {
  if (response.headersSent || response.destroyed) return;
  const json = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  response.end(response.req?.method === 'HEAD' ? undefined : json);
}

function mediaType(header) {
  return typeof header === 'string' ? (header.split(';', 1)[0] ?? '').trim().toLowerCase() : '';
}

/**
 * The body as text, or `tooLarge` as soon as it passes `limit` (a declared Content-Length over it is
 * refused before reading). What follows is read and thrown away, so the answer reaches the client and
 * the connection stays usable, up to `DRAIN_LIMIT`; past that the connection is cut.
 */
function readBody(request, limit) {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      drain(request);
      settle({ tooLarge: true });
      return;
    }
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (settled) {
        if (size > DRAIN_LIMIT) request.destroy();
        return;
      }
      if (size > limit) {
        chunks.length = 0;
        settle({ tooLarge: true });
      } else chunks.push(chunk);
    });
    request.on('end', () => settle({ text: Buffer.concat(chunks).toString('utf8') }));
    request.on('error', () => settle({ aborted: true }));
    request.on('close', () => settle({ aborted: true }));
  });
}

/** Reads and discards what is left of a request's body (up to `DRAIN_LIMIT`). */
function drain(request) {
  let size = 0;
  request.on('data', (chunk) => {
    size += chunk.length;
    if (size > DRAIN_LIMIT) request.destroy();
  });
  request.on('error', () => undefined);
  request.resume();
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDraftKey(key) {
  return typeof key === 'string' && key.length > 0 && key.length <= DRAFT_KEY_MAX;
}

/** True when `value` nests deeper than `max` (walked without recursion, so no input can exhaust the stack). */
function depthOver(value, max) {
  const stack = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = /** @type {[unknown, number]} */ (stack.pop());
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(current)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}
