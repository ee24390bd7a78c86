/** Guides and EIA-861 directory entries as one list of utilities (logic in src/directory/listings.ts). */
import { getCollection } from 'astro:content';
import { buildListings, type Listing as AnyListing } from '#src/directory/listings.ts';
import type { DirectoryEntry } from '#src/schema/directory.ts';
import type { StateCode } from '#src/schema/fragments.ts';
import { getGuides, type Guide } from './utilities.ts';

export type Listing = AnyListing<Guide>;

let entries: DirectoryEntry[] | undefined;
let listings: Listing[] | undefined;

export async function getDirectory(): Promise<DirectoryEntry[]> {
  entries ??= (await getCollection('directory')).map((e) => e.data);
  return entries;
}

/** Guides and directory-only utilities, by name. */
export async function getListings(): Promise<Listing[]> {
  listings ??= buildListings(await getGuides(), await getDirectory());
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
