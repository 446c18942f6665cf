// The custom-elements manifest (custom-elements.json): the one source that Storybook's docs and controls,
// the JSX and Vue types, VS Code's custom data and JetBrains' web-types are generated from
// (scripts/integrations.mjs). The analyzer reads the TypeScript source; this plugin makes what it finds
// fit for tools outside the repository:
// - paths name the shipped ES modules (dist/…/*.js), not the source, which the package does not contain;
// - only public API: private, protected, static and `_`-prefixed members and the form-associated and Lit
//   lifecycle callbacks are dropped;
// - every event has a type: Spire's own events their CustomEvent detail (a widget's `spire-submit`
//   carries its own record type), `input`/`change` plain `Event`s; an event without a literal name is
//   dropped;
// - the theme tokens documented once in shared/theme.ts (`@cssprop` lines) are listed on every element.
import { readFileSync } from 'node:fs';

const lifecycle = new Set([
  'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'adoptedCallback',
  'formAssociatedCallback', 'formResetCallback', 'formDisabledCallback', 'formStateRestoreCallback',
  'render', 'update', 'updated', 'firstUpdated', 'willUpdate', 'shouldUpdate', 'createRenderRoot',
  'performUpdate', 'scheduleUpdate', 'getUpdateComplete', 'requestUpdate',
]);

/** The detail type of each of Spire's events; `T` is the element's record type where it has one. */
const eventTypes = {
  'spire-submit': (record) => `CustomEvent<SpireSubmitDetail<${record ?? 'SpireRecord'}>>`,
  'spire-next-step': (record) => `CustomEvent<SpireNextStepDetail<${record ?? 'SpireRecord'}>>`,
  'spire-draft-saved': () => 'CustomEvent<SpireDraftSavedDetail>',
  'spire-draft-restored': () => 'CustomEvent<SpireDraftRestoredDetail>',
  'spire-storage-fallback': () => 'CustomEvent<SpireStorageFallbackDetail>',
  'spire-error': () => 'CustomEvent<SpireErrorDetail>',
  'spire-network-meeting': () => 'CustomEvent<SpireNetworkMeetingDetail>',
  'spire-referral-status': () => 'CustomEvent<SpireReferralStatusDetail>',
  input: () => 'Event',
  change: () => 'Event',
  statuschange: () => 'Event',
  'child-answer': () => 'CustomEvent<ChildAnswerDetail>',
  'child-houses': () => 'CustomEvent<ChildHousesDetail>',
  'child-done': () => 'CustomEvent<void>',
};

/** `@cssprop [--spire-x=default] - description` lines of the JSDoc above `themeStyles`. */
function themeTokens() {
  const source = readFileSync(new URL('./src/shared/theme.ts', import.meta.url), 'utf8');
  const tokens = [];
  for (const match of source.matchAll(/@cssprop\s+\[?(--spire-[\w-]+)(?:=([^\]\s]+(?:\s[^\]]+)?))?\]?\s+-\s+(.+)/g)) {
    tokens.push({ name: match[1], ...(match[2] ? { default: match[2].trim() } : {}), description: match[3].trim() });
  }
  return tokens;
}

const toDist = (path) => path.replace(/^\/?src\/(.+)\.(ts|js)$/, 'dist/$1.js');

function publicApi() {
  /** class name → the record type argument of `extends SpireRecordElement<…>`. */
  const recordTypes = new Map();
  return {
    name: 'spire-public-api',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const clause of node.heritageClauses ?? []) {
        for (const type of clause.types) {
          if (type.expression.getText() === 'SpireRecordElement' && type.typeArguments?.length) {
            recordTypes.set(node.name.getText(), type.typeArguments[0].getText());
          }
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const tokens = themeTokens();
      for (const mod of customElementsManifest.modules) {
        mod.path = toDist(mod.path);
        for (const declaration of mod.declarations ?? []) {
          if (declaration.superclass?.module) declaration.superclass.module = toDist(declaration.superclass.module);
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) =>
                member.privacy !== 'private' &&
                member.privacy !== 'protected' &&
                !member.static &&
                !/^[_#]/.test(member.name) &&
                !lifecycle.has(member.name),
            );
            for (const member of declaration.members) if (member.inheritedFrom?.module) member.inheritedFrom.module = toDist(member.inheritedFrom.module);
          }
          if (declaration.attributes) {
            const fields = new Set((declaration.members ?? []).map((member) => member.name));
            declaration.attributes = declaration.attributes.filter((attribute) => !attribute.fieldName || fields.has(attribute.fieldName));
            for (const attribute of declaration.attributes) if (attribute.inheritedFrom?.module) attribute.inheritedFrom.module = toDist(attribute.inheritedFrom.module);
          }
          if (declaration.events) {
            const record = recordTypes.get(declaration.name);
            declaration.events = declaration.events
              .filter((event) => typeof event.name === 'string' && event.name in eventTypes)
              .map((event) => ({
                ...event,
                type: { text: eventTypes[event.name](record) },
                ...(event.inheritedFrom?.module ? { inheritedFrom: { ...event.inheritedFrom, module: toDist(event.inheritedFrom.module) } } : {}),
              }));
          }
          if (declaration.customElement && declaration.tagName) {
            const own = (declaration.cssProperties ?? []).filter((property) => !tokens.some((token) => token.name === property.name));
            declaration.cssProperties = [...tokens, ...own];
          }
        }
        for (const entry of mod.exports ?? []) {
          const module = entry.declaration?.module;
          if (!module) continue;
          // `./x.js` from an index module, or `/src/x.ts`: both become the shipped dist path.
          entry.declaration.module = module.startsWith('./')
            ? toDist(`${mod.path.replace(/^dist\//, 'src/').replace(/[^/]+$/, '')}${module.slice(2)}`)
            : toDist(module);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Test helpers and type-only modules are not shipped as modules of their own.
  exclude: ['src/**/*.test.ts', 'src/testing/**', 'src/shared/speech-testing.ts', 'src/locales/types.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApi()],
};
