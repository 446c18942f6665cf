// The concern note (bekymrings- / undringsnotat). Idempotent: a second copy on the page warns.
import { defineElement } from '../shared/define-element.js';
import { SpireConcernNote } from './concern-note.js';

defineElement('spire-concern-note', SpireConcernNote);

declare global {
  interface HTMLElementTagNameMap {
    'spire-concern-note': SpireConcernNote;
  }
}
