import type { Messages } from '../types.js';
import type { provider as da } from '../da/provider.js';

export const provider: Messages<typeof da> = {};
