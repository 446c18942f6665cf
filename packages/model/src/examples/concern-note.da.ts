import type { ConcernNote } from '../concern-note.js';
import { exampleAuthor, exampleChild } from './shared.js';

const by = { name: exampleAuthor.name, role: exampleAuthor.role };

/** An undringsnotat after several weeks of observations: facts first, Ida's words verbatim. */
export const exampleConcernNote: ConcernNote = {
  id: 'cn-2026-11-ida',
  kind: 'concern-note',
  schemaVersion: 1,
  createdAt: '2026-11-10T12:05:00Z',
  updatedAt: '2026-11-12T09:20:00Z',
  author: exampleAuthor,
  child: exampleChild,
  history: [
    { at: '2026-11-10T12:05:00Z', by, action: 'created' },
    { at: '2026-11-12T09:20:00Z', by, action: 'completed' },
  ],
  status: 'completed',
  observedAt: '2026-11-10',
  where: { context: 'skole', place: 'Skolegården og SFO' },
  observedBy: by,
  observations:
    'Ida har de sidste tre uger flere gange om ugen siddet alene på bænken i frikvarteret. Mandag morgen græd hun ved afleveringen og sagde, at hun havde ondt i maven. Hun spiste ikke sin madpakke tirsdag og onsdag.',
  acute: false,
  childWords: 'Jeg vil hellere være herinde hos dig. Ude er der ingen, der vil have mig med.',
  frequency: '3–4 gange om ugen',
  pattern: 'Især om mandagen og i de lange frikvarterer.',
  duration: 'Siden midten af oktober.',
  worksWell: 'Ida trives i de små grupper i klassen og når hun tegner. Hun søger selv de voksne, hun kender.',
  worries: 'At Ida i længere tid føler sig holdt uden for og begynder at trække sig fra skolen.',
  whatNeedsToHappen: 'Et tværfagligt møde med forældrene, klasselæreren og skolens AKT-vejleder inden for en uge.',
  level: 'saarbar',
  actionsTaken: 'Faste voksenstyrede lege i frikvartererne siden 15. oktober (se trivselsvurdering).',
  discussedWith: [
    { role: 'klasselærer', on: '2026-11-10' },
    { role: 'AKT-vejleder', on: '2026-11-11' },
  ],
  parents: { involved: true, on: '2026-11-11', reaction: 'Forældrene var glade for at blive kontaktet og vil gerne deltage i et møde.' },
  decision: 'interdisciplinary-meeting',
  firstConversation: { who: 'Mette Holm', with: 'child-and-family', by: '2026-11-14', heldOn: '2026-11-13' },
  links: [{ kind: 'wellbeing-check', id: 'wc-2026-2-ida' }],
};
