import { defineElement } from '../define-element.js';
import { SpireDateField } from './date-field.js';
import { SpireTextArea } from './text-area.js';

defineElement('spire-text-area', SpireTextArea);
defineElement('spire-date-field', SpireDateField);

declare global {
  interface HTMLElementTagNameMap {
    'spire-text-area': SpireTextArea;
    'spire-date-field': SpireDateField;
  }
}
