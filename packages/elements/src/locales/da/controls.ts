// Danish strings for the shared controls.
export const controls = {
  optional: '(frivilligt)',
  errorPrefix: 'Fejl:',
  position: {
    green: 'Grøn',
    yellow: 'Gul',
    red: 'Rød',
    'not-assessed': 'Ikke vurderet',
    suggested: 'Forslag ud fra områderne: {{position}}',
    showGuidance: 'Vis vejledning',
    hideGuidance: 'Skjul vejledning',
    guidanceTitle: 'Vejledning til {{label}}',
  },
  smiley: {
    1: 'Meget ked af det',
    2: 'Lidt ked af det',
    3: 'Midt imellem',
    4: 'Glad',
    5: 'Meget glad',
  },
  text: {
    count: '{{n}} af {{max}} tegn',
    countNear: 'Du har {{left}} tegn tilbage.',
    countOver: 'Teksten er {{over}} tegn for lang.',
    verbatimHint: 'Skriv barnets egne ord, præcis som barnet sagde dem.',
    nudgeTitle: 'Forslag til sproget (du bestemmer selv)',
    nudge: {
      label: 'Ord der kan sætte en etiket på barnet',
      diagnosis: 'En diagnose brugt som beskrivelse',
      absolute: 'Et absolut ord',
      blame: 'Skyld lagt på barnet',
    },
  },
  date: {
    /** The visible format hint; the field writes dates in this form (day, month, year). */
    format: 'dd.mm.åååå',
    /** The same hint for screen readers, which would otherwise spell out "d d punktum m m". */
    formatSpoken: 'Dag, måned og år, fx 10.11.2026',
    invalid: 'Skriv datoen som dd.mm.åååå, fx 10.11.2026.',
    impossible: 'Den dato findes ikke. Tjek dag og måned, fx 10.11.2026.',
    beforeMin: 'Datoen skal være {{min}} eller senere.',
    afterMax: 'Datoen skal være {{max}} eller tidligere.',
  },
  list: {
    add: 'Tilføj',
    remove: 'Fjern {{item}}',
    moveUp: 'Flyt {{item}} op',
    moveDown: 'Flyt {{item}} ned',
    removed: '{{item}} er fjernet.',
    undo: 'Fortryd',
    restored: '{{item}} er sat ind igen.',
    added: '{{item}} er tilføjet.',
    moved: '{{item}} er flyttet til plads {{position}}.',
    empty: 'Ingen endnu.',
  },
} as const;
