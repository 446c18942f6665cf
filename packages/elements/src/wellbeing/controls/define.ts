// The wellbeing check's own control: the grøn/gul/rød position picker (the smiley scale is in child-mode/).
import { defineElement } from '../../shared/define-element.js';
import { SpirePositionPicker } from './position-picker.js';

defineElement('spire-position-picker', SpirePositionPicker);

declare global {
  interface HTMLElementTagNameMap {
    'spire-position-picker': SpirePositionPicker;
  }
}
