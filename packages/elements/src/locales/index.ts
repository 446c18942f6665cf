// Every string Spire shows, in both languages, in the shape `<spire-provider>.strings` overrides take:
// `@spire/elements/locales`. For a host that reviews the wording, translates it for its own staff or
// overrides a term (e.g. its own name for a team). The widgets never import this module: each loads only
// its own areas, and English only when it is used.
import type { Messages } from './types.js';
import { da as daBase } from './da/index.js';
import { en as enBase } from './en/index.js';
import { concernNote as daConcernNote } from './da/concern-note.js';
import { concernNote as enConcernNote } from './en/concern-note.js';
import { networkMap as daNetworkMap } from './da/network-map.js';
import { networkMap as enNetworkMap } from './en/network-map.js';
import { outbox as daOutbox } from './da/outbox.js';
import { outbox as enOutbox } from './en/outbox.js';
import { referral as daReferral } from './da/referral.js';
import { referral as enReferral } from './en/referral.js';
import { wellbeing as daWellbeing } from './da/wellbeing.js';
import { wellbeing as enWellbeing } from './en/wellbeing.js';
import { wellbeingChildMode as daWellbeingChildMode } from './da/wellbeing-child-mode.js';
import { wellbeingChildMode as enWellbeingChildMode } from './en/wellbeing-child-mode.js';
import { wellbeingOverview as daWellbeingOverview } from './da/wellbeing-overview.js';
import { wellbeingOverview as enWellbeingOverview } from './en/wellbeing-overview.js';
import { wellbeingTrend as daWellbeingTrend } from './da/wellbeing-trend.js';
import { wellbeingTrend as enWellbeingTrend } from './en/wellbeing-trend.js';
import { wellbeingParents as daWellbeingParents } from './da/wellbeing-parents.js';
import { wellbeingParents as enWellbeingParents } from './en/wellbeing-parents.js';

export const da = {
  ...daBase,
  // Child mode, the trend and the overview are areas of their own (a page loads each with its part),
  // under the same `wellbeing.…` keys.
  wellbeing: { ...daWellbeing, childMode: daWellbeingChildMode, trend: daWellbeingTrend, overview: daWellbeingOverview },
  wellbeingParents: daWellbeingParents,
  concernNote: daConcernNote,
  networkMap: daNetworkMap,
  referral: daReferral,
  outbox: daOutbox,
};
export const en: Messages<typeof da> = {
  ...enBase,
  wellbeing: { ...enWellbeing, childMode: enWellbeingChildMode, trend: enWellbeingTrend, overview: enWellbeingOverview },
  wellbeingParents: enWellbeingParents,
  concernNote: enConcernNote,
  networkMap: enNetworkMap,
  referral: enReferral,
  outbox: enOutbox,
};
/** The locales Spire speaks, by `<spire-provider locale>`. */
export const locales = { da, en } as const;
