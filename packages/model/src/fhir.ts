import { type RecordKind, parseWith } from './common.js';
import { CONCERN_DECISIONS, CONCERN_LEVELS, type ConcernNote } from './concern-note.js';
import { type Instrument, Instrument as InstrumentSchema, POSITIONS, defaultInstrument } from './instrument.js';
import { NOTIFICATION_GROUNDS, REFERRAL_TYPES, type Referral, URGENCIES } from './referral.js';
import { NEXT_STEPS, type WellbeingCheck } from './wellbeing-check.js';
import { readRecordData } from './records.js';

/**
 * HL7 FHIR R4 Questionnaire / QuestionnaireResponse for systems that are not ours. Codes are Spire's
 * own (system `CODE_SYSTEM`), with ordinal values where an order means something (positions, concern
 * levels, smiley ratings). The network map has no questionnaire form: it is exported as JSON.
 */
export const CODE_SYSTEM = 'https://spire.dk/fhir/CodeSystem';
const ORDINAL_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const QUESTIONNAIRE_BASE = 'https://spire.dk/fhir/Questionnaire/';

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
export interface FhirAnswer {
  valueString?: string;
  valueDate?: string;
  valueBoolean?: boolean;
  valueCoding?: FhirCoding;
}
export interface FhirResponseItem {
  linkId: string;
  text?: string;
  answer?: FhirAnswer[];
  item?: FhirResponseItem[];
}
export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  questionnaire: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  authored: string;
  author: { display: string };
  subject: { identifier: { value: string }; display: string };
  item: FhirResponseItem[];
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

// The answers are read from plain, migrated data with guards, so an older schema version, a draft with
// problems or hostile input gives a response with what can be read, never a TypeError.
type Data = Record<string, unknown>;
const obj = (value: unknown): Data => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Data) : {});
const list = (value: unknown): Data[] => (Array.isArray(value) ? value.map(obj) : []);
const txt = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

const str = (linkId: string, value: unknown): FhirResponseItem[] => (typeof value === 'string' && value.trim() ? [{ linkId, answer: [{ valueString: value }] }] : []);
const code = (linkId: string, system: string, value: unknown): FhirResponseItem[] =>
  typeof value === 'string' && value ? [{ linkId, answer: [{ valueCoding: { system: `${CODE_SYSTEM}/${system}`, code: value } }] }] : [];

function wellbeingAnswers(check: Data): FhirResponseItem[] {
  const cp = check.childPerspective === undefined ? undefined : obj(check.childPerspective);
  return [
    {
      linkId: 'dimensions',
      item: list(check.dimensions)
        .filter((d) => typeof d.dimensionId === 'string')
        .map((d) => ({
          linkId: `dimension.${d.dimensionId as string}`,
          item: [...code(`dimension.${d.dimensionId as string}.position`, 'position', d.position), ...str(`dimension.${d.dimensionId as string}.justification`, d.justification)],
        })),
    },
    ...code('overall', 'position', obj(check.overall).position),
    ...str('strengths', check.strengths),
    ...str('wonderings', check.wonderings),
    ...str('possibleBackground', check.possibleBackground),
    ...(cp
      ? [
          {
            linkId: 'child',
            item: [
              ...str('child.ownWords', cp.ownWords),
              ...str('child.observation', cp.observation),
              ...list(cp.ratings)
                .filter((r) => typeof r.itemId === 'string' && (typeof r.value === 'number' || r.value === 'dont-know'))
                .flatMap((r) => code(`child.rating.${r.itemId as string}`, 'smiley', String(r.value))),
              ...str('child.reason', cp.reason),
            ],
          },
        ]
      : []),
    ...str('parents.view', obj(check.parentPerspective).view),
    ...code('nextStep', 'next-step', check.nextStep),
  ];
}

function concernAnswers(note: Data): FhirResponseItem[] {
  return [
    ...(typeof note.observedAt === 'string' ? [{ linkId: 'observedAt', answer: [{ valueDate: note.observedAt }] }] : []),
    ...str('observations', note.observations),
    ...str('childWords', note.childWords),
    ...str('worksWell', note.worksWell),
    ...str('worries', note.worries),
    ...str('whatNeedsToHappen', note.whatNeedsToHappen),
    ...code('level', 'concern-level', note.level),
    ...code('decision', 'concern-decision', note.decision),
  ];
}

function referralAnswers(referral: Data): FhirResponseItem[] {
  const cp = obj(referral.childPerspective);
  const perspective = [cp.statement, cp.involvement, cp.notInvolvedReason].filter((s): s is string => typeof s === 'string' && s.trim() !== '').join('\n\n');
  return [
    ...code('referralType', 'referral-type', referral.referralType),
    ...code('ground', 'notification-ground', referral.ground),
    ...str('description', referral.description),
    ...str('triedAndEffect', referral.triedAndEffect),
    ...str('childPerspective', perspective),
    ...str('resources', referral.resources),
    ...code('urgency', 'urgency', referral.urgency),
  ];
}

const RESPONSE_STATUSES: Record<string, FhirQuestionnaireResponse['status']> = {
  draft: 'in-progress',
  completed: 'completed',
  amended: 'amended',
  'entered-in-error': 'entered-in-error',
};

function responseStatus(kind: unknown, status: unknown): FhirQuestionnaireResponse['status'] {
  const known = typeof status === 'string' && Object.hasOwn(RESPONSE_STATUSES, status) ? RESPONSE_STATUSES[status]! : undefined;
  if (kind === 'referral') return status === 'draft' || typeof status !== 'string' ? 'in-progress' : 'completed';
  return known ?? 'in-progress';
}

/**
 * A QuestionnaireResponse for a wellbeing check, concern note or referral (answers only where given).
 * The record is read as `parseRecord` reads it — an older schema version is migrated first — but not
 * required to be valid: a draft with problems exports what it holds. Input that is not such a record
 * (hostile, unreadable, another kind) gives a response without answers, status `entered-in-error`;
 * it never throws.
 */
export function toFhirQuestionnaireResponse(record: WellbeingCheck | ConcernNote | Referral): FhirQuestionnaireResponse {
  const read = readRecordData(record);
  const data: Data = read.ok && read.kind !== 'network-map' ? read.value : {};
  const kind = read.ok && read.kind !== 'network-map' ? read.kind : undefined;
  const item = kind === 'wellbeing-check' ? wellbeingAnswers(data) : kind === 'concern-note' ? concernAnswers(data) : kind === 'referral' ? referralAnswers(data) : [];
  const author = obj(data.author);
  const child = obj(data.child);
  return {
    resourceType: 'QuestionnaireResponse',
    id: txt(data.id) ?? '',
    questionnaire: `${QUESTIONNAIRE_BASE}${kind ?? 'unknown'}`,
    status: kind ? responseStatus(kind, data.status) : 'entered-in-error',
    authored: txt(data.updatedAt) ?? '',
    author: { display: `${txt(author.name) ?? ''} (${txt(author.role) ?? ''})` },
    subject: { identifier: { value: txt(child.id) ?? '' }, display: txt(child.displayName) ?? '' },
    item,
  };
}
