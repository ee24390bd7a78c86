import type { APIRoute } from 'astro';
import { guideJsonSchema } from '#src/schema/json-schema.ts';

/** The JSON Schema of a guide's data (also what editors' YAML is checked against in their editor). */
export const GET: APIRoute = () => new Response(JSON.stringify(guideJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
