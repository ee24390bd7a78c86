import type { APIRoute } from 'astro';
import { getListings } from '#src/data/directory.ts';
import { compareCsv, compareRow } from '#src/views/compare.ts';

/** The comparison table as CSV: the same rows and columns as /compare/. */
export const GET: APIRoute = async ({ site }) =>
  new Response(compareCsv((await getListings()).map(compareRow), String(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
