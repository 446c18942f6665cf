// The referral's elements. Idempotent: a second copy on the page warns.
import { defineElement } from '../shared/define-element.js';
import { SpireReferralStatus } from './referral-status.js';

defineElement('spire-referral-status', SpireReferralStatus);

declare global {
  interface HTMLElementTagNameMap {
    'spire-referral-status': SpireReferralStatus;
  }
}
