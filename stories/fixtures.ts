// Story data: the model's fictional examples, and a memory store per story so stories never share drafts.
import { MemoryDraftStore } from '@spire/elements';
import { type Position, type WellbeingCheck, createWellbeingCheck } from '@spire/model';
import { exampleAuthor, exampleChild, exampleWellbeingCheck, exampleWellbeingCheckEarlier } from '@spire/model/examples';

export { exampleAuthor, exampleChild, exampleWellbeingCheck, exampleWellbeingCheckEarlier };

export const store = () => new MemoryDraftStore();

export const emptyCheck = (): WellbeingCheck =>
  createWellbeingCheck({ id: 'story-empty', author: exampleAuthor, child: exampleChild, roundLabel: 'Efterår 2026', now: new Date('2026-10-01T08:00:00Z') });

export function partlyFilled(): WellbeingCheck {
  const check = emptyCheck();
  check.id = 'story-partly';
  check.strengths = 'Ida er nysgerrig og hjælper gerne de mindste i SFO’en.';
  check.dimensions[0] = { dimensionId: 'relations', position: 'yellow' };
  check.dimensions[1] = { dimensionId: 'feelings', position: 'green' };
  check.overall = { position: 'not-assessed', suggested: 'yellow' };
  return check;
}

/** Three rounds for the trend: autumn 2025, spring 2026 and this one. */
export const earlierRounds = (): WellbeingCheck[] => [
  { ...structuredClone(exampleWellbeingCheckEarlier), id: 'story-2025-2', round: { label: 'Efterår 2025', dueOn: '2025-10-15' } },
  exampleWellbeingCheckEarlier,
];

/** A class of 22 with 20 checks, generated from the example (counts only reach the overview). */
export function classChecks(size = 20): WellbeingCheck[] {
  const pattern: Position[] = ['green', 'green', 'yellow', 'green', 'green', 'green', 'red', 'green', 'yellow', 'green'];
  return Array.from({ length: size }, (_, i) => {
    const c = structuredClone(exampleWellbeingCheck);
    c.id = `story-class-${i}`;
    c.child = { ...c.child, id: `story-child-${i}` };
    c.dimensions = c.dimensions.map((d, j) => {
      const position = pattern[(i + j * 3) % pattern.length]!;
      return { dimensionId: d.dimensionId, position, ...(position === 'green' ? {} : { justification: '…' }) };
    });
    c.overall = { position: pattern[(i * 7) % pattern.length]! };
    return c;
  });
}

/** Two colleagues' own (individual) assessments of Ida in this round: what the joint assessment is written from. */
export function colleaguesOwn(): WellbeingCheck[] {
  const own = (id: string, name: string, role: string, relations: Position, justification?: string): WellbeingCheck => ({
    ...structuredClone(exampleWellbeingCheck),
    id,
    author: { name, role },
    status: 'completed',
    assessment: { type: 'individual', participants: [] },
    dimensions: exampleWellbeingCheck.dimensions.map((d) => (d.dimensionId === 'relations' ? { dimensionId: 'relations', position: relations, ...(justification ? { justification } : {}) } : { ...d })),
  });
  return [
    own('story-own-jonas', 'Jonas Berg', 'lærer', 'yellow', 'Går ofte alene i frikvartererne; i timerne arbejder hun godt sammen med Sara.'),
    own('story-own-aisha', 'Aisha Khan', 'SFO-pædagog', 'green'),
  ];
}

/** The joint assessment being written: the author is a participant; nothing is assessed yet. */
export function jointDraft(): WellbeingCheck {
  const check = emptyCheck();
  check.id = 'story-joint';
  check.assessment = { type: 'joint', participants: [{ name: exampleAuthor.name, role: exampleAuthor.role }] };
  return check;
}

/** Last round, with two agreements to follow up this round. */
export function lastRoundWithAgreements(): WellbeingCheck[] {
  return [
    {
      ...structuredClone(exampleWellbeingCheckEarlier),
      id: 'story-spring',
      agreements: [
        { id: 'story-a-play', goal: 'Ida har nogen at lege med i frikvartererne', action: 'En voksen sætter en fast leg i gang to gange om ugen.', responsible: 'Mette Holm', followUpOn: '2026-05-01' },
        { id: 'story-a-home', goal: 'Forældre og skole ser det samme billede', action: 'Kort opringning til forældrene hver anden uge.', responsible: 'Jonas Berg', followUpOn: '2026-05-15' },
      ],
    },
  ];
}
