import type { WellbeingCheck } from '../wellbeing-check.js';
import { exampleAuthor, exampleChild } from './shared.js';

const by = { name: exampleAuthor.name, role: exampleAuthor.role };

/** Autumn round: a joint assessment with one dimension gul, agreements and Ida's own words. */
export const exampleWellbeingCheck: WellbeingCheck = {
  id: 'wc-2026-2-ida',
  kind: 'wellbeing-check',
  schemaVersion: 2,
  createdAt: '2026-10-05T08:12:00Z',
  updatedAt: '2026-10-08T13:40:00Z',
  author: exampleAuthor,
  child: exampleChild,
  history: [
    { at: '2026-10-05T08:12:00Z', by, action: 'created' },
    { at: '2026-10-08T13:40:00Z', by, action: 'completed', fields: ['overall', 'agreements'] },
  ],
  status: 'completed',
  instrumentId: 'spire-default',
  instrumentVersion: 1,
  round: { label: 'Efterår 2026', dueOn: '2026-10-16' },
  assessment: {
    type: 'joint',
    participants: [
      { name: 'Mette Holm', role: 'pædagog' },
      { name: 'Jonas Berg', role: 'lærer' },
    ],
  },
  dimensions: [
    {
      dimensionId: 'relations',
      position: 'yellow',
      justification:
        'I frikvartererne går Ida ofte alene rundt ved hegnet. Når hun bliver spurgt, siger hun, at de andre leger noget, hun ikke må være med i. I klassen arbejder hun gerne sammen med Sara.',
    },
    { dimensionId: 'feelings', position: 'green' },
    { dimensionId: 'play-learning', position: 'green' },
    { dimensionId: 'body-health', position: 'green' },
    { dimensionId: 'safety-care', position: 'green' },
  ],
  overall: { position: 'yellow', suggested: 'yellow' },
  strengths:
    'Ida er nysgerrig og fortæller levende om sine tegninger. Hun hjælper gerne yngre børn i SFO’en og har et godt samarbejde med Sara i klassen.',
  wonderings: 'Vi undrer os over, hvorfor Ida siden sommerferien oftere er alene i frikvartererne.',
  possibleBackground: 'Der er kommet tre nye børn i klassen, og legegrupperne har ændret sig. Ida har fortalt, at hun savner sin veninde, der er flyttet.',
  childPerspective: {
    method: 'conversation',
    ownWords: 'Jeg kan godt lide at tegne med Sara. I frikvarteret er det kedeligt, for de andre leger heste, og så siger de, at der ikke er plads.',
    ratings: [
      { itemId: 'friends', value: 2 },
      { itemId: 'grown-ups', value: 4 },
      { itemId: 'home', value: 5 },
    ],
    recordedOn: '2026-10-06',
  },
  parentPerspective: {
    informedOn: '2026-10-07',
    view: 'Forældrene genkender, at Ida savner sin veninde, og at hun sjældent nævner de andre børn derhjemme.',
    ideas: 'De vil gerne invitere et par af pigerne med hjem og foreslår, at Ida kommer med til gymnastik.',
  },
  agreements: [
    {
      id: 'agr-1',
      goal: 'Ida har nogen at lege med i frikvartererne.',
      action: 'En voksen sætter en fast leg i gang i to frikvarterer om ugen, hvor Ida og to andre børn er med.',
      responsible: 'Mette Holm',
      followUpOn: '2026-11-06',
    },
    {
      id: 'agr-2',
      goal: 'Forældre og skole ser det samme billede.',
      action: 'Kort opfølgning med forældrene om, hvordan legeaftalerne går.',
      responsible: 'Jonas Berg',
      followUpOn: '2026-11-13',
    },
  ],
  nextStep: 'pedagogical-adjustment',
};

/** The spring round before: everything grøn. */
export const exampleWellbeingCheckEarlier: WellbeingCheck = {
  id: 'wc-2026-1-ida',
  kind: 'wellbeing-check',
  schemaVersion: 2,
  createdAt: '2026-03-09T09:00:00Z',
  updatedAt: '2026-03-11T10:15:00Z',
  author: exampleAuthor,
  child: exampleChild,
  history: [
    { at: '2026-03-09T09:00:00Z', by, action: 'created' },
    { at: '2026-03-11T10:15:00Z', by, action: 'completed' },
  ],
  status: 'completed',
  instrumentId: 'spire-default',
  instrumentVersion: 1,
  round: { label: 'Forår 2026', dueOn: '2026-03-20' },
  assessment: { type: 'individual', participants: [] },
  dimensions: [
    { dimensionId: 'relations', position: 'green' },
    { dimensionId: 'feelings', position: 'green' },
    { dimensionId: 'play-learning', position: 'green' },
    { dimensionId: 'body-health', position: 'green' },
    { dimensionId: 'safety-care', position: 'green' },
  ],
  overall: { position: 'green', suggested: 'green' },
  strengths: 'Ida leger meget med Alma og Sara og er glad for at komme i skole.',
  childPerspective: { method: 'own-rating', ratings: [{ itemId: 'friends', value: 5 }, { itemId: 'mood', value: 4 }], recordedOn: '2026-03-10' },
  parentPerspective: { informedOn: '2026-03-11' },
  agreements: [],
  nextStep: 'continue',
};

/**
 * A record from the first pilot (schema version 1): `overall` was a bare position and `strengths` a list.
 * `parseRecord` migrates it to the current version.
 */
export const exampleWellbeingCheckV1: Record<string, unknown> = {
  id: 'wc-2025-2-ida',
  kind: 'wellbeing-check',
  schemaVersion: 1,
  createdAt: '2025-10-02T08:00:00Z',
  updatedAt: '2025-10-02T08:30:00Z',
  author: { ...exampleAuthor, institution: 'Børnehaven Solsikken' },
  child: { ...exampleChild, context: 'dagtilbud', group: 'Spirerne' },
  history: [{ at: '2025-10-02T08:00:00Z', by, action: 'created' }],
  status: 'completed',
  instrumentId: 'spire-default',
  instrumentVersion: 1,
  round: { label: 'Efterår 2025' },
  assessment: { type: 'individual', participants: [] },
  dimensions: [
    { dimensionId: 'relations', position: 'green' },
    { dimensionId: 'feelings', position: 'green' },
    { dimensionId: 'play-learning', position: 'green' },
    { dimensionId: 'body-health', position: 'not-assessed' },
    { dimensionId: 'safety-care', position: 'green' },
  ],
  overall: 'green',
  strengths: ['Leger godt i sandkassen', 'Hjælper de mindste'],
  childPerspective: { method: 'conversation', ownWords: 'Jeg kan bedst lide at bygge huler.' },
  agreements: [],
  nextStep: 'continue',
};
