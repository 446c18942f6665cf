// Danish strings for the group overview, an area of its own (keys `wellbeing.overview.…`): a page with
// the overview carries none of the wellbeing check's text.
export const wellbeingOverview = {
  title: 'Trivselsoverblik',
  titleFor: 'Trivselsoverblik for {{group}}',
  n: '{{count}} barn',
  n_one: '{{count}} barn',
  n_other: '{{count}} børn',
  assessed: 'Vurderet: {{assessed}} af {{count}} børn',
  assessed_one: 'Vurderet: {{assessed}} af {{count}} barn',
  assessed_other: 'Vurderet: {{assessed}} af {{count}} børn',
  fewerThan: 'færre end {{count}}',
  scope: 'Kun afsluttede fælles vurderinger tæller – den nyeste for hvert barn. Sammenhæng: {{context}}.',
  area: 'Område',
  total: 'I alt',
  overall: 'Samlet position',
  hidden: 'skjult',
  hiddenLong: 'skjult, så ingen enkelte børn kan genkendes',
  rowSuppressed: 'Skjult for at beskytte børnene',
  rowSuppressedLong: 'Alle tal i rækken er skjult – fx fordi alle børn har samme position.',
  tooFew: 'Færre end {{threshold}} børn har en afsluttet fælles vurdering her. Overblikket vises ikke, så ingen enkelte børn kan genkendes.',
  thresholdClamped: 'Grænsen {{requested}} er for lav til at beskytte børnene. Overblikket bruger {{threshold}}.',
  privacyNote:
    'Kun antal for gruppen – aldrig navne eller rangering. Antal under {{threshold}}, også 0, er skjult, og så mange flere, at de skjulte tal ikke kan regnes ud. Et område, hvor alle børn har samme position, vises ikke.',
  empty: 'Der er endnu ingen afsluttede fælles vurderinger i gruppen.',
} as const;
