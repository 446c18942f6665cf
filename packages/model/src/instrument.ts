import './zod.js';
import * as z from 'zod/mini';
import { LIST_LIMITS, TEXT_LIMITS } from './limits.js';
import { Id, addIssue, duplicateIndexes, list, text } from './common.js';

/** Positions belong to a context and a dimension, never to the child ("vi har ikke røde børn"). */
export const POSITIONS = ['green', 'yellow', 'red', 'not-assessed'] as const;
export const Position = z.enum(POSITIONS);
export type Position = z.infer<typeof Position>;

/** How serious a position is, for suggestions and trends; not-assessed has no weight. */
export const POSITION_WEIGHT: Record<Position, number> = { 'not-assessed': 0, green: 1, yellow: 2, red: 3 };

export const LocalizedText = z.object({ da: text(TEXT_LIMITS.text), en: text(TEXT_LIMITS.text) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const InstrumentDimension = z.object({
  id: Id,
  label: LocalizedText,
  description: LocalizedText,
  guidance: z.object({ green: LocalizedText, yellow: LocalizedText, red: LocalizedText }),
  /**
   * Rød here may mean the child is not safe (violence, abuse, neglect): the form then shows the heightened
   * duty to notify, the municipality's beredskab, and that parents are not contacted first when abuse by
   * a parent is suspected.
   */
  safeguarding: z.optional(z.boolean()),
});
export type InstrumentDimension = z.infer<typeof InstrumentDimension>;

/**
 * Who a child question is worded for: the youngest (0–5, asked with an adult beside them), school age
 * (6–12) and young people (13–25). The bands follow the settings: dagtilbud, skole, and youth and education.
 */
export const AGE_BANDS = ['small', 'school', 'young'] as const;
export const AgeBand = z.enum(AGE_BANDS);
export type AgeBand = z.infer<typeof AgeBand>;

/** A question for the child, answered on the 1–5 smiley scale; for the age bands listed, else for all. */
export const ChildItem = z.object({ id: Id, dimensionId: z.optional(Id), text: LocalizedText, ageBands: z.optional(list(AgeBand, LIST_LIMITS.ageBands)) });
export type ChildItem = z.infer<typeof ChildItem>;

/** The configuration of a wellbeing check: which dimensions are assessed and what the child is asked. */
export const Instrument = z
  .object({
    id: Id,
    version: z.int().check(z.gte(1)),
    name: LocalizedText,
    dimensions: z.array(InstrumentDimension).check(z.minLength(1), z.maxLength(LIST_LIMITS.dimensions)),
    childItems: list(ChildItem, LIST_LIMITS.childItems),
  })
  .check((ctx) => {
    for (const index of duplicateIndexes(ctx.value.dimensions.map((d) => d.id))) {
      addIssue(ctx, 'duplicate_id', ['dimensions', index, 'id'], { id: ctx.value.dimensions[index]!.id });
    }
    for (const index of duplicateIndexes(ctx.value.childItems.map((i) => i.id))) {
      addIssue(ctx, 'duplicate_id', ['childItems', index, 'id'], { id: ctx.value.childItems[index]!.id });
    }
  });
export type Instrument = z.infer<typeof Instrument>;

/**
 * Spire's default instrument, in Spire's own words (not TOPI's criteria, not SDQ items). The guidance
 * describes what one may notice in a context — never a verdict on the child.
 */
export const defaultInstrument: Instrument = {
  id: 'spire-default',
  version: 1,
  name: { da: 'Spires trivselsvurdering', en: 'Spire wellbeing check' },
  dimensions: [
    {
      id: 'relations',
      label: { da: 'Relationer og fællesskab', en: 'Relationships and belonging' },
      description: {
        da: 'Hvordan barnet indgår i fællesskabet med andre børn og voksne i denne sammenhæng.',
        en: 'How the child takes part in the community with other children and adults in this setting.',
      },
      guidance: {
        green: {
          da: 'Barnet har en eller flere at være sammen med, bliver inviteret med og finder selv vej ind i fællesskabet.',
          en: 'The child has one or more others to be with, is invited in and finds their own way into the group.',
        },
        yellow: {
          da: 'Barnet står oftere uden for legen, har svært ved at komme ind i fællesskabet eller har skiftende konflikter, som de voksne må hjælpe med.',
          en: 'The child is more often outside the play, finds it hard to join in, or has recurring conflicts that adults need to help with.',
        },
        red: {
          da: 'Barnet er i længere tid alene eller holdt udenfor, eller relationerne til de andre er præget af uro eller frygt.',
          en: 'For a longer period the child is alone or left out, or relationships with others are marked by unrest or fear.',
        },
      },
    },
    {
      id: 'feelings',
      label: { da: 'Følelser og selvværd', en: 'Feelings and self-worth' },
      description: {
        da: 'Hvordan barnet giver udtryk for og finder hjælp til sine følelser, og hvordan det ser på sig selv.',
        en: 'How the child expresses feelings and finds help with them, and how the child sees themself.',
      },
      guidance: {
        green: {
          da: 'Barnet viser glæde og nysgerrighed, kan sige til og fra og finder ro igen med lidt hjælp.',
          en: 'The child shows joy and curiosity, can say yes and no, and settles again with a little help.',
        },
        yellow: {
          da: 'Vi ser oftere end før tristhed, uro, vrede eller tilbagetrækning, eller at barnet taler nedsættende om sig selv.',
          en: 'More often than before we see sadness, restlessness, anger or withdrawal, or the child speaks of themself in a belittling way.',
        },
        red: {
          da: 'Barnets følelser fylder så meget, at det i længere tid har svært ved at være i hverdagen, eller barnet giver udtryk for ikke at have det godt med at leve.',
          en: 'The child’s feelings take up so much room that everyday life has been hard for a long time, or the child expresses not wanting to be alive.',
        },
      },
    },
    {
      id: 'play-learning',
      label: { da: 'Leg, læring og deltagelse', en: 'Play, learning and taking part' },
      description: {
        da: 'Hvordan barnet leger, lærer og deltager i de aktiviteter, der er i denne sammenhæng.',
        en: 'How the child plays, learns and takes part in the activities of this setting.',
      },
      guidance: {
        green: {
          da: 'Barnet tager del i leg og aktiviteter, prøver nyt og får hjælp, når noget er svært.',
          en: 'The child joins in play and activities, tries new things and gets help when something is hard.',
        },
        yellow: {
          da: 'Barnet trækker sig fra aktiviteter, har svært ved at holde fokus eller møder ofte ikke op; deltagelsen er faldet.',
          en: 'The child pulls back from activities, finds it hard to stay focused or is often absent; taking part has dropped.',
        },
        red: {
          da: 'Barnet deltager kun sjældent eller slet ikke, eller fraværet er stort og vedvarende.',
          en: 'The child rarely or never takes part, or absence is high and lasting.',
        },
      },
    },
    {
      id: 'body-health',
      label: { da: 'Krop og sundhed', en: 'Body and health' },
      safeguarding: true,
      description: {
        da: 'Søvn, mad, hygiejne, motorik og hvordan barnet har det i kroppen.',
        en: 'Sleep, food, hygiene, motor skills and how the child feels in their body.',
      },
      guidance: {
        green: {
          da: 'Barnet virker udhvilet, spiser, bevæger sig med lyst og er passende klædt på.',
          en: 'The child seems rested, eats, moves with pleasure and is dressed for the weather.',
        },
        yellow: {
          da: 'Vi ser ofte træthed, sult, ondt i maven eller hovedet, ændret appetit eller tøj, der ikke passer til vejret.',
          en: 'We often see tiredness, hunger, stomach or head aches, changed appetite or clothes that do not fit the weather.',
        },
        red: {
          da: 'Der er tegn på, at barnets basale behov i længere tid ikke bliver dækket, eller mærker på kroppen, som ingen kan forklare.',
          en: 'There are signs that the child’s basic needs have not been met for a long time, or marks on the body that nobody can explain.',
        },
      },
    },
    {
      id: 'safety-care',
      label: { da: 'Tryghed og omsorg fra voksne', en: 'Safety and care from adults' },
      safeguarding: true,
      description: {
        da: 'Om barnet har trygge voksne omkring sig, der ser, hjælper og trøster.',
        en: 'Whether the child has safe adults around them who notice, help and comfort.',
      },
      guidance: {
        green: {
          da: 'Barnet søger voksne, når det har brug for det, og bliver hentet, trøstet og hjulpet.',
          en: 'The child turns to adults when needed and is collected, comforted and helped.',
        },
        yellow: {
          da: 'Barnet søger sjældent voksne, virker uroligt ved aflevering eller afhentning, eller samarbejdet med hjemmet er svært.',
          en: 'The child seldom turns to adults, seems uneasy at drop-off or pick-up, or working together with the home is difficult.',
        },
        red: {
          da: 'Barnet virker bange for en voksen, fortæller om noget, der gør ondt, eller der er bekymring for vold, overgreb eller omsorgssvigt.',
          en: 'The child seems afraid of an adult, tells of something that hurts, or there is concern about violence, abuse or neglect.',
        },
      },
    },
  ],
  // Asked in the child's own words for each age band: few, concrete questions for the youngest (with an
  // adult beside them), the whole set at school age, and questions about their own life for young people.
  childItems: [
    { id: 'small-play', dimensionId: 'relations', ageBands: ['small'], text: { da: 'Er det sjovt at lege med de andre børn?', en: 'Is it fun to play with the other children?' } },
    { id: 'small-happy', dimensionId: 'feelings', ageBands: ['small'], text: { da: 'Er du glad, når du er her?', en: 'Are you happy when you are here?' } },
    { id: 'small-grown-ups', dimensionId: 'safety-care', ageBands: ['small'], text: { da: 'Er de voksne her gode ved dig?', en: 'Are the grown-ups here kind to you?' } },
    { id: 'small-home', dimensionId: 'safety-care', ageBands: ['small'], text: { da: 'Hvordan er det at være derhjemme?', en: 'What is it like to be at home?' } },
    { id: 'friends', dimensionId: 'relations', ageBands: ['school'], text: { da: 'Hvordan har du det, når du leger med de andre?', en: 'How do you feel when you play with the others?' } },
    { id: 'someone', dimensionId: 'relations', ageBands: ['school'], text: { da: 'Er der nogen, du godt kan lide at være sammen med her?', en: 'Is there someone here you like to be with?' } },
    { id: 'mood', dimensionId: 'feelings', ageBands: ['school'], text: { da: 'Hvordan har du det indeni for det meste?', en: 'How do you feel inside most of the time?' } },
    { id: 'good-at', dimensionId: 'feelings', ageBands: ['school'], text: { da: 'Hvordan har du det med de ting, du er god til?', en: 'How do you feel about the things you are good at?' } },
    { id: 'learning', dimensionId: 'play-learning', ageBands: ['school'], text: { da: 'Hvordan har du det, når I skal lære noget nyt?', en: 'How do you feel when you are learning something new?' } },
    { id: 'sleep', dimensionId: 'body-health', ageBands: ['school'], text: { da: 'Hvordan har du det, når du vågner om morgenen?', en: 'How do you feel when you wake up in the morning?' } },
    { id: 'grown-ups', dimensionId: 'safety-care', ageBands: ['school'], text: { da: 'Hvordan har du det med de voksne her?', en: 'How do you feel about the grown-ups here?' } },
    { id: 'home', dimensionId: 'safety-care', ageBands: ['school'], text: { da: 'Hvordan har du det, når du er derhjemme?', en: 'How do you feel when you are at home?' } },
    { id: 'young-friends', dimensionId: 'relations', ageBands: ['young'], text: { da: 'Hvordan har du det med dine venner og dem, du går i klasse eller arbejder med?', en: 'How do you feel about your friends and the people you study or work with?' } },
    { id: 'young-talk', dimensionId: 'relations', ageBands: ['young'], text: { da: 'Har du nogen, du kan tale med, når noget er svært?', en: 'Do you have someone to talk to when something is hard?' } },
    { id: 'young-self', dimensionId: 'feelings', ageBands: ['young'], text: { da: 'Hvordan har du det med dig selv for det meste?', en: 'How do you feel about yourself most of the time?' } },
    { id: 'young-school-work', dimensionId: 'play-learning', ageBands: ['young'], text: { da: 'Hvordan går det med skole, uddannelse eller arbejde?', en: 'How are school, education or work going?' } },
    { id: 'young-energy', dimensionId: 'body-health', ageBands: ['young'], text: { da: 'Hvordan sover du, og har du energi i hverdagen?', en: 'How do you sleep, and do you have energy in everyday life?' } },
    { id: 'young-safe', dimensionId: 'safety-care', ageBands: ['young'], text: { da: 'Føler du dig tryg der, hvor du bor?', en: 'Do you feel safe where you live?' } },
  ],
};

/**
 * The child's age band on `today`: from the birth date, else the birth year (age this year), else from the
 * setting (dagtilbud → small, skole and SFO → school); undefined when nothing tells.
 */
export function childAgeBand(child: { birthDate?: unknown; birthYear?: unknown; context?: unknown } | undefined, today: Date = new Date()): AgeBand | undefined {
  if (typeof child !== 'object' || child === null) return undefined;
  const age = ageInYears(child, today);
  if (age !== undefined) return age < 6 ? 'small' : age < 13 ? 'school' : 'young';
  if (child.context === 'dagtilbud') return 'small';
  if (child.context === 'skole' || child.context === 'sfo') return 'school';
  return undefined;
}

/**
 * A child's age in whole years on `today`: from the birth date, else (unless `fromBirthYear` is false) the
 * birth year. A birth year cannot tell 17 from 18, so where the age decides a right, pass
 * `{ fromBirthYear: false }`.
 */
export function ageInYears(child: { birthDate?: unknown; birthYear?: unknown }, today: Date = new Date(), options: { fromBirthYear?: boolean } = {}): number | undefined {
  const year = today.getFullYear();
  if (typeof child.birthDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(child.birthDate)) {
    const [y, m, d] = child.birthDate.split('-').map(Number) as [number, number, number];
    const hadBirthday = today.getMonth() + 1 > m || (today.getMonth() + 1 === m && today.getDate() >= d);
    return year - y - (hadBirthday ? 0 : 1);
  }
  if (options.fromBirthYear !== false && typeof child.birthYear === 'number' && Number.isInteger(child.birthYear)) return year - child.birthYear;
  return undefined;
}

/** The instrument's questions for an age band: those for the band and those for every band, in order. */
export function childItemsFor(instrument: Pick<Instrument, 'childItems'>, band: AgeBand | undefined): ChildItem[] {
  const items = Array.isArray(instrument.childItems) ? instrument.childItems : [];
  if (!band) return items.filter((i) => !i.ageBands || i.ageBands.includes('school'));
  return items.filter((i) => !i.ageBands || i.ageBands.includes(band));
}
