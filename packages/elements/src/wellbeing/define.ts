import { defineElement } from '../shared/define-element.js';
import { SpireWellbeingCheck } from './wellbeing-check.js';
import { SpireWellbeingChildView } from './child-view.js';
import { SpireWellbeingOverview } from './overview.js';
import { SpireWellbeingTrend } from './trend.js';
import './controls/define.js';

defineElement('spire-wellbeing-check', SpireWellbeingCheck);
defineElement('spire-wellbeing-child-view', SpireWellbeingChildView);
defineElement('spire-wellbeing-overview', SpireWellbeingOverview);
defineElement('spire-wellbeing-trend', SpireWellbeingTrend);

declare global {
  interface HTMLElementTagNameMap {
    'spire-wellbeing-check': SpireWellbeingCheck;
    'spire-wellbeing-child-view': SpireWellbeingChildView;
    'spire-wellbeing-overview': SpireWellbeingOverview;
    'spire-wellbeing-trend': SpireWellbeingTrend;
  }
}
