import './zod.js';
import * as z from 'zod/mini';
import { LIST_LIMITS, TEXT_LIMITS } from './limits.js';
import {
  type CreateRecordOptions,
  newRecordHeader,
  type ParseResult,
  type RecordDefinition,
  Id,
  IsoDate,
  IsoDateTime,
  RECORD_KINDS,
  addIssue,
  duplicateIndexes,
  list,
  parseWith,
  optionalText,
  recordBase,
  text,
} from './common.js';
import { Consent, isConsentActive } from './consent.js';
import { parseRecord } from './records.js';
import { Cpr } from './cpr.js';

/** An indstilling asks for help and needs the parents' consent; an underretning is a duty and needs none. */
export const REFERRAL_TYPES = ['indstilling', 'underretning'] as const;
export const RECIPIENT_TYPES = ['ppr', 'tvaerfagligt-team', 'sundhedspleje', 'familieraadgivning', 'other'] as const;
/** The four grounds of the heightened duty to report (Barnets lov § 133). */
export const NOTIFICATION_GROUNDS = ['saerlig-stoette', 'ufoedt-barn', 'ulovligt-skolefravaer', 'overgreb'] as const;
export const URGENCIES = ['akut', 'snarest', 'almindelig'] as const;
export const REFERRAL_STATUSES = ['draft', 'sent', 'receipt-confirmed', 'outcome'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const OUTCOMES = ['investigation-started', 'support-started', 'no-action', 'forwarded'] as const;
export type ReferralType = (typeof REFERRAL_TYPES)[number];
export type ReferralOutcomeKind = (typeof OUTCOMES)[number];

const NEXT_STATUS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  draft: ['sent'],
  sent: ['receipt-confirmed'],
  'receipt-confirmed': ['outcome'],
  outcome: [],
};

export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  // Own keys only: `toString` or `__proto__` from untrusted data is not a status.
  return typeof from === 'string' && Object.hasOwn(NEXT_STATUS, from) && NEXT_STATUS[from].includes(to);
}

export const ReferralParent = z.object({
  id: Id,
  name: text(TEXT_LIMITS.name),
  address: optionalText(TEXT_LIMITS.line),
  phone: optionalText(TEXT_LIMITS.phone),
  /** Holds custody (forældremyndighed): an indstilling needs this parent's consent. */
  custody: z.boolean(),
});
export type ReferralParent = z.infer<typeof ReferralParent>;

export const ReferralOutcome = z.object({ kind: z.enum(OUTCOMES), at: IsoDateTime, note: optionalText(TEXT_LIMITS.text) });

export const REFERRAL_VERSION = 1;

export const Referral = z
  .object({
    ...recordBase('referral', REFERRAL_VERSION),
    referralType: z.enum(REFERRAL_TYPES),
    status: z.enum(REFERRAL_STATUSES),
    statusHistory: list(z.object({ status: z.enum(REFERRAL_STATUSES), at: IsoDateTime }), LIST_LIMITS.statusHistory),
    /** Named when sent; a recipient of type `other` is otherwise unknown to the receiver of the record. */
    recipient: z.object({ type: z.enum(RECIPIENT_TYPES), name: optionalText(TEXT_LIMITS.name) }),
    /**
     * The child as the receiver needs it, beside the pseudonymous `child` reference every record carries.
     * CPR is optional: Spire is pseudonymous by default, and the municipality can find the child without it.
     */
    childDetails: z.object({ name: text(TEXT_LIMITS.name), cpr: z.optional(Cpr) }),
    parents: list(ReferralParent, LIST_LIMITS.parents),
    language: z.object({ primary: optionalText(TEXT_LIMITS.label), interpreterNeeded: z.boolean() }),
    /**
     * Work details only. A professional cannot report anonymously and the parents may read the referral
     * (aktindsigt), so the reporter is reached at work: a private address or phone here would put the
     * professional's home into the family's case file.
     */
    reporter: z.object({
      name: text(TEXT_LIMITS.name),
      role: text(TEXT_LIMITS.label),
      institution: optionalText(TEXT_LIMITS.name),
      workAddress: optionalText(TEXT_LIMITS.line),
      phone: optionalText(TEXT_LIMITS.phone),
      relationToChild: optionalText(TEXT_LIMITS.line),
    }),
    ground: z.optional(z.enum(NOTIFICATION_GROUNDS)),
    description: optionalText(TEXT_LIMITS.description),
    triedAndEffect: optionalText(TEXT_LIMITS.account),
    childPerspective: z.optional(
      z.object({ statement: optionalText(TEXT_LIMITS.longText), involvement: optionalText(TEXT_LIMITS.text), notInvolvedReason: optionalText(TEXT_LIMITS.text) }),
    ),
    /** Barnets ressourcer, udviklingsmuligheder og potentialer. */
    resources: optionalText(TEXT_LIMITS.longText),
    parentContact: z.optional(
      z.object({
        contacted: z.boolean(),
        on: z.optional(IsoDate),
        reaction: optionalText(TEXT_LIMITS.text),
        exception: z.optional(z.literal('suspected-abuse-by-parent')),
      }),
    ),
    consents: list(Consent, LIST_LIMITS.consents),
    attachments: list(z.object({ kind: z.enum(RECORD_KINDS), id: Id }), LIST_LIMITS.links),
    /**
     * Is the child in acute danger? Asked before anything else: yes means phoning the municipality now
     * (outside office hours the police on 114) before the referral is written.
     */
    acute: z.optional(z.boolean()),
    urgency: z.enum(URGENCIES),
    outcome: z.optional(ReferralOutcome),
  })
  .check((ctx) => {
    const referral = ctx.value;
    // Consents are matched to custody holders by id, so both lists need unique ids.
    for (const index of duplicateIndexes(referral.parents.map((p) => p.id))) {
      addIssue(ctx, 'duplicate_id', ['parents', index, 'id'], { id: referral.parents[index]!.id });
    }
    for (const index of duplicateIndexes(referral.consents.map((c) => c.id))) {
      addIssue(ctx, 'duplicate_id', ['consents', index, 'id'], { id: referral.consents[index]!.id });
    }
    const first = referral.statusHistory[0];
    if (!first) addIssue(ctx, 'required', ['statusHistory']);
    else if (first.status !== 'draft') addIssue(ctx, 'invalid_value', ['statusHistory', 0, 'status'], { allowed: ['draft'] });
    referral.statusHistory.forEach((entry, index) => {
      const previous = referral.statusHistory[index - 1];
      if (!previous) return;
      if (!canTransition(previous.status, entry.status)) {
        addIssue(ctx, 'illegal_transition', ['statusHistory', index, 'status'], { from: previous.status, to: entry.status });
      }
      // Deadlines count from these moments (receipt within 6 working days of sending), so time runs forward.
      if (Date.parse(entry.at) < Date.parse(previous.at)) addIssue(ctx, 'date_order', ['statusHistory', index, 'at'], { after: previous.at });
    });
    const last = referral.statusHistory.at(-1);
    if (last && last.status !== referral.status) {
      addIssue(ctx, 'illegal_transition', ['status'], { from: last.status, to: referral.status });
    }
    if (referral.status === 'outcome' && !referral.outcome) addIssue(ctx, 'required', ['outcome']);
    if (referral.status === 'draft') return;

    // Everything below must hold before a referral can be sent; a draft may be incomplete.
    if (referral.recipient.type === 'other' && !referral.recipient.name?.trim()) addIssue(ctx, 'required', ['recipient', 'name']);
    for (const field of ['institution', 'workAddress', 'relationToChild'] as const) {
      if (!referral.reporter[field]?.trim()) addIssue(ctx, 'required', ['reporter', field]);
    }
    if (!referral.description?.trim()) addIssue(ctx, 'required', ['description']);
    if (referral.referralType === 'underretning' && !referral.ground) addIssue(ctx, 'ground_required', ['ground']);
    const perspective = referral.childPerspective;
    const hasPerspective = Boolean(perspective?.statement?.trim() && perspective.involvement?.trim()) || Boolean(perspective?.notInvolvedReason?.trim());
    if (!hasPerspective) addIssue(ctx, 'child_perspective_required', ['childPerspective']);
    if (!referral.resources?.trim()) addIssue(ctx, 'resources_required', ['resources']);
    const contact = referral.parentContact;
    // Whether the parents were contacted is always answered. An indstilling rests on their consent, so they
    // must have been (unless abuse by a parent is suspected); an underretning is a duty that does not wait
    // for them: "not yet" is a lawful answer.
    if (!contact || (referral.referralType === 'indstilling' && !contact.contacted && !contact.exception)) addIssue(ctx, 'parent_contact_required', ['parentContact']);
    if (referral.referralType === 'indstilling') {
      // Judged at the moment it was sent: a consent withdrawn later does not unmake a lawful referral.
      const sentAt = referral.statusHistory.find((e) => e.status === 'sent')?.at ?? new Date().toISOString();
      const active = referral.consents.filter((c) => isConsentActive(c, sentAt));
      if (active.length === 0) addIssue(ctx, 'consent_required', ['consents']);
      else {
        referral.parents.forEach((parent, index) => {
          if (parent.custody && !active.some((c) => c.parentId === parent.id)) {
            addIssue(ctx, 'consent_missing_holder', ['parents', index], { name: parent.name });
          }
        });
      }
    }
  });
export type Referral = z.infer<typeof Referral>;

export type TransitionResult = ParseResult<Referral>;

/**
 * Moves a referral along draft → sent → receipt-confirmed → outcome, stamping the time in `statusHistory`.
 * Anything else (skipping a step, going back) is rejected with `illegal_transition` on `status`. The moved
 * referral is validated as a whole, so a draft that is not complete cannot be sent: its issues come back
 * instead. `outcome` is required for, and only used by, the step to `outcome`.
 */
export function transitionReferral(
  referral: Referral,
  to: ReferralStatus,
  at: Date | string = new Date(),
  outcome?: { kind: ReferralOutcomeKind; note?: string },
): TransitionResult {
  // Read as `parseRecord` reads it: an older version is migrated, anything that is not a valid
  // referral comes back as issues, never as a TypeError.
  const parsed = parseRecord(referral, 'referral');
  if (!parsed.ok) return parsed;
  referral = parsed.value;
  const when = typeof at === 'string' ? at : at instanceof Date && !Number.isNaN(at.getTime()) ? at : undefined;
  if (when === undefined) return { ok: false, issues: [{ code: 'invalid_date', path: ['statusHistory', referral.statusHistory.length, 'at'], params: { format: 'datetime' } }] };
  at = when;
  if (!canTransition(referral.status, to)) {
    return { ok: false, issues: [{ code: 'illegal_transition', path: ['status'], params: { from: referral.status, to } }] };
  }
  if (to === 'outcome' && (typeof outcome !== 'object' || outcome === null)) return { ok: false, issues: [{ code: 'required', path: ['outcome'], params: {} }] };
  const stamp = typeof at === 'string' ? at : at.toISOString();
  const moved: Referral = {
    ...referral,
    status: to,
    updatedAt: stamp,
    statusHistory: [...referral.statusHistory, { status: to, at: stamp }],
    ...(to === 'outcome' && outcome ? { outcome: { ...outcome, at: stamp } } : {}),
  };
  return parseWith(Referral, moved);
}

/** A valid, empty draft of either type, prefilled with the author as reporter. */
export function createReferral(options: CreateRecordOptions & { referralType: ReferralType }): Referral {
  const header = newRecordHeader('referral', REFERRAL_VERSION, options);
  const at = header.createdAt;
  return {
    ...header,
    referralType: options.referralType,
    status: 'draft',
    statusHistory: [{ status: 'draft', at }],
    recipient: { type: options.referralType === 'underretning' ? 'familieraadgivning' : 'ppr' },
    childDetails: { name: options.child.displayName },
    parents: [],
    language: { interpreterNeeded: false },
    reporter: {
      name: options.author.name,
      role: options.author.role,
      ...(options.author.institution ? { institution: options.author.institution } : {}),
    },
    consents: [],
    attachments: [],
    urgency: 'almindelig',
  };
}

export const referralDefinition: RecordDefinition<Referral> = {
  kind: 'referral',
  schemaVersion: REFERRAL_VERSION,
  schema: Referral,
  migrations: {},
};
