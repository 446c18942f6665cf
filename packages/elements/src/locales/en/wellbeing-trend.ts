import type { Messages } from '../types.js';
import type { wellbeingTrend as da } from '../da/wellbeing-trend.js';

export const wellbeingTrend: Messages<typeof da> = {
  newestFirst: 'The newest round comes first.',
  title: 'Development across rounds',
  round: 'Round',
  dimension: 'Area',
  overall: 'Overall position',
  noEarlier: 'There are no earlier assessments to compare with.',
};
