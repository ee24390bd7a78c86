import type { APIRoute } from 'astro';
import { getListings } from '#src/data/directory.ts';
import { compareRow, dataCsv } from '#src/views/compare.ts';

/**
 * Every utility as machine-readable CSV: snake_case headers, plain numbers, status and evidence codes
 * (src/views/compare.ts, dataCsv; columns documented on /data/). No byte-order mark: this file is for
 * programs; /compare.csv is the one for spreadsheets.
 */
export const GET: APIRoute = async ({ site }) =>
  new Response(dataCsv((await getListings()).map(compareRow), String(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
