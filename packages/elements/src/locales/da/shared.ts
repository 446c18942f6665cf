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
  /** Safeguarding guidance shared by every widget that may meet a child who is not safe (guard-rails). */
  safeguarding: {
    acute: 'Er barnet i akut fare: ring til kommunen nu; uden for kontortid politiet på 114.',
    /** When the child is known to be in acute danger: the imperative alone. */
    acuteNow: 'Ring til kommunen nu; uden for kontortid politiet på 114.',
    lifeDanger: 'Er der fare for liv: ring 112.',
    duty: 'Som offentligt ansat har du skærpet underretningspligt (barnets lov § 133): har du grund til at tro, at et barn har brug for særlig støtte eller har været udsat for vold eller overgreb, skal du underrette kommunen. Du kan ikke underrette anonymt, og forældrene kan få aktindsigt i en underretning.',
    parentsFirst: 'Kontakt kun forældrene først, hvis der ikke er mistanke om vold eller overgreb fra en forælder. Er der mistanke, følger du kommunens beredskab og orienterer ikke selv forældrene.',
    /** Once abuse by a parent is suspected: said directly. */
    suspectedParents: 'Kommunen orienterer forældrene – ikke du.',
    reportToday: 'Underret kommunen i dag: ring til beredskabet; uden for kontortid politiet på 114.',
    beredskab: 'Kommunens beredskab',
    call: 'Ring {{phone}}',
    more: 'Læs kommunens beredskab',
    noBeredskab: 'Kommunens beredskab er ikke lagt ind her. Spørg din leder, og følg kommunens retningslinjer for bekymring om overgreb.',
  },
} as const;
