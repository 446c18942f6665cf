// Child mode: loaded when a wellbeing check switches to it, not with the check's first render.
import { defineElement } from '../../shared/define-element.js';
import { SpireWellbeingChildView } from './child-view.js';
import { SpireSmileyScale } from './smiley-scale.js';

defineElement('spire-smiley-scale', SpireSmileyScale);
defineElement('spire-wellbeing-child-view', SpireWellbeingChildView);

declare global {
  interface HTMLElementTagNameMap {
    'spire-smiley-scale': SpireSmileyScale;
    'spire-wellbeing-child-view': SpireWellbeingChildView;
  }
}
