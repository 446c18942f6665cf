import type { Messages } from '../types.js';
import type { issues as da } from '../da/issues.js';

export const issues: Messages<typeof da> = {};
