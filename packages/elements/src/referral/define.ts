// The referral form. Idempotent: a second copy on the page warns. The status has its own define module
// (`referral/status/define.ts`, `@spire/elements/referral-status/define.js`).
import { defineElement } from '../shared/define-element.js';
import { SpireReferralForm } from './referral-form.js';

defineElement('spire-referral-form', SpireReferralForm);

declare global {
  interface HTMLElementTagNameMap {
    'spire-referral-form': SpireReferralForm;
  }
}
