// The base's strings (shared, issues, drafts, controls, provider). Each widget registers its own area
// (e.g. `wellbeing`) from its own modules, so a page carries only the text of the widgets it shows.
import { shared } from './shared.js';
import { issues } from './issues.js';
import { drafts } from './drafts.js';
import { controls } from './controls.js';
import { provider } from './provider.js';

export const da = { shared, issues, drafts, controls, provider };
