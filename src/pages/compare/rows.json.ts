import type { APIRoute } from 'astro';
import { getListings } from '#src/data/directory.ts';
import { COLUMNS, compareRow } from '#src/views/compare.ts';

/** Compact rows for the picker: [slug, name, [text, tone] per column]. */
export const GET: APIRoute = async () => {
  const rows = (await getListings()).map((l) => {
    const r = compareRow(l);
    return [l.slug, l.name, COLUMNS.map((c) => [r.cells[c.key].text, r.cells[c.key].tone ?? ''])];
  });
  return new Response(JSON.stringify({ columns: COLUMNS, rows }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
