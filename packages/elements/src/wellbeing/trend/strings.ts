// The trend's strings (`wellbeing.trend.…`): registered by the modules that use them, so a page
// carries them only with this part. English loads with the language.
import { registerStrings } from '../../shared/i18n/i18n.js';
import { wellbeingTrend } from '../../locales/da/wellbeing-trend.js';

registerStrings('wellbeing.trend', wellbeingTrend, { en: () => import('../../locales/en/wellbeing-trend.js').then((module) => module.wellbeingTrend) });
