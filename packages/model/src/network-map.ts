import './zod.js';
import * as z from 'zod/mini';
import { LIST_LIMITS, TEXT_LIMITS } from './limits.js';
import { toPlainData } from './plain.js';
import { type CreateRecordOptions, type RecordDefinition, Id, newId, newRecordHeader, IsoDate, RecordStatus, addIssue, duplicateIndexes, list, optionalText, recordBase, text } from './common.js';

export const SPHERES = ['familie', 'slaegt', 'venner', 'dagtilbud-skole', 'fritid-forening', 'professionelle'] as const;
export const Sphere = z.enum(SPHERES);
export type Sphere = z.infer<typeof Sphere>;

/** Ecomap notation: strong = thick solid line, ordinary, weak = dashed, stressful = zigzag. */
export const RELATIONS = ['strong', 'ordinary', 'weak', 'stressful'] as const;
/** Direction of support, drawn as arrows. */
export const SUPPORT_DIRECTIONS = ['to-child', 'from-child', 'both', 'none'] as const;
/** Who gave the information: the child's own map may differ from the adults'. */
export const SOURCES = ['barnet', 'foraelder', 'fagperson'] as const;

/** Rings from the centre out: 1 is closest to the child. */
export const RINGS = [1, 2, 3] as const;
const Ring = z.int().check(z.gte(1), z.lte(3));

/**
 * Where the child placed this person on the child's own map, and what the child said about them (kept
 * as said). The child's map may differ from the adults' and is shown beside it, never merged into it.
 */
export const ChildPlacement = z.object({
  /** Where the child knows this person from; absent until the child has said (the adults' sphere is not assumed). */
  sphere: z.optional(Sphere),
  ring: Ring,
  /** How the child says it is to be with this person; absent until the child has said (never guessed). */
  relation: z.optional(z.enum(RELATIONS)),
  /** The child's own words about this person, verbatim. */
  words: optionalText(TEXT_LIMITS.note),
});
export type ChildPlacement = z.infer<typeof ChildPlacement>;

export const NetworkPerson = z.object({
  id: Id,
  /** A name or initials: as little as the network meeting needs. */
  name: text(TEXT_LIMITS.label),
  role: text(TEXT_LIMITS.label),
  sphere: Sphere,
  /** 1 is closest to the child. */
  ring: Ring,
  relation: z.enum(RELATIONS),
  support: z.enum(SUPPORT_DIRECTIONS),
  /** "Tryg voksen": an adult the child feels safe with. */
  safeAdult: z.boolean(),
  source: z.enum(SOURCES),
  /** Minimal contact data, only for inviting to a network meeting. */
  contact: z.optional(z.object({ phone: optionalText(TEXT_LIMITS.phone), email: optionalText(TEXT_LIMITS.name) })),
  invite: z.boolean(),
  /** Activation: what this person can do for the child. */
  canDo: optionalText(TEXT_LIMITS.note),
  /** Activation: what was agreed with this person, and by when. */
  agreed: optionalText(TEXT_LIMITS.note),
  /** The child's own placement of this person, from child mode. */
  childPlacement: z.optional(ChildPlacement),
});
export type NetworkPerson = z.infer<typeof NetworkPerson>;

export const NetworkMapVersion = z.object({ id: Id, date: IsoDate, note: optionalText(TEXT_LIMITS.note), people: list(NetworkPerson, LIST_LIMITS.people) });
export type NetworkMapVersion = z.infer<typeof NetworkMapVersion>;

export const NETWORK_MAP_VERSION = 1;

export const NetworkMap = z
  .object({
    ...recordBase('network-map', NETWORK_MAP_VERSION),
    status: RecordStatus,
    people: list(NetworkPerson, LIST_LIMITS.people),
    /** Dated snapshots, oldest first, so the map can be compared over time. */
    versions: list(NetworkMapVersion, LIST_LIMITS.versions),
  })
  .check((ctx) => {
    const map = ctx.value;
    for (const index of duplicateIndexes(map.people.map((p) => p.id))) {
      addIssue(ctx, 'duplicate_id', ['people', index, 'id'], { id: map.people[index]!.id });
    }
    for (const index of duplicateIndexes(map.versions.map((v) => v.id))) {
      addIssue(ctx, 'duplicate_id', ['versions', index, 'id'], { id: map.versions[index]!.id });
    }
    map.versions.forEach((version, index) => {
      const previous = map.versions[index - 1];
      if (previous && version.date < previous.date) addIssue(ctx, 'date_order', ['versions', index, 'date'], { after: previous.date });
      // A version is compared person by person with the next one, which needs the ids to stay unique there too.
      for (const person of duplicateIndexes(version.people.map((p) => p.id))) {
        addIssue(ctx, 'duplicate_id', ['versions', index, 'people', person, 'id'], { id: version.people[person]!.id });
      }
    });
  });
export type NetworkMap = z.infer<typeof NetworkMap>;

export function createNetworkMap(options: CreateRecordOptions): NetworkMap {
  return {
    ...newRecordHeader('network-map', NETWORK_MAP_VERSION, options),
    status: 'draft',
    people: [],
    versions: [],
  };
}

/** Appends a dated snapshot of the current people; the map itself is not changed. */
export function snapshotNetworkMap(map: NetworkMap, date: string, note?: string): NetworkMap {
  // Read as a plain copy with guards: never a TypeError. What is wrong with the map is for `parseRecord`
  // to report. (Version 1 is the only one; with a migration this must migrate first, but cannot import
  // records.ts, which imports this module.)
  const plain = toPlainData(map);
  const data = plain.ok && typeof plain.value === 'object' && plain.value !== null && !Array.isArray(plain.value) ? (plain.value as Record<string, unknown>) : {};
  const people = Array.isArray(data.people) ? data.people : [];
  const versions = Array.isArray(data.versions) ? data.versions : [];
  const version = { id: newId(), date, people, ...(typeof note === 'string' && note ? { note } : {}) } as NetworkMapVersion;
  return { ...data, versions: [...versions, version] } as unknown as NetworkMap;
}

/** The people of a map or a version, read without throwing: anything that is not a person with an id is skipped. */
function peopleOf(source: unknown): NetworkPerson[] {
  const plain = toPlainData(source);
  const people = plain.ok && typeof plain.value === 'object' && plain.value !== null ? (plain.value as { people?: unknown }).people : undefined;
  return (Array.isArray(people) ? people : []).filter((p): p is NetworkPerson => typeof p === 'object' && p !== null && typeof (p as NetworkPerson).id === 'string');
}

/** Spheres of the professional network: the staff of daycare and school, and other professionals. */
export const PROFESSIONAL_SPHERES: readonly Sphere[] = ['dagtilbud-skole', 'professionelle'];

/**
 * Who to invite to a network meeting (det inddragende netværksmøde), private and professional network
 * kept apart as the meeting's invitation does: family, relatives, friends and leisure are the private
 * network; daycare and school staff and other professionals the professional one.
 */
export function invitationList(map: Pick<NetworkMap, 'people'>): { private: NetworkPerson[]; professional: NetworkPerson[] } {
  const invited = peopleOf(map).filter((p) => p.invite === true);
  return {
    private: invited.filter((p) => !PROFESSIONAL_SPHERES.includes(p.sphere)),
    professional: invited.filter((p) => PROFESSIONAL_SPHERES.includes(p.sphere)),
  };
}

/** What may change about a person between two versions of the map. */
export const COMPARED_FIELDS = ['sphere', 'ring', 'relation', 'support', 'safeAdult'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface NetworkComparison {
  /** In the later version only. */
  joined: NetworkPerson[];
  /** In the earlier version only. */
  left: NetworkPerson[];
  /** In both, with what changed (in the order of `COMPARED_FIELDS`). */
  changed: { before: NetworkPerson; after: NetworkPerson; fields: ComparedField[] }[];
}

/**
 * Compares two versions of a map (or a version with the current map), person by person by id: who
 * joined, who left, and whose place, relation, direction of support or "tryg voksen" changed. Reads any
 * input without throwing.
 */
export function compareNetworkVersions(earlier: Pick<NetworkMap, 'people'>, later: Pick<NetworkMap, 'people'>): NetworkComparison {
  const before = peopleOf(earlier);
  const after = peopleOf(later);
  const beforeById = new Map(before.map((p) => [p.id, p]));
  const afterIds = new Set(after.map((p) => p.id));
  const comparison: NetworkComparison = { joined: [], left: before.filter((p) => !afterIds.has(p.id)), changed: [] };
  for (const person of after) {
    const was = beforeById.get(person.id);
    if (!was) {
      comparison.joined.push(person);
      continue;
    }
    const fields = COMPARED_FIELDS.filter((field) => was[field] !== person[field]);
    if (fields.length) comparison.changed.push({ before: was, after: person, fields });
  }
  return comparison;
}

export const networkMapDefinition: RecordDefinition<NetworkMap> = {
  kind: 'network-map',
  schemaVersion: NETWORK_MAP_VERSION,
  schema: NetworkMap,
  migrations: {},
};
