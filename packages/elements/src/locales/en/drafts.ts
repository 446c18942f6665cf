import type { Messages } from '../types.js';
import type { drafts as da } from '../da/drafts.js';

export const drafts: Messages<typeof da> = {};
