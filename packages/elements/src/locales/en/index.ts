import type { Messages } from '../types.js';
import type { da } from '../da/index.js';
import { shared } from './shared.js';
import { issues } from './issues.js';
import { drafts } from './drafts.js';
import { controls } from './controls.js';
import { provider } from './provider.js';

export const en: Messages<typeof da> = { shared, issues, drafts, controls, provider };
