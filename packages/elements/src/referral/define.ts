// The referral's elements: the form and its status. Idempotent: a second copy on the page warns.
import { defineElement } from '../shared/define-element.js';
import { SpireReferralForm } from './referral-form.js';
import { SpireReferralStatus } from './referral-status.js';

defineElement('spire-referral-form', SpireReferralForm);
defineElement('spire-referral-status', SpireReferralStatus);

declare global {
  interface HTMLElementTagNameMap {
    'spire-referral-form': SpireReferralForm;
    'spire-referral-status': SpireReferralStatus;
  }
}
