/**
 * Which utility serves me: the counties each utility reported serving, per state, from Form EIA-861's
 * Service_Territory workbook (the directory's `counties`), turned around into the utilities serving each
 * county. Several utilities often serve one county, and the utility's own service map decides an address;
 * the pages say both. Pure: no I/O.
 */
import type { StateCode } from '#src/schema/fragments.ts';
import { slugify } from '#src/directory/slug.ts';
import { stateHubPath } from '#src/lib/urls.ts';

export interface CountyUtility<L> {
  listing: L;
  eiaId: number;
}

export interface County<L> {
  state: StateCode;
  /** The county as EIA writes it ("Pierce", "St. Louis City", "Yukon Koyukuk"). */
  name: string;
  /** As a reader says it: "Pierce County", "Orleans Parish", "St. Louis City", "Yukon Koyukuk". */
  label: string;
  slug: string;
  utilities: CountyUtility<L>[];
}

/** Louisiana has parishes; Alaska boroughs and census areas, which EIA names without a suffix. */
export function countyLabel(state: StateCode, name: string): string {
  if (state === 'AK' || state === 'DC' || /\b(City|County|Parish|Borough|Municipio)$/i.test(name))
    return name;
  if (state === 'LA') return `${name} Parish`;
  if (state === 'PR') return `${name} Municipio`;
  return `${name} County`;
}

/** A county's slug: its name as a plain file name. */
export const countySlug = (name: string) => slugify(name) || 'county';

/** The state hub's county list, and one county's page. */
export const countiesPath = (state: string) => `${stateHubPath(state)}#counties`;
export const countyPath = (state: string, slug: string) =>
  `${stateHubPath(state)}counties/${slug}/`;

/**
 * Every county of every state with the utilities that reported serving it, counties A–Z within a state and
 * utilities by name. `entriesOf` gives a listing's EIA entries (a guide may hold several).
 */
export function countyIndex<L extends { name: string }>(
  listings: readonly L[],
  entriesOf: (
    l: L,
  ) => readonly { eiaId: number; counties?: Partial<Record<string, string[]>> | null }[],
): Map<StateCode, County<L>[]> {
  const byKey = new Map<string, County<L>>();
  for (const l of listings)
    for (const e of entriesOf(l))
      for (const [state, names] of Object.entries(e.counties ?? {}))
        for (const name of names ?? []) {
          // Two spellings of one county ("Yukon Koyukuk", "Yukon-Koyukuk") share a slug and so one page.
          const key = `${state}|${countySlug(name)}`;
          let c = byKey.get(key);
          if (!c)
            byKey.set(
              key,
              (c = {
                state: state as StateCode,
                name,
                label: countyLabel(state as StateCode, name),
                slug: countySlug(name),
                utilities: [],
              }),
            );
          if (!c.utilities.some((u) => u.listing === l))
            c.utilities.push({ listing: l, eiaId: e.eiaId });
        }
  const out = new Map<StateCode, County<L>[]>();
  for (const c of byKey.values()) {
    c.utilities.sort((a, b) => a.listing.name.localeCompare(b.listing.name, 'en'));
    out.set(c.state, [...(out.get(c.state) ?? []), c]);
  }
  for (const list of out.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return out;
}
