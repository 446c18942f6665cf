import type { DraftStore } from './draft-store.js';
import type { OutboxStatus, SubmittedRecord } from './http-store.js';

/**
 * A draft store that also sends completed records to a back end and says how that goes: an
 * `HttpDraftStore`, or a host's own store of the same shape.
 */
export interface SendingStore extends DraftStore {
  submit(record: SubmittedRecord): Promise<{ idempotencyKey: string }>;
  readonly status: OutboxStatus;
  addEventListener(type: 'statuschange', listener: (event: Event) => void): void;
  removeEventListener(type: 'statuschange', listener: (event: Event) => void): void;
}

/**
 * The sending store behind `store` (itself, or the store a `ResilientDraftStore` wraps), or `undefined`.
 * Told by shape, not by class, so a widget can ask without loading `HttpDraftStore`.
 */
export function sendingStoreOf(store: DraftStore | null | undefined): SendingStore | undefined {
  const inner: unknown = store && typeof store === 'object' && 'primary' in store ? (store as { primary: unknown }).primary : store;
  if (typeof inner !== 'object' || inner === null) return undefined;
  const candidate = inner as Partial<Record<keyof SendingStore, unknown>>;
  const status = candidate.status as Partial<OutboxStatus> | undefined;
  return typeof candidate.submit === 'function' &&
    typeof candidate.addEventListener === 'function' &&
    typeof candidate.removeEventListener === 'function' &&
    typeof status === 'object' &&
    status !== null &&
    typeof status.state === 'string'
    ? (inner as SendingStore)
    : undefined;
}
