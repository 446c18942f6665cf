// Generates the editor and framework integrations from the custom-elements manifest, the one source (as
// Web Awesome and Shoelace do), into dist/integrations/:
// - react.d.ts   JSX types for React 19 (`@spire/elements/jsx`): each tag's properties and `on<event>`
//                handlers, typed from the element classes themselves (a widget's `onspire-submit` gets
//                its own record type);
// - vue.d.ts     Vue 3 global component types (`@spire/elements/vue`): properties and `on<Event>`
//                handlers for templates checked by vue-tsc / Volar;
// - vscode.html-custom-data.json   VS Code's HTML custom data (tags, attributes, descriptions);
// - web-types.json                 JetBrains' web-types (elements, attributes, properties, events).
// Run after `cem analyze` and `tsc` (the types import dist/types). Usage: node scripts/integrations.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { widgets } from './widgets.mjs';

const packageDir = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', packageDir), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('package.json', packageDir), 'utf8'));
const out = new URL('dist/integrations/', packageDir);

/** The elements a page uses; the controls they render inside are not for hosts. */
const publicTags = widgets.map((widget) => widget.tag);

const elements = [];
for (const mod of manifest.modules) {
  for (const declaration of mod.declarations ?? []) {
    if (declaration.customElement && publicTags.includes(declaration.tagName)) elements.push({ ...declaration, path: mod.path });
  }
}
const missing = publicTags.filter((tag) => !elements.some((element) => element.tagName === tag));
if (missing.length) throw new Error(`custom-elements.json lacks ${missing.join(', ')}`);
elements.sort((a, b) => publicTags.indexOf(a.tagName) - publicTags.indexOf(b.tagName));

const settable = (element) => (element.members ?? []).filter((member) => member.kind === 'field' && !member.readonly);
const typesModule = (element) => `../types/${element.path.replace(/^dist\//, '').replace(/\.js$/, '.js')}`;
const camel = (name) => name.replace(/-([a-z])/g, (_m, letter) => letter.toUpperCase());
const vueHandler = (event) => `on${camel(event).replace(/^./, (c) => c.toUpperCase())}`;
const doc = (text) => (text ? `/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const header = '// Generated from custom-elements.json by scripts/integrations.mjs. Do not edit.\n';

function imports() {
  return elements.map((element) => `import type { ${element.name} } from '${typesModule(element)}';`).join('\n');
}

function propsType(element, handlers) {
  const props = settable(element).map((member) => `  ${doc(member.description).replace(/\n$/, '\n  ')}${member.name}?: ${element.name}['${member.name}'];`);
  // Spire's own events; \`input\` and \`change\` are the frameworks' own onInput/onChange.
  const events = (element.events ?? []).filter((event) => event.name.startsWith('spire-')).map(
    (event) => `  ${doc(event.description).replace(/\n$/, '\n  ')}'${handlers(event.name)}'?: (event: SpireEventsOf<${element.name}>['${event.name}']) => void;`,
  );
  return `{\n${[...props, ...events].join('\n')}\n}`;
}

function react() {
  const props = elements.map((element) => `type ${element.name}Props = ${propsType(element, (name) => `on${name}`)};`).join('\n');
  const tags = elements
    .map((element) => `      ${doc(element.summary ?? element.description?.split('\n')[0]).replace(/\n$/, '\n      ')}'${element.tagName}': SpireJsxProps<${element.name}, ${element.name}Props>;`)
    .join('\n');
  return `${header}// React 19 sets a custom element's properties and listens to its events (\`onspire-submit\`) by itself;
// for React 18 and earlier use @spire/react's wrappers. Use: import type {} from '@spire/elements/jsx';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SpireEventsOf } from '../types/shared/events.js';
${imports()}

type SpireJsxProps<E, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P & { class?: string };

${props}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${tags}
    }
  }
}
`;
}

function vue() {
  const props = elements.map((element) => `type ${element.name}VueProps = ${propsType(element, vueHandler)};`).join('\n');
  const tags = elements.map((element) => `    '${element.tagName}': DefineComponent<${element.name}VueProps>;`).join('\n');
  return `${header}// Vue 3: types for templates checked by vue-tsc / Volar. Tell Vue's compiler the tags are custom
// elements (compilerOptions.isCustomElement: (tag) => tag.startsWith('spire-')) and bind records as
// properties (:value.prop or just :value). Use: import type {} from '@spire/elements/vue';
import type { DefineComponent } from 'vue';
import type { SpireEventsOf } from '../types/shared/events.js';
${imports()}

${props}

declare module 'vue' {
  interface GlobalComponents {
${tags}
  }
}
`;
}

const attributesOf = (element) =>
  (element.attributes ?? []).map((attribute) => ({
    name: attribute.name,
    description: attribute.description ?? '',
    ...(attribute.type?.text ? { type: attribute.type.text } : {}),
    values: [...(attribute.type?.text ?? '').matchAll(/'([^']+)'/g)].map((match) => ({ name: match[1] })),
  }));

function vscode() {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: element.summary ?? element.description ?? '',
      attributes: attributesOf(element).map(({ name, description, values }) => ({ name, description, ...(values.length ? { values } : {}) })),
      references: [{ name: 'README', url: pkg.homepage }],
    })),
  };
}

function webTypes() {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: element.description ?? '',
          'doc-url': pkg.homepage,
          attributes: attributesOf(element).map(({ name, description, type, values }) => ({
            name,
            description,
            value: { type: type ?? 'string', ...(values.length ? { kind: 'plain' } : {}) },
          })),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '', type: event.type?.text })),
          js: {
            properties: settable(element).map((member) => ({ name: member.name, description: member.description ?? '', type: member.type?.text })),
            events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '', type: event.type?.text })),
          },
        })),
      },
    },
  };
}

mkdirSync(out, { recursive: true });
writeFileSync(new URL('react.d.ts', out), react());
writeFileSync(new URL('vue.d.ts', out), vue());
// The type-only entries need a module to resolve to at run time (`import '@spire/elements/jsx'`).
writeFileSync(new URL('types-only.js', out), '// Types only: see react.d.ts and vue.d.ts beside this file.\nexport {};\n');
writeFileSync(new URL('vscode.html-custom-data.json', out), `${JSON.stringify(vscode(), null, 2)}\n`);
writeFileSync(new URL('web-types.json', out), `${JSON.stringify(webTypes(), null, 2)}\n`);
console.log(`integrations: ${elements.length} elements → dist/integrations/`);
