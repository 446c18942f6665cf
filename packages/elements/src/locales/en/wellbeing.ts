import type { Messages } from '../types.js';
import type { wellbeing as da } from '../da/wellbeing.js';

export const wellbeing: Messages<typeof da> = {
  positionMeaning: {
    green: 'thriving',
    yellow: 'signs of imbalance',
    red: 'wellbeing seriously challenged',
    'not-assessed': 'not assessed',
  },
  overview: {
    title: 'Wellbeing overview',
    titleFor: 'Wellbeing overview for {{group}}',
    n: '{{count}} child',
    n_one: '{{count}} child',
    n_other: '{{count}} children',
    area: 'Area',
    total: 'Total',
    overall: 'Overall position',
    hidden: 'hidden',
    hiddenLong: 'hidden (below {{threshold}})',
    tooFew: 'The group has fewer than {{threshold}} children. The overview is not shown, so no single child can be recognised.',
    privacyNote: 'Counts for the group only – never names or rankings. Counts below {{threshold}} are hidden, so no single child can be recognised.',
    empty: 'There are no assessments in the group yet.',
  },
  trend: {
    title: 'Development across rounds',
    round: 'Round',
    dimension: 'Area',
    noEarlier: 'There are no earlier assessments to compare with.',
  },
};
