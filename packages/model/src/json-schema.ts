import './zod.js';
import * as z from 'zod/mini';
import type { RecordKind } from './common.js';
import { recordDefinitions } from './records.js';

/** Where the published schemas say they live; an identifier, never fetched by Spire. */
export const JSON_SCHEMA_BASE = 'https://spire.dk/schemas/';

/**
 * A JSON Schema (draft 2020-12) for one record kind, generated from the same zod schema the widgets
 * validate with, so back ends in any language check the same shapes. Cross-field rules (a justification
 * for gul/rød, consent from every custody holder …) cannot be expressed in JSON Schema; `parseRecord`
 * remains the full check, and the schema's description says so.
 */
export function toJsonSchema(kind: RecordKind): Record<string, unknown> {
  const definition = recordDefinitions[kind];
  const schema = z.toJSONSchema(definition.schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${JSON_SCHEMA_BASE}${kind}.v${definition.schemaVersion}.schema.json`,
    title: `Spire ${kind} (schema version ${definition.schemaVersion})`,
    description:
      'Generated from @spire/model. Shapes, types, enums and limits are checked here; cross-field rules ' +
      '(required justifications, completion rules, consent, status transitions) only by parseRecord.',
    ...schema,
  };
}
