// The concern note's strings: registered by the modules that use them, so a page without a concern note
// carries none of this text. English loads with the language.
import { registerStrings } from '../shared/i18n/i18n.js';
import { concernNote } from '../locales/da/concern-note.js';

registerStrings('concernNote', concernNote, { en: () => import('../locales/en/concern-note.js').then((module) => module.concernNote) });
