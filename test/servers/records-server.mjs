// A vendor's back end as HttpDraftStore expects one, for the browser tests: one POST endpoint with JSON
// bodies, records validated with @spire/model's parseRecord (422 with the model's issues), deduplicated
// by Idempotency-Key, drafts kept at their highest revision. It can be told to misbehave — drop the
// connection before or after storing, delay, answer 500 / 503 with Retry-After / 4xx, process a request
// twice — and reports exactly what it stored and every request it saw (method, URL, type, key, fault).
// Started on 127.0.0.1 at a random port by test/servers/records-server-plugin.mjs.
import { createServer } from 'node:http';

const BODY_LIMIT = 5 * 1024 * 1024;

/**
 * @param {{ validate: (value: unknown, kind: string) => { ok: true, value: any } | { ok: false, issues: unknown[] }, host?: string, port?: number }} options
 */
export async function startRecordsServer({ validate, host = '127.0.0.1', port = 0 }) {
  let state = freshState();
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) respond(request, response, 500, { ok: false });
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
  const address = server.address();
  const url = `http://${host}:${address.port}/spire/inbox`;

  async function handle(request, response) {
    // A request belongs to the state it arrived in: one still held when a test resets the server
    // (a long delay) lands in that test's state, never in the next test's.
    const current = state;
    const entry = { at: Date.now(), method: request.method, url: request.url, origin: request.headers.origin ?? null };
    current.log.push(entry);
    current.inFlight++;
    try {
      await handleIn(current, entry, request, response);
    } finally {
      current.inFlight--;
    }
  }

  async function handleIn(state, entry, request, response) {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        ...corsHeaders(request),
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'Content-Type, Accept, Idempotency-Key, Authorization',
        'Access-Control-Max-Age': '600',
      });
      response.end();
      return;
    }
    if (request.method !== 'POST' || new URL(request.url, url).pathname !== '/spire/inbox') {
      respond(request, response, 404, { ok: false });
      return;
    }
    const text = await readBody(request);
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      respond(request, response, 400, { ok: false, issues: [{ code: 'invalid_json', path: [], params: {} }] });
      return;
    }
    const idempotencyKey = request.headers['idempotency-key'] ?? null;
    Object.assign(entry, { type: typeof body?.type === 'string' ? body.type : null, idempotencyKey, key: body?.key ?? null, recordId: body?.record?.id ?? null, revision: body?.revision ?? null });
    const fault = nextFault(state, entry.type);
    entry.fault = fault?.kind ?? null;

    if (fault?.kind === 'drop-before') return drop(request);
    if (fault?.kind === 'delay') await sleep(fault.ms ?? 500);
    if (fault?.kind === 'status') {
      const headers = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
      if (typeof fault.body === 'string') {
        response.writeHead(fault.status, { ...corsHeaders(request), 'Content-Type': fault.contentType ?? 'text/html', ...headers });
        response.end(fault.body);
      } else respond(request, response, fault.status, fault.body ?? { ok: false }, headers);
      entry.status = fault.status;
      return;
    }
    let result = processRequest(state, body, idempotencyKey);
    // A duplicate delivery: the same request reaches the application twice (a proxy retrying, say).
    if (fault?.kind === 'duplicate') result = processRequest(state, body, idempotencyKey);
    entry.status = result.status;
    entry.processedAt = Date.now();
    if (fault?.kind === 'drop-after') return drop(request);
    respond(request, response, result.status, result.body);
  }

  function processRequest(state, body, idempotencyKey) {
    switch (body?.type) {
      case 'record.submit': {
        if (typeof idempotencyKey !== 'string' || !idempotencyKey) return { status: 400, body: { ok: false, issues: [{ code: 'missing_idempotency_key', path: [], params: {} }] } };
        // Checked and stored with no await between: two deliveries of one key can never both store.
        if (state.records.has(idempotencyKey)) return { status: 200, body: { ok: true, duplicate: true } };
        const record = body.record;
        if (typeof record?.kind !== 'string' || typeof record?.id !== 'string') return { status: 400, body: { ok: false, issues: [{ code: 'invalid_type', path: ['record'], params: {} }] } };
        const parsed = validate(record.value, record.kind);
        if (!parsed.ok) return { status: 422, body: { ok: false, issues: parsed.issues } };
        if (parsed.value.id !== record.id) return { status: 422, body: { ok: false, issues: [{ code: 'invalid_value', path: ['id'], params: {} }] } };
        const stored = { idempotencyKey, kind: record.kind, id: record.id, value: parsed.value, storedAt: Date.now() };
        state.records.set(idempotencyKey, stored);
        state.stored.push(stored);
        return { status: 200, body: { ok: true } };
      }
      case 'draft.put':
      case 'draft.delete': {
        const { key, revision } = body;
        if (typeof key !== 'string' || !Number.isSafeInteger(revision)) return { status: 400, body: { ok: false, issues: [{ code: 'invalid_type', path: ['revision'], params: {} }] } };
        const held = state.drafts.get(key);
        // A late delivery of an older version (a request the client gave up on) never overwrites a newer one.
        if (held && held.revision >= revision) return { status: 200, body: { ok: true, stale: held.revision > revision } };
        const draft = body.type === 'draft.put' ? { key, value: body.value, savedAt: body.savedAt, revision } : { key, revision, deleted: true };
        state.drafts.set(key, draft);
        state.draftWrites.push({ key, revision, type: body.type });
        return { status: 200, body: { ok: true } };
      }
      case 'draft.get': {
        const held = state.drafts.get(body.key);
        return { status: 200, body: { ok: true, entry: held && !held.deleted ? held : null } };
      }
      default:
        return { status: 400, body: { ok: false, issues: [{ code: 'invalid_value', path: ['type'], params: {} }] } };
    }
  }

  /** The fault for this request: the next scripted one that matches its type, else the standing one, else chaos. */
  function nextFault(state, type) {
    const index = state.script.findIndex((fault) => !fault.type || fault.type === type);
    if (index >= 0) return state.script.splice(index, 1)[0];
    if (state.always && (!state.always.type || state.always.type === type)) return state.always;
    const chaos = state.chaos;
    if (chaos && (!chaos.type || chaos.type === type)) {
      let roll = state.random();
      for (const [kind, fault] of [
        ['dropBefore', { kind: 'drop-before' }],
        ['dropAfter', { kind: 'drop-after' }],
        ['delay', { kind: 'delay', ms: chaos.delayMs ?? 300 }],
        ['error500', { kind: 'status', status: 500 }],
        ['duplicate', { kind: 'duplicate' }],
      ]) {
        roll -= chaos[kind] ?? 0;
        if (roll < 0) return fault;
      }
    }
    return undefined;
  }

  /** Commands from the browser (executeServerCommand('records-server', { action, … })). */
  function command(payload = {}) {
    switch (payload.action) {
      case 'reset':
        state = freshState();
        return { url };
      case 'url':
        return { url };
      case 'faults':
        state.script = [...(payload.script ?? [])];
        state.always = payload.always ?? null;
        state.chaos = payload.chaos ?? null;
        state.random = mulberry32(payload.chaos?.seed ?? 1);
        return { ok: true };
      case 'seed-draft':
        state.drafts.set(payload.draft.key, payload.draft);
        return { ok: true };
      case 'state':
        return {
          url,
          stored: state.stored,
          drafts: Object.fromEntries(state.drafts),
          draftWrites: state.draftWrites,
          log: state.log,
          inFlight: state.inFlight,
        };
      default:
        return { error: `unknown action ${payload.action}` };
    }
  }

  return {
    url,
    command,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function freshState() {
  return { records: new Map(), stored: [], drafts: new Map(), draftWrites: [], log: [], inFlight: 0, script: [], always: null, chaos: null, random: mulberry32(1) };
}

function corsHeaders(request) {
  return {
    'Access-Control-Allow-Origin': request.headers.origin ?? '*',
    'Access-Control-Expose-Headers': 'Retry-After',
    Vary: 'Origin',
  };
}

function respond(request, response, status, body, headers = {}) {
  response.writeHead(status, { ...corsHeaders(request), 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
  response.end(JSON.stringify(body));
}

/** The connection cut without an answer: the client cannot tell whether the request was stored. */
function drop(request) {
  request.socket.destroy();
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > BODY_LIMIT) {
        reject(new Error('too large'));
        request.socket.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A small seeded random source, so a chaos run can be repeated. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
