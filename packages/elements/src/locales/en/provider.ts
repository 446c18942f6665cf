import type { Messages } from '../types.js';
import type { provider as da } from '../da/provider.js';

export const provider: Messages<typeof da> = {
  trustedTypes: "Spire needs the Trusted Types policy name lit-html allowed, with 'allow-duplicates' if the page has its own Lit: add `trusted-types lit-html 'allow-duplicates'` to your CSP.",
};
