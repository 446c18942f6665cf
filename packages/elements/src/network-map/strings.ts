// The network map's strings: registered by the modules that use them, so a page without a network map
// carries none of this text. English loads with the language.
import { registerStrings } from '../shared/i18n/i18n.js';
import { networkMap } from '../locales/da/network-map.js';

registerStrings('networkMap', networkMap, { en: () => import('../locales/en/network-map.js').then((module) => module.networkMap) });
