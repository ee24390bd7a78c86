/**
 * The data-field matrix: for every field a third party may need, whether the utility gives it, summed over
 * the guide's rows (which may differ by route or customer class). Fields of a commodity the utility does
 * not deliver are left out; a field no row mentions is "not published", never "no".
 */
import { DATA_FIELD, NOT_PUBLISHED } from '#src/schema/enums.ts';
import { DATA_FIELD_COMMODITY } from '#src/schema/sections/data-fields.ts';
import type { Utility } from '#src/schema/utility.ts';
import type { Tone } from './parts.ts';
import { evidenceOf, type Evidence } from './evidence.ts';
import { weakest } from './capabilities.ts';

export type DataFieldId = keyof typeof DATA_FIELD;
export const DATA_FIELD_IDS = Object.keys(DATA_FIELD) as DataFieldId[];

export interface DataFieldSummary {
  field: DataFieldId;
  label: string;
  /** yes: every row that says so says yes; partial: yes for some routes or classes, no for others. */
  tone: Tone;
  value: string;
  rows: Utility['dataFields'];
  /** The weakest evidence among the rows that say yes or no. */
  evidence: Evidence;
}

/** The fields that apply to a utility delivering `commodities`. */
export function applicableFields(commodities: readonly string[]): DataFieldId[] {
  return DATA_FIELD_IDS.filter((f) => {
    const c = DATA_FIELD_COMMODITY[f];
    return !c || commodities.includes(c);
  });
}

export const DATA_FIELD_VALUE: Record<Tone, string> = {
  yes: 'Yes',
  partial: 'For some routes or customers',
  no: 'No',
  unknown: NOT_PUBLISHED,
};

export function dataFieldMatrix(
  u: Pick<Utility, 'commodities' | 'dataFields'> & Partial<Pick<Utility, 'sources'>>,
): DataFieldSummary[] {
  return applicableFields(u.commodities).map((field) => {
    const rows = u.dataFields.filter((d) => d.field === field);
    const yes = rows.some((r) => r.status === 'yes');
    const no = rows.some((r) => r.status === 'no');
    const tone: Tone = yes && no ? 'partial' : yes ? 'yes' : no ? 'no' : 'unknown';
    const evidence = weakest(rows.map((r) => evidenceOf(u, r.cite, r.status)));
    return { field, label: DATA_FIELD[field], tone, value: DATA_FIELD_VALUE[tone], rows, evidence };
  });
}

/**
 * "5 of 12 confirmed": how many applicable fields a primary source confirms as given (in full or in part),
 * and how many more only secondary sources report.
 */
export function dataFieldCount(
  u: Pick<Utility, 'commodities' | 'dataFields'> & Partial<Pick<Utility, 'sources'>>,
): {
  confirmed: number;
  reported: number;
  applicable: number;
} {
  const given = dataFieldMatrix(u).filter((s) => s.tone === 'yes' || s.tone === 'partial');
  return {
    confirmed: given.filter((s) => s.evidence.tier !== 'reported').length,
    reported: given.filter((s) => s.evidence.tier === 'reported').length,
    applicable: applicableFields(u.commodities).length,
  };
}

/** Guides grouped by whether a source confirms aggregated whole-building data (for benchmarking pages). */
export function wholeBuildingGroups<G extends { data: Pick<Utility, 'wholeBuilding'> }>(
  guides: G[],
): Record<'yes' | 'no' | 'unknown', G[]> {
  const out = { yes: [] as G[], no: [] as G[], unknown: [] as G[] };
  for (const g of guides) out[g.data.wholeBuilding.status].push(g);
  return out;
}
