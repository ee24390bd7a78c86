/**
 * Every US electric utility in one list: the written guides, plus every EIA-861 utility without a guide
 * ("no guide yet"). A guide claims the EIA entries whose IDs it lists, so a guide and its EIA entry are one
 * page, never two, and the guide keeps its slug. Directory slugs come from the importer (name + state,
 * stable across data years); one that a guide already uses gets the EIA ID appended. Pure: the pages and
 * the sitemap filter both build the list from the same inputs.
 */
import { expandEiaName } from './names.ts';
import type { DirectoryEntry } from '#src/schema/directory.ts';
import type { StateCode } from '#src/schema/fragments.ts';
import type { Utility } from '#src/schema/utility.ts';
import type { NameEntry } from '#src/schema/collections.ts';

export interface Listing<
  G extends { slug: string; data: Utility } = { slug: string; data: Utility },
> {
  slug: string;
  name: string;
  states: StateCode[];
  guide?: G;
  /** EIA-861 entries: the guide's (by EIA ID), or the one directory entry. */
  eia: DirectoryEntry[];
  /** A directory utility's sourced names, website and contact (content/names/), when there is an entry. */
  names?: NameEntry;
  /** EIA's name spelled out, when the listing's name is a brand that does not start with it. */
  legalName?: string;
}

/** EIA's name without its " - (ST)" suffix, which pages show as the state instead. */
export const eiaName = (e: DirectoryEntry) =>
  e.name
    .replace(/\s*-\s*\(([A-Z]{2})\)\s*$/, (m, st: string) =>
      e.states.includes(st as StateCode) ? '' : m,
    )
    .trim() || e.name;

/** The name pages show: EIA's name with its abbreviations spelled out (src/directory/names.ts). */
export const displayName = (e: DirectoryEntry) => expandEiaName(eiaName(e));

/**
 * The brand name leads where content/names/ gives one; EIA's spelled-out name follows in brackets when the brand
 * does not already start with it ("CPS Energy (City of San Antonio)", but "Appalachian Power", not "Appalachian
 * Power (Appalachian Power Company)").
 */
export function withBrand(brand: string, legal: string) {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return norm(legal).startsWith(norm(brand)) || norm(brand) === norm(legal) ? undefined : legal;
}

export function buildListings<G extends { slug: string; data: Utility }>(
  guides: G[],
  entries: DirectoryEntry[],
  names: ReadonlyMap<number, NameEntry> = new Map(),
): Listing<G>[] {
  const byId = new Map(entries.map((e) => [e.eiaId, e]));
  const claimed = new Set<number>();
  const out: Listing<G>[] = guides.map((g) => {
    const eia = Array.isArray(g.data.eiaIds)
      ? g.data.eiaIds.map((id) => byId.get(id)).filter((e): e is DirectoryEntry => Boolean(e))
      : [];
    for (const e of eia) claimed.add(e.eiaId);
    return { slug: g.slug, name: g.data.name, states: g.data.states, guide: g, eia };
  });
  const taken = new Set(out.map((l) => l.slug));
  for (const e of entries) {
    if (claimed.has(e.eiaId)) continue;
    const slug = taken.has(e.slug) ? `${e.slug}-${e.eiaId}` : e.slug;
    taken.add(slug);
    const named = names.get(e.eiaId);
    const legal = displayName(e);
    out.push({
      slug,
      name: named?.name ?? legal,
      states: e.states as StateCode[],
      eia: [e],
      ...(named ? { names: named, legalName: withBrand(named.name, legal) } : {}),
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.slug.localeCompare(b.slug));
}

/** Thin-content policy: a directory-only page is indexed when EIA gives customers by class and meter counts. */
export const isIndexable = (e: DirectoryEntry) =>
  !e.shortForm &&
  e.customers !== null &&
  e.customers.total !== null &&
  e.meters !== null &&
  (e.meters.total ?? 0) > 0;
