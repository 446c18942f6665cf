import './zod.js';
import * as z from 'zod/mini';
import { LIST_LIMITS, TEXT_LIMITS } from './limits.js';
import { Id, IsoDate, addIssue, list, optionalText, text } from './common.js';
import { plainObject } from './plain.js';

/**
 * How the child's view was gathered. `observation` is for children who cannot yet answer (the youngest,
 * or a child without words): what the adults saw the child show, in play, body and contact.
 */
export const CHILD_PERSPECTIVE_METHODS = ['conversation', 'three-houses', 'own-rating', 'observation', 'declined', 'not-possible'] as const;

/**
 * A child's answer on the 1–5 smiley scale, or `dont-know`: the child chose "ved ikke / vil ikke svare",
 * which is an answer of its own, distinct from a question not answered (no rating at all).
 */
export const ChildRatingValue = z.union([z.int().check(z.gte(1), z.lte(5)), z.literal('dont-know')]);
export type ChildRatingValue = z.infer<typeof ChildRatingValue>;
export const ChildRating = z.object({ itemId: Id, value: ChildRatingValue });
export type ChildRating = z.infer<typeof ChildRating>;

/**
 * The child's own view, gathered before decisions (Barnets lov § 5). The child's words are kept verbatim
 * and never corrected; when the child declined or could not take part, the reason is recorded instead.
 */
export const ChildPerspective = z
  .object({
    method: z.enum(CHILD_PERSPECTIVE_METHODS),
    /** What the child said, in the child's own words. */
    ownWords: optionalText(TEXT_LIMITS.longText),
    /** The child's own ratings on the 1–5 smiley scale (or `dont-know`), one per child item answered. */
    ratings: z.optional(list(ChildRating, LIST_LIMITS.childItems)),
    /** What the adults observed the child show (method `observation`). */
    observation: optionalText(TEXT_LIMITS.longText),
    /** De tre huse: the child's worries, good things and dreams, in the child's words. */
    threeHouses: z.optional(z.object({ worries: optionalText(TEXT_LIMITS.text), goodThings: optionalText(TEXT_LIMITS.text), dreams: optionalText(TEXT_LIMITS.text) })),
    /** Why the child's view is missing (declined / not possible). */
    reason: optionalText(TEXT_LIMITS.note),
    recordedOn: z.optional(IsoDate),
  })
  .check((ctx) => {
    const { method, reason } = ctx.value;
    if ((method === 'declined' || method === 'not-possible') && !reason?.trim()) addIssue(ctx, 'reason_required', ['reason'], { method });
  });
export type ChildPerspective = z.infer<typeof ChildPerspective>;

/** True when the perspective holds the child's view, or the recorded reason it is missing. */
export function hasChildPerspective(input: ChildPerspective | undefined): boolean {
  const perspective = plainObject(input) as Partial<ChildPerspective> | undefined;
  if (!perspective) return false;
  // Guarded reads: a perspective from an old or hostile record may hold anything.
  const said = (value: unknown) => typeof value === 'string' && value.trim() !== '';
  switch (perspective.method) {
    case 'declined':
    case 'not-possible':
      return said(perspective.reason);
    case 'own-rating':
      return (Array.isArray(perspective.ratings) && perspective.ratings.length > 0) || said(perspective.ownWords);
    case 'observation':
      return said(perspective.observation) || said(perspective.ownWords);
    case 'three-houses': {
      const houses: Partial<Record<'worries' | 'goodThings' | 'dreams', unknown>> =
        typeof perspective.threeHouses === 'object' && perspective.threeHouses !== null ? perspective.threeHouses : {};
      return said(houses.worries) || said(houses.goodThings) || said(houses.dreams) || said(perspective.ownWords);
    }
    default:
      return said(perspective.ownWords);
  }
}

/**
 * Why the parents are not informed when it is not a free-text reason: abuse by a parent is suspected, so
 * the municipality's beredskab is followed and the parents are not contacted first.
 */
export const PARENTS_NOT_INFORMED_BECAUSE = ['suspected-abuse-by-parent'] as const;

/** The parents' view. Parents are informed (GDPR art. 13/14); when not, the reason is recorded. */
export const ParentPerspective = z.object({
  informedOn: z.optional(IsoDate),
  notInformedBecause: z.optional(z.enum(PARENTS_NOT_INFORMED_BECAUSE)),
  view: optionalText(TEXT_LIMITS.longText),
  ideas: optionalText(TEXT_LIMITS.longText),
  notInformedReason: optionalText(TEXT_LIMITS.note),
});
export type ParentPerspective = z.infer<typeof ParentPerspective>;

/** A focus point with an owner and a follow-up date, so an assessment leads somewhere. */
export const Agreement = z.object({
  id: Id,
  goal: text(TEXT_LIMITS.note),
  action: text(TEXT_LIMITS.text),
  responsible: text(TEXT_LIMITS.name),
  followUpOn: IsoDate,
  done: z.optional(z.boolean()),
});
export type Agreement = z.infer<typeof Agreement>;

/** What became of an agreement from the last round: done, not done, or continued into this round. */
export const FOLLOW_UP_OUTCOMES = ['done', 'not-done', 'continued'] as const;

/**
 * The follow-up of one agreement from an earlier record, kept in the record that follows it up. The goal
 * is copied, so the follow-up reads on its own when the earlier record is not at hand.
 */
export const FollowUp = z.object({
  recordId: Id,
  agreementId: Id,
  goal: text(TEXT_LIMITS.note),
  outcome: z.enum(FOLLOW_UP_OUTCOMES),
  note: optionalText(TEXT_LIMITS.note),
});
export type FollowUp = z.infer<typeof FollowUp>;

/**
 * True when parents are informed, or a reason they are not is recorded: the choice (suspected abuse by a
 * parent) or a written reason.
 */
export function parentsInformedOrReason(input: ParentPerspective | undefined): boolean {
  const parents = plainObject(input) as Partial<ParentPerspective> | undefined;
  if (!parents) return false;
  const said = (value: unknown) => typeof value === 'string' && value.trim() !== '';
  return said(parents.informedOn) || parents.notInformedBecause !== undefined || said(parents.notInformedReason);
}
