import './zod.js';
import * as z from 'zod/mini';
import { Id, IsoDate, addIssue, optionalText, text } from './common.js';
import { plainObject } from './plain.js';

export const CHILD_PERSPECTIVE_METHODS = ['conversation', 'three-houses', 'own-rating', 'declined', 'not-possible'] as const;

/**
 * The child's own view, gathered before decisions (Barnets lov § 5). The child's words are kept verbatim
 * and never corrected; when the child declined or could not take part, the reason is recorded instead.
 */
export const ChildPerspective = z
  .object({
    method: z.enum(CHILD_PERSPECTIVE_METHODS),
    /** What the child said, in the child's own words. */
    ownWords: optionalText(4000),
    /** The child's own ratings on the 1–5 smiley scale, one per child item of the instrument. */
    ratings: z.optional(z.array(z.object({ itemId: Id, value: z.int().check(z.gte(1), z.lte(5)) }))),
    /** De tre huse: the child's worries, good things and dreams, in the child's words. */
    threeHouses: z.optional(z.object({ worries: optionalText(2000), goodThings: optionalText(2000), dreams: optionalText(2000) })),
    /** Why the child's view is missing (declined / not possible). */
    reason: optionalText(1000),
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
    case 'three-houses': {
      const houses: Partial<Record<'worries' | 'goodThings' | 'dreams', unknown>> =
        typeof perspective.threeHouses === 'object' && perspective.threeHouses !== null ? perspective.threeHouses : {};
      return said(houses.worries) || said(houses.goodThings) || said(houses.dreams) || said(perspective.ownWords);
    }
    default:
      return said(perspective.ownWords);
  }
}

/** The parents' view. Parents are informed (GDPR art. 13/14); when not, the reason is recorded. */
/**
 * Why the parents are not informed when it is not a free-text reason: abuse by a parent is suspected, so
 * the municipality's beredskab is followed and the parents are not contacted first.
 */
export const PARENTS_NOT_INFORMED_BECAUSE = ['suspected-abuse-by-parent'] as const;

export const ParentPerspective = z.object({
  informedOn: z.optional(IsoDate),
  notInformedBecause: z.optional(z.enum(PARENTS_NOT_INFORMED_BECAUSE)),
  view: optionalText(4000),
  ideas: optionalText(4000),
  notInformedReason: optionalText(1000),
});
export type ParentPerspective = z.infer<typeof ParentPerspective>;

/** A focus point with an owner and a follow-up date, so an assessment leads somewhere. */
export const Agreement = z.object({
  id: Id,
  goal: text(1000),
  action: text(2000),
  responsible: text(200),
  followUpOn: IsoDate,
  done: z.optional(z.boolean()),
});
export type Agreement = z.infer<typeof Agreement>;
