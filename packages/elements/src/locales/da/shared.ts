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
  /** Where the child is seen (a record's context). */
  context: { dagtilbud: 'dagtilbud', skole: 'skole', sfo: 'SFO', fritid: 'fritid', hjem: 'hjem' },
  status: { draft: 'Kladde', completed: 'Afsluttet', amended: 'Rettet efter afslutning', 'entered-in-error': 'Registreret ved en fejl' },
  actions: { print: 'Udskriv', saveAmendment: 'Gem rettelse' },
  submitted: 'Gemt og afsluttet.',
  draftRestored: 'Din kladde er hentet frem igen.',
  missingContext: 'Widgetten mangler gyldige oplysninger om {{what}}. Siden skal give dem via <spire-provider> eller egenskaberne author og child.',
  missing: { author: 'den fagperson, der skriver', child: 'barnet' },
  /** Only on paper: page 1 says when and by whom the record was completed; every page's margins carry the child, confidentiality and the page. */
  print: {
    completed: 'Afsluttet {{date}} af {{name}}, {{role}}.',
    amended: 'Rettet {{date}} af {{name}}, {{role}}.',
    completedUnknown: 'Afsluttet. Hvornår og af hvem er ikke registreret.',
    draft: 'Kladde – ikke afsluttet.',
    unsaved: 'Udskriften indeholder rettelser, der endnu ikke er gemt.',
    confidential: 'Fortroligt: indeholder oplysninger om et barn. Opbevares og deles efter kommunens regler.',
    pageOf: 'Side {{page}} af {{pages}}',
  },
} as const;
