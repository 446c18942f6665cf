import type { Messages } from '../types.js';
import type { controls as da } from '../da/controls.js';

export const controls: Messages<typeof da> = {};
