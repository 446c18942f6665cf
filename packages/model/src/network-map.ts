import './zod.js';
import * as z from 'zod/mini';
import { toPlainData } from './plain.js';
import { type CreateRecordOptions, type RecordDefinition, Id, newId, newRecordHeader, IsoDate, RecordStatus, addIssue, duplicateIndexes, optionalText, recordBase, text } from './common.js';

export const SPHERES = ['familie', 'slaegt', 'venner', 'dagtilbud-skole', 'fritid-forening', 'professionelle'] as const;
export const Sphere = z.enum(SPHERES);
export type Sphere = z.infer<typeof Sphere>;

/** Ecomap notation: strong = thick solid line, ordinary, weak = dashed, stressful = zigzag. */
export const RELATIONS = ['strong', 'ordinary', 'weak', 'stressful'] as const;
/** Direction of support, drawn as arrows. */
export const SUPPORT_DIRECTIONS = ['to-child', 'from-child', 'both', 'none'] as const;
/** Who gave the information: the child's own map may differ from the adults'. */
export const SOURCES = ['barnet', 'foraelder', 'fagperson'] as const;

export const NetworkPerson = z.object({
  id: Id,
  /** A name or initials: as little as the network meeting needs. */
  name: text(100),
  role: text(100),
  sphere: Sphere,
  /** 1 is closest to the child. */
  ring: z.int().check(z.gte(1), z.lte(3)),
  relation: z.enum(RELATIONS),
  support: z.enum(SUPPORT_DIRECTIONS),
  /** "Tryg voksen": an adult the child feels safe with. */
  safeAdult: z.boolean(),
  source: z.enum(SOURCES),
  /** Minimal contact data, only for inviting to a network meeting. */
  contact: z.optional(z.object({ phone: optionalText(40), email: optionalText(200) })),
  invite: z.boolean(),
});
export type NetworkPerson = z.infer<typeof NetworkPerson>;

export const NetworkMapVersion = z.object({ id: Id, date: IsoDate, note: optionalText(1000), people: z.array(NetworkPerson) });
export type NetworkMapVersion = z.infer<typeof NetworkMapVersion>;

export const NETWORK_MAP_VERSION = 1;

export const NetworkMap = z
  .object({
    ...recordBase('network-map', NETWORK_MAP_VERSION),
    status: RecordStatus,
    people: z.array(NetworkPerson),
    /** Dated snapshots, oldest first, so the map can be compared over time. */
    versions: z.array(NetworkMapVersion),
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

/**
 * Who to invite to a network meeting (det inddragende netværksmøde), private and professional network
 * kept apart as the meeting's invitation does.
 */
export function invitationList(map: Pick<NetworkMap, 'people'>): { private: NetworkPerson[]; professional: NetworkPerson[] } {
  const plain = toPlainData(map);
  const people = plain.ok && typeof plain.value === 'object' && plain.value !== null ? (plain.value as { people?: unknown }).people : undefined;
  const invited = (Array.isArray(people) ? people : []).filter(
    (p): p is NetworkPerson => typeof p === 'object' && p !== null && (p as NetworkPerson).invite === true,
  );
  return {
    private: invited.filter((p) => p.sphere !== 'professionelle'),
    professional: invited.filter((p) => p.sphere === 'professionelle'),
  };
}

export const networkMapDefinition: RecordDefinition<NetworkMap> = {
  kind: 'network-map',
  schemaVersion: NETWORK_MAP_VERSION,
  schema: NetworkMap,
  migrations: {},
};
