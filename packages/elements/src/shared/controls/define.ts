import { defineElement } from '../define-element.js';
import { SpireDateField } from './date-field.js';
import { SpirePositionPicker } from './position-picker.js';
import { SpireSmileyScale } from './smiley-scale.js';
import { SpireTextArea } from './text-area.js';

defineElement('spire-position-picker', SpirePositionPicker);
defineElement('spire-smiley-scale', SpireSmileyScale);
defineElement('spire-text-area', SpireTextArea);
defineElement('spire-date-field', SpireDateField);

declare global {
  interface HTMLElementTagNameMap {
    'spire-position-picker': SpirePositionPicker;
    'spire-smiley-scale': SpireSmileyScale;
    'spire-text-area': SpireTextArea;
    'spire-date-field': SpireDateField;
  }
}
