// Whether the wellbeing check offers the parents' version, and the name it prints it under: what the check
// needs on its first render. The letter itself (`parents-version.ts`) loads when it is first printed.
import type { WellbeingCheck } from '@spire/model';

/** The version name the wellbeing check prints the letter under: `this.print.print(PARENTS_VERSION)`. */
export const PARENTS_VERSION = 'parents';

/**
 * Whether a parents' version may be made: not when abuse by a parent is suspected, for then the parents
 * are not contacted first. A widget offers the "print for the parents" button only when this is true.
 */
export function parentsVersionAvailable(check: Pick<WellbeingCheck, 'parentPerspective'>): boolean {
  return check.parentPerspective?.notInformedBecause !== 'suspected-abuse-by-parent';
}
