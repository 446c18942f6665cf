import type { Referral } from '../referral.js';
import { exampleAuthor, exampleChild } from './shared.js';

const by = { name: exampleAuthor.name, role: exampleAuthor.role };

const reporter = {
  name: 'Mette Holm',
  role: 'pædagog',
  institution: 'Østervang Skole',
  workAddress: 'Østervang 12, 9999 Eksempelby',
  phone: '+45 99 99 12 12',
  relationToChild: 'Idas primære pædagog i SFO og indskoling siden august 2026.',
};

const parents = [
  { id: 'par-lene', name: 'Lene Nielsen', address: 'Bakkevej 3, 9999 Eksempelby', phone: '+45 99 99 34 34', custody: true },
  { id: 'par-anders', name: 'Anders Nielsen', address: 'Kirkegade 8, 2. th., 9999 Eksempelby', phone: '+45 99 99 56 56', custody: true },
];

/** An indstilling to PPR, sent with both custody holders' written consent. */
export const exampleIndstilling: Referral = {
  id: 'ref-ind-ida',
  kind: 'referral',
  schemaVersion: 1,
  createdAt: '2026-11-13T09:00:00Z',
  updatedAt: '2026-11-16T08:30:00Z',
  author: exampleAuthor,
  child: exampleChild,
  history: [
    { at: '2026-11-13T09:00:00Z', by, action: 'created' },
    { at: '2026-11-16T08:30:00Z', by, action: 'status-changed', note: 'Sendt til PPR' },
  ],
  referralType: 'indstilling',
  status: 'sent',
  statusHistory: [
    { status: 'draft', at: '2026-11-13T09:00:00Z' },
    { status: 'sent', at: '2026-11-16T08:30:00Z' },
  ],
  recipient: { type: 'ppr', name: 'PPR Eksempel Kommune' },
  childDetails: { name: 'Ida Nielsen' },
  parents,
  language: { primary: 'dansk', interpreterNeeded: false },
  reporter,
  description:
    'Ida er siden oktober oftere alene i frikvartererne og har flere gange om ugen ondt i maven om morgenen. Hun trives i små grupper og med kendte voksne.',
  triedAndEffect:
    'Voksenstyrede lege to gange om ugen siden 15. oktober: Ida deltager gerne, men søger ikke selv legen bagefter. Tværfagligt møde 18. november aftalt.',
  childPerspective: {
    statement: 'Ida siger, at hun gerne vil have en at lege med ude, og at hun savner Alma.',
    involvement: 'Samtale med Ida og hendes pædagog 6. oktober og 10. november; Ida tegnede sit netværkskort.',
  },
  resources: 'Ida er kreativ, hjælpsom over for yngre børn og har en stærk relation til sin mor, sin mormor og klassekammeraten Sara.',
  parentContact: { contacted: true, on: '2026-11-11', reaction: 'Forældrene er enige i, at PPR kan hjælpe, og vil gerne deltage.' },
  consents: [
    {
      id: 'con-lene',
      parentId: 'par-lene',
      givenBy: { name: 'Lene Nielsen', relation: 'mother' },
      scope: 'Indstilling til PPR med trivselsvurdering og netværkskort som bilag.',
      purpose: 'At PPR vurderer, hvordan Ida bedst støttes i fællesskabet.',
      givenAt: '2026-11-12T15:10:00Z',
      method: 'written',
    },
    {
      id: 'con-anders',
      parentId: 'par-anders',
      givenBy: { name: 'Anders Nielsen', relation: 'father' },
      scope: 'Indstilling til PPR med trivselsvurdering og netværkskort som bilag.',
      purpose: 'At PPR vurderer, hvordan Ida bedst støttes i fællesskabet.',
      givenAt: '2026-11-13T07:45:00Z',
      method: 'digital',
    },
  ],
  attachments: [
    { kind: 'wellbeing-check', id: 'wc-2026-2-ida' },
    { kind: 'network-map', id: 'nm-ida' },
  ],
  urgency: 'snarest',
};

/**
 * An underretning on § 133 grounds: no consent is needed, and because abuse by a parent is suspected,
 * the parents are deliberately not contacted first.
 */
export const exampleUnderretning: Referral = {
  id: 'ref-und-ida',
  kind: 'referral',
  schemaVersion: 1,
  createdAt: '2026-11-19T11:00:00Z',
  updatedAt: '2026-11-19T11:40:00Z',
  author: exampleAuthor,
  child: exampleChild,
  history: [
    { at: '2026-11-19T11:00:00Z', by, action: 'created' },
    { at: '2026-11-19T11:40:00Z', by, action: 'status-changed', note: 'Sendt til familierådgivningen' },
  ],
  referralType: 'underretning',
  status: 'sent',
  statusHistory: [
    { status: 'draft', at: '2026-11-19T11:00:00Z' },
    { status: 'sent', at: '2026-11-19T11:40:00Z' },
  ],
  recipient: { type: 'familieraadgivning', name: 'Familierådgivningen, Eksempel Kommune' },
  childDetails: { name: 'Ida Nielsen', cpr: '010620-4128' },
  parents,
  language: { primary: 'dansk', interpreterNeeded: false },
  reporter,
  ground: 'overgreb',
  description:
    'Ida havde i dag et aflangt blåt mærke på overarmen. Adspurgt sagde hun: "Far blev sur, fordi jeg ikke ville i seng." Hun bad om, at vi ikke sagde det til far.',
  triedAndEffect: 'Skolens beredskab er fulgt: ledelsen er orienteret, og familierådgivningen er ringet op før denne underretning.',
  childPerspective: {
    statement: '"Far blev sur, fordi jeg ikke ville i seng." Ida vil gerne hjem til mor i dag.',
    involvement: 'Ida fortalte det selv til sin pædagog; der blev ikke stillet ledende spørgsmål.',
  },
  resources: 'Ida har en tryg relation til sin mor og mormor og søger selv hjælp hos kendte voksne.',
  parentContact: { contacted: false, exception: 'suspected-abuse-by-parent' },
  consents: [],
  attachments: [{ kind: 'concern-note', id: 'cn-2026-11-ida' }],
  urgency: 'akut',
};
