import { type FhirCoding, CODE_SYSTEM, QUESTIONNAIRE_BASE } from './fhir-questionnaire.js';
import type { ConcernNote } from './concern-note.js';
import type { Referral } from './referral.js';
import type { WellbeingCheck } from './wellbeing-check.js';
import { readRecordData } from './records.js';

/**
 * A record's answers as an HL7 FHIR R4 QuestionnaireResponse, for systems that are not ours. An entry
 * point of its own, `@spire/model/fhir` (not in the package index): a widget loads it when a record is
 * first downloaded as FHIR. The Questionnaires the answers belong to, and `CODE_SYSTEM`, are in the
 * index (`toFhirQuestionnaire`).
 */

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
