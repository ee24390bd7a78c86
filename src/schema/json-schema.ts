/**
 * JSON Schema of a guide, generated from the zod schema (zod 4's own converter), so open-data users and
 * editors' YAML tooling see the same fields, enums and limits as the checker. Cross-field rules (citations,
 * commodities) are the checker's alone; the schema describes shapes.
 */
import { z } from 'astro/zod';
import { otherForm } from './fragments.ts';
import { utilitySchema } from './utility.ts';

type Json = Record<string, unknown>;

/**
 * Where each form is published. `output` is the typed data as the site publishes it (compare.json, each
 * guide's JSON): every short form expanded, defaults filled. `input` is what editors may write (short
 * forms too); the committed schema/utility.schema.json is this one, for editors' YAML tooling.
 */
export const SCHEMA_PATHS = { output: '/schema/utility.schema.json', input: '/schema/utility-input.schema.json' } as const;

export function guideJsonSchema(io: 'input' | 'output' = 'output') {
  return {
    ...z.toJSONSchema(utilitySchema, {
      io,
      unrepresentable: 'any',
      target: 'draft-2020-12',
      // What editors may write includes the short forms a preprocess step expands.
      override: (ctx) => {
        const alt = io === 'input' && otherForm(ctx.zodSchema as unknown as z.ZodType);
        if (!alt) return;
        const { description, default: fallback, ...full } = ctx.jsonSchema as Json;
        const short = z.toJSONSchema(alt, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
        delete short.$schema;
        for (const k of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Json)[k];
        Object.assign(ctx.jsonSchema, { ...(description ? { description } : {}), ...(fallback !== undefined ? { default: fallback } : {}), anyOf: [short, full] });
      },
    }),
    $id: `https://utilitydataguides.org${SCHEMA_PATHS[io]}`,
    title: io === 'input' ? 'Utility data access guide: frontmatter as editors write it' : 'Utility data access guide: typed data as published',
  };
}
