// The trend across rounds: loaded when a wellbeing check has earlier rounds to show.
import { defineElement } from '../../shared/define-element.js';
import { SpireWellbeingTrend } from './trend.js';

defineElement('spire-wellbeing-trend', SpireWellbeingTrend);

declare global {
  interface HTMLElementTagNameMap {
    'spire-wellbeing-trend': SpireWellbeingTrend;
  }
}
