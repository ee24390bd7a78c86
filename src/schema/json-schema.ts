/**
 * JSON Schema of a guide, generated from the zod schema (zod 4's own converter), so open-data users and
 * editors' YAML tooling see the same fields, enums and limits as the checker. Cross-field rules (citations,
 * commodities) are the checker's alone; the schema describes shapes.
 */
import { z } from 'astro/zod';
import { utilitySchema } from './utility.ts';

export function guideJsonSchema(io: 'input' | 'output' = 'output') {
  return {
    ...z.toJSONSchema(utilitySchema, { io, unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: 'https://utilitydataguides.org/schema/utility.schema.json',
    title: 'Utility data access guide',
  };
}
