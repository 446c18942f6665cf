// The public elements and where each is loaded from: the one table the generated integrations
// (integrations.mjs), the CDN build (cdn.mjs), @spire/react's generator and the demo's CDN route read.
// `define`: the package's define entry (`@spire/elements/<define>`); `source`: its module in src/;
// `cdn`: the CDN file's name (`cdn/<cdn>.js`); `react`: @spire/react's module for it.
export const widgets = [
  { tag: 'spire-provider', define: 'provider/define.js', source: 'src/shared/provider/define.ts', cdn: 'provider', react: 'provider' },
  { tag: 'spire-wellbeing-check', define: 'wellbeing/define.js', source: 'src/wellbeing/define.ts', cdn: 'wellbeing-check', react: 'wellbeing-check' },
  { tag: 'spire-wellbeing-overview', define: 'wellbeing-overview/define.js', source: 'src/wellbeing/overview/define.ts', cdn: 'wellbeing-overview', react: 'wellbeing-overview' },
  { tag: 'spire-concern-note', define: 'concern-note/define.js', source: 'src/concern-note/define.ts', cdn: 'concern-note', react: 'concern-note' },
  { tag: 'spire-network-map', define: 'network-map/define.js', source: 'src/network-map/define.ts', cdn: 'network-map', react: 'network-map' },
  { tag: 'spire-referral-form', define: 'referral/define.js', source: 'src/referral/define.ts', cdn: 'referral-form', react: 'referral-form' },
  { tag: 'spire-referral-status', define: 'referral-status/define.js', source: 'src/referral/status/define.ts', cdn: 'referral-status', react: 'referral-status' },
];

/** Every element at once: `@spire/elements/define.js`, `cdn/all.js`. */
export const everyElement = { define: 'define.js', source: 'src/define.ts', cdn: 'all' };
