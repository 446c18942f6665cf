import type { CreateRecordOptions, RecordKind } from './common.js';
import { parseRecord, type SpireRecord } from './records.js';
import { type Referral, type ReferralType, createReferral } from './referral.js';
import type { WellbeingCheck } from './wellbeing-check.js';
import type { ConcernNote } from './concern-note.js';
import type { NetworkMap } from './network-map.js';
import { newId } from './common.js';

/** Where a prefilled value came from: one of the child's earlier records. */
export interface PrefillSource {
  kind: RecordKind;
  id: string;
  /** The record's date (`YYYY-MM-DD`): when it was last changed. */
  date: string;
}

/** The fields a referral takes from earlier records, by path. */
export const PREFILL_FIELDS = ['description', 'triedAndEffect', 'childPerspective.statement', 'childPerspective.involvement', 'childPerspective.notInvolvedReason', 'resources'] as const;
export type PrefillField = (typeof PREFILL_FIELDS)[number];

export interface ReferralPrefill {
  /** Text for a field, with where it came from. */
  fields: Partial<Record<PrefillField, { value: string; from: PrefillSource }>>;
  /** The parents on the network map (mother, father), names only: custody is for the professional to say. */
  parents: { name: string; from: PrefillSource }[];
  /** How the parents were involved, from the newest concern note. */
  parentContact?: { value: NonNullable<Referral['parentContact']>; from: PrefillSource };
  /** Every completed earlier record, to attach. */
  attachments: { kind: RecordKind; id: string }[];
}

const WORDS = {
  da: {
    involvement: { conversation: 'Samtale med barnet', 'three-houses': 'De tre huse med barnet', 'own-rating': 'Barnets egen vurdering', observation: 'Observation af barnet', declined: 'Barnet ville ikke', 'not-possible': 'Ikke muligt' },
    by: 'ved',
    noteWords: 'Barnets egne ord, skrevet i bekymringsnotatet',
    network: 'Netværket',
    canDo: 'kan',
    agreed: 'aftalt',
  },
  en: {
    involvement: { conversation: 'Conversation with the child', 'three-houses': 'The three houses with the child', 'own-rating': "The child's own rating", observation: 'Observation of the child', declined: 'The child declined', 'not-possible': 'Not possible' },
    by: 'by',
    noteWords: "The child's own words, written in the concern note",
    network: 'The network',
    canDo: 'can',
    agreed: 'agreed',
  },
} as const;

const PARENT_ROLE = /^(mor|far|mother|father|mum|mom|dad)$/i;

/**
 * What a referral can take from the child's earlier records (the model reads each one; what it cannot
 * read is left out): the child's own words and how they were gathered, what works well and the network's
 * resources, what was seen and what was tried, the parents named on the network map, how the parents were
 * involved, and the completed records to attach. Newest record first; a field is never made up. Labels
 * are in `locale`.
 */
export function referralPrefill(records: readonly unknown[], locale: 'da' | 'en' = 'da', childId?: string): ReferralPrefill {
  const words = WORDS[locale === 'en' ? 'en' : 'da'];
  const read = (Array.isArray(records) ? records : [])
    .flatMap((input) => {
      const parsed = parseRecord(input);
      if (!parsed.ok || parsed.value.status === 'entered-in-error') return [];
      // Another child's record never reaches this child's referral.
      if (childId !== undefined && parsed.value.child.id !== childId) return [];
      // Checks and notes count once completed; a network map is a living document, kept as a draft.
      if (parsed.value.status === 'draft' && parsed.value.kind !== 'network-map') return [];
      return [parsed.value];
    })
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const source = (r: SpireRecord): PrefillSource => ({ kind: r.kind, id: r.id, date: r.updatedAt.slice(0, 10) });
  const text = (value: string | undefined) => (value?.trim() ? value : undefined);
  const checks = read.filter((r): r is WellbeingCheck => r.kind === 'wellbeing-check');
  const notes = read.filter((r): r is ConcernNote => r.kind === 'concern-note');
  const maps = read.filter((r): r is NetworkMap => r.kind === 'network-map');
  const fields: ReferralPrefill['fields'] = {};
  const take = (field: PrefillField, candidates: [string | undefined, SpireRecord][]) => {
    const found = candidates.find(([value]) => text(value));
    if (found) fields[field] = { value: found[0]!, from: source(found[1]) };
  };
  take('description', notes.map((n) => [n.observations, n]));
  take('triedAndEffect', notes.map((n) => [n.actionsTaken, n]));
  // The child's words and how they were heard come from one and the same record, never two occasions mixed.
  const when = (day: string) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
  const heard = [
    ...notes.filter((n) => text(n.childWords)).map((n) => ({ at: n.updatedAt, record: n as SpireRecord, statement: n.childWords!, how: `${words.noteWords} ${when(n.observedAt)}, ${words.by} ${n.author.name} (${n.author.role})`, reason: undefined })),
    ...checks
      .filter((c) => c.childPerspective)
      .map((c) => {
        const p = c.childPerspective!;
        const declined = p.method === 'declined' || p.method === 'not-possible';
        return {
          at: c.updatedAt,
          record: c as SpireRecord,
          statement: declined ? undefined : text(p.ownWords),
          how: declined ? undefined : `${words.involvement[p.method]}, ${when(p.recordedOn ?? c.updatedAt.slice(0, 10))}, ${words.by} ${c.author.name} (${c.author.role})`,
          reason: declined ? text(p.reason) : undefined,
        };
      }),
  ].sort((a, b) => b.at.localeCompare(a.at))[0];
  if (heard?.statement) fields['childPerspective.statement'] = { value: heard.statement, from: source(heard.record) };
  if (heard?.how) fields['childPerspective.involvement'] = { value: heard.how, from: source(heard.record) };
  if (heard?.reason) fields['childPerspective.notInvolvedReason'] = { value: heard.reason, from: source(heard.record) };
  const strengths = [...checks.map((c): [string | undefined, SpireRecord] => [c.strengths, c]), ...notes.map((n): [string | undefined, SpireRecord] => [n.worksWell, n])].find(([value]) => text(value));
  const map = maps[0];
  const active = map?.people.filter((p) => p.canDo?.trim() || p.agreed?.trim()) ?? [];
  const network = active.map((p) => `${p.name} (${p.role})${p.canDo?.trim() ? ` – ${words.canDo}: ${p.canDo.trim()}` : ''}${p.agreed?.trim() ? ` – ${words.agreed}: ${p.agreed.trim()}` : ''}`);
  if (strengths || network.length) {
    const value = [strengths?.[0]?.trim(), network.length ? `${words.network}:\n${network.join('\n')}` : undefined].filter(Boolean).join('\n\n');
    fields.resources = { value, from: source(strengths?.[1] ?? map!) };
  }
  const parents = map ? map.people.filter((p) => p.sphere === 'familie' && PARENT_ROLE.test(p.role.trim())).map((p) => ({ name: p.name, from: source(map) })) : [];
  const note = notes.find((n) => n.parents);
  const involved = note?.parents;
  const parentContact =
    note && involved
      ? {
          value: {
            contacted: involved.involved,
            ...(involved.on ? { on: involved.on } : {}),
            ...(text(involved.reaction) ? { reaction: involved.reaction } : {}),
            ...(involved.notInvolvedReason === 'suspected-abuse-by-parent' ? { exception: 'suspected-abuse-by-parent' as const } : {}),
          },
          from: source(note),
        }
      : undefined;
  const attachments = read.filter((r) => r.kind !== 'referral' && r.status !== 'draft').map((r) => ({ kind: r.kind, id: r.id }));
  return { fields, parents, ...(parentContact ? { parentContact } : {}), attachments };
}

/** A new referral draft with what `referralPrefill` found filled in (each field can be edited). */
export function referralFromRecords(options: CreateRecordOptions & { referralType: ReferralType; records: readonly unknown[]; locale?: 'da' | 'en' }): Referral {
  const referral = createReferral(options);
  const prefill = referralPrefill(options.records, options.locale, options.child.id);
  const { fields } = prefill;
  const perspective = {
    ...(fields['childPerspective.statement'] ? { statement: fields['childPerspective.statement'].value } : {}),
    ...(fields['childPerspective.involvement'] ? { involvement: fields['childPerspective.involvement'].value } : {}),
    ...(fields['childPerspective.notInvolvedReason'] ? { notInvolvedReason: fields['childPerspective.notInvolvedReason'].value } : {}),
  };
  return {
    ...referral,
    ...(fields.description ? { description: fields.description.value } : {}),
    ...(fields.triedAndEffect ? { triedAndEffect: fields.triedAndEffect.value } : {}),
    ...(fields.resources ? { resources: fields.resources.value } : {}),
    ...(Object.keys(perspective).length ? { childPerspective: perspective } : {}),
    // A suspicion of abuse by a parent goes only into an underretning: the parents read an indstilling.
    ...(prefill.parentContact ? { parentContact: options.referralType === 'underretning' ? prefill.parentContact.value : (({ exception: _e, ...rest }) => rest)(prefill.parentContact.value) } : {}),
    parents: prefill.parents.map((p) => ({ id: newId(), name: p.name, custody: false })),
    attachments: prefill.attachments,
  };
}
