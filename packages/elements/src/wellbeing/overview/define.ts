// The group overview (trivselsoverblik): a define module of its own, so a page with only the check, or only
// the overview, loads one of them. `@spire/elements/wellbeing-overview/define.js`.
import { defineElement } from '../../shared/define-element.js';
import { SpireWellbeingOverview } from './overview.js';

defineElement('spire-wellbeing-overview', SpireWellbeingOverview);

declare global {
  interface HTMLElementTagNameMap {
    'spire-wellbeing-overview': SpireWellbeingOverview;
  }
}
