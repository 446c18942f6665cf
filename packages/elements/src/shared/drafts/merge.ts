/**
 * Three-way merge of two drafts of one record, for a record open in two tabs (or two widgets) at once.
 * `base` is the last version both sides had; `local` is this tab's, `remote` the one another tab saved.
 *
 * Field by field: what only one side changed is taken from that side; where both changed a field to
 * different values, this tab's value stays and the field is reported as a conflict, so the user can be
 * told and choose — nothing is overwritten silently. Lists of things with an `id` (people on a map, rows)
 * are merged item by item, so one tab adding a person and the other editing another keeps both.
 */
export interface DraftMerge<T> {
  value: T;
  /**
   * Where both sides changed the same field differently: its path in this tab's record (`observations`,
   * `people.2.name`, as the widget's fields name it) and in the other's (a list may be in another order).
   */
  conflicts: DraftConflict[];
}

export interface DraftConflict {
  path: string;
  remotePath: string;
}

type Json = unknown;

export function mergeDrafts<T>(base: T | undefined, local: T, remote: T): DraftMerge<T> {
  const conflicts: DraftConflict[] = [];
  const value = merge(base, local, remote, [], [], conflicts) as T;
  // When each side saved says nothing about the content: the later instant stands, and is no conflict.
  const [merged, mine, theirs]: Json[] = [value, local, remote];
  if (isObject(merged) && isObject(mine) && isObject(theirs) && typeof mine.updatedAt === 'string' && typeof theirs.updatedAt === 'string') {
    merged.updatedAt = mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt;
    const at = conflicts.findIndex((conflict) => conflict.path === 'updatedAt');
    if (at >= 0) conflicts.splice(at, 1);
  }
  return { value, conflicts };
}

/** `local` with `remote`'s value at each of `paths` (the user chose the other tab's version of them). */
export function takeAt<T>(local: T, remote: T, conflicts: readonly DraftConflict[]): T {
  let result = structuredClone(local) as Json;
  for (const { path, remotePath } of conflicts) result = setAt(result, path.split('.'), getAt(remote, remotePath.split('.')));
  return result as T;
}

function merge(base: Json, local: Json, remote: Json, path: string[], remotePath: string[], conflicts: DraftConflict[]): Json {
  if (sameDraft(local, remote)) return local;
  if (sameDraft(local, base)) return remote;
  if (sameDraft(remote, base)) return local;
  if (isObject(local) && isObject(remote)) {
    const b = isObject(base) ? base : {};
    const out: Record<string, Json> = {};
    for (const key of new Set([...Object.keys(local), ...Object.keys(remote)])) {
      const merged = merge(b[key], local[key], remote[key], [...path, key], [...remotePath, key], conflicts);
      if (merged !== undefined) out[key] = merged;
    }
    return out;
  }
  if (byId(local) && byId(remote)) return mergeById(Array.isArray(base) && byId(base) ? base : [], local, remote, path, remotePath, conflicts);
  conflicts.push({ path: path.join('.'), remotePath: remotePath.join('.') });
  return local;
}

type Item = Record<string, Json> & { id: string };

/** Items matched by id: the remote's order, then items only this tab added; a side's deletion of an item the other left alone stands. */
function mergeById(base: Item[], local: Item[], remote: Item[], path: string[], remotePath: string[], conflicts: DraftConflict[]): Item[] {
  const inBase = new Map(base.map((item) => [item.id, item]));
  const inLocal = new Map(local.map((item) => [item.id, item]));
  const inRemote = new Map(remote.map((item) => [item.id, item]));
  const ids = [...remote.map((item) => item.id), ...local.map((item) => item.id).filter((id) => !inRemote.has(id))];
  const out: Item[] = [];
  for (const id of ids) {
    const b = inBase.get(id);
    const l = inLocal.get(id);
    const r = inRemote.get(id);
    // Deleted on one side and left alone on the other: deleted. Deleted on one side, edited on the other: kept.
    if (!l && r) {
      if (b && sameDraft(r, b)) continue;
      out.push(r);
      continue;
    }
    if (l && !r) {
      if (b && sameDraft(l, b)) continue;
      out.push(l);
      continue;
    }
    // Paths name an item by its place in each side's list, as the widget's fields do.
    const at = local.findIndex((item) => item.id === id);
    const remoteAt = remote.findIndex((item) => item.id === id);
    out.push(merge(b, l, r, [...path, String(at)], [...remotePath, String(remoteAt)], conflicts) as Item);
  }
  return out;
}

function byId(value: Json): value is Item[] {
  return Array.isArray(value) && value.every((item) => isObject(item) && typeof item.id === 'string');
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of plain data (what a record is). */
export function sameDraft(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameDraft(item, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a).filter((key) => a[key] !== undefined);
  if (keys.length !== Object.keys(b).filter((key) => b[key] !== undefined).length) return false;
  return keys.every((key) => sameDraft(a[key], b[key]));
}

function getAt(value: Json, path: string[]): Json {
  let at = value;
  for (const key of path) at = isObject(at) || Array.isArray(at) ? (at as Record<string, Json>)[key] : undefined;
  return at;
}

function setAt(value: Json, path: string[], next: Json): Json {
  if (path.length === 0) return structuredClone(next);
  const [key, ...rest] = path as [string, ...string[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[Number(key)] = setAt(copy[Number(key)], rest, next);
    return copy;
  }
  const copy: Record<string, Json> = isObject(value) ? { ...value } : {};
  const child = setAt(copy[key], rest, next);
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  return copy;
}
