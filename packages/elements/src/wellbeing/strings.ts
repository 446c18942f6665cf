// The wellbeing check's strings (child mode, the trend and the group overview register their own):
// registered by the modules that use them, so a page without a wellbeing widget carries none of this text.
import { registerStrings } from '../shared/i18n/i18n.js';
import { wellbeing } from '../locales/da/wellbeing.js';

registerStrings('wellbeing', wellbeing, { en: () => import('../locales/en/wellbeing.js').then((module) => module.wellbeing) });
