import type { NetworkMap, NetworkPerson } from '../network-map.js';
import { exampleAuthor, exampleChild } from './shared.js';

const by = { name: exampleAuthor.name, role: exampleAuthor.role };

const people: NetworkPerson[] = [
  { id: 'p-mor', name: 'Lene', role: 'mor', sphere: 'familie', ring: 1, relation: 'strong', support: 'to-child', safeAdult: true, source: 'barnet', invite: true },
  { id: 'p-far', name: 'Anders', role: 'far', sphere: 'familie', ring: 1, relation: 'stressful', support: 'both', safeAdult: false, source: 'barnet', invite: true },
  { id: 'p-bror', name: 'Oskar', role: 'storebror (9 år)', sphere: 'familie', ring: 1, relation: 'ordinary', support: 'both', safeAdult: false, source: 'barnet', invite: false },
  { id: 'p-mormor', name: 'Mormor Inge', role: 'mormor', sphere: 'slaegt', ring: 2, relation: 'strong', support: 'to-child', safeAdult: true, source: 'foraelder', invite: true },
  { id: 'p-sara', name: 'Sara', role: 'klassekammerat', sphere: 'venner', ring: 2, relation: 'strong', support: 'both', safeAdult: false, source: 'barnet', invite: false },
  { id: 'p-alma', name: 'Alma', role: 'tidligere veninde (flyttet)', sphere: 'venner', ring: 3, relation: 'weak', support: 'none', safeAdult: false, source: 'barnet', invite: false },
  { id: 'p-mette', name: 'Mette Holm', role: 'pædagog', sphere: 'dagtilbud-skole', ring: 2, relation: 'strong', support: 'to-child', safeAdult: false, source: 'fagperson', invite: true },
  { id: 'p-jonas', name: 'Jonas Berg', role: 'klasselærer', sphere: 'dagtilbud-skole', ring: 2, relation: 'ordinary', support: 'to-child', safeAdult: false, source: 'fagperson', invite: true },
  { id: 'p-gym', name: 'Trine', role: 'gymnastiktræner', sphere: 'fritid-forening', ring: 3, relation: 'ordinary', support: 'to-child', safeAdult: false, source: 'foraelder', invite: false },
  {
    id: 'p-sundhed',
    name: 'K. Madsen',
    role: 'sundhedsplejerske',
    sphere: 'professionelle',
    ring: 3,
    relation: 'ordinary',
    support: 'to-child',
    safeAdult: false,
    source: 'fagperson',
    contact: { phone: '+45 99 99 00 00' },
    invite: true,
  },
];

/** Ida's network as she and her mother drew it with the pædagog, with an earlier version from spring. */
export const exampleNetworkMap: NetworkMap = {
  id: 'nm-ida',
  kind: 'network-map',
  schemaVersion: 1,
  createdAt: '2026-04-14T10:00:00Z',
  updatedAt: '2026-11-12T10:30:00Z',
  author: exampleAuthor,
  child: exampleChild,
  history: [
    { at: '2026-04-14T10:00:00Z', by, action: 'created' },
    { at: '2026-11-12T10:30:00Z', by, action: 'edited', fields: ['people'] },
  ],
  status: 'completed',
  people,
  versions: [
    {
      id: 'nm-ida-v1',
      date: '2026-04-14',
      note: 'Første netværkskort, tegnet med Ida.',
      // In spring Alma still lived nearby and was Ida's closest friend; gymnastics had not started.
      people: people.filter((p) => p.id !== 'p-gym').map((p): NetworkPerson => (p.id === 'p-alma' ? { ...p, ring: 1, relation: 'strong', support: 'both' } : { ...p })),
    },
    // A snapshot is a copy: editing the current people must never rewrite a dated version.
    { id: 'nm-ida-v2', date: '2026-11-12', note: 'Opdateret før netværksmødet.', people: people.map((p) => ({ ...p, ...(p.contact ? { contact: { ...p.contact } } : {}) })) },
  ],
};
