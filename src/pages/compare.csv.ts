import type { APIRoute } from 'astro';
import { getListings } from '../data/directory.ts';
import { compareCsv, compareRow } from '../views/compare.ts';

/** The comparison table as CSV: the same rows and columns as /compare/. */
export const GET: APIRoute = async ({ site }) =>
  new Response(compareCsv((await getListings()).map(compareRow), String(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
