import type { SpireRecord } from '@spire/model';
import type { SpireRecordElement } from './elements/record-element.js';
import type { NetworkMap, NetworkPerson, NextStep, Referral, ReferralStatus } from '@spire/model';

export interface SpireSubmitDetail<T = SpireRecord> {
  /** The validated record, as the model's `parseRecord` returned it. */
  value: T;
}
export interface SpireDraftSavedDetail {
  key: string;
  savedAt: string;
  /** The store's `kind`, e.g. `indexeddb`, `memory`. */
  store: string;
}
export interface SpireDraftRestoredDetail {
  key: string;
  savedAt: string;
}
export interface SpireStorageFallbackDetail {
  reason: 'unavailable' | 'quota' | 'failed';
}
/** Bad input from the host (a `value` or a setting the model rejects). Never carries the data itself. */
export interface SpireErrorDetail {
  /** `value`: the record set as `value`; `config`: the author, child, instrument or earlier records. */
  source: 'value' | 'config';
  /** Where, e.g. `dimensions.2.position` in a value, or `child.id`, `instrument.dimensions.1.id`, `records.3.kind`. */
  path: string;
  /** The model's stable issue code. */
  code: string;
  /** A readable message in the widget's language. */
  message: string;
}
export interface SpireNextStepDetail<T = SpireRecord> {
  step: NextStep;
  /** The record the next step starts from, for prefilling the next widget. */
  record: T;
}

/** The network map's invitation list for a network meeting: private and professional network apart. */
export interface SpireNetworkMeetingDetail {
  private: NetworkPerson[];
  professional: NetworkPerson[];
  /** The map the list was made from. */
  record: NetworkMap;
}

/** A step recorded on a sent referral (receipt confirmed, outcome): the moved referral, validated by the model. */
export interface SpireReferralStatusDetail {
  value: Referral;
  status: ReferralStatus;
}

export interface SpireEventMap {
  'spire-submit': CustomEvent<SpireSubmitDetail>;
  'spire-draft-saved': CustomEvent<SpireDraftSavedDetail>;
  'spire-draft-restored': CustomEvent<SpireDraftRestoredDetail>;
  'spire-storage-fallback': CustomEvent<SpireStorageFallbackDetail>;
  'spire-error': CustomEvent<SpireErrorDetail>;
  'spire-next-step': CustomEvent<SpireNextStepDetail>;
  'spire-network-meeting': CustomEvent<SpireNetworkMeetingDetail>;
  'spire-referral-status': CustomEvent<SpireReferralStatusDetail>;
}

/**
 * The events of a widget that edits a record of type `T`: `spire-submit` and `spire-next-step` carry that
 * record, not the union of every kind. `el.addEventListener('spire-submit', (e) => e.detail.value)` on a
 * `SpireConcernNote` gives a `ConcernNote`.
 */
export interface SpireRecordEventMap<T extends SpireRecord> extends Omit<HTMLElementEventMap, 'spire-submit' | 'spire-next-step'> {
  'spire-submit': CustomEvent<SpireSubmitDetail<T>>;
  'spire-next-step': CustomEvent<SpireNextStepDetail<T>>;
}

// Spire's events bubble and are composed: a listener on any element, the document or the window hears
// them, typed (`document.addEventListener('spire-error', (e) => e.detail.path)`).
declare global {
  interface GlobalEventHandlersEventMap extends SpireEventMap {}
}

/** Dispatches a Spire event from `host`: bubbling and composed, so a host page hears it wherever it listens. */
export function emit<K extends keyof SpireEventMap>(host: EventTarget, name: K, detail: SpireEventMap[K]['detail']): boolean {
  return host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: name === 'spire-submit' }));
}

/**
 * The typed events of any Spire element `E`: a record widget's own map (its record type in
 * `spire-submit`), else the document-wide map. Used by the generated JSX and Vue types.
 */
export type SpireEventsOf<E> = E extends SpireRecordElement<infer T> ? SpireRecordEventMap<T> : HTMLElementEventMap;
