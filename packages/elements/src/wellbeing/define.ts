// The wellbeing check and the controls it renders. Child mode and the trend are defined when first needed
// (their own define modules, loaded by the check), so the check's first render loads neither; the
// parents' letter loads when first printed. The group overview has its own define module
// (`wellbeing/overview/define.ts`, `@spire/elements/wellbeing-overview/define.js`).
import { defineElement } from '../shared/define-element.js';
import { SpireWellbeingCheck } from './wellbeing-check.js';
import './controls/define.js';

defineElement('spire-wellbeing-check', SpireWellbeingCheck);

declare global {
  interface HTMLElementTagNameMap {
    'spire-wellbeing-check': SpireWellbeingCheck;
  }
}
