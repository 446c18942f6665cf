// Child mode's strings (`wellbeing.childMode.…`): registered by the modules that use them, so a page
// carries them only with this part. English loads with the language.
import { registerStrings } from '../../shared/i18n/i18n.js';
import { wellbeingChildMode } from '../../locales/da/wellbeing-child-mode.js';

registerStrings('wellbeing.childMode', wellbeingChildMode, { en: () => import('../../locales/en/wellbeing-child-mode.js').then((module) => module.wellbeingChildMode) });
