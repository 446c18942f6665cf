// Danish strings for the shared element base. Danish is the source language; English mirrors it.
export const shared = {
  lang: { da: 'Dansk', en: 'English' },
  field: { optional: '(frivilligt)', required: '(skal udfyldes)' },
  errors: {
    summaryTitle: 'Fejl: Der er {{count}} problem, der skal rettes',
    summaryTitle_one: 'Fejl: Der er {{count}} problem, der skal rettes',
    summaryTitle_other: 'Fejl: Der er {{count}} problemer, der skal rettes',
    prefix: 'Fejl:',
  },
} as const;
