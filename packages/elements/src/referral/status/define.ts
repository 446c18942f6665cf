// The referral's status (where a sent indstilling or underretning stands, and its deadlines): a define
// module of its own, so a page that only follows referrals, or only writes them, loads one of the two.
// `@spire/elements/referral-status/define.js`.
import { defineElement } from '../../shared/define-element.js';
import { SpireReferralStatus } from './referral-status.js';

defineElement('spire-referral-status', SpireReferralStatus);

declare global {
  interface HTMLElementTagNameMap {
    'spire-referral-status': SpireReferralStatus;
  }
}
