// Danish strings for the wellbeing check's trend, an area of its own (keys `wellbeing.trend.…`), loaded
// with the trend.
export const wellbeingTrend = {
  newestFirst: 'Nyeste runde står først.',
  title: 'Udvikling over runder',
  round: 'Runde',
  dimension: 'Område',
  overall: 'Samlet position',
  noEarlier: 'Der er ingen tidligere vurderinger at sammenligne med.',
} as const;
