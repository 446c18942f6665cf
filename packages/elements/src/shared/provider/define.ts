import { defineElement } from '../define-element.js';
import { SpireProvider } from './provider.js';

defineElement('spire-provider', SpireProvider);

declare global {
  interface HTMLElementTagNameMap {
    'spire-provider': SpireProvider;
  }
}
