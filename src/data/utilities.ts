/**
 * The one place that queries the content collection. Pages import from here, never from
 * astro:content directly, so sorting and derived data are computed once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { US_STATES, type StateCode } from '../schema/fragments.ts';

export type Guide = CollectionEntry<'utilities'>;

let cached: Guide[] | undefined;

/** All guides, sorted by name. */
export async function getGuides(): Promise<Guide[]> {
  cached ??= (await getCollection('utilities')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  return cached;
}

/** Guides grouped by every state they serve, states in alphabetical order of name. */
export async function getGuidesByState(): Promise<[StateCode, Guide[]][]> {
  const map = new Map<StateCode, Guide[]>();
  for (const g of await getGuides()) for (const s of g.data.states) map.set(s, [...(map.get(s) ?? []), g]);
  return [...map.entries()].sort(([a], [b]) => US_STATES[a].localeCompare(US_STATES[b], 'en'));
}

/** The latest changes across guides, newest first (same day: by utility name), for the home page and feeds. */
export async function getRecentChanges(limit: number): Promise<{ guide: Guide; date: string; summary: string }[]> {
  return (await getGuides())
    .flatMap((guide) => guide.data.changes.map((c) => ({ guide, ...c })))
    .sort((a, b) => b.date.localeCompare(a.date) || a.guide.data.name.localeCompare(b.guide.data.name, 'en'))
    .slice(0, limit);
}

/** `getStaticPaths` result shared by the guide, FAQ and rates pages. */
export async function guidePaths() {
  return (await getGuides()).map((guide) => ({ params: { slug: guide.id }, props: { guide } }));
}
