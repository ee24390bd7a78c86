import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuides, type Guide } from '#src/data/utilities.ts';

/**
 * Each guide's typed data with its sources and citations, as published: valid against
 * /schema/utility.schema.json (the strict schema, so nothing but the guide's own fields).
 */
export const getStaticPaths = (async () =>
  (await getGuides()).map((guide) => ({
    params: { slug: guide.id },
    props: { guide },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { guide: Guide }).guide.data, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
