import type { Messages } from '../types.js';
import type { wellbeing as da } from '../da/wellbeing.js';

export const wellbeing: Messages<typeof da> = {};
