// The browser's side of test/servers/records-server.mjs: tests drive the server and read what it holds.
import { executeServerCommand } from '@web/test-runner-commands';

/** A misbehaviour for one request (`script`), every request (`always`), or at random (`chaos`). */
export type Fault =
  | { kind: 'drop-before'; type?: string }
  | { kind: 'drop-after'; type?: string }
  | { kind: 'delay'; ms: number; type?: string }
  | { kind: 'duplicate'; type?: string }
  | { kind: 'status'; status: number; retryAfter?: number; body?: unknown; contentType?: string; type?: string };

export interface Chaos {
  seed: number;
  type?: string;
  dropBefore?: number;
  dropAfter?: number;
  delay?: number;
  delayMs?: number;
  error500?: number;
  duplicate?: number;
}

export interface LoggedRequest {
  at: number;
  method: string;
  url: string;
  origin: string | null;
  type?: string | null;
  idempotencyKey?: string | null;
  key?: string | null;
  recordId?: string | null;
  revision?: number | null;
  fault?: Fault['kind'] | null;
  status?: number;
  processedAt?: number;
}

export interface StoredRecord {
  idempotencyKey: string;
  kind: string;
  id: string;
  value: { id: string; [key: string]: unknown };
  storedAt: number;
}

export interface ServerState {
  url: string;
  /** Every record stored, in order: a record stored twice would be here twice. */
  stored: StoredRecord[];
  drafts: Record<string, { key: string; value?: unknown; savedAt?: string; revision: number; deleted?: true }>;
  draftWrites: { key: string; revision: number; type: string }[];
  log: LoggedRequest[];
  /** Requests the server is still handling (held by a delay): what they do is not in this state yet. */
  inFlight: number;
}

/** Clears everything the server holds and its faults; resolves with the endpoint URL. */
export async function resetServer(): Promise<string> {
  const answer = await executeServerCommand<{ url?: string; error?: string }, unknown>('records-server', { action: 'reset' });
  if (!answer.url) throw new Error(answer.error ?? 'The records server did not answer.');
  return answer.url;
}

export async function setFaults(faults: { script?: Fault[]; always?: Fault | null; chaos?: Chaos | null }): Promise<void> {
  await executeServerCommand('records-server', { action: 'faults', ...faults });
}

export async function seedServerDraft(draft: { key: string; value: unknown; savedAt: string; revision: number }): Promise<void> {
  await executeServerCommand('records-server', { action: 'seed-draft', draft });
}

export function serverState(): Promise<ServerState> {
  return executeServerCommand<ServerState, unknown>('records-server', { action: 'state' });
}

/**
 * What the server holds once every request it has received is handled: a request the client gave up on
 * (a reload, a timeout) may still be stored after the client has moved on, and must be counted.
 */
export async function quietServerState(): Promise<ServerState> {
  return waitFor(async () => {
    const state = await serverState();
    return state.inFlight === 0 ? state : undefined;
  }, 'the server to finish the requests it holds');
}

/** Polls until `check` returns a value other than `undefined`/`false`; fails with `what` after `timeout` ms. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeout = 8000): Promise<Exclude<T, undefined | false>> {
  const end = Date.now() + timeout;
  for (;;) {
    const result = await check();
    if (result !== undefined && result !== false) return result as Exclude<T, undefined | false>;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
