// Each area of the library keeps its strings in a file of its own; this file only gathers them.
import { shared } from './shared.js';

export const da = { shared };
