import './zod.js';
import * as z from 'zod/mini';
import { TEXT_LIMITS } from './limits.js';
import { Id, IsoDateTime, addIssue, optionalText, text } from './common.js';
import { moment, plainObject } from './plain.js';

export const CONSENT_RELATIONS = ['mother', 'father', 'custody-holder', 'child', 'other'] as const;
export const CONSENT_METHODS = ['written', 'oral', 'digital'] as const;
export type ConsentRelation = (typeof CONSENT_RELATIONS)[number];
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/**
 * Consent as a record of its own: who gave it, for what scope and purpose, when and how — and, because
 * consent can always be withdrawn, when it was withdrawn.
 */
export const Consent = z
  .object({
    id: Id,
    /**
     * The person in the surrounding record the consent comes from (in a referral: `parents[].id`). Names
     * are typed by hand and differ in spelling, so matching a custody holder to a consent goes by id.
     */
    parentId: z.optional(Id),
    givenBy: z.object({ name: text(TEXT_LIMITS.name), relation: z.enum(CONSENT_RELATIONS) }),
    scope: text(TEXT_LIMITS.text),
    purpose: text(TEXT_LIMITS.text),
    recipients: optionalText(TEXT_LIMITS.note),
    givenAt: IsoDateTime,
    method: z.enum(CONSENT_METHODS),
    withdrawnAt: z.optional(IsoDateTime),
  })
  .check((ctx) => {
    const { givenAt, withdrawnAt } = ctx.value;
    if (withdrawnAt && Date.parse(withdrawnAt) < Date.parse(givenAt)) addIssue(ctx, 'date_order', ['withdrawnAt'], { after: givenAt });
  });
export type Consent = z.infer<typeof Consent>;

/** Given, and not withdrawn, at the moment `at` (default: now). */
export function isConsentActive(consent: Consent, at: Date | string = new Date()): boolean {
  // Guarded: a consent without a readable givenAt, or an unreadable moment, is not active.
  const data = plainObject(consent);
  if (!data || typeof data.givenAt !== 'string') return false;
  const when = moment(at);
  const given = Date.parse(data.givenAt);
  if (Number.isNaN(when) || Number.isNaN(given) || given > when) return false;
  return typeof data.withdrawnAt !== 'string' || Date.parse(data.withdrawnAt) > when;
}

/**
 * A withdrawn copy; the original is left as it was (records are append-only). Withdrawing twice keeps
 * the first moment: that is when the consent stopped, and it must not move later.
 */
export function withdrawConsent(consent: Consent, at: Date | string = new Date()): Consent {
  const data = (plainObject(consent) ?? {}) as Consent;
  if (data.withdrawnAt) return data;
  // An unreadable moment becomes an invalid date for `parseWith(Consent, …)` to report, never a throw.
  const when = moment(at);
  const withdrawnAt = typeof at === 'string' ? at : Number.isNaN(when) ? 'Invalid Date' : new Date(when).toISOString();
  return { ...data, withdrawnAt };
}
