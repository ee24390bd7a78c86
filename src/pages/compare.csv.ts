import type { APIRoute } from 'astro';
import { getListings } from '#src/data/directory.ts';
import { compareCsv, compareRow } from '#src/views/compare.ts';

/**
 * The comparison table as CSV: the same rows and columns as /compare/, plus the EIA IDs. It starts with a
 * UTF-8 byte-order mark, without which Excel reads the file as Windows-1252 and garbles dashes and
 * apostrophes; standard CSV parsers skip it.
 */
export const GET: APIRoute = async ({ site }) =>
  new Response(`\uFEFF${compareCsv((await getListings()).map(compareRow), String(site))}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
