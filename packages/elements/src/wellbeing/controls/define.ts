// The wellbeing check's own controls: the grøn/gul/rød position picker and the child's smiley scale.
import { defineElement } from '../../shared/define-element.js';
import { SpirePositionPicker } from './position-picker.js';
import { SpireSmileyScale } from './smiley-scale.js';

defineElement('spire-position-picker', SpirePositionPicker);
defineElement('spire-smiley-scale', SpireSmileyScale);

declare global {
  interface HTMLElementTagNameMap {
    'spire-position-picker': SpirePositionPicker;
    'spire-smiley-scale': SpireSmileyScale;
  }
}
