import type { APIRoute } from 'astro';
import { getListings } from '#src/data/directory.ts';
import { DATA_LICENCE, EIA_CREDIT } from '#src/lib/licence.ts';
import {
  CAPABILITY_COLUMNS,
  COLUMNS,
  compareRow,
  evidenceCell,
  DATA_COLUMNS,
  dataRecord,
  FIELD_COLUMNS,
} from '#src/views/compare.ts';

/**
 * Open data: the comparison table's rows (same columns as the CSV) and, for each utility with a guide,
 * its full typed data with its sources, valid against /schema/utility.schema.json.
 */
export const GET: APIRoute = async ({ site }) => {
  const listings = await getListings();
  const body = {
    schema: new URL('/schema/utility.schema.json', site).href,
    license: { ...DATA_LICENCE, eia: EIA_CREDIT },
    sources:
      'Guide facts: the sources each guide cites (guide.sources). EIA-861 figures: U.S. Energy Information Administration, public domain.',
    columns: COLUMNS,
    fieldColumns: FIELD_COLUMNS,
    // Each utility's `values`: typed (numbers, codes, true/false, lists), keyed as documented on /data/.
    valueColumns: DATA_COLUMNS,
    utilities: listings.map((l) => {
      const row = compareRow(l);
      return {
        slug: l.slug,
        url: new URL(`/utilities/${l.slug}/`, site).href,
        eiaIds: l.eia.map((e) => e.eiaId),
        row: Object.fromEntries(COLUMNS.map((c) => [c.key, row.cells[c.key].text])),
        evidence: Object.fromEntries(
          CAPABILITY_COLUMNS.map((c) => [c.key, evidenceCell(row.cells[c.key]) || null]),
        ),
        fields: Object.fromEntries(FIELD_COLUMNS.map((c) => [c.key, row.fields[c.key].text])),
        values: dataRecord(row, String(site)),
        ...(l.guide ? { guide: l.guide.data } : {}),
      };
    }),
  };
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
