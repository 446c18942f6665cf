// Generates @spire/react from @spire/elements' custom-elements manifest (the one source the JSX, Vue and
// editor types come from too): one module per public element, a React component made by @lit/react's
// createComponent — properties set as properties, Spire's events as typed `onSpire…` props — for React 18
// and earlier (React 19 handles custom elements itself). Each module imports the element's own define
// module, so a page with one wrapper loads one widget. Usage: node scripts/generate.mjs
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { widgets } from '../../elements/scripts/widgets.mjs';

const packageDir = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('../elements/custom-elements.json', packageDir), 'utf8'));
const out = new URL('dist/', packageDir);

/** tag → the wrapper's module name and the element's define module. */
const wrappers = Object.fromEntries(widgets.map((widget) => [widget.tag, [widget.react, widget.define]]));

const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName in wrappers));
const missing = Object.keys(wrappers).filter((tag) => !elements.some((element) => element.tagName === tag));
if (missing.length) throw new Error(`custom-elements.json lacks ${missing.join(', ')}`);

const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_m, _dash, letter) => letter.toUpperCase());
const header = '// Generated from @spire/elements/custom-elements.json by scripts/generate.mjs. Do not edit.\n';

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const index = [];
for (const element of elements) {
  const [file, define] = wrappers[element.tagName];
  const events = (element.events ?? []).filter((event) => event.name.startsWith('spire-'));
  const eventMap = events.map((event) => `    on${pascal(event.name)}: '${event.name}',`).join('\n');
  writeFileSync(
    new URL(`${file}.js`, out),
    `${header}import * as React from 'react';
import { createComponent } from '@lit/react';
import '@spire/elements/${define}';

/** React component for \`<${element.tagName}>\`. */
export const ${element.name} = createComponent({
  react: React,
  tagName: '${element.tagName}',
  // The class the define module registered (or another copy of Spire registered first).
  elementClass: customElements.get('${element.tagName}'),
  events: {
${eventMap}
  },
  displayName: '${element.name}',
});
`,
  );
  const eventTypes = events
    .map((event) => `    ${event.description ? `/** ${event.description.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n    ` : ''}on${pascal(event.name)}: EventName<SpireEventsOf<Element>['${event.name}']>;`)
    .join('\n');
  writeFileSync(
    new URL(`${file}.d.ts`, out),
    `${header}import type { EventName, ReactWebComponent } from '@lit/react';
import type { ${element.name} as Element, SpireEventsOf } from '@spire/elements';

${element.description ? `/** ${element.description.split('\n\n')[0].replace(/\s*\n\s*/g, ' ').replace(/\*\//g, '*\\/')} */\n` : ''}export declare const ${element.name}: ReactWebComponent<
  Element,
  {
${eventTypes}
  }
>;
`,
  );
  index.push(`export { ${element.name} } from './${file}.js';`);
}
writeFileSync(new URL('index.js', out), `${header}${index.join('\n')}\n`);
writeFileSync(new URL('index.d.ts', out), `${header}${index.join('\n')}\n`);
console.log(`@spire/react: ${elements.length} wrappers → dist/`);
