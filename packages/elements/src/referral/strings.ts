// The referral's strings: registered by the modules that use them, so a page without a referral carries
// none of this text. English loads with the language.
import { registerStrings } from '../shared/i18n/i18n.js';
import { referral } from '../locales/da/referral.js';

registerStrings('referral', referral, { en: () => import('../locales/en/referral.js').then((module) => module.referral) });
