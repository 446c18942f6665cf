// The custom-elements manifest as the Docs tables and controls should see it: the public API only.
// Kept apart from preview.ts (no DOM, no Storybook) so it can be run over a manifest by itself.

interface ManifestItem {
  name?: unknown;
  kind?: unknown;
  privacy?: unknown;
  static?: unknown;
  fieldName?: unknown;
  [key: string]: unknown;
}

/** Called by the browser or Lit, never by a host: not API, however public in TypeScript. */
const LIFECYCLE = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'formAssociatedCallback',
  'formResetCallback',
  'formDisabledCallback',
  'formStateRestoreCallback',
]);

const isNamed = (item: ManifestItem): item is ManifestItem & { name: string } => typeof item.name === 'string' && item.name.trim() !== '';

/** A member a host may use: public, named, not static, not `_private` or `#private`, not a lifecycle callback. */
function isPublicMember(item: ManifestItem): boolean {
  if (!isNamed(item)) return false;
  if (item.privacy === 'private' || item.privacy === 'protected') return false;
  if (item.static === true) return false;
  if (item.name.startsWith('_') || item.name.startsWith('#')) return false;
  return !LIFECYCLE.has(item.name);
}

/**
 * The manifest with only the public API of each declaration, so the Docs tables and controls list what a
 * host can use (the analyzer also records private and protected members, statics and inherited
 * internals). Members as above; attributes only when named and not backed by a dropped field; events only
 * when named. Everything else (slots, parts, CSS properties, descriptions) passes unchanged. The input is
 * not changed, and anything not shaped like a manifest is passed through as it is.
 */
export function publicApi(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || !Array.isArray((input as { modules?: unknown }).modules)) return input;
  const source = input as { modules: unknown[] };
  const list = (value: unknown): ManifestItem[] => (Array.isArray(value) ? value.filter((item): item is ManifestItem => typeof item === 'object' && item !== null) : []);
  const modules = source.modules.map((module) => {
    if (typeof module !== 'object' || module === null) return module;
    const declarations = (module as { declarations?: unknown }).declarations;
    if (!Array.isArray(declarations)) return module;
    return {
      ...module,
      declarations: declarations.map((declaration: unknown) => {
        if (typeof declaration !== 'object' || declaration === null) return declaration;
        const d = declaration as Record<string, unknown>;
        const all = list(d.members);
        const kept = all.filter(isPublicMember);
        const keptNames = new Set(kept.map((item) => item.name));
        const dropped = new Set(all.filter((item) => !isPublicMember(item) && !keptNames.has(item.name)).map((item) => item.name));
        const next: Record<string, unknown> = { ...d };
        if ('members' in d) next.members = kept;
        if ('attributes' in d) next.attributes = list(d.attributes).filter((item) => isNamed(item) && !(typeof item.fieldName === 'string' && dropped.has(item.fieldName)));
        if ('events' in d) next.events = list(d.events).filter(isNamed);
        return next;
      }),
    };
  });
  return { ...source, modules };
}
