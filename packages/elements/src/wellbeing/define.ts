import { defineElement } from '../shared/define-element.js';
import { SpireWellbeingOverview } from './overview.js';
import { SpireWellbeingTrend } from './trend.js';

defineElement('spire-wellbeing-overview', SpireWellbeingOverview);
defineElement('spire-wellbeing-trend', SpireWellbeingTrend);

declare global {
  interface HTMLElementTagNameMap {
    'spire-wellbeing-overview': SpireWellbeingOverview;
    'spire-wellbeing-trend': SpireWellbeingTrend;
  }
}
