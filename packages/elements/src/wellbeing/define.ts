// The wellbeing check and the group overview. Child mode and the trend are defined when first needed
// (their own define modules, loaded by the check), so the check's first render loads neither.
import { defineElement } from '../shared/define-element.js';
import { SpireWellbeingCheck } from './wellbeing-check.js';
import { SpireWellbeingOverview } from './overview.js';
import './controls/define.js';

defineElement('spire-wellbeing-check', SpireWellbeingCheck);
defineElement('spire-wellbeing-overview', SpireWellbeingOverview);

declare global {
  interface HTMLElementTagNameMap {
    'spire-wellbeing-check': SpireWellbeingCheck;
    'spire-wellbeing-overview': SpireWellbeingOverview;
  }
}
