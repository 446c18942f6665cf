// The network map (netværkskort). Idempotent: a second copy on the page warns.
import { defineElement } from '../shared/define-element.js';
import { SpireNetworkMap } from './network-map.js';

defineElement('spire-network-map', SpireNetworkMap);

declare global {
  interface HTMLElementTagNameMap {
    'spire-network-map': SpireNetworkMap;
  }
}
