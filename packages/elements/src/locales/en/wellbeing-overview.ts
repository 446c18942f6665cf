import type { Messages } from '../types.js';
import type { wellbeingOverview as da } from '../da/wellbeing-overview.js';

export const wellbeingOverview: Messages<typeof da> = {
  title: 'Wellbeing overview',
  titleFor: 'Wellbeing overview for {{group}}',
  n: '{{count}} child',
  n_one: '{{count}} child',
  n_other: '{{count}} children',
  assessed: 'Assessed: {{assessed}} of {{count}} children',
  assessed_one: 'Assessed: {{assessed}} of {{count}} child',
  assessed_other: 'Assessed: {{assessed}} of {{count}} children',
  fewerThan: 'fewer than {{count}}',
  scope: 'Only completed joint assessments count – the newest for each child. Setting: {{context}}.',
  area: 'Area',
  total: 'Total',
  overall: 'Overall position',
  hidden: 'hidden',
  hiddenLong: 'hidden, so no single child can be recognised',
  rowSuppressed: 'Hidden to protect the children',
  rowSuppressedLong: 'Every count in the row is hidden – for example because all children share one position.',
  tooFew: 'Fewer than {{threshold}} children have a completed joint assessment here. The overview is not shown, so no single child can be recognised.',
  thresholdClamped: 'The threshold {{requested}} is too low to protect the children. The overview uses {{threshold}}.',
  privacyNote:
    'Counts for the group only – never names or rankings. Counts below {{threshold}}, 0 included, are hidden, and as many more as it takes so the hidden counts cannot be worked out. An area where all children share one position is not shown.',
  empty: 'There are no completed joint assessments in the group yet.',
};
