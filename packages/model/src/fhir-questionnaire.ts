import { type RecordKind, parseWith } from './common.js';
import { CONCERN_DECISIONS, CONCERN_LEVELS } from './concern-note.js';
import { type Instrument, Instrument as InstrumentSchema, POSITIONS, defaultInstrument } from './instrument.js';
import { NOTIFICATION_GROUNDS, REFERRAL_TYPES, URGENCIES } from './referral.js';
import { NEXT_STEPS } from './wellbeing-check.js';

/**
 * HL7 FHIR R4 Questionnaires for systems that are not ours: what a wellbeing check (with its instrument),
 * a concern note and a referral hold, like the JSON Schemas. Codes are Spire's own (system
 * `CODE_SYSTEM`), with ordinal values where an order means something (positions, concern levels, smiley
 * ratings). The network map has no questionnaire form: it is exported as JSON. A record's answers, the
 * QuestionnaireResponse, are at their own entry point, `@spire/model/fhir` (a widget loads it when a
 * record is first downloaded as FHIR).
 */
export const CODE_SYSTEM = 'https://spire.dk/fhir/CodeSystem';
const ORDINAL_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
/** Internal (not in the package index): where each kind's Questionnaire is, by its kind. */
export const QUESTIONNAIRE_BASE = 'https://spire.dk/fhir/Questionnaire/';

export type FhirQuestionnaireKind = Exclude<RecordKind, 'network-map'>;

export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}
export interface FhirAnswerOption {
  valueCoding: FhirCoding;
  extension?: { url: string; valueDecimal: number }[];
}
export interface FhirQuestionnaireItem {
  linkId: string;
  text: string;
  type: 'group' | 'string' | 'text' | 'date' | 'choice' | 'boolean';
  required?: boolean;
  repeats?: boolean;
  answerOption?: FhirAnswerOption[];
  item?: FhirQuestionnaireItem[];
}
export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  language: 'da';
  item: FhirQuestionnaireItem[];
}

type Codes = readonly string[];
const options = (system: string, codes: Codes, ordinal = false): FhirAnswerOption[] =>
  codes.map((code, index) => ({
    valueCoding: { system: `${CODE_SYSTEM}/${system}`, code },
    ...(ordinal ? { extension: [{ url: ORDINAL_URL, valueDecimal: index + 1 }] } : {}),
  }));
const positionOptions = (): FhirAnswerOption[] =>
  POSITIONS.map((code) => ({
    valueCoding: { system: `${CODE_SYSTEM}/position`, code },
    ...(code === 'not-assessed' ? {} : { extension: [{ url: ORDINAL_URL, valueDecimal: POSITIONS.indexOf(code) + 1 }] }),
  }));
const smileyOptions = (): FhirAnswerOption[] => [
  ...[1, 2, 3, 4, 5].map((n) => ({ valueCoding: { system: `${CODE_SYSTEM}/smiley`, code: String(n) }, extension: [{ url: ORDINAL_URL, valueDecimal: n }] })),
  // "Ved ikke / vil ikke svare": an answer without a place on the scale.
  { valueCoding: { system: `${CODE_SYSTEM}/smiley`, code: 'dont-know' } },
];

function wellbeingItems(instrument: Instrument): FhirQuestionnaireItem[] {
  return [
    {
      linkId: 'dimensions',
      text: 'Vurdering pr. område',
      type: 'group',
      item: instrument.dimensions.map((d) => ({
        linkId: `dimension.${d.id}`,
        text: d.label.da,
        type: 'group',
        item: [
          { linkId: `dimension.${d.id}.position`, text: 'Position', type: 'choice', required: true, answerOption: positionOptions() },
          { linkId: `dimension.${d.id}.justification`, text: 'Begrundelse', type: 'text' },
        ],
      })),
    },
    { linkId: 'overall', text: 'Samlet position', type: 'choice', required: true, answerOption: positionOptions() },
    { linkId: 'strengths', text: 'Hvad går godt', type: 'text' },
    { linkId: 'wonderings', text: 'Hvad undrer vi os over', type: 'text' },
    { linkId: 'possibleBackground', text: 'Hvad kan ligge bag', type: 'text' },
    {
      linkId: 'child',
      text: 'Barnets perspektiv',
      type: 'group',
      item: [
        { linkId: 'child.ownWords', text: 'Barnets egne ord', type: 'text' },
        { linkId: 'child.observation', text: 'Hvad de voksne har iagttaget', type: 'text' },
        ...instrument.childItems.map((i): FhirQuestionnaireItem => ({ linkId: `child.rating.${i.id}`, text: i.text.da, type: 'choice', answerOption: smileyOptions() })),
        { linkId: 'child.reason', text: 'Hvorfor barnets perspektiv mangler', type: 'text' },
      ],
    },
    { linkId: 'parents.view', text: 'Forældrenes perspektiv', type: 'text' },
    { linkId: 'nextStep', text: 'Næste skridt', type: 'choice', answerOption: options('next-step', NEXT_STEPS) },
  ];
}

function concernItems(): FhirQuestionnaireItem[] {
  return [
    { linkId: 'observedAt', text: 'Dato for iagttagelsen', type: 'date', required: true },
    { linkId: 'observations', text: 'Konkrete iagttagelser', type: 'text', required: true },
    { linkId: 'childWords', text: 'Barnets egne ord', type: 'text' },
    { linkId: 'worksWell', text: 'Hvad virker godt', type: 'text' },
    { linkId: 'worries', text: 'Hvad er vi bekymrede for', type: 'text' },
    { linkId: 'whatNeedsToHappen', text: 'Hvad skal der ske', type: 'text' },
    { linkId: 'level', text: 'Grad af bekymring', type: 'choice', required: true, answerOption: options('concern-level', CONCERN_LEVELS, true) },
    { linkId: 'decision', text: 'Beslutning', type: 'choice', required: true, answerOption: options('concern-decision', CONCERN_DECISIONS) },
  ];
}

function referralItems(): FhirQuestionnaireItem[] {
  return [
    { linkId: 'referralType', text: 'Indstilling eller underretning', type: 'choice', required: true, answerOption: options('referral-type', REFERRAL_TYPES) },
    { linkId: 'ground', text: 'Grundlag (§ 133)', type: 'choice', answerOption: options('notification-ground', NOTIFICATION_GROUNDS) },
    { linkId: 'description', text: 'Beskrivelse', type: 'text', required: true },
    { linkId: 'triedAndEffect', text: 'Hvad er afprøvet, og hvad var effekten', type: 'text' },
    { linkId: 'childPerspective', text: 'Barnets perspektiv', type: 'text', required: true },
    { linkId: 'resources', text: 'Barnets ressourcer, udviklingsmuligheder og potentialer', type: 'text', required: true },
    { linkId: 'urgency', text: 'Hastegrad', type: 'choice', required: true, answerOption: options('urgency', URGENCIES) },
  ];
}

export function toFhirQuestionnaire(kind: FhirQuestionnaireKind, instrument: Instrument = defaultInstrument): FhirQuestionnaire {
  // A host's instrument is configuration: one that does not validate falls back to the default.
  if (instrument !== defaultInstrument) {
    const parsed = parseWith(InstrumentSchema, instrument);
    instrument = parsed.ok ? parsed.value : defaultInstrument;
  }
  const titles: Record<FhirQuestionnaireKind, string> = {
    'wellbeing-check': 'Trivselsvurdering',
    'concern-note': 'Bekymrings- og undringsnotat',
    referral: 'Indstilling / underretning',
  };
  const item = kind === 'wellbeing-check' ? wellbeingItems(instrument) : kind === 'concern-note' ? concernItems() : referralItems();
  return {
    resourceType: 'Questionnaire',
    url: `${QUESTIONNAIRE_BASE}${kind}`,
    version: kind === 'wellbeing-check' ? `${instrument.id}-${instrument.version}` : '1',
    name: String(typeof kind === 'string' ? kind : '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
    title: titles[kind],
    status: 'active',
    language: 'da',
    item,
  };
}
