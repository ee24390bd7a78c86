import type { APIRoute } from 'astro';
import { guideJsonSchema } from '#src/schema/json-schema.ts';

/** The JSON Schema of a guide's frontmatter as editors write it (short forms allowed). */
export const GET: APIRoute = () => new Response(JSON.stringify(guideJsonSchema('input'), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
