// Danish strings for the wellbeing check, its trend and the group overview.
export const wellbeing = {
  positionMeaning: {
    green: 'trives',
    yellow: 'tegn på ubalance',
    red: 'trivslen er alvorligt udfordret',
    'not-assessed': 'ikke vurderet',
  },
  overview: {
    title: 'Trivselsoverblik',
    titleFor: 'Trivselsoverblik for {{group}}',
    n: '{{count}} barn',
    n_one: '{{count}} barn',
    n_other: '{{count}} børn',
    area: 'Område',
    total: 'I alt',
    overall: 'Samlet position',
    hidden: 'skjult',
    hiddenLong: 'skjult (under {{threshold}})',
    tooFew: 'Gruppen har færre end {{threshold}} børn. Overblikket vises ikke, så ingen enkelte børn kan genkendes.',
    privacyNote: 'Kun antal for gruppen – aldrig navne eller rangering. Antal under {{threshold}} er skjult, så ingen enkelte børn kan genkendes.',
    empty: 'Der er endnu ingen vurderinger i gruppen.',
  },
  trend: {
    title: 'Udvikling over runder',
    round: 'Runde',
    dimension: 'Område',
    noEarlier: 'Der er ingen tidligere vurderinger at sammenligne med.',
  },
} as const;
