// The theme's one rule, read from the source: every colour, space, radius and font a widget's CSS uses
// goes through a `--spire-*` token documented once, in the `@cssprop` lines above `themeStyles` in
// packages/elements/src/shared/theme.ts (the custom-elements manifest lists them on every element, and
// the README's table has them all). Component CSS reads only the private `--_*` copies made there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'packages/elements/src');
const themePath = join(src, 'shared/theme.ts');
const theme = readFileSync(themePath, 'utf8');

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}
const files = sources(src).map((path) => ({ path, name: relative(src, path), text: readFileSync(path, 'utf8') }));

/** The documented tokens, read as the manifest plugin reads them (custom-elements-manifest.config.mjs). */
const doc = theme.slice(0, theme.indexOf('export const themeStyles'));
const documented = [...doc.matchAll(/@cssprop\s+\[?(--spire-[\w-]+)(?:=([^\]\s]+(?:\s[^\]]+)?))?\]?\s+-\s+(.+)/g)].map((m) => ({ name: m[1], default: m[2], description: m[3] }));
const names = new Set(documented.map((t) => t.name));

/** The text of every css`` template, and of every html``/svg`` template, per file. */
const templates = (text, tag) => [...text.matchAll(new RegExp(`\\b${tag}\`([^\`]*)\``, 'g'))].map((m) => m[1]);
/** `property: value` declarations of a CSS text (custom properties included). */
/** A value's space-separated parts, functions kept whole. */
function parts(value) {
  const out = [''];
  let depth = 0;
  for (const ch of value) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (out.at(-1)) out.push('');
    } else out[out.length - 1] += ch;
  }
  return out.filter(Boolean);
}
const declarations = (css) => [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(?:^|[{;\s])([a-z_-]+)\s*:\s*([^;{}]+);/g)].map((m) => ({ property: m[1], value: m[2].trim() }));

test('every token has a default and a description, in the JSDoc right above themeStyles', () => {
  assert.ok(documented.length >= 40, `only ${documented.length} @cssprop lines`);
  assert.match(theme, /\*\/\nexport const themeStyles = css`/, 'the JSDoc block ends directly above `export const themeStyles`');
  for (const token of documented) {
    assert.ok(token.default, `${token.name} has a default: [${token.name}=…]`);
    assert.match(token.description, /^[A-Z`].*\.$/, `${token.name}: a short English sentence`);
  }
  assert.equal(names.size, documented.length, 'each token once');
});

test('every documented token is read by the theme, with the documented default', () => {
  const css = templates(theme, 'css').join('\n');
  const norm = (v) => v.toLowerCase().replace(/#([0-9a-f])([0-9a-f])([0-9a-f])\b/g, '#$1$1$2$2$3$3').replace(/\s+/g, ' ').trim();
  for (const token of documented) {
    const read = new RegExp(`var\\(${token.name},\\s*((?:[^()]|\\((?:[^()]|\\([^()]*\\))*\\))+)\\)`).exec(css);
    assert.ok(read, `${token.name} is read in themeStyles as var(${token.name}, default)`);
    if (!token.default.includes('var(')) assert.equal(norm(read[1]), norm(token.default), `${token.name}: the documented default is the one used`);
  }
});

test('every --spire-* property used anywhere in the elements is documented', () => {
  for (const file of files) {
    for (const [used] of file.text.matchAll(/--spire-[\w-]+/g)) {
      assert.ok(names.has(used), `${file.name} uses ${used}, which is not documented in theme.ts`);
    }
  }
});

test('no element documents a shared token of its own (@cssprop lives in theme.ts only)', () => {
  for (const file of files.filter((f) => f.path !== themePath)) {
    const own = [...file.text.matchAll(/@cssprop\s+\[?(--spire-[\w-]+)/g)].map((m) => m[1]).filter((n) => names.has(n));
    assert.deepEqual(own, [], `${file.name} repeats shared tokens`);
  }
});

test('component CSS writes no colour, space, radius or font of its own', () => {
  const colour = /#[0-9a-f]{3,8}\b|\b(?:rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch|color)\(|\b(?:white|black|red|green|blue|gray|grey|yellow|orange|silver|navy)\b/i;
  const space = /^(?:0|auto|var\(--_space-[a-z0-9]+\)|calc\(var\(--_space-[a-z0-9]+\) - \d+px\)|clamp\(var\(--_space-[a-z0-9]+\), [\d.]+vw, var\(--_space-[a-z0-9]+\)\))$/;
  const problems = [];
  for (const file of files.filter((f) => f.path !== themePath)) {
    for (const css of templates(file.text, 'css')) {
      for (const { property, value } of declarations(css)) {
        const at = `${file.name}: ${property}: ${value}`;
        if (colour.test(value)) problems.push(`colour ${at}`);
        if (/^(?:padding|margin|gap|row-gap|column-gap)(?:-|$)/.test(property)) {
          for (const part of parts(value)) if (!space.test(part)) problems.push(`space ${at}`);
        }
        if (property === 'font-size' && !/^(?:var\(--_font-[a-z0-9]+\)|calc\(var\(--_font-[a-z0-9]+\) \* [\d.]+\)|clamp\(var\(--_font-[a-z0-9]+\), [\d.]+vw, var\(--_font-[a-z0-9]+\)\)|\d+pt)$/.test(value)) problems.push(`font size ${at}`);
        if (property === 'font-family') problems.push(`font family ${at}`);
        // 50% and 999px are shapes (a circle, a pill), not a corner size.
        if (/radius/.test(property) && !/^(?:var\(--_radius(?:-l)?\)|50%|999px)$/.test(value)) problems.push(`radius ${at}`);
        // Outside the theme a private token is only ever pointed at a system colour (forced colours).
        if (property.startsWith('--_') && !/^(?:Canvas|CanvasText|GrayText|Highlight|HighlightText|ButtonText|ButtonFace|LinkText|Mark|MarkText)$/.test(value)) problems.push(`private token defined outside the theme ${at}`);
      }
    }
    // Templates draw with classes the CSS colours, never with a colour of their own; the network map's
    // export palette (INK, always light, for files) is the one exception.
    for (const markup of [...templates(file.text, 'html'), ...templates(file.text, 'svg')]) {
      for (const [hit] of markup.matchAll(/(?:fill|stroke|color|style)=["'][^"']*(?:#[0-9a-f]{3,8}\b|rgb)/gi)) problems.push(`colour in markup ${file.name}: ${hit}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the README lists every token', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const missing = [...names].filter((name) => !readme.includes(`\`${name}\``));
  assert.deepEqual(missing, [], 'README.md: the theming table names every token');
});
