// Each area of the library keeps its strings in a file of its own; this file only gathers them.
import { shared } from './shared.js';
import { issues } from './issues.js';
import { drafts } from './drafts.js';
import { controls } from './controls.js';
import { provider } from './provider.js';
import { wellbeing } from './wellbeing.js';

export const da = { shared, issues, drafts, controls, provider, wellbeing };
