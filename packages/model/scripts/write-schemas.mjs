// Writes packages/model/schemas/<kind>.schema.json from the built package, so the JSON Schemas are
// generated from the zod schemas and never written twice by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RECORD_KINDS, toJsonSchema } from '../dist/index.js';

const out = fileURLToPath(new URL('../schemas/', import.meta.url));
mkdirSync(out, { recursive: true });
for (const kind of RECORD_KINDS) {
  const file = `${out}${kind}.schema.json`;
  writeFileSync(file, `${JSON.stringify(toJsonSchema(kind), null, 2)}\n`);
  console.log(`wrote ${file.slice(out.length - 'schemas/'.length)}`);
}
