// The wellbeing check's, trend's, child mode's and overview's strings: registered by the modules that use
// them, so a page without a wellbeing widget carries none of this text. English loads with the language.
import { registerStrings } from '../shared/i18n/i18n.js';
import { wellbeing } from '../locales/da/wellbeing.js';

registerStrings('wellbeing', wellbeing, { en: () => import('../locales/en/wellbeing.js').then((module) => module.wellbeing) });
