import type { IssueCode } from '@spire/model';

/** Keys beside the model's issue codes: a variant, the fallback and two templates. */
type ExtraKey = 'too_small_array' | 'too_big_array' | 'generic' | 'fieldMessage' | 'hostValue';

// Messages for the model's issue codes. Shown beside the field and in the error summary ("Fejl:").
// `satisfies` makes a code without a message (a new code in ISSUE_CODES) a compile error here, and
// English mirrors these keys through `Messages<typeof da>`.
export const issues = {
  required: 'Skal udfyldes.',
  invalid_type: 'Værdien har en forkert type.',
  too_short: 'Skriv mindst {{minimum}} tegn.',
  too_long: 'Skriv højst {{maximum}} tegn.',
  too_small: 'Skal være mindst {{minimum}}.',
  too_small_array: 'Tilføj mindst {{minimum}}.',
  too_big: 'Må højst være {{maximum}}.',
  too_big_array: 'Der må højst være {{maximum}}.',
  invalid_value: 'Vælg en af de mulige værdier.',
  invalid_format: 'Har ikke det rigtige format.',
  invalid_date: 'Skriv en gyldig dato.',
  unrecognized_keys: 'Indeholder felter, Spire ikke kender: {{keys}}.',
  unknown_kind: 'Er ikke en slags registrering, som dette felt kan vise.',
  unknown_schema_version: 'Er gemt i en version ({{version}}), som denne udgave af Spire ikke kan læse.',
  duplicate_id: 'Id’et "{{id}}" er brugt mere end én gang.',
  illegal_transition: 'Status kan ikke skifte fra "{{from}}" til "{{to}}".',
  unreadable_input: 'Data kunne ikke læses. De er måske beskadigede eller for store.',
  justification_required: 'Skriv en begrundelse, når positionen er {{position}}.',
  overall_position_required: 'Vælg en samlet position.',
  child_perspective_required: 'Beskriv barnets perspektiv – eller hvorfor det ikke har været muligt.',
  reason_required: 'Skriv en begrundelse.',
  agreement_or_next_step_required: 'Ved gul eller rød: tilføj mindst én aftale, eller vælg et andet næste skridt end „fortsæt som nu“.',
  dimension_required: 'Vurder mindst ét område, før vurderingen afsluttes.',
  parents_informed_required: 'Skriv, hvornår forældrene blev orienteret – eller hvorfor de ikke er.',
  cpr_invalid: 'Skriv et gyldigt CPR-nummer (DDMMÅÅ-XXXX).',
  ground_required: 'Vælg grundlaget for underretningen.',
  consent_required: 'En indstilling kræver samtykke: fra forældremyndighedsindehaverne, eller fra den unge selv fra 18 år.',
  consent_missing_holder: 'Der mangler samtykke fra {{name}}, som har forældremyndighed.',
  parent_contact_required: 'Svar på, om I har talt med forældrene. En indstilling kræver, at de er kontaktet – eller undtagelsen ved mistanke om overgreb fra en forælder.',
  resources_required: 'Beskriv barnets ressourcer, udviklingsmuligheder og potentialer.',
  date_order: 'Datoen må ikke ligge før {{after}}.',
  underretning_required: 'Er barnet i akut fare, eller er der mistanke om vold eller overgreb fra en forælder, skal du underrette kommunen. Vælg „Underretning til kommunen“.',
  not_family_first: 'Ved mistanke om vold eller overgreb fra en forælder er samtalen med barnet – ikke med familien. Kommunen orienterer forældrene.',
  generic: 'Feltet er ikke udfyldt rigtigt.',
  fieldMessage: '{{field}}: {{message}}',
  hostValue: 'Den registrering, siden gav widgetten, kunne ikke bruges ({{path}}): {{message}}',
} as const satisfies Record<IssueCode | ExtraKey, string>;
