import type { Messages } from '../types.js';
import type { da } from '../da/index.js';
import { shared } from './shared.js';

export const en: Messages<typeof da> = { shared };
