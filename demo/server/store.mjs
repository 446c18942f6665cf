// The demo back end's storage: PGlite (Postgres compiled to WebAssembly, embedded in this Node process)
// in a data directory on disk. Records are stored once per Idempotency-Key (a unique constraint, checked
// and written in one statement), drafts at their highest revision (one upsert with a revision guard), so
// two deliveries of one request can never both be stored and a late, older draft never wins. Bodies are
// `json`, not `jsonb`: the text is kept as received, since jsonb refuses what JSON allows and a record may
// hold (an escaped NUL, a lone surrogate), and nothing here queries inside a body.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/** The schema, idempotent: run on every open. `meta.schema` says which version a data directory holds. */
const SCHEMA = `
  create table if not exists meta (key text primary key, value text not null);
  insert into meta (key, value) values ('schema', '1') on conflict (key) do nothing;
  create table if not exists records (
    seq bigserial primary key,
    idempotency_key text not null unique,
    request_sha256 text not null,
    record_id text not null,
    kind text not null,
    schema_version integer not null,
    status text not null,
    child_id text,
    body json not null,
    received_at timestamptz not null default now()
  );
  create index if not exists records_by_id on records (record_id, seq desc);
  create index if not exists records_by_child on records (child_id, seq desc);
  create table if not exists drafts (
    key text primary key,
    revision bigint not null,
    saved_at text,
    value json,
    deleted boolean not null default false,
    updated_at timestamptz not null default now()
  );
`;

/**
 * Opens (creating on first use, which takes a few seconds) the database in `dataDir`. One process at a
 * time: a lock file beside the data refuses a second server on the same directory, which would corrupt it.
 * @param {string} dataDir
 */
export async function openRecordsStore(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const releaseLock = takeLock(join(dataDir, 'spire-demo-server.lock'));
  let db;
  try {
    db = new PGlite(join(dataDir, 'pgdata'));
    await db.waitReady;
    await db.exec(SCHEMA);
  } catch (error) {
    releaseLock();
    await db?.close().catch(() => undefined);
    throw error;
  }

  /** A stored version as the API shows it (no body). */
  const summary = (row) => ({
    seq: Number(row.seq),
    id: row.record_id,
    kind: row.kind,
    schemaVersion: row.schema_version,
    status: row.status,
    receivedAt: new Date(row.received_at).toISOString(),
  });

  return {
    /**
     * Stores one version of a record under its idempotency key, or finds the version stored under it.
     * `created` is false when the key was already stored (by an earlier delivery, or one running now).
     * @param {{ idempotencyKey: string, requestSha256: string, id: string, kind: string, schemaVersion: number, status: string, childId: string | null, bodyJson: string }} record
     */
    async submitRecord(record) {
      const inserted = await db.query(
        `insert into records (idempotency_key, request_sha256, record_id, kind, schema_version, status, child_id, body)
         values ($1, $2, $3, $4, $5, $6, $7, $8)
         on conflict (idempotency_key) do nothing
         returning seq, record_id, kind, schema_version, status, received_at, request_sha256`,
        [record.idempotencyKey, record.requestSha256, record.id, record.kind, record.schemaVersion, record.status, record.childId, record.bodyJson],
      );
      if (inserted.rows[0]) return { created: true, stored: { ...summary(inserted.rows[0]), requestSha256: inserted.rows[0].request_sha256 } };
      const existing = await this.findByKey(record.idempotencyKey);
      return { created: false, stored: existing };
    },

    /** The version stored under an idempotency key, with the hash of the request that stored it. */
    async findByKey(idempotencyKey) {
      const result = await db.query(`select seq, record_id, kind, schema_version, status, received_at, request_sha256 from records where idempotency_key = $1`, [idempotencyKey]);
      const row = result.rows[0];
      return row ? { ...summary(row), requestSha256: row.request_sha256 } : undefined;
    },

    /** The newest version of a record, with its body; `undefined` when none was received. */
    async getRecord(id) {
      const result = await db.query(`select seq, record_id, kind, schema_version, status, received_at, body, (select count(*) from records r2 where r2.record_id = $1) as versions from records where record_id = $1 order by seq desc limit 1`, [id]);
      const row = result.rows[0];
      return row ? { ...summary(row), versions: Number(row.versions), record: row.body } : undefined;
    },

    /** Every received version for one child, newest first (summaries only), at most `limit`. */
    async listForChild(childId, limit = 100) {
      const result = await db.query(`select seq, record_id, kind, schema_version, status, received_at from records where child_id = $1 order by seq desc limit $2`, [childId, limit]);
      return result.rows.map(summary);
    },

    /** How many versions are stored (all children); for tests and the log. */
    async countRecords() {
      const result = await db.query(`select count(*) as n from records`);
      return Number(result.rows[0].n);
    },

    /**
     * Keeps a draft save or delete when its revision is newer than the one held; an older or equal one
     * (a late delivery) changes nothing. One statement, so concurrent deliveries cannot interleave.
     * @param {{ key: string, revision: number, savedAt?: string, valueJson?: string, deleted: boolean }} draft
     */
    async putDraft(draft) {
      const result = await db.query(
        `insert into drafts (key, revision, saved_at, value, deleted) values ($1, $2, $3, $4, $5)
         on conflict (key) do update set revision = excluded.revision, saved_at = excluded.saved_at, value = excluded.value,
           deleted = excluded.deleted, updated_at = now()
         where drafts.revision < excluded.revision
         returning key`,
        [draft.key, draft.revision, draft.savedAt ?? null, draft.deleted ? null : (draft.valueJson ?? 'null'), draft.deleted],
      );
      return { changed: result.rows.length > 0 };
    },

    /** The draft held under a key, or `undefined` (never held, or deleted). */
    async getDraft(key) {
      const result = await db.query(`select key, revision, saved_at, value, deleted from drafts where key = $1`, [key]);
      const row = result.rows[0];
      if (!row || row.deleted) return undefined;
      return { key: row.key, value: row.value, savedAt: row.saved_at, revision: Number(row.revision) };
    },

    async close() {
      try {
        await db.close();
      } finally {
        releaseLock();
      }
    },
  };
}

/** A lock file holding this process's id; a lock left by a process that no longer runs is taken over. */
function takeLock(path) {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        rmSync(path, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if (error?.code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8'));
      if (Number.isSafeInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
        throw new Error(`Another demo server (process ${holder}) has this data directory open: ${path}`);
      }
      if (holder === process.pid) throw new Error(`This process already has this data directory open: ${path}`);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not lock the data directory: ${path}`);
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error?.code === 'EPERM';
  }
}
