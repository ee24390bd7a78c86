/** Guides and EIA-861 directory entries as one list of utilities (logic in src/directory/listings.ts). */
import { getCollection } from 'astro:content';
import { buildListings, type Listing as AnyListing } from '#src/directory/listings.ts';
import type { DirectoryEntry } from '#src/schema/directory.ts';
import type { StateCode } from '#src/schema/fragments.ts';
import { getGuides, type Guide } from './utilities.ts';
import { countyIndex, type County } from '#src/views/counties.ts';
import { getNames } from './collections.ts';

export type Listing = AnyListing<Guide>;

let entries: DirectoryEntry[] | undefined;
let listings: Listing[] | undefined;

export async function getDirectory(): Promise<DirectoryEntry[]> {
  entries ??= (await getCollection('directory')).map((e) => e.data);
  return entries;
}

/** Guides and directory-only utilities, by name. */
export async function getListings(): Promise<Listing[]> {
  listings ??= buildListings(await getGuides(), await getDirectory(), getNames());
  return listings;
}

/** Every listing serving each state (a multi-state utility appears under each). */
export async function getListingsByState(): Promise<Map<StateCode, Listing[]>> {
  const map = new Map<StateCode, Listing[]>();
  for (const l of await getListings())
    for (const s of l.states) map.set(s, [...(map.get(s) ?? []), l]);
  return map;
}

/** Directory-only listings, for their pages under /utilities/<slug>/. */
export async function directoryOnly(): Promise<Listing[]> {
  return (await getListings()).filter((l) => !l.guide);
}

let counties: Map<StateCode, County<Listing>[]> | undefined;

/** Every county with the utilities that reported serving it (src/views/counties.ts). */
export async function getCounties(): Promise<Map<StateCode, County<Listing>[]>> {
  counties ??= countyIndex(await getListings(), (l) => l.eia);
  return counties;
}

let clashes: Set<string> | undefined;

/**
 * Names that two listings in one state share once EIA's abbreviations are spelled out ("Farmers Electric
 * Coop" and "Farmers Electric Coop Inc" in Iowa): their titles carry the EIA ID so each stays unique.
 */
export async function sharesName(l: Listing): Promise<boolean> {
  if (!clashes) {
    const seen = new Map<string, number>();
    const key = (x: Listing, s: string) => `${x.name.toLowerCase()}|${s}`;
    for (const x of await getListings())
      for (const s of x.states) seen.set(key(x, s), (seen.get(key(x, s)) ?? 0) + 1);
    clashes = new Set([...seen].filter(([, n]) => n > 1).map(([k]) => k));
  }
  return l.states.some((s) => clashes!.has(`${l.name.toLowerCase()}|${s}`));
}

/** Utilities without a guide whose names entry names a parent, for the parent-company pages. */
export async function namedMembers() {
  return (await directoryOnly()).flatMap((l) =>
    l.names?.parent
      ? [
          {
            slug: l.slug,
            name: l.name,
            states: l.states,
            parent: l.names.parent,
            sources: l.names.sources,
          },
        ]
      : [],
  );
}
