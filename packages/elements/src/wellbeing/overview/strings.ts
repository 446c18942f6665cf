// The group overview's strings (`wellbeing.overview.…`): registered by the modules that use them, so a page
// carries them only with this part. English loads with the language.
import { registerStrings } from '../../shared/i18n/i18n.js';
import { wellbeingOverview } from '../../locales/da/wellbeing-overview.js';

registerStrings('wellbeing.overview', wellbeingOverview, { en: () => import('../../locales/en/wellbeing-overview.js').then((module) => module.wellbeingOverview) });
