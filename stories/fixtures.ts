// Story data: the model's fictional examples, and a memory store per story so stories never share drafts.
import { MemoryDraftStore } from '@spire/elements';
import { type ConcernNote, type NetworkMap, type NetworkPerson, type Position, type WellbeingCheck, createConcernNote, createNetworkMap, createWellbeingCheck } from '@spire/model';
import { exampleAuthor, exampleChild, exampleConcernNote, exampleNetworkMap, exampleWellbeingCheck, exampleWellbeingCheckEarlier } from '@spire/model/examples';

export { exampleAuthor, exampleChild, exampleConcernNote, exampleWellbeingCheck, exampleWellbeingCheckEarlier };

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

// ---- Concern notes (bekymrings- / undringsnotater) ----------------------------------------------

/**
 * A new, empty draft note about Ida, written `daysAgo` days before today: the week's deadline is counted
 * against the real today, so a fixed date would slowly turn every story overdue.
 */
export const emptyNote = (id = 'story-note-empty', daysAgo = 0): ConcernNote =>
  createConcernNote({ id, author: exampleAuthor, child: exampleChild, now: new Date(Date.now() - daysAgo * 86_400_000) });

/**
 * A first draft in a hurry: labels, an absolute, blame and a diagnosis used as a description, which the
 * language nudges point out. The child's own words use such words too, and are left as said.
 */
export function draftWithNudges(): ConcernNote {
  return {
    ...emptyNote('story-note-nudges', 1),
    where: { context: 'skole', place: 'Skolegården og klassen' },
    observations:
      'Ida er altid alene i frikvarteret. I timerne er hun doven og gider ikke række hånden op. Mandag morgen var hun helt umulig ved afleveringen.',
    childWords: 'Jeg gider aldrig mere være ude. De andre siger altid, at jeg er umulig.',
    worksWell: 'Ida tegner gerne og hjælper de mindste i SFO’en.',
    worries: 'Vi tænker, at hun nok er lidt autistisk, og at det er derfor, hun ikke leger med de andre.',
  };
}

/** Marks on the child and what the child said about a parent: abuse by a parent is suspected. */
export function suspectedAbuseByParent(): ConcernNote {
  return {
    ...emptyNote('story-note-suspected', 1),
    where: { context: 'skole', place: 'Omklædningsrummet før idræt' },
    observations:
      'Tirsdag kl. 10 havde Ida et blåt mærke på højre overarm. Da jeg spurgte til det, trak hun ærmet ned og sagde, at hun var faldet. Onsdag ville hun ikke skifte til idræt.',
    childWords: 'Far bliver så vred, når jeg glemmer ting. Du må ikke sige det til ham.',
    level: 'truet',
    parents: { involved: false, notInvolvedReason: 'suspected-abuse-by-parent' },
    decision: 'notification',
  };
}

/** The first question answered yes: the child may be in acute danger now. */
export function acuteNote(): ConcernNote {
  return {
    ...emptyNote('story-note-acute', 0),
    acute: true,
    where: { context: 'sfo', place: 'SFO’en ved afhentning' },
    observations: 'Kl. 14.40 sagde Ida, at hun ikke tør gå hjem i dag. Hun holdt om sit venstre håndled, som var hævet.',
    childWords: 'Jeg tør ikke gå hjem i dag.',
  };
}

/** A note written in English (the UI language does not change what was written). */
export function englishNote(): ConcernNote {
  return {
    ...emptyNote('story-note-en', 2),
    where: { context: 'skole', place: 'The playground' },
    observations:
      'For the last three weeks Ida has sat alone on the bench at break several times a week. On Monday morning she cried at drop-off and said her tummy hurt.',
    childWords: 'I’d rather stay inside with you. Out there nobody wants me in their game.',
    worksWell: 'Ida does well in small groups in class and when she draws. She seeks out the adults she knows.',
    worries: 'That Ida always ends up on her own and starts to pull away from school.',
    level: 'saarbar',
  };
}

/** The municipality's own language rule ("vildbasse"), as plain data for the provider's `languageRules`. */
export const vildbasseRule = () => [
  {
    id: 'kommune-vildbasse',
    locale: 'da' as const,
    kind: 'label' as const,
    phrases: ['vildbasse'],
    endings: ['', 'n', 'r', 'rne'],
    suggestion: 'I vores kommune beskriver vi, hvad barnet gjorde – fx "løb tre gange rundt om bordene i samlingen" – i stedet for at kalde barnet noget.',
  },
];

/** A draft that uses the municipality's own word. */
export function noteWithMunicipalityWord(): ConcernNote {
  return {
    ...emptyNote('story-note-rule', 0),
    where: { context: 'skole', place: 'Garderoben' },
    observations: 'Ida var en vildbasse i garderoben i dag og væltede to af de andres jakker ned.',
  };
}

// ---- Network maps (netværkskort) ----------------------------------------------------------------

/** A new, empty network map for Ida: nobody on it yet. */
export const emptyNetworkMap = (): NetworkMap =>
  createNetworkMap({ id: 'story-network-empty', author: exampleAuthor, child: exampleChild, now: new Date('2026-11-12T09:00:00Z') });

/** Ida's network as she and her mother drew it (two dated versions), opened as a draft to work on. */
export const networkMapDraft = (): NetworkMap => ({ ...structuredClone(exampleNetworkMap), id: 'story-network-ida', status: 'draft' });

/**
 * A crowded map of `count` (60) fictional people, the same every time: family, relatives, leisure and
 * professionals, and the whole class (with its parents) in one sector, so cells are drawn compact.
 */
export function crowdedNetworkMap(count = 60): NetworkMap {
  const first = ['Emma', 'Noah', 'Freja', 'William', 'Karla', 'Oscar', 'Alma', 'Lucas', 'Ella', 'Carl', 'Agnes', 'Malthe', 'Clara', 'Victor', 'Ida', 'Elias', 'Olivia', 'Arthur', 'Sofie', 'Valdemar', 'Lea', 'Magnus', 'Asta', 'Aksel'];
  const last = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen'];
  type Group = Pick<NetworkPerson, 'sphere' | 'ring' | 'relation' | 'support' | 'source'> & { roles: string[]; count: number; adult?: boolean };
  // 22 of the 60 are the class and its parents: one sector (venner) holds far more than the rest.
  const groups: Group[] = [
    { sphere: 'familie', ring: 1, relation: 'strong', support: 'to-child', source: 'foraelder', roles: ['mor', 'far', 'storebror', 'lillesøster'], count: 4, adult: true },
    { sphere: 'familie', ring: 2, relation: 'ordinary', support: 'both', source: 'foraelder', roles: ['bonusmor', 'bonusbror'], count: 2, adult: true },
    { sphere: 'slaegt', ring: 2, relation: 'strong', support: 'to-child', source: 'barnet', roles: ['mormor', 'morfar', 'farmor', 'moster', 'onkel'], count: 5, adult: true },
    { sphere: 'slaegt', ring: 3, relation: 'weak', support: 'none', source: 'foraelder', roles: ['fætter', 'kusine', 'grandonkel'], count: 3 },
    { sphere: 'venner', ring: 1, relation: 'strong', support: 'both', source: 'barnet', roles: ['bedste ven', 'veninde'], count: 3 },
    { sphere: 'venner', ring: 2, relation: 'ordinary', support: 'both', source: 'barnet', roles: ['klassekammerat'], count: 14 },
    { sphere: 'venner', ring: 3, relation: 'weak', support: 'none', source: 'foraelder', roles: ['forælder i klassen'], count: 8, adult: true },
    { sphere: 'dagtilbud-skole', ring: 2, relation: 'ordinary', support: 'to-child', source: 'fagperson', roles: ['klasselærer', 'pædagog', 'SFO-pædagog', 'dansklærer', 'skoleleder'], count: 6, adult: true },
    { sphere: 'fritid-forening', ring: 2, relation: 'ordinary', support: 'to-child', source: 'foraelder', roles: ['gymnastiktræner', 'spejderleder', 'holdkammerat'], count: 5 },
    { sphere: 'fritid-forening', ring: 3, relation: 'stressful', support: 'from-child', source: 'barnet', roles: ['nabo'], count: 2, adult: true },
    { sphere: 'professionelle', ring: 3, relation: 'ordinary', support: 'to-child', source: 'fagperson', roles: ['sundhedsplejerske', 'PPR-psykolog', 'socialrådgiver', 'egen læge', 'tandplejer', 'AKT-vejleder'], count: 8, adult: true },
  ];
  const people: NetworkPerson[] = [];
  for (const group of groups) {
    for (let i = 0; i < group.count && people.length < count; i++) {
      const n = people.length;
      const role = group.roles[i % group.roles.length]!;
      const name = group.adult ? `${first[(n * 7) % first.length]} ${last[(n * 5) % last.length]}` : first[(n * 7 + 3) % first.length]!;
      people.push({
        id: `story-crowd-${n + 1}`,
        name,
        role,
        sphere: group.sphere,
        ring: group.ring,
        relation: group.relation,
        support: group.support,
        safeAdult: role === 'mormor' || role === 'pædagog',
        source: group.source,
        invite: group.sphere === 'dagtilbud-skole' || group.sphere === 'professionelle' || role === 'mor' || role === 'far',
      });
    }
  }
  return { ...createNetworkMap({ id: 'story-network-crowded', author: exampleAuthor, child: exampleChild, now: new Date('2026-11-12T09:00:00Z') }), people };
}
