export const provider = {
  trustedTypes:
    "Spire skal have Trusted Types-politikken lit-html tilladt, med 'allow-duplicates' hvis siden har sin egen Lit: tilføj `trusted-types lit-html 'allow-duplicates'` til sidens CSP.",
} as const;
